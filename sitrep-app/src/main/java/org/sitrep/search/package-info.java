/**
 * Full-text search over analysed articles with Lucene, kept in step with the store by
 * {@link org.sitrep.search.SearchIndex#reconcile}.
 */
package org.sitrep.search;
