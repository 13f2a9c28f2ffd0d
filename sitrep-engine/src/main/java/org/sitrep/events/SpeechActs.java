package org.sitrep.events;

/**
 * Codes threats, demands, appeals and refusals as the events CAMEO makes of them. "X threatened
 * to impose sanctions on Y" reports a threat (1312), not sanctions; "X urged Y to withdraw" an
 * appeal (0256), "X demanded that Y withdraw" a demand (1056), "X refused to withdraw" a refusal
 * (1246). The speech act takes the CAMEO sub-code that names what it threatens, asks for or
 * refuses, read from the code of the act in its complement (the "inner" code); the inner act
 * stays visible in the event's trigger ("threatened to impose"). Codes follow the CAMEO codebook
 * v1.1b3 (see {@code cameo-codes.tsv}). Stateless.
 */
final class SpeechActs {
  /** What a speech-act verb does with the act in its complement. */
  enum Kind {
    /** "threaten": CAMEO 13x. */
    THREAT,
    /**
     * "vow", "swear", "promise": a threat when the act is hostile, otherwise an expression of
     * intent to cooperate (CAMEO 03x).
     */
    PLEDGE,
    /**
     * "agree", "offer": an expression of intent to cooperate (CAMEO 03x); a hostile act agreed on
     * keeps its own code.
     */
    AGREE,
    /** "demand", and "order" or "pressure" with a "to" clause: CAMEO 10x. */
    DEMAND,
    /** "urge", "call on", "appeal": CAMEO 02x. */
    APPEAL,
    /** "refuse", "reject", "decline": CAMEO 12x. */
    REJECT
  }

  private final EventWords words;

  SpeechActs(EventWords words) {
    this.words = words;
  }

  /** The speech-act kind of a verb lemma, or null. */
  Kind kind(String lemma) {
    if (words.threatActs.contains(lemma)) {
      return Kind.THREAT;
    } else if (words.pledgeActs.contains(lemma)) {
      return Kind.PLEDGE;
    } else if (words.agreeActs.contains(lemma)) {
      return Kind.AGREE;
    } else if (words.demandActs.contains(lemma) || words.commandActs.contains(lemma)) {
      return Kind.DEMAND;
    } else if (words.appealActs.contains(lemma)) {
      return Kind.APPEAL;
    } else if (words.rejectActs.contains(lemma)) {
      return Kind.REJECT;
    }
    return null;
  }

  /**
   * The speech act's code, from the code of the act it frames, or null when it is none (a
   * pledge or agreement to make a public statement, say).
   *
   * @param inner CAMEO code of the framed act
   * @param p the parse
   * @param c the framed act's token (a verb or an event noun)
   */
  String code(Kind kind, String inner, Parse p, int c) {
    return switch (kind) {
      case THREAT -> threat(inner, p, c);
      case PLEDGE -> hostile(inner) ? threat(inner, p, c) : intent(inner);
      case AGREE -> hostile(inner) ? inner : intent(inner);
      case DEMAND -> "10" + asked(inner).substring(2);
      case APPEAL -> "02" + asked(inner).substring(2);
      case REJECT -> refusal(inner, p, c);
    };
  }

  /** The code of a refusal with no act in its complement, from its object noun ("the plan"). */
  String refusalOfThing(Parse p, int obj) {
    String lemma = p.lemma(obj);
    if (words.talkNouns.contains(lemma)) {
      return "125";
    } else if (words.planNouns.contains(lemma)) {
      return "127";
    }
    return "120";
  }

  /**
   * The code of a statement that the subject will do the act coded {@code inner} ("X will send
   * aid", "X said it would boycott Y", "X is ready to withdraw"): CAMEO treats a statement of
   * intent as an event of its own, an expression of intent to cooperate (03x) or a threat (13x);
   * a statement that the act will happen unless something else does ("will withdraw unless Y
   * agrees") is a threat (130) whatever the act. Null when the act is a public statement.
   *
   * @param conditional whether the clause has an "unless" condition
   */
  String stated(String inner, boolean conditional, Parse p, int c) {
    if (hostile(inner)) {
      return threat(inner, p, c);
    }
    if (conditional) {
      return "130";
    }
    String r = inner.substring(0, 2);
    return r.equals("11") || r.equals("12") ? inner : intent(inner);
  }

  /**
   * The code of a warning that the subject will do the act coded {@code inner} ("warned that
   * police will no longer tolerate the rallies"): a threat, by the act when it is hostile.
   */
  String warning(String inner, Parse p, int c) {
    return hostile(inner) ? threat(inner, p, c) : "130";
  }

  /**
   * The code of a threat, demand or appeal whose act the lexicon does not code ("threatened to
   * cut off the power"): the speech act's general code.
   */
  String unspecified(Kind kind) {
    return switch (kind) {
      case THREAT -> "130";
      case DEMAND -> "100";
      case APPEAL -> "020";
      default -> throw new IllegalArgumentException("no general code for " + kind);
    };
  }

  /**
   * The code of the refusal a negated statement of intent makes ("X will not accept Y's
   * proposal", "is not willing to negotiate"): CAMEO 12x by what is refused; null when the act is
   * not cooperative (a negated threat, "will not attack", states no event).
   */
  String negatedIntent(String inner, Parse p, int c) {
    String r = inner.substring(0, 2);
    if (r.compareTo("03") < 0 || r.compareTo("08") > 0) {
      return null;
    }
    return refusal(inner, p, c);
  }

