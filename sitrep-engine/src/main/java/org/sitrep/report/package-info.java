/**
 * Situation reports: one story's articles, fused events, casualty figures, contradictions, key
 * quotes and framing gathered into a {@link org.sitrep.report.SituationReport} and rendered as
 * Markdown ({@link org.sitrep.report.MarkdownReport}) or as one self-contained HTML page
 * ({@link org.sitrep.report.HtmlReport}). Article text is untrusted: every renderer escapes it.
 */
package org.sitrep.report;
