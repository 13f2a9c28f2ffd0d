package org.sitrep.events;

import java.util.List;

/**
 * Whether a target that is also the event's place stays the target. A town, village, camp or
 * school that is attacked, shelled or bombed is what a reader (and a CAMEO coder, whose city
 * dictionary codes it as its country) lists as the party acted upon: it stays the target while
 * it is the event's place too. Ground taken ("captured X", CAMEO 192) stays only the place: who
 * lost it is the target, and X is where the fighting was. A place that is one of several targets
 * of the same trigger and source gives way to the others ("shelled X and its defenders": the
 * defenders are whom). This also keeps the town RoleFinder takes from an attack's "in" phrase
 * when it names no other party ("a massacre in the town of X": done to its people).
 */
final class AttackedPlace {
  private AttackedPlace() {}

  /**
   * @param d the draft whose target is also its place
   * @param drafts all drafts of the sentence
   * @return true when the place stays the target
   */
  static boolean staysTarget(Draft d, List<Draft> drafts) {
    if (!CameoTable.isViolent(d.code()) || d.code().startsWith("192")) {
      return false;
    }
    for (Draft o : drafts) {
      if (o != d && o.trigger() == d.trigger() && o.target() != null
          && !o.target().same(d.target())) {
        return false; // another target of the same attack: that one is whom
      }
    }
    return true;
  }
}
