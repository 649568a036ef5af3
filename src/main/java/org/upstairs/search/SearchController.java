package org.upstairs.search;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.PageRequest;
import org.upstairs.scenario.Scenario;

/**
 * Full-text search over companies, capabilities and scenarios.
 */
@Controller
class SearchController {

	static final int MAX_TEXT_LENGTH = 200;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	SearchController(Neo4jClient neo4j, CypherScripts cypher) {
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		// Blank, too long, control characters or broken Unicode: BAD_REQUEST naming text.
		String checked = Inputs.optionalText("text", text, MAX_TEXT_LENGTH);
		if (checked == null) {
			throw new InvalidInputException("text", "must not be blank");
		}
		int limit = PageRequest.of(first, null, "search").first();
		String query = LuceneQuery.of(checked);
		return List.copyOf(this.neo4j.query(this.cypher.query("queries/search/search"))
			.bind(query)
			.to("query")
			.bind(limit)
			.to("limit")
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> {
				var node = row.get("node");
				double score = row.get("score").asDouble();
				return switch (SearchHit.Kind.valueOf(row.get("kind").asString())) {
					case COMPANY -> new SearchHit(SearchHit.Kind.COMPANY, score, Company.from(node), null, null);
					case CAPABILITY ->
						new SearchHit(SearchHit.Kind.CAPABILITY, score, null, Capability.from(node), null);
					case SCENARIO -> new SearchHit(SearchHit.Kind.SCENARIO, score, null, null, Scenario.from(node));
				};
			})
			.all());
	}

}
