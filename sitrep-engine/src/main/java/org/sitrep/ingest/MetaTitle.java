package org.sitrep.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A title from metadata, checked: a title field that holds a web address (a scraper that filled
 * it with the page's URL) is no title, so the clean stage finds the headline in the text instead.
 */
final class MetaTitle {
  private static final Pattern URL = Pattern.compile("(?i)\\s*<?\\s*(?:https?://|www\\.)\\S+\\s*>?\\s*");

  private MetaTitle() {}

  /** The title, or null when it is missing, blank or a web address (with a warning saying so). */
  static String checked(String title, List<String> warnings) {
    if (title == null || title.isBlank()) {
      return null;
    }
    if (isUrl(title)) {
      warnings.add("title is a web address; ignored");
      return null;
    }
    return title;
  }

  static boolean isUrl(String title) {
    return title != null && URL.matcher(title).matches();
  }
}
