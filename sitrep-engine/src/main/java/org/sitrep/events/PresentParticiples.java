package org.sitrep.events;

/**
 * Present participles that describe a noun rather than report an act: "campaigns targeting the
 * army", "in the months leading up to the vote", "a trip seeking more aid", "protesters demanding
 * his resignation". Such a reduced relative (a present participle modifying a noun, with no
 * subject or auxiliary of its own) says what the noun is about or what its members want; the news
 * is the noun's own event, if any (the campaign, the protest), which is coded from the noun or
 * its own verb. An "-ing" clause set off by a comma is an adverbial, whatever the parse says
 * ("gunmen stormed the museum, killing 19 people"), and stays an event. Stateless.
 */
final class PresentParticiples {
  private PresentParticiples() {}

  /** Whether verb {@code i} is a present participle describing the noun it modifies. */
  static boolean describes(Parse p, int i) {
    if (!p.base(i).equals("acl") || !p.token(i).pos().equals("VBG") || i == 0) {
      return false;
    }
    int head = p.head(i);
    if (head != i - 1 || !p.token(head).pos().startsWith("NN")) {
      return false; // a reduced relative follows its noun: "gains, including capturing X" does not
    }
    if (p.lower(i - 1).equals(",") || p.lower(i - 1).equals(";")
        || p.lower(i - 1).equals("--") || p.lower(i - 1).equals("—")) {
      return false; // ", killing 19 people": an adverbial clause of the sentence's event
    }
    return p.child(i, "nsubj") < 0 && p.child(i, "nsubj:pass") < 0 && p.child(i, "aux") < 0
        && p.child(i, "mark") < 0;
  }
}
