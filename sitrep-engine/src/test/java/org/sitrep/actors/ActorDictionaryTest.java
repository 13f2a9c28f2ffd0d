package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
  private final ActorDictionary dict = ActorDictionary.builtIn();

  @Test
  void derivedPhoenixEntriesLoadWithKindAndCountry() {
    assertThat(dict.size()).isGreaterThan(20_000);
    ActorEntry hezbollah = dict.lookup("Hizballah", null).orElseThrow();
    assertThat(hezbollah.cameoCode()).isEqualTo("LBNREB");
    assertThat(hezbollah.kind()).isEqualTo(ActorKind.ARMED_NONSTATE);
    assertThat(hezbollah.country()).isEqualTo("LBN");
    ActorEntry un = dict.lookup("the United Nations", null).orElseThrow();
    assertThat(un.kind()).isEqualTo(ActorKind.INTERNATIONAL_ORG);
    assertThat(un.country()).isNull();
    assertThat(dict.lookup("Human Rights Watch", null).orElseThrow().kind())
        .isEqualTo(ActorKind.NGO);
    assertThat(dict.lookup("no such actor at all", null)).isEmpty();
  }

  @Test
  void datedCodesResolveAgainstTheArticleDate() {
    // Phoenix: SYRELI 1983-2000, SYRGOV from 2000-07-17.
    assertThat(dict.lookup("Bashar al-Assad", LocalDate.of(1995, 1, 1)).orElseThrow().cameoCode())
        .isEqualTo("SYRELI");
    ActorEntry later = dict.lookup("Bashar al-Assad", LocalDate.of(2010, 1, 1)).orElseThrow();
    assertThat(later.cameoCode()).isEqualTo("SYRGOV");
    assertThat(later.kind()).isEqualTo(ActorKind.PERSON);
    // The overlay: the Taliban are rebels before 15 Aug 2021 and the government after.
    assertThat(dict.lookup("Taliban", LocalDate.of(2019, 5, 1)).orElseThrow().cameoCode())
        .isEqualTo("AFGREB");
    ActorEntry now = dict.lookup("the Taliban", LocalDate.of(2023, 5, 1)).orElseThrow();
    assertThat(now.cameoCode()).isEqualTo("AFGGOV");
    assertThat(now.kind()).isEqualTo(ActorKind.STATE_GOVERNMENT);
    assertThat(dict.lookup("Taliban", null).orElseThrow().cameoCode()).isEqualTo("AFGGOV");
  }

  @Test
  void chooseKeepsTheLastKnownCodeAfterAllPeriodsEnd() {
    List<DatedCode> codes = List.of(DatedCode.parse("ABCREB@20100101-20151231"),
        DatedCode.parse("ABCGOV@20160101-20181231"));
    assertThat(ActorDictionary.choose(codes, LocalDate.of(2020, 1, 1)).code()).isEqualTo("ABCGOV");
    assertThat(ActorDictionary.choose(codes, LocalDate.of(2012, 1, 1)).code()).isEqualTo("ABCREB");
    assertThat(ActorDictionary.choose(codes, null).code()).isEqualTo("ABCGOV");
  }

  @Test
  void overlayFixesPhoenixGroupingErrorsAndAddsRecentGroups() {
    assertThat(dict.lookup("al-Nusra Front", LocalDate.of(2014, 1, 1)).orElseThrow().cameoCode())
        .isEqualTo("SYRREB");
    assertThat(dict.lookup("HTS", LocalDate.of(2019, 1, 1)).orElseThrow().cameoCode())
        .isEqualTo("SYRREB");
    assertThat(dict.lookup("Ansar Allah", null).orElseThrow().country()).isEqualTo("YEM");
    ActorEntry kurds = dict.lookup("Kurds", null).orElseThrow();
    assertThat(kurds.kind()).isEqualTo(ActorKind.ETHNIC_RELIGIOUS_GROUP);
    assertThat(kurds.cameoCode()).isNull();
  }

  @Test
  void countriesByNameAndDemonym() {
    assertThat(dict.country("Syrian")).contains("SYR");
    assertThat(dict.country("Turkish")).contains("TUR");
    assertThat(dict.country("Syrians")).contains("SYR");
    assertThat(dict.country("American")).contains("USA");
    assertThat(dict.country("Syria")).contains("SYR");
    assertThat(dict.country("Kurdish")).isEmpty();
  }

  @Test
  void theShortNamesNewsUsesNameTheirCountryAsTheGazetteerKnowsThem() {
    // ISO gives "Russian Federation" and "Türkiye"; reports say "Russia" and "Turkey".
    assertThat(dict.country("Russia")).contains("RUS");
    assertThat(dict.country("Turkey")).contains("TUR");
    assertThat(dict.country("Britain")).contains("GBR");
    assertThat(dict.country("Burma")).contains("MMR");
    assertThat(dict.country("Ivory Coast")).contains("CIV");
    assertThat(dict.country("the Czech Republic")).contains("CZE");
    // Acronyms count in capitals only: "U.S." is a country, "us" a pronoun.
    assertThat(dict.country("U.S.")).contains("USA");
    assertThat(dict.country("UK")).contains("GBR");
    assertThat(dict.country("PRC")).contains("CHN");
    assertThat(dict.country("ROK")).contains("KOR");
    assertThat(dict.country("the Republic of Korea")).contains("KOR");
    assertThat(dict.country("Us")).isEmpty();
  }

  @Test
  void variantSpellingsAndAcronymsOfThePhoenixCountryListNameTheirCountry() {
    // News misspells country names; the Phoenix country blocks list the common variants.
    assertThat(dict.country("Quatar")).contains("QAT");
    assertThat(dict.country("Afganistan")).contains("AFG");
    assertThat(dict.country("Phillippines")).contains("PHL");
    assertThat(dict.country("Ethopia")).contains("ETH");
    assertThat(dict.country("UAE")).contains("ARE");
    assertThat(dict.country("DPRK")).contains("PRK");
    // A variant never takes another country's name, and two-letter forms stay out (lower-case
    // "us" is an English word).
    assertThat(dict.country("Niger")).contains("NER");
    assertThat(dict.country("us")).isEmpty();
  }

  @Test
  void shortNationalNounsNameTheirCountryAsAdjectives() {
    // "Serb forces", "Croat troops", "two Britons": the suffix rule of derive.py cannot see them
    assertThat(dict.country("Serb")).contains("SRB");
    assertThat(dict.country("Serbs")).contains("SRB");
    assertThat(dict.country("Croat")).contains("HRV");
    assertThat(dict.country("Britons")).contains("GBR");
    assertThat(dict.country("Nepali")).contains("NPL");
    assertThat(prefixed(ActorStage.create(dict).coder(), "Serb forces").orElseThrow().code())
        .isEqualTo("SRBMIL");
  }

  @Test
  void agentsCombineWithACountry() {
    ActorCoder coder = ActorStage.create(dict).coder();
    assertThat(prefixed(coder, "Syrian defense ministry").orElseThrow().code())
        .isEqualTo("SYRGOV");
    ActorCoder.Prefixed minister = prefixed(coder, "Turkish Foreign Minister").orElseThrow();
    assertThat(minister.code()).isEqualTo("TURGOV");
    assertThat(minister.kind()).isEqualTo(ActorKind.STATE_GOVERNMENT);
    assertThat(prefixed(coder, "Syrian rebels").orElseThrow().code()).isEqualTo("SYRREB");
    assertThat(prefixed(coder, "U.S. troops").orElseThrow().code()).isEqualTo("USAMIL");
    assertThat(prefixed(coder, "Syrian bakers union")).isEmpty();
  }

  private static java.util.Optional<ActorCoder.Prefixed> prefixed(ActorCoder coder, String name) {
    return coder.countryThenAgent(Word.in(name, 0, name.length()), true);
  }

  @Test
  void namesWithOnlyTheirArticleListedAreFoundWithoutIt() {
    // Phoenix lists some bodies only as "The ...": the article is optional both ways.
    assertThat(dict.lookup("Security Council", null).orElseThrow().cameoCode())
        .isEqualTo("IGOUNO");
  }

  @Test
  void countriesUnderDatedCodesStillNameTheirCountry() {
    // Phoenix files Serbia under YUG, SCG and SRB periods; the country is the current one.
    assertThat(dict.countryEntry("Republic of Serbia")).contains("SRB");
    assertThat(dict.country("Serbian")).contains("SRB");
    assertThat(dict.countryEntry("Hamas")).isEmpty();
  }

  @Test
  void sitrepAgentNounsExtendAndCorrectPhoenix() {
    assertThat(dict.agentRole("peacekeepers")).isEqualTo("MIL");
    assertThat(dict.agentRole("tank crew")).isEqualTo("MIL");
    assertThat(dict.agentRole("men")).isEqualTo("CVL");
    assertThat(dict.agentRole("air force")).isEqualTo("MIL");
  }

  @Test
  void userOverlayAddsAndOverrides(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# my actors\n"
        + "Crimson Valley Front\tCVF|Valley Front\tNORREB@20240101-\t\t\n"
        + "Hezbollah\tHizballah\tLBNPTY\t\t\n", StandardCharsets.UTF_8);
    ActorDictionary mine = ActorDictionary.withUserOverlay(file);
    ActorEntry cvf = mine.lookup("CVF", LocalDate.of(2025, 2, 1)).orElseThrow();
    assertThat(cvf.name()).isEqualTo("Crimson Valley Front");
    assertThat(cvf.kind()).isEqualTo(ActorKind.ARMED_NONSTATE);
    assertThat(cvf.country()).isEqualTo("NOR");
    assertThat(mine.lookup("Hizballah", null).orElseThrow().kind())
        .isEqualTo(ActorKind.POLITICAL_ORG);
    assertThat(dict.lookup("CVF", null)).isEmpty();
  }

  @Test
  void malformedUserOverlayNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "Good Group\t\tNORREB\n"
        + "Bad Group\t\tNORREB@2024-01-01\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorDictionary.withUserOverlay(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv line 2");
    Path kind = dir.resolve("kind.tsv");
    Files.writeString(kind, "Some Group\t\t\tWARLORD\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorDictionary.withUserOverlay(kind))
        .hasMessageContaining("unknown actor kind 'WARLORD'");
  }

  @Test
  void aPersonNamedInPartIsTheOneDictionaryPersonOfThatFullerName(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, String.join("\n",
        "Tomas Ilve Varkon\t\tNORELI@19500101-19991231;NORGOV@20000101-\tPERSON\t",
        "Aren Moll\t\tNORGOV\tPERSON\t",
        "Petra Moll\t\tSWEGOV\tPERSON\t",
        "Jan Bo\t\tDNKGOV\tPERSON\t",
        "Varkon Institute\t\tNORGOV\t\t") + "\n", StandardCharsets.UTF_8);
    ActorDictionary d = ActorDictionary.withUserOverlay(file);
    // The surname alone, or the first and last names without the middle one; dated as usual.
    assertThat(d.lookupPerson("Varkon", LocalDate.of(2005, 1, 1)).orElseThrow().cameoCode())
        .isEqualTo("NORGOV");
    assertThat(d.lookupPerson("Tomas Varkon", LocalDate.of(1990, 1, 1)).orElseThrow()
        .cameoCode()).isEqualTo("NORELI");
    // Two people called Moll with different codes: nobody.
    assertThat(d.lookupPerson("Moll", null)).isEmpty();
    assertThat(d.lookupPerson("Aren Moll", null).orElseThrow().cameoCode()).isEqualTo("NORGOV");
    // Words out of order, a different last word, or a very short surname do not match.
    assertThat(d.lookupPerson("Varkon Tomas", null)).isEmpty();
    assertThat(d.lookupPerson("Tomas Ilve", null)).isEmpty();
    assertThat(d.lookupPerson("Bo", null)).isEmpty();
  }

  @Test
  void phoenixCountryPrefixesThatAreNotIsoCodesAreMappedToTheirIsoCode() {
    // Phoenix files East Timor under CAMEO's old TMP and Angola's UNITA under a typo, ANG.
    assertThat(dict.lookup("Xanana Gusmao", LocalDate.of(2010, 1, 1)).orElseThrow().cameoCode())
        .isEqualTo("TLSGOV");
    ActorEntry unita = dict.lookup("UNITA", LocalDate.of(2000, 1, 1)).orElseThrow();
    assertThat(unita.cameoCode()).isEqualTo("AGOREB");
    assertThat(unita.country()).isEqualTo("AGO");
  }

  @Test
  void agentPhrasesAreKnownAsWrittenWhateverTheirCaseNotOtherWords() {
    assertThat(dict.isAgent("Smugglers")).isTrue(); // Phoenix's table
    assertThat(dict.isAgent("border patrol")).isTrue();
    assertThat(dict.isAgent("tank crew")).isTrue(); // Sitrep's agent-nouns.tsv
    assertThat(dict.isAgent("patrol")).isFalse();
    assertThat(dict.isAgent("crisis")).isFalse();
  }

  @Test
  void aPersonsNameSpeltOneLetterDifferentlyIsStillThePerson(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, "Maren Talvikova\t\tNORGOV\tPERSON\t\n", StandardCharsets.UTF_8);
    ActorDictionary mine = ActorDictionary.withUserOverlay(file);
    assertThat(mine.lookupPersonVariant("Maren Talvikowa", null).orElseThrow().cameoCode())
        .isEqualTo("NORGOV");
    assertThat(mine.lookupPersonVariant("Maren Talvkova", null)).isPresent(); // a letter dropped
    assertThat(mine.lookupPersonVariant("Maren Tavlikova", null)).isPresent(); // two swapped
    assertThat(mine.lookupPersonVariant("Talvikowa", null)).isEmpty(); // a last name alone
    assertThat(mine.lookupPersonVariant("Anna Talvikowa", null)).isEmpty(); // someone else
    assertThat(mine.lookupPersonVariant("Maren Talvikawo", null)).isEmpty(); // two letters
    assertThat(ActorDictionary.oneEditApart("gbagbo", "gbago")).isTrue();
    assertThat(ActorDictionary.oneEditApart("gbagbo", "gbagbo")).isFalse();
  }
}
