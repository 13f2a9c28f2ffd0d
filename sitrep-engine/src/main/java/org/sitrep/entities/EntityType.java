package org.sitrep.entities;

/** The coarse classes of named entity Sitrep reports. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  /** Nationalities, ethnic and religious groups ("Kurds", "Druze", "Syrian"). */
  GROUP
}
