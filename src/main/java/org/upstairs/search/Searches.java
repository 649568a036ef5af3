package org.upstairs.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.config.CypherScripts;
import org.upstairs.scenario.Scenario;

/**
 * Full-text search through the search_text index. Lucene returns only its best hits, a
 * few more than asked for; if hubs and archived companies, which are not hits, leave too
 * few, it is asked again for more, until it has no more to give.
 */
@Service
class Searches {

	/** Best first; among equal scores, by id, so that an answer is the same each time. */
	private static final Comparator<SearchHit> ORDER = Comparator.comparingDouble(SearchHit::score)
		.reversed()
		.thenComparing(Searches::idOf);

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	Searches(Neo4jClient neo4j, CypherScripts cypher) {
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	/**
	 * How many hits to ask Lucene for, to answer with {@code limit}: room for a few hubs
	 * and archived companies among them.
	 * @param limit the hits wanted
	 * @return the hits to fetch
	 */
	static int fetchFor(int limit) {
		return 2 * limit + 10;
	}

	List<SearchHit> search(String luceneQuery, int limit) {
		String statement = this.cypher.query("queries/search/search");
		for (int fetch = fetchFor(limit);; fetch = Math.multiplyExact(fetch, 4)) {
			List<SearchHit> hits = new ArrayList<>();
			long fetched = fetch(statement, luceneQuery, fetch, hits);
			if (hits.size() >= limit || fetched < fetch) {
				hits.sort(ORDER);
				return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
			}
		}
	}

	/** Runs one search statement; adds its hits and returns how many rows Lucene gave. */
	private long fetch(String statement, String luceneQuery, int fetch, List<SearchHit> hits) {
		long[] rows = { 0 };
		this.neo4j.query(statement)
			.bind(luceneQuery)
			.to("query")
			.bind(fetch)
			.to("fetch")
			.fetchAs(Object.class)
			.mappedBy((types, row) -> {
				rows[0]++;
				if (!row.get("kind").isNull() && !row.get("archived").asBoolean()) {
					var node = row.get("node");
					double score = row.get("score").asDouble();
					hits.add(switch (SearchHit.Kind.valueOf(row.get("kind").asString())) {
						case COMPANY -> new SearchHit(SearchHit.Kind.COMPANY, score, Company.from(node), null, null);
						case CAPABILITY ->
							new SearchHit(SearchHit.Kind.CAPABILITY, score, null, Capability.from(node), null);
						case SCENARIO -> new SearchHit(SearchHit.Kind.SCENARIO, score, null, null, Scenario.from(node));
					});
				}
				return row;
			})
			.all();
		return rows[0];
	}

	private static String idOf(SearchHit hit) {
		return switch (hit.kind()) {
			case COMPANY -> hit.company().id();
			case CAPABILITY -> hit.capability().id();
			case SCENARIO -> hit.scenario().id();
		};
	}

}
