package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Document;
import org.sitrep.core.Span;
import org.sitrep.entities.EntityType;
import org.sitrep.geo.PlaceRef;
import org.sitrep.geo.Places;

/** The actor coder on invented sentences (real countries, invented people and events). */
class ActorCoderTest {
  private static final ActorStage STAGE = ActorStage.create();
  private static final ActorCoder CODER = STAGE.coder();

  /** The coder's context for a hand-built document, with the actors stage run over it. */
  private static ActorCoder.Context context(ActorStage stage, TestDocs docs) {
    Document doc = docs.build();
    return ActorCoder.Context.of(doc.with(Actors.LAYER, stage.process(doc)));
  }

  /** The code of the {@code nth} occurrence (0-based) of {@code phrase} in the text. */
  private static Optional<CodedActor> code(ActorCoder coder, ActorCoder.Context ctx,
      String phrase, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = ctx.text().indexOf(phrase, at + 1);
    }
    assertThat(at).as("occurrence %s of %s", nth, phrase).isNotNegative();
    return coder.code(phrase, Span.of(at, at + phrase.length()), ctx);
  }

  private static String codeOf(ActorCoder.Context ctx, String phrase) {
    return code(CODER, ctx, phrase, 0).map(CodedActor::code).orElse(null);
  }

  @Test
  void aStateNamedByItsCountryIsTheCountry() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Jordan released two fishermen on Sunday after talks with Kenya.")
        .entity(EntityType.LOCATION, "COUNTRY", "Jordan")
        .entity(EntityType.LOCATION, "COUNTRY", "Kenya"));
    CodedActor jordan = code(CODER, ctx, "Jordan", 0).orElseThrow();
    assertThat(jordan.code()).isEqualTo("JOR");
    assertThat(jordan.kind()).isEqualTo(ActorKind.STATE_GOVERNMENT);
    assertThat(jordan.country()).isEqualTo("JOR");
    assertThat(jordan.basis()).isEqualTo("country as actor"); // the actors layer's, as subject
    // Not a subject, so no actor of the actors layer: the coder reads the name itself.
    CodedActor kenya = code(CODER, ctx, "Kenya", 0).orElseThrow();
    assertThat(kenya.code()).isEqualTo("KEN");
    assertThat(kenya.basis()).isEqualTo("country: Kenya");
  }

  @Test
  void aMisspelledCountryIsStillTheCountry() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Quatar's emir rejected a request from Afganistan on Tuesday."));
    assertThat(codeOf(ctx, "Afganistan")).isEqualTo("AFG");
    assertThat(codeOf(ctx, "Quatar's emir")).isEqualTo("QATGOV");
  }

  @Test
  void aTerrorGroupBasedSomewhereTakesThatCountry() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "A terror group based in Jamaica threatened two banks.")
        .entity(EntityType.LOCATION, "COUNTRY", "Jamaica"));
    assertThat(codeOf(ctx, "terror group")).isEqualTo("JAMUAF");
  }

  @Test
  void aCapitalThatActsIsItsGovernmentAndOneThatIsHitToo() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Damascus said the convoy was stopped. Rebels shelled Ankara overnight.")
        .entity(EntityType.LOCATION, "CITY", "Damascus")
        .entity(EntityType.LOCATION, "CITY", "Ankara"));
    assertThat(codeOf(ctx, "Damascus")).isEqualTo("SYRGOV");
    CodedActor ankara = code(CODER, ctx, "Ankara", 0).orElseThrow();
    assertThat(ankara.code()).isEqualTo("TURGOV");
    assertThat(ankara.basis()).startsWith("capital metonymy");
  }

  @Test
  void countryAndAgentInAnyForm() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Israeli troops fired on the crowd. The army of Jordan was deployed. Egypt's air force "
                + "struck the depot. A court in Kenya jailed him. Pakistani students marched. An "
                + "Iraqi tank crew fled. Three Iraqi men were detained. Protesters in Damascus "
                + "gathered. Vietnamese officials met them.")
        .entity(EntityType.LOCATION, "COUNTRY", "Jordan")
        .entity(EntityType.LOCATION, "COUNTRY", "Egypt")
        .entity(EntityType.LOCATION, "COUNTRY", "Kenya")
        .entity(EntityType.LOCATION, "CITY", "Damascus"));
    assertThat(codeOf(ctx, "Israeli troops")).isEqualTo("ISRMIL");
    assertThat(codeOf(ctx, "army")).isEqualTo("JORMIL");
    // The events stage names "Egypt's air force" by the entity Egypt: its agent follows.
    CodedActor egypt = code(CODER, ctx, "Egypt", 0).orElseThrow();
    assertThat(egypt.code()).isEqualTo("EGYMIL");
    assertThat(egypt.basis()).isEqualTo("country: Egypt + agent: air force");
    assertThat(codeOf(ctx, "court")).isEqualTo("KENJUD");
    CodedActor students = code(CODER, ctx, "Pakistani students", 0).orElseThrow();
    assertThat(students.code()).isEqualTo("PAKEDU");
    assertThat(students.kind()).isNull(); // students are no ActorKind
    assertThat(students.country()).isEqualTo("PAK");
    assertThat(codeOf(ctx, "Iraqi tank crew")).isEqualTo("IRQMIL");
    assertThat(codeOf(ctx, "Iraqi men")).isEqualTo("IRQCVL");
    // A capital where an agent is, is its country, not its government.
    assertThat(codeOf(ctx, "Protesters")).isEqualTo("SYROPP");
    assertThat(codeOf(ctx, "Vietnamese officials")).isEqualTo("VNMGOV");
  }

  @Test
  void inhabitantsNationalsAndAgentCompoundsTakeTheirCountry() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Forty Kenyan nationals were expelled. The inhabitants of Chad voted. Zambian "
                + "opposition candidates were barred.")
        .entity(EntityType.GROUP, "NATIONALITY", "Kenyan")
        .entity(EntityType.LOCATION, "COUNTRY", "Chad")
        .entity(EntityType.GROUP, "NATIONALITY", "Zambian"));
    assertThat(codeOf(ctx, "Kenyan nationals")).isEqualTo("KENCVL");
    assertThat(codeOf(ctx, "inhabitants")).isEqualTo("TCDCVL");
    // the events stage names "Zambian opposition candidates" by the nationality
    assertThat(codeOf(ctx, "Zambian")).isEqualTo("ZMBOPP");
  }

  @Test
  void anEthnicGroupIsCodedByWhereItLives() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Ethnic Somalis in northern Kenya protested. Ethnic Somalis marched. Somalis in "
                + "Kenya voted.")
        .entity(EntityType.GROUP, "NATIONALITY", "Somalis")
        .entity(EntityType.LOCATION, "COUNTRY", "Kenya"));
    assertThat(code(CODER, ctx, "Somalis", 0).map(CodedActor::code)).contains("KENCVL");
    // no place said: the demonym stays the state's, as before
    assertThat(code(CODER, ctx, "Somalis", 1).map(CodedActor::code)).contains("SOM");
    // without "ethnic", Somalis in Kenya are still Somalia's
    assertThat(code(CODER, ctx, "Somalis", 2).map(CodedActor::code)).contains("SOM");
  }

  @Test
  void aDemonymTheEventsStageNamesAloneTakesTheNounItQualifies() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Syrian officers ended the talks while Lebanese police watched.")
        .entity(EntityType.GROUP, "NATIONALITY", "Syrian")
        .entity(EntityType.GROUP, "NATIONALITY", "Lebanese"));
    assertThat(codeOf(ctx, "Syrian")).isEqualTo("SYRMIL");
    assertThat(codeOf(ctx, "Lebanese")).isEqualTo("LBNCOP");
  }

  @Test
  void peopleByRoleBeforeNationality(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("people.tsv");
    // An invented diplomat the dictionary codes by nationality, as Phoenix does for former
    // national politicians.
    Files.writeString(file, "Maren Talvik\tTalvik\tNORELI\tPERSON\t\n", StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder coder = stage.coder();
    ActorCoder.Context ctx = context(stage, TestDocs.text(
            "UN Secretary-General Maren Talvik met Talvik's old friends. Later Talvik said no. "
                + "Former Turkish president Ekrem Doyuran wrote. Officials met King Arvid of "
                + "Morocco. U.N. mediator Ilse Varga arrived.")
        .entity(EntityType.PERSON, null, "Maren Talvik", List.of(), "Maren Talvik", "Talvik")
        .entity(EntityType.PERSON, null, "Ekrem Doyuran")
        .entity(EntityType.PERSON, null, "Arvid")
        .entity(EntityType.PERSON, null, "Ilse Varga"));
    CodedActor chief = code(coder, ctx, "Maren Talvik", 0).orElseThrow();
    assertThat(chief.code()).isEqualTo("IGOUNO");
    assertThat(chief.kind()).isEqualTo(ActorKind.INTERNATIONAL_ORG);
    assertThat(chief.basis()).isEqualTo("role: UN Secretary-General");
    // Without a title in its sentence the person keeps the role of another mention: in one
    // article the Secretary-General stays the Secretary-General, whatever the dictionary says.
    assertThat(code(coder, ctx, "Talvik", 2).orElseThrow().code()).isEqualTo("IGOUNO");
    assertThat(code(coder, ctx, "Ekrem Doyuran", 0).orElseThrow().code()).isEqualTo("TURELI");
    assertThat(code(coder, ctx, "Arvid", 0).orElseThrow().code()).isEqualTo("MARGOV");
    assertThat(code(coder, ctx, "Ilse Varga", 0).orElseThrow().code()).isEqualTo("IGOUNO");
  }

  @Test
  void theActorsStageAlsoPutsARoleBeforeTheDictionary(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, "Maren Talvik\t\tNORELI\tPERSON\t\n", StandardCharsets.UTF_8);
    Actors actors = ActorStage.create(file).process(TestDocs.text("Maren Talvik said no.")
        .entity(EntityType.PERSON, null, "Maren Talvik", List.of("UN Secretary-General"))
        .build());
    ActorRef talvik = actors.actors().get(0);
    assertThat(talvik.cameoCode()).isEqualTo("IGOUNO");
    assertThat(talvik.basis()).isEqualTo("role: UN Secretary-General");
  }

  @Test
  void namedGroupsKeepTheirCodeAndInternationalBodiesTakeTheirTroops() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Hamas fighters fired rockets. UN peacekeepers withdrew. NATO troops stayed. The UN "
                + "chief spoke.")
        .entity(EntityType.ORGANIZATION, null, "Hamas")
        .entity(EntityType.ORGANIZATION, null, "UN")
        .entity(EntityType.ORGANIZATION, null, "NATO"));
    assertThat(codeOf(ctx, "Hamas")).isEqualTo("PSEREBHMS");
    assertThat(codeOf(ctx, "UN peacekeepers")).isEqualTo("IGOUNOMIL");
    assertThat(codeOf(ctx, "NATO troops")).isEqualTo("IGOWSTNATMIL");
    assertThat(codeOf(ctx, "UN chief")).isEqualTo("IGOUNO");
  }

  @Test
  void datedCodesFollowTheArticleDate() {
    String text = "Taliban gunmen stopped the bus. The Taliban said they would talk.";
    ActorCoder.Context before = context(STAGE, TestDocs.text(text).published("2019-03-01"));
    ActorCoder.Context after = context(STAGE, TestDocs.text(text).published("2024-03-01"));
    assertThat(codeOf(before, "Taliban gunmen")).isEqualTo("AFGREB");
    assertThat(code(CODER, before, "Taliban", 1).orElseThrow().code()).isEqualTo("AFGREB");
    assertThat(code(CODER, after, "Taliban", 1).orElseThrow().code()).isEqualTo("AFGGOV");
  }

  @Test
  void theUserFileCodesParticipants(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "Vostrian Liberation Front\tVLF\tNORREB@20240101-\t\t\n",
        StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text("VLF gunmen attacked the post.")
        .published("2025-05-01"));
    CodedActor vlf = code(stage.coder(), ctx, "VLF gunmen", 0).orElseThrow();
    assertThat(vlf.code()).isEqualTo("NORREB");
    assertThat(vlf.basis()).isEqualTo("dictionary: Vostrian Liberation Front");
    assertThat(code(CODER, ctx, "VLF gunmen", 0)).isEmpty();
  }

  @Test
  void aPhraseWithoutItsSpanIsCodedAlone() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text("They left."));
    assertThat(CODER.code("Syrian rebels", null, ctx).orElseThrow().code()).isEqualTo("SYRREB");
    assertThat(CODER.code("the troops", null, ctx)).isEmpty();
    assertThat(CODER.code("they", null, ctx)).isEmpty();
  }

  @Test
  void anAgentWithNoActorOrAnUnknownNameHasNoCode() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "The troops fired. Protesters gathered in the square. Qelvor Brigade fighters ran."));
    assertThat(codeOf(ctx, "troops")).isNull();
    assertThat(codeOf(ctx, "Protesters")).isNull();
    assertThat(codeOf(ctx, "Qelvor Brigade fighters")).isNull();
  }

  @Test
  void aRoleWithoutACountryTakesTheOneCountryItsSentenceIsAbout() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Kenyan police dispersed demonstrators on Monday. Judge Amos Wekesa jailed two Ugandan "
                + "government officials. Peru's government closed the opposition newspaper. "
                + "Rebels in Chad held five journalists.")
        .entity(EntityType.LOCATION, "COUNTRY", "Peru")
        .entity(EntityType.LOCATION, "COUNTRY", "Chad")
        .entity(EntityType.PERSON, null, "Amos Wekesa"));
    // a civil role of one country: the sentence happens there
    assertThat(codeOf(ctx, "demonstrators")).isEqualTo("KENOPP");
    assertThat(codeOf(ctx, "Amos Wekesa")).isEqualTo("UGAJUD"); // a title, no country of its own
    assertThat(codeOf(ctx, "opposition newspaper")).startsWith("PER");
    // a place after "in" says where, though the rebels are armed
    assertThat(codeOf(ctx, "five journalists")).isEqualTo("TCDMED");
  }

  @Test
  void armedActorsAndSeveralCountriesGiveNoContext() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Kenyan troops killed five militants. Kenyan police detained demonstrators near the "
                + "Ugandan border. UN peacekeepers and Malian police guarded two prisoners.")
        .entity(EntityType.ORGANIZATION, null, "UN"));
    assertThat(codeOf(ctx, "five militants")).isNull(); // troops act abroad
    assertThat(codeOf(ctx, "demonstrators")).isNull(); // Kenya or Uganda
    assertThat(codeOf(ctx, "two prisoners")).isNull(); // a force of no country is there too
  }

  @Test
  void aTitleInsideThePersonsNameTakesTheCountryOfItsOfPhrase() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "King Tarek Bennani of Morocco met envoys.")
        .entity(EntityType.PERSON, null, "King Tarek Bennani")
        .entity(EntityType.LOCATION, "COUNTRY", "Morocco"));
    assertThat(codeOf(ctx, "King Tarek Bennani")).isEqualTo("MARGOV");
  }

  @Test
  void aParticipleAfterTheAgentEndsThePossessivesPhrase() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Kenya's air force bombed rebel camps.")
        .entity(EntityType.LOCATION, "COUNTRY", "Kenya"));
    assertThat(codeOf(ctx, "Kenya")).isEqualTo("KENMIL"); // not the rebels after the verb
  }

  @Test
  void aSpanOutsideTheArticleIsRefused() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text("Short."));
    assertThatThrownBy(() -> CODER.code("x", Span.of(0, 50), ctx))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the article");
  }

  @Test
  void wordsAroundThePhraseSupplyItsActor(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "Vostrian Patriotic Front\t\tNORPTY\t\t\n", StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text(
            "Jordan's cabinet met on Monday. Iraqi Kurds marched. The Vostrian Patriotic Front "
                + "walked out.")
        .entity(EntityType.LOCATION, "COUNTRY", "Jordan")
        .entity(EntityType.GROUP, "ETHNIC_OR_RELIGIOUS", "Kurds")
        .entity(EntityType.ORGANIZATION, null, "Patriotic Front"));
    // The events stage may name only the noun: its possessor, a demonym or a name before it count.
    assertThat(code(stage.coder(), ctx, "cabinet", 0).orElseThrow().code()).isEqualTo("JORGOV");
    assertThat(code(stage.coder(), ctx, "Kurds", 0).orElseThrow().code()).isEqualTo("IRQ");
    assertThat(code(stage.coder(), ctx, "Patriotic Front", 0).orElseThrow().code())
        .isEqualTo("NORPTY");
  }

  @Test
  void titlesWithModifiersAppositionsAndTitledNames(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, "Rovan Delk\tPresident Delk\tKENGOV\tPERSON\t\n",
        StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text(
            "Egyptian junior foreign minister Sami Halawa spoke. Ilka Marr, the United Nations "
                + "Emergency Relief Coordinator, arrived. President Delk left.")
        .entity(EntityType.PERSON, null, "Sami Halawa")
        .entity(EntityType.PERSON, null, "Ilka Marr")
        .entity(EntityType.PERSON, null, "Delk"));
    assertThat(code(stage.coder(), ctx, "Sami Halawa", 0).orElseThrow().code())
        .isEqualTo("EGYGOV");
    CodedActor marr = code(stage.coder(), ctx, "Ilka Marr", 0).orElseThrow();
    assertThat(marr.code()).isEqualTo("IGOUNO");
    assertThat(marr.basis()).isEqualTo("role: United Nations Emergency Relief Coordinator");
    assertThat(code(stage.coder(), ctx, "Delk", 0).orElseThrow().code()).isEqualTo("KENGOV");
  }

  @Test
  void aVerbBetweenATitlesCountryAndItsNounBreaksTheTitle() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Israeli troops killed militant leader Omar Halabi.")
        .entity(EntityType.PERSON, null, "Omar Halabi"));
    assertThat(code(CODER, ctx, "Omar Halabi", 0)).isEmpty();
  }

  @Test
  void theWordsAroundAPhraseStopAtItsLineAndSentence() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Rockets hit near the Kenyan embassy\nPeople fled the area. Egypt's Muslim Brotherhood "
                + "protested. Officials met Jordan's visiting King Abdullah Haddad.")
        .entity(EntityType.LOCATION, "COUNTRY", "Egypt")
        .entity(EntityType.LOCATION, "COUNTRY", "Jordan")
        .entity(EntityType.PERSON, null, "Abdullah Haddad"));
    // A person's name after the agent noun makes the noun a title: "Jordan's visiting King Y".
    assertThat(codeOf(ctx, "Jordan")).isEqualTo("JORGOV");
    // A headline without a full stop ends at its line: "People" below it is no agent of it.
    assertThat(codeOf(ctx, "Kenyan")).isEqualTo("KENGOV");
    // A name, not an agent noun, heads "Egypt's Muslim Brotherhood".
    assertThat(codeOf(ctx, "Egypt")).isEqualTo("EGY");
  }

  @Test
  void theEndOfALongerNameIsNotANameOfItsOwn(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "Valley Front\tFront\tNORREB\t\t\n", StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text(
        "Popular Front fighters left. Front fighters stayed."));
    assertThat(code(stage.coder(), ctx, "Popular Front fighters", 0)).isEmpty();
    assertThat(code(stage.coder(), ctx, "Front fighters", 1).orElseThrow().code())
        .isEqualTo("NORREB");
    // A hyphenated modifier is no part of the name after it.
    ActorCoder.Context backed = context(stage, TestDocs.text("Kenyan-backed Front fighters left."));
    assertThat(code(stage.coder(), backed, "Kenyan-backed Front fighters", 0).orElseThrow()
        .code()).isEqualTo("NORREB");
  }

  @Test
  void aPlaceIsItsCountryOnlyWhenResolvedUnderItsOwnName() {
    String text = "Gunmen attacked Sumy. Traders left Africa.";
    Document doc = TestDocs.text(text)
        .entity(EntityType.LOCATION, "CITY", "Sumy")
        .entity(EntityType.LOCATION, "CITY", "Africa")
        .build();
    doc = doc.with(Actors.LAYER, STAGE.process(doc)).with(Places.LAYER, new Places(List.of(
        new PlaceRef("e1", "Sumy", "CITY", "Sumy", "UA", null, 50.9, 34.8, "gazetteer"),
        new PlaceRef("e2", "Africa", "CITY", "Mahdia", "TN", null, 35.5, 11.1, "gazetteer"))));
    ActorCoder.Context ctx = ActorCoder.Context.of(doc);
    CodedActor sumy = code(CODER, ctx, "Sumy", 0).orElseThrow();
    assertThat(sumy.code()).isEqualTo("UKR");
    assertThat(sumy.basis()).isEqualTo("place: Sumy");
    assertThat(code(CODER, ctx, "Africa", 0)).isEmpty();
  }

  @Test
  void titlesAsTheEntityStageGivesThem() {
    assertThat(CODER.title("Turkish Foreign Minister", null).orElseThrow().code())
        .isEqualTo("TURGOV");
    assertThat(CODER.title("US Special Envoy for Syria", null).orElseThrow().code())
        .isEqualTo("USAGOV");
    assertThat(CODER.title("Arab League Secretary General", null).orElseThrow().code())
        .isEqualTo("IGOMEAARL");
    assertThat(CODER.title("Kyrgyz Prime Minister", LocalDate.of(2020, 1, 1)).orElseThrow()
        .code()).isEqualTo("KGZGOV");
    assertThat(CODER.title("President", null)).isEmpty();
    assertThat(CODER.title("Syrian", null)).isEmpty(); // a nationality is no office
  }

  @Test
  void aPersonNamedBareIsCodedByTheirTitleElsewhereOrTheirFullerDictionaryName(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("people.tsv");
    Files.writeString(file, "Tomas Ilve Varkon\t\tNORGOV\tPERSON\t\n", StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text(
            "Turkish Foreign Minister Ekrem Doyuran met the envoys. Later Doyuran said no. "
                + "President Varkon left.")
        .entity(EntityType.PERSON, null, "Ekrem Doyuran", List.of(), "Ekrem Doyuran", "Doyuran")
        .entity(EntityType.PERSON, null, "Varkon"));
    CodedActor doyuran = code(stage.coder(), ctx, "Doyuran", 1).orElseThrow();
    assertThat(doyuran.code()).isEqualTo("TURGOV");
    assertThat(doyuran.basis()).isEqualTo("role: Turkish Foreign Minister");
    CodedActor varkon = code(stage.coder(), ctx, "Varkon", 0).orElseThrow();
    assertThat(varkon.code()).isEqualTo("NORGOV");
    assertThat(varkon.basis()).isEqualTo("dictionary: Tomas Ilve Varkon");
  }

  @Test
  void aNameWrittenWithALowerCaseArabicArticleIsStillAName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "Al Tawhid Brigade\tal-Tawhid\tSYRREB\t\t\n", StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text(
            "Fighters of al-Tawhid shelled the town. The at-risk families fled.")
        .entity(EntityType.ORGANIZATION, null, "al-Tawhid"));
    assertThat(code(stage.coder(), ctx, "al-Tawhid", 0).orElseThrow().code()).isEqualTo("SYRREB");
    assertThat(code(stage.coder(), ctx, "Fighters", 0).orElseThrow().code()).isEqualTo("SYRREB");
    assertThat(code(stage.coder(), ctx, "at-risk families", 0)).isEmpty();
    assertThat(new Word(0, 8, "al-Qaeda").nameStart()).isTrue();
    assertThat(new Word(0, 7, "as-yet").nameStart()).isFalse();
  }

  @Test
  void weaponsAreTheirStatesMilitaryAndPlacesAfterAnAgentMayBeSpreadOrQualified() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Egyptian jets struck the depot. Israeli tanks shelled the road. Students across "
                + "Kenya marched. A militia based in Chad fired. Prisoners in southern Jordan "
                + "rioted. Police in South Korea watched.")
        .entity(EntityType.LOCATION, "COUNTRY", "Kenya")
        .entity(EntityType.LOCATION, "COUNTRY", "Chad")
        .entity(EntityType.LOCATION, "COUNTRY", "Jordan")
        .entity(EntityType.LOCATION, "COUNTRY", "South Korea"));
    assertThat(codeOf(ctx, "Egyptian jets")).isEqualTo("EGYMIL");
    assertThat(codeOf(ctx, "Israeli tanks")).isEqualTo("ISRMIL");
    assertThat(codeOf(ctx, "Students")).isEqualTo("KENEDU");
    assertThat(codeOf(ctx, "militia")).isEqualTo("TCDUAF");
    assertThat(codeOf(ctx, "Prisoners")).isEqualTo("JORCRM");
    // A compass word that is part of the country's name stays in it.
    assertThat(codeOf(ctx, "Police")).isEqualTo("KORCOP");
  }

  @Test
  void internationalBodiesThePhoenixFilesLack() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "The European Community offered aid. APEC leaders met. The International Labor Office "
                + "warned.")
        .entity(EntityType.ORGANIZATION, null, "European Community")
        .entity(EntityType.ORGANIZATION, null, "APEC")
        .entity(EntityType.ORGANIZATION, null, "International Labor Office"));
    assertThat(codeOf(ctx, "European Community")).isEqualTo("IGOEUREEC");
    assertThat(codeOf(ctx, "APEC leaders")).isEqualTo("IGO");
    assertThat(codeOf(ctx, "International Labor Office")).isEqualTo("IGOUNOLABILO");
  }

  @Test
  void ofTwoDemonymsInARowTheFirstIsTheState() {
    ActorCoder.Context ctx = context(STAGE, TestDocs.text(
            "Bosnian Serb forces shelled the road. Later Bosnian Serbs marched. Ukrainian-led "
                + "forces crossed the river.")
        .entity(EntityType.GROUP, "NATIONALITY", "Serbs"));
    assertThat(codeOf(ctx, "Bosnian Serb forces")).isEqualTo("BIHMIL");
    assertThat(codeOf(ctx, "Serbs")).isEqualTo("BIH"); // the events stage names the noun alone
    // a force led by a state is that state's ("a Ukrainian-led coalition")
    assertThat(codeOf(ctx, "Ukrainian-led forces")).isEqualTo("UKRMIL");
  }

  @Test
  void aKnownPersonsLastNameBeforeAnAgentNounGivesTheCountry(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("people.tsv");
    // An invented politician and two invented namesakes of different countries.
    Files.writeString(file, "Maren Talvik\t\tNORGOV\tPERSON\t\n"
        + "Ivo Brask\t\tSWEGOV\tPERSON\t\nAnna Brask\t\tDNKGOV\tPERSON\t\n",
        StandardCharsets.UTF_8);
    ActorStage stage = ActorStage.create(file);
    ActorCoder.Context ctx = context(stage, TestDocs.text(
        "The Talvik government said no. The Brask government fell."));
    assertThat(code(stage.coder(), ctx, "Talvik government", 0).map(CodedActor::code))
        .contains("NORGOV");
    assertThat(code(stage.coder(), ctx, "Brask government", 0)).isEmpty(); // two countries
  }
}
