package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.entities.EntityType;

/**
 * What numbers count and which event holds them ({@link CountReader}, {@link FigureReader}), on
 * invented sentences parsed by CoreNLP's dependency parser.
 */
class FigureReaderTest {
  private static final EventStage STAGE = EventStage.create();

  private static Docs two(String tagged) {
    return Docs.twoCountries(tagged);
  }

  private static List<Event> events(Docs docs) {
    return STAGE.process(docs.build()).events();
  }

  /** Every figure of the sentence's events, once per trigger, as (kind, text). */
  private static List<org.assertj.core.groups.Tuple> figures(Docs docs) {
    return events(docs).stream()
        .collect(java.util.stream.Collectors.toMap(Event::triggerStart, Event::figures,
            (a, b) -> a, java.util.TreeMap::new))
        .values().stream().flatMap(List::stream)
        .map(f -> tuple(f.kind(), f.text())).toList();
  }

  @Test
  void anAgeIsNotADeathToll() {
    Docs docs = two("Gunmen/NNS/gunman killed/VBD/kill Omar/NNP Saleh/NNP ,/, 41/CD ,/, in/IN "
        + "Gondor/NNP ./.").entity("Omar Saleh", EntityType.PERSON).number("41", 41, 41L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "Omar Saleh"));
  }

  @Test
  void anAgeBeforeYearOldIsNotADeathTollEither() {
    Docs docs = two("Arnor/NNP troops/NNS/troop killed/VBD/kill a/DT 37-year-old/JJ farmer/NN "
        + "in/IN Gondor/NNP ./.").number("37", 37, 37L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "a 37-year-old farmer"));
  }

  @Test
  void aYearIsNotACount() {
    Docs docs = two("Arnor/NNP has/VBZ/have shelled/VBN/shell Gondor/NNP since/IN 2013/CD ,/, "
        + "killing/VBG/kill 40/CD people/NNS/people ./.").number("2013", 2013, 2013L, false)
        .number("40", 40, 40L, false);
    // the shelling carries the killing's toll too: one figure, on both events
    assertThat(figures(docs)).containsOnly(tuple(FigureKind.KILLED, "40"));
  }

  @Test
  void theKilledAndTheHostagesAreKeptApart() {
    Docs docs = two("Arnor/NNP 's/POS fighters/NNS/fighter killed/VBD/kill 640/CD and/CC "
        + "took/VBD/take 85/CD hostages/NNS/hostage in/IN Gondor/NNP ./.")
        .number("640", 640, 640L, false).number("85", 85, 85L, false);
    assertThat(figures(docs)).containsExactlyInAnyOrder(tuple(FigureKind.KILLED, "640"),
        tuple(FigureKind.HOSTAGES, "85"));
  }

  @Test
  void killedAndWoundedInOneClauseEach() {
    Docs docs = two("Arnor/NNP shelled/VBD/shell Gondor/NNP ,/, killing/VBG/kill 12/CD "
        + "people/NNS/people and/CC wounding/VBG/wound 30/CD ./.")
        .number("12", 12, 12L, false).number("30", 30, 30L, false);
    assertThat(figures(docs)).containsExactlyInAnyOrder(tuple(FigureKind.KILLED, "12"),
        tuple(FigureKind.WOUNDED, "30"));
  }

  @Test
  void countsOfThingsAreNotCasualties() {
    Docs docs = two("Arnor/NNP destroyed/VBD/destroy 12/CD vehicles/NNS/vehicle and/CC "
        + "killed/VBD/kill 3/CD soldiers/NNS/soldier in/IN Gondor/NNP ./.")
        .number("12", 12, 12L, false).number("3", 3, 3L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "3"));
  }

  @Test
  void aNumberInAnotherClauseIsNotTheDead() {
    Docs docs = two("Four/CD fighters/NNS/fighter died/VBD/die in/IN the/DT attack/NN by/IN "
        + "Arnor/NNP on/IN Gondor/NNP ,/, and/CC two/CD others/NNS/other surrendered/VBD/surrender "
        + "./.").number("Four", 4, 4L, false).number("two", 2, 2L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "Four"));
  }

  @Test
  void partOfACountIsNotACountOfItsOwn() {
    Docs docs = two("Arnor/NNP 's/POS shelling/NN of/IN Gondor/NNP killed/VBD/kill 20/CD "
        + "people/NNS/people ,/, including/VBG/include 3/CD children/NNS/child ./.")
        .number("20", 20, 20L, false).number("3", 3, 3L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "20"));
  }

  @Test
  void aBreakdownParsedAsAConjunctIsNoCountEither() {
    Docs docs = two("Arnor/NNP 's/POS shelling/NN of/IN Gondor/NNP left/VBD/leave 9/CD dead/JJ "
        + ",/, 7/CD civilians/NNS/civilian and/CC two/CD police/NN officers/NNS/officer ./.")
        .number("9", 9, 9L, false).number("7", 7, 7L, false).number("two", 2, 2L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "9"));
  }

  @Test
  void theDeathTollRoseTo() {
    Docs docs = two("The/DT death/NN toll/NN from/IN Arnor/NNP 's/POS shelling/NN of/IN "
        + "Gondor/NNP rose/VBD/rise to/TO 23/CD ./.").number("23", 23, 23L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "23"));
  }

  @Test
  void theNumberOfPeopleKilledReached() {
    Docs docs = two("The/DT number/NN of/IN civilians/NNS/civilian killed/VBN/kill by/IN "
        + "Arnor/NNP 's/POS shelling/NN of/IN Gondor/NNP has/VBZ/have reached/VBN/reach 58/CD ./.")
        .number("58", 58, 58L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "58"));
  }

  @Test
  void fatalitiesAreTheDead() {
    Docs docs = two("Arnor/NNP 's/POS attack/NN on/IN Gondor/NNP caused/VBD/cause 17/CD "
        + "fatalities/NNS/fatality ./.").number("17", 17, 17L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "17"));
  }

  @Test
  void casualtiesAreTheKilledAndWoundedTogether() {
    Docs docs = two("Casualties/NNS/casualty from/IN Arnor/NNP 's/POS attack/NN on/IN "
        + "Gondor/NNP reached/VBD/reach 35/CD ./.").number("35", 35, 35L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.CASUALTIES, "35"));
  }

  @Test
  void victimsWithNothingToSayWhichAreCasualties() {
    Docs docs = two("Arnor/NNP 's/POS attack/NN on/IN Gondor/NNP left/VBD/leave 12/CD "
        + "victims/NNS/victim ./.").number("12", 12, 12L, false);
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.CASUALTIES, "12"));
  }

  @Test
  void aSingleNamedVictimIsOneKilled() {
    Docs docs = two("Arnor/NNP troops/NNS/troop killed/VBD/kill a/DT journalist/NN ,/, Jane/NNP "
        + "Roe/NNP ,/, in/IN Gondor/NNP ./.").entity("Jane Roe", EntityType.PERSON);
    List<Figure> all = events(docs).stream().flatMap(e -> e.figures().stream()).toList();
    assertThat(all).extracting(Figure::kind, Figure::text, f -> f.min().intValue())
        .containsOnly(tuple(FigureKind.KILLED, "a journalist", 1));
    assertThat(docs.text().substring(all.get(0).start(), all.get(0).end()))
        .isEqualTo("a journalist");
  }

  @Test
  void aHyphenDoesNotCutTheVictimsWords() {
    Docs docs = two("Arnor/NNP troops/NNS/troop killed/VBD/kill an/DT active/JJ -/HYPH duty/NN "
        + "soldier/NN in/IN Gondor/NNP ./.");
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "an active - duty soldier"));
  }

  @Test
  void oneWhoDiedIsOneKilledOnTheEventOfTheSentence() {
    Docs docs = two("A/DT soldier/NN died/VBD/die when/WRB Arnor/NNP shelled/VBD/shell "
        + "Gondor/NNP ./.");
    assertThat(figures(docs)).containsExactly(tuple(FigureKind.KILLED, "A soldier"));
  }

  @Test
  void leftDeadCountsEveryConjunct() {
    Docs docs = two("The/DT attack/NN by/IN Arnor/NNP on/IN Gondor/NNP left/VBD/leave five/CD "
        + "soldiers/NNS/soldier and/CC two/CD villagers/NNS/villager dead/JJ ./.")
        .number("five", 5, 5L, false).number("two", 2, 2L, false);
    assertThat(figures(docs)).containsExactlyInAnyOrder(tuple(FigureKind.KILLED, "five"),
        tuple(FigureKind.KILLED, "two"));
  }

  @Test
  void theEventOfTheWordThatCountsHoldsTheFigureWhateverItsCode() {
    Docs docs = two("Arnor/NNP evacuated/VBD/evacuate 3,000/CD residents/NNS/resident "
        + "from/IN Gondor/NNP ./.").number("3,000", 3000, 3000L, false);
    assertThat(events(docs)).filteredOn(e -> e.trigger().equals("evacuated"))
        .flatExtracting(Event::figures).extracting(Figure::kind)
        .containsOnly(FigureKind.DISPLACED);
  }

  @Test
  void aPluralWithNoNumberCountsNothing() {
    assertThat(figures(two("Arnor/NNP troops/NNS/troop killed/VBD/kill civilians/NNS/civilian "
        + "in/IN Gondor/NNP ./."))).isEmpty();
  }

  @Test
  void aFigureIsNotPutOnAStatement() {
    Docs docs = two("Arnor/NNP praised/VBD/praise Gondor/NNP after/IN 300/CD people/NNS/people "
        + "fled/VBD/flee ./.").number("300", 300, 300L, false);
    assertThat(figures(docs)).isEmpty();
  }

  @Test
  void theAttackCarriesTheTollOfTheKillingItCauses() {
    // one incident: whoever keeps only the attack still has its dead
    Docs docs = two("Gunmen/NNS/gunman opened/VBD/open fire/NN on/IN shoppers/NNS/shopper "
        + "in/IN Gondor/NNP ,/, killing/VBG/kill 12/CD people/NNS/people ./.")
        .number("12", 12, 12L, false);
    Event opened = events(docs).stream().filter(e -> e.trigger().startsWith("opened"))
        .findFirst().orElseThrow();
    assertThat(opened.figures()).extracting(Figure::kind, Figure::text)
        .containsExactly(tuple(FigureKind.KILLED, "12"));
  }

  @Test
  void theDeadOfAnAirstrikeAreTheAirstrikesAndNoSecondEvent() {
    Docs docs = two("Forty/CD people/NNS/people were/VBD/be killed/VBN/kill in/IN an/DT "
        + "airstrike/NN on/IN Gondor/NNP ./.").number("Forty", 40, 40L, false);
    List<Event> out = events(docs);
    assertThat(out).extracting(Event::trigger).containsExactly("airstrike");
    assertThat(out.get(0).figures()).extracting(Figure::kind, Figure::text)
        .containsExactly(tuple(FigureKind.KILLED, "Forty"));
  }

  @Test
  void aKillingByAnotherHandIsNotTheAttacksToll() {
    // "Arnor shelled Gondor after Rohan killed ten": two deeds, two tolls
    Docs docs = two("Arnor/NNP shelled/VBD/shell Gondor/NNP after/IN Rohan/NNP "
        + "killed/VBD/kill 10/CD soldiers/NNS/soldier ./.").entity("Rohan", EntityType.LOCATION,
        "COUNTRY").number("10", 10, 10L, false);
    Event shelled = events(docs).stream().filter(e -> e.trigger().equals("shelled"))
        .findFirst().orElseThrow();
    assertThat(shelled.figures()).isEmpty();
  }

  @Test
  void whoDiesOfTheirOwnActIsThatActsToll() {
    // the death of one who set himself on fire is the self-immolation's toll
    Docs docs = two("A/DT farmer/NN who/WP set/VBD/set himself/PRP on/IN fire/NN outside/IN "
        + "the/DT Arnor/NNP embassy/NN died/VBD/die on/IN Monday/NNP ./.");
    Event set = events(docs).stream().filter(e -> e.trigger().startsWith("set"))
        .findFirst().orElseThrow();
    assertThat(set.figures()).extracting(Figure::kind, Figure::text)
        .containsExactly(tuple(FigureKind.KILLED, "A farmer"));
  }

  @Test
  void aHeadlinesCapitalisedPersonNounCountsOne() {
    Docs docs = two("Farmer/NNP dies/VBZ/die after/IN setting/VBG/set himself/PRP on/IN fire/NN "
        + "outside/IN Arnor/NNP embassy/NN");
    assertThat(events(docs)).filteredOn(e -> e.trigger().startsWith("setting"))
        .flatExtracting(Event::figures).extracting(Figure::kind, Figure::text)
        .containsExactly(tuple(FigureKind.KILLED, "Farmer"));
  }

  @Test
  void aTollSentenceNamingNoOneIsTheAttacksTollBeforeIt() {
    // the second sentence names no entity; its dead are the strike's, and it is no event of its own
    Docs docs = Docs.create().sentence("An/DT air/NN strike/NN by/IN Arnor/NNP hit/VBD/hit the/DT "
        + "market/NN in/IN Dale/NNP on/IN Monday/NNP ./.")
        .sentence("Twelve/CD people/NNS/people were/VBD/be killed/VBN/kill ,/, medics/NNS/medic "
            + "said/VBD/say ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY").entity("Dale", EntityType.LOCATION)
        .number("Twelve", 12, 12L, false);
    List<Event> out = events(docs);
    assertThat(out).extracting(Event::trigger).containsExactly("strike");
    assertThat(out.get(0).figures()).extracting(Figure::kind, Figure::text)
        .containsExactly(tuple(FigureKind.KILLED, "Twelve"));
    assertThat(out.get(0).mentions()).hasSize(1);
  }

  @Test
  void aSentenceNamingNoOneWithANumberButNoTollIsNotRead() {
    Docs docs = Docs.create().sentence("Arnor/NNP shelled/VBD/shell Dale/NNP ./.")
        .sentence("Twelve/CD people/NNS/people fled/VBD/flee the/DT town/NN ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY").entity("Dale", EntityType.LOCATION)
        .number("Twelve", 12, 12L, false);
    assertThat(events(docs)).extracting(Event::trigger).containsExactly("shelled");
    assertThat(events(docs).get(0).figures()).isEmpty();
  }

  @Test
  void theEventThatLeftTheDeadHoldsThemNotAMassacreNamedAfter() {
    Docs docs = Docs.create().sentence("A/DT gang/NN raid/NN on/IN the/DT town/NN of/IN "
        + "Dale/NNP last/JJ week/NN has/VBZ/have left/VBN/leave 40/CD people/NNS/people dead/JJ "
        + ",/, making/VBG/make it/PRP the/DT bloodiest/JJS attack/NN in/IN Gondor/NNP this/DT "
        + "year/NN ./.")
        .entity("Dale", EntityType.LOCATION).entity("Gondor", EntityType.LOCATION, "COUNTRY")
        .number("40", 40, 40L, false);
    assertThat(events(docs)).filteredOn(e -> e.trigger().equals("raid"))
        .flatExtracting(Event::figures).extracting(Figure::kind, Figure::text)
        .containsExactly(tuple(FigureKind.KILLED, "40"));
  }

  @Test
  void aTollSentenceNamingNoOneWithNoAttackToLendItToGivesNoEvent() {
    Docs docs = Docs.create().sentence("Arnor/NNP praised/VBD/praise Gondor/NNP ./.")
        .sentence("The/DT blasts/NNS/blast killed/VBD/kill 64/CD people/NNS/people ./.")
        .entity("Arnor", EntityType.LOCATION, "COUNTRY").entity("Gondor", EntityType.LOCATION,
            "COUNTRY").number("64", 64, 64L, false);
    assertThat(events(docs)).extracting(Event::trigger).containsExactly("praised");
  }
}
