package org.sitrep.watch;

import java.util.Objects;

/**
 * One rule matching one new event.
 *
 * @param rule the rule as written in the rules file
 * @param message what matched, one line, for people
 * @param articleId the article of the new event
 * @param eventId the new event's id, or null
 * @param relatedArticleId the article of the earlier event it relates to (the ceasefire an
 *     attack breaks), or null
 * @param sentence the new event's sentence
 */
public record Alert(String rule, String message, String articleId, String eventId,
    String relatedArticleId, String sentence) {
  public Alert {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(articleId, "articleId");
  }

  /** The line printed for it. */
  public String line() {
    return "alert [" + rule + "] " + message + " (article " + articleId
        + (relatedArticleId == null ? "" : ", after article " + relatedArticleId) + ")";
  }
}
