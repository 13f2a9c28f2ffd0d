/**
 * Live feeds ({@code sitrep watch}): polling RSS/Atom feeds and article pages over HTTP politely
 * (conditional GET, robots.txt, a pace per host, timeouts, retries with back-off, a cap on body
 * size), handing new articles to the same analyse-and-store path as {@code sitrep analyze}, and
 * alert rules over the events they bring.
 *
 * <p>The HTTP side ({@link org.sitrep.watch.Watcher} and its package-private helpers) takes its
 * clock and sleeper as a {@link org.sitrep.watch.Timing}, so pacing and back-off are tested
 * without waiting; the alert rules ({@link org.sitrep.watch.AlertRule}) are pure functions over
 * {@link org.sitrep.watch.WatchEvent}s, tested without HTTP or CoreNLP.
 */
package org.sitrep.watch;
