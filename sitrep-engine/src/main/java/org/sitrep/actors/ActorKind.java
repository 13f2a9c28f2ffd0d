package org.sitrep.actors;

/**
 * What sort of actor an entity is. CAMEO role codes map onto these kinds (see {@link
 * ActorDictionary}); an actor whose only code is outside them (businesses, civilians, criminals) is
 * not reported as an actor.
 */
public enum ActorKind {
  /** A state or its government: head of state, cabinet, ministry, legislature, courts (CAMEO GOV, LEG, JUD). */
  STATE_GOVERNMENT,
  /** A state's armed forces (CAMEO MIL). */
  MILITARY,
  /** Police, gendarmerie, intelligence and internal security services (CAMEO COP, SPY). */
  POLICE_SECURITY,
  /** Rebels, insurgents, militias, jihadist and other armed groups outside state control (CAMEO REB, INS, SEP, UAF, IMG). */
  ARMED_NONSTATE,
  /** Parties and the political opposition (CAMEO PTY, OPP, ELI). */
  POLITICAL_ORG,
  /** Intergovernmental organisations (CAMEO IGO). */
  INTERNATIONAL_ORG,
  /** Non-governmental organisations, humanitarian and human-rights groups (CAMEO NGO, NGM, HRI). */
  NGO,
  /** News media and outlets (CAMEO MED). */
  MEDIA,
  /** An ethnic, national or religious community ("Kurds", "Shiites", "Syrians"). */
  ETHNIC_RELIGIOUS_GROUP,
  /** An individual; the CAMEO code, when known, says whom the person acts for. */
  PERSON
}