  /**
   * CAMEO 03x, an expression of intent to cooperate, by what is promised; null for public
   * statements (01). The 03 sub-codes run in parallel with the codes of the acts themselves
   * (CAMEO codebook v1.1b3): material cooperation 06x → 031x, diplomatic cooperation 05x → 032,
   * aid 07x → 033x, political reform 083x → 034x, yielding 08x → 035x, meeting 04x → 036 (039
   * to mediate), settling a dispute 057 → 037.
   */
  static String intent(String inner) {
    String r = inner.substring(0, 2);
    return switch (r) {
      case "01" -> null;
      case "03" -> inner;
      case "04" -> inner.startsWith("045") ? "039" : "036";
      case "05" -> inner.startsWith("057") ? "037" : "032";
      case "06" -> inner.length() >= 3 && inner.charAt(2) >= '1' && inner.charAt(2) <= '4'
          ? "031" + inner.charAt(2) : "031";
      case "07" -> inner.length() >= 3 && inner.charAt(2) >= '1' && inner.charAt(2) <= '4'
          ? "033" + inner.charAt(2) : "033";
      case "08" -> yieldIntent(inner);
      default -> "030";
    };
  }

  /** What an intent to yield (CAMEO 08) promises, as a 034x or 035x code. */
  private static String yieldIntent(String inner) {
    if (inner.startsWith("083")) {
      return inner.length() == 4 ? "034" + inner.charAt(3) : "034";
    }
    String three = inner.length() >= 3 ? inner.substring(0, 3) : inner;
    return switch (three) {
      case "081" -> "0351";
      case "082" -> "0352";
      case "084" -> "0353";
      case "085" -> "0354";
      case "086" -> "0355";
      case "087" -> "0356";
      default -> "035";
    };
  }

  private static boolean hostile(String inner) {
    return CameoTable.isConflictual(inner) || inner.startsWith("16") || inner.startsWith("13");
  }

  /** CAMEO 13x by what is threatened. */
  private String threat(String inner, Parse p, int c) {
    if (endsTalks(p, c)) {
      return p.lemma(talkObject(p, c)).equals("mediation") ? "135" : "134";
    }
    String r = inner.substring(0, 2);
    return switch (r) {
      case "16" -> inner.startsWith("166") ? "136" : inner.startsWith("162") ? "1311"
          : inner.startsWith("161") || inner.startsWith("164") ? "1313"
          : inner.startsWith("163") ? "1312" : "131";
      case "17" -> inner.startsWith("172") ? "132"
          : inner.startsWith("173") || inner.startsWith("175") || inner.startsWith("174") ? "137"
          : "130";
      case "14" -> "133";
      case "15" -> "138";
      case "18" -> "1383";
      case "19" -> inner.startsWith("191") ? "1381" : inner.startsWith("192") ? "1382" : "1384";
      case "20" -> inner.startsWith("204") ? "1385" : "1383";
      case "13" -> inner; // "threatened to threaten" stays the inner threat
      default -> "130";
    };
  }

  /**
   * The "asked for" part shared by demands (10x) and appeals (02x), as a 10x code: the demand
   * codes by the inner act's root (CAMEO's demand and appeal sub-codes run in parallel).
   */
  private static String asked(String inner) {
    String r = inner.substring(0, 2);
    return switch (r) {
      case "04" -> inner.startsWith("045") ? "108" : "106";
      case "05" -> "102";
      case "06" -> inner.startsWith("061") ? "1011" : inner.startsWith("062") ? "1012"
          : inner.startsWith("063") ? "1013" : inner.startsWith("064") ? "1014" : "101";
      case "07" -> inner.startsWith("071") ? "1031" : inner.startsWith("072") ? "1032"
          : inner.startsWith("073") ? "1033" : inner.startsWith("074") ? "1034" : "103";
      case "08" -> yielded(inner);
      default -> "100";
    };
  }

  /** What a demand that the target yield (CAMEO 08) asks for, as a 10x code. */
  private static String yielded(String inner) {
    if (inner.startsWith("083")) {
      return inner.length() == 4 ? "104" + inner.charAt(3) : "104"; // political reform, 1041-1044
    } else if (inner.startsWith("081")) {
      return "1051";
    } else if (inner.startsWith("082")) {
      return "1052";
    } else if (inner.startsWith("084")) {
      return "1053";
    } else if (inner.startsWith("085")) {
      return "1054";
    } else if (inner.startsWith("086")) {
      return "1055";
    } else if (inner.startsWith("087")) {
      return "1056"; // ceasefire, withdrawal, demobilisation
    }
    return "105";
  }

  /** CAMEO 12x by what is refused. */
  private String refusal(String inner, Parse p, int c) {
    if (words.normVerbs.contains(p.lemma(c))) {
      return "128"; // "refused to comply with the order"
    }
    String r = inner.substring(0, 2);
    if (r.equals("02") || r.equals("10")) {
      return "120"; // "rejected the demand": what was demanded is the demand's own business
    }
    String asked = asked(inner);
    return switch (asked.substring(0, 3)) {
      case "101" -> asked.length() == 4 && asked.charAt(3) <= '2' ? "121" + asked.charAt(3)
          : "121";
      case "103" -> "122" + asked.substring(3);
      case "104" -> "123" + asked.substring(3);
      case "105" -> "124" + asked.substring(3);
      case "106" -> "125";
      case "108" -> "126";
      default -> r.equals("05") || inner.startsWith("057") ? "127" : "120";
    };
  }

  /** Whether act {@code c} halts negotiations or mediation ("to quit the talks"). */
  private boolean endsTalks(Parse p, int c) {
    return words.haltVerbs.contains(p.lemma(c)) && talkObject(p, c) >= 0;
  }

  /** The negotiation noun that verb {@code c} takes as object or "from"/"of" phrase, or -1. */
  private int talkObject(Parse p, int c) {
    for (int k : p.children(c)) {
      String r = p.base(k);
      if ((r.equals("obj") || r.equals("obl")) && words.talkNouns.contains(p.lemma(k))) {
        return k;
      }
    }
    return -1;
  }
}
