/**
 * The application layer: {@link org.sitrep.app.SitrepService}, the one service that analyses,
 * stores and indexes articles and answers every read of the store (articles, search, actors,
 * events, quotes, statistics, exports). The command line ({@code org.sitrep.cli}), the HTTP server
 * ({@code org.sitrep.api}) and batch jobs call it instead of wiring the store, the index and the
 * pipeline themselves, so each behaves the same.
 */
package org.sitrep.app;
