package org.upstairs.bench;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.upstairs.company.CompanyPageStatement;
import org.upstairs.config.CypherScripts;
import org.upstairs.matching.replica.ScoreWeights;
import org.upstairs.search.SearchStatement;

/**
 * The requests the suite measures, each twice: as a frontend sends it over HTTP to the
 * GraphQL API, and as the Cypher the API runs for it, sent straight over Bolt from Java.
 * The ratio of the two is what the API layer (HTTP, security, GraphQL, mapping, JSON)
 * costs on top of the database. For upstreamPartners and recommendCollaborations the
 * Cypher is what the service runs against an external server (partners picked and
 * explained in the database); with the embedded one it picks them in memory, so there the
 * ratio compares the two ways.
 */
final class Workloads {

	/**
	 * One workload.
	 * @param name its short name in the report
	 * @param description what it asks
	 * @param graphQl the request over HTTP
	 * @param cypher the same Cypher over Bolt
	 */
	/**
	 * A kind of request, over GraphQL and as the Cypher the service runs for it.
	 *
	 * @param name its name in the report
	 * @param description what it asks
	 * @param graphQl the request to the service
	 * @param cypher the same statements straight over Bolt; null when the service answers
	 * without one (matching, in memory)
	 */
	record Workload(String name, String description, LoadRun.Request graphQl, LoadRun.Request cypher) {
	}

	static final int PAGE_SIZE = 50;

	static final String PAGE = """
			query Page($after: String) {
			  companies(first: 50, after: $after) {
			    edges { node { id name kind stage
			      offers { id name layer }
			      needs { capability { id name } priority }
			      targets { id name }
			      location { floor unit building { id name } } } }
			    pageInfo { endCursor hasNextPage }
			  }
			}""";

	static final String SEARCH = """
			query Search($text: String!) {
			  search(text: $text, first: 20) {
			    kind score company { id name } capability { id name } scenario { id name }
			  }
			}""";

	static final String UPSTREAM = """
			query Upstream($id: ID!) {
			  upstreamPartners(companyId: $id, first: 10) {
			    company { id name } score hops proximity floorDelta
			    reasons { code weight text capabilities { id name } }
			  }
			}""";

	static final String RECOMMEND = """
			query Recommend($id: ID!) {
			  recommendCollaborations(companyId: $id, first: 10) {
			    company { id name } score kind hops
			    reasons { code weight text capabilities { id name } scenarios { id name } companies { id name } }
			  }
			}""";

	static final String GAPS = """
			query Gaps($hub: ID!) {
			  chainGaps(hubId: $hub) {
			    capability { id name } demand seekers { id name } scenarios { id name } providersElsewhere { id name }
			  }
			}""";

	private final GraphQlClient client;

	private final Driver driver;

	private final Samples samples;

	private final Map<String, Object> weights = defaultWeights();

	Workloads(GraphQlClient client, Driver driver, Samples samples) {
		this.client = client;
		this.driver = driver;
		this.samples = samples;
	}

	List<Workload> all() {
		String firstPage = CompanyPageStatement.byName(false);
		String nextPage = CompanyPageStatement.byName(true);
		String search = cypher("search/search");
		String gaps = cypher("matching/chain-gaps");
		return List.of(new Workload("companies page",
				"companies(first: 50) by name, with offers, needs, targets and location (building), pages 1 to "
						+ this.samples.pages().size(),
				(i) -> {
					Samples.Page at = this.samples.page(i);
					Map<String, Object> variables = new LinkedHashMap<>();
					variables.put("after", at.cursor());
					this.client.data(PAGE, variables);
				}, (i) -> {
					// The service reads the page and these fields in one statement.
					Samples.Page at = this.samples.page(i);
					String statement = (at.cursor() != null) ? nextPage : firstPage;
					read(statement, CompanyPageStatement.parameters(at.afterName(), at.afterId(), PAGE_SIZE));
				}),
				new Workload("search",
						"search(text, first: 20): a word of a company or capability name, or a Chinese name",
						(i) -> this.client.data(SEARCH, Map.of("text", this.samples.searchText(i))),
						(i) -> read(search,
								Map.of("query", SearchStatement.luceneQuery(this.samples.searchText(i)), "fetch",
										SearchStatement.fetch(20)))),
				// Matching has no Cypher twin: the engine answers in memory
				// (docs/architecture.md).
				new Workload("upstreamPartners", "upstreamPartners(companyId, first: 10), maxHops 2, anywhere",
						(i) -> this.client.data(UPSTREAM, Map.of("id", this.samples.companyId(i))), null),
				new Workload("recommendCollaborations", "recommendCollaborations(companyId, first: 10), anywhere",
						(i) -> this.client.data(RECOMMEND, Map.of("id", this.samples.companyId(i))), null),
				new Workload("chainGaps",
						"chainGaps(hubId): what a hub's chain lacks, with seekers and providers elsewhere",
						(i) -> this.client.data(GAPS, Map.of("hub", this.samples.hubId(i))), (i) -> {
							Map<String, Object> parameters = new LinkedHashMap<>();
							parameters.put("hubId", this.samples.hubId(i));
							parameters.put("scenarioId", null);
							read(gaps, parameters);
						}));
	}

	/**
	 * The companies of a page, from a GraphQL answer.
	 * @param data the answer's data
	 * @return the page's companies as (name, id), and its end cursor last
	 */
	static List<String[]> companiesOf(JsonNode data) {
		List<String[]> companies = new ArrayList<>();
		for (JsonNode edge : data.get("companies").get("edges")) {
			companies
				.add(new String[] { edge.get("node").get("name").asString(), edge.get("node").get("id").asString() });
		}
		return companies;
	}

	private Map<String, Object> matching(String companyId, Map<String, Object> more) {
		Map<String, Object> parameters = new LinkedHashMap<>(more);
		parameters.put("companyId", companyId);
		parameters.put("scope", "ANYWHERE");
		parameters.put("first", 10);
		parameters.put("weights", this.weights);
		return parameters;
	}

	private void read(String query, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			session.executeRead((tx) -> tx.run(query, parameters).list());
		}
	}

	/** The weights the service scores with when none are configured. */
	private static Map<String, Object> defaultWeights() {
		ScoreWeights defaults = Binder.get(new StandardEnvironment())
			.bindOrCreate("upstairs.matching.weights", ScoreWeights.class);
		Map<String, Object> weights = new LinkedHashMap<>();
		for (RecordComponent component : ScoreWeights.class.getRecordComponents()) {
			try {
				weights.put(component.getName(), component.getAccessor().invoke(defaults));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return weights;
	}

	static String cypher(String name) {
		return SCRIPTS.query("queries/" + name);
	}

	private static final CypherScripts SCRIPTS = new CypherScripts();

}
