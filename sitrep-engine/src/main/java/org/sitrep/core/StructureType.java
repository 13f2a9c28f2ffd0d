package org.sitrep.core;

import java.util.Locale;

/**
 * The role a stretch of an article's text plays. Analysis stages read only {@link #isAnalysed()}
 * types, so boilerplate never yields an entity, date, quote or event.
 */
public enum StructureType {
  /** The headline. */
  TITLE(true),
  /** A summary paragraph under the headline ("dek", "standfirst"). */
  STANDFIRST(true),
  /** The place (and agency) line that opens a story: "BEIRUT (Reuters) -". */
  DATELINE(false),
  /** Author credit: "By Jane Doe". */
  BYLINE(false),
  /**
   * Any other credit: photo credits ("Photo: Jane Doe/Agency"), contributor lines ("Reporting by
   * …; Editing by …", "X contributed to this report") and author bios at the end of a story.
   */
  CREDIT(false),
  /** A photo caption and its credit. */
  CAPTION(true),
  /** A section heading inside the body. */
  HEADING(true),
  /** A paragraph of the story itself. */
  BODY(true),
  /** Reading-time lines, newsletter and social prompts, teasers, repeated pull quotes, … */
  BOILERPLATE(false);

  private final boolean analysed;

  StructureType(boolean analysed) {
    this.analysed = analysed;
  }

  /** Whether later stages read text of this type. */
  public boolean isAnalysed() {
    return analysed;
  }

  /** The lower-case name used in the JSON output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
