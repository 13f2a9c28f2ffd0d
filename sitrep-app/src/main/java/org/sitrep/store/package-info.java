/**
 * Durable, versioned storage of analysed articles as normalised SQL rows: embedded H2 by default,
 * PostgreSQL through a JDBC URL. {@link org.sitrep.store.ArticleStore} is the entry point.
 */
package org.sitrep.store;
