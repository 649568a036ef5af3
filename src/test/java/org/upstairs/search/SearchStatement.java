package org.upstairs.search;

/**
 * The Lucene query {@code search(text: ...)} runs, for the benchmark suite to run the
 * same Cypher straight over Bolt.
 */
public final class SearchStatement {

	private SearchStatement() {
	}

	/**
	 * @param text what a person typed
	 * @return the query string search.cypher is given
	 */
	public static String luceneQuery(String text) {
		return LuceneQuery.of(text);
	}

	/**
	 * @param limit the hits asked for
	 * @return the {@code $fetch} search.cypher is given first
	 */
	public static int fetch(int limit) {
		return Searches.fetchFor(limit);
	}

}
