package org.upstairs.company;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationship fields, both ways, and that they are batched.
 */
class NestedFieldsTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void hubsAndBuildingsListTheirCompanies() {
		GraphQlTester.Response response = graphQl().document("""
				{ hub(id: "test-hub") {
				    buildings { id hub { id } }
				    companies(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
				  }
				  building(id: "tower-a") {
				    all: companies { totalCount edges { node { id } } }
				    fifth: companies(floor: 5) { edges { node { id } } }
				  } }""").execute();

		response.path("hub.buildings[*].id").entityList(String.class).containsExactly("tower-a", "tower-b");
		response.path("hub.buildings[*].hub.id").entityList(String.class).containsExactly("test-hub", "test-hub");
		response.path("hub.companies.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("hub.companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("alpha-compute", "beta-data");
		// By floor, then name; the archived company on floor 9 is left out.
		response.path("building.all.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("beta-data", "epsilon-tuning", "gamma-models", "alpha-compute");
		response.path("building.fifth.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("epsilon-tuning", "gamma-models");

		String cursor = response.path("hub.companies.pageInfo.endCursor").entity(String.class).get();
		graphQl()
			.document("query($after: String) { hub(id: \"test-hub\") { companies(first: 10, after: $after) "
					+ "{ edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } } }")
			.variable("after", cursor)
			.execute()
			.path("hub.companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("delta-apps", "epsilon-tuning", "gamma-models");
	}

	@Test
	void buildingPagesByFloorWithCursors() {
		String cursor = graphQl()
			.document("{ building(id: \"tower-a\") { companies(first: 2) { pageInfo { endCursor } } } }")
			.execute()
			.path("building.companies.pageInfo.endCursor")
			.entity(String.class)
			.get();
		graphQl()
			.document("query($after: String) { building(id: \"tower-a\") { companies(after: $after) "
					+ "{ edges { node { id } } } } }")
			.variable("after", cursor)
			.execute()
			.path("building.companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("gamma-models", "alpha-compute");
	}

	@Test
	void capabilitiesBothWays() {
		GraphQlTester.Response response = graphQl().document("""
				{ capability(id: "training") {
				    feeds { id } fedBy { id }
				    providers { edges { node { id } } }
				  }
				  gpu: capability(id: "gpu") { seekers { totalCount edges { node { id } } } providers { totalCount } }
				  capabilities(layer: MODEL) { id }
				  all: capabilities { id }
				}""").execute();

		response.path("capability.feeds[*].id").entityList(String.class).containsExactly("base-model");
		response.path("capability.fedBy[*].id").entityList(String.class).containsExactly("gpu", "corpus");
		response.path("capability.providers.edges[*].node.id").entityList(String.class).containsExactly("gamma-models");
		response.path("gpu.seekers.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("beta-data", "gamma-models");
		// theta-archived offers gpu too, but archived companies are left out.
		response.path("gpu.providers.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("capabilities[*].id").entityList(String.class).containsExactly("base-model", "training");
		response.path("all[*].id")
			.entityList(String.class)
			.containsExactly("gpu", "corpus", "base-model", "training", "fine-tuning", "chat-app", "go-to-market",
					"financing");
	}

	@Test
	void scenariosBothWays() {
		GraphQlTester.Response response = graphQl().document("""
				{ scenario(id: "customer-service") { sector requires { id } companies { edges { node { id } } } }
				  scenarios(sector: HEALTHCARE) { id }
				}""").execute();

		response.path("scenario.sector").entity(String.class).isEqualTo("FINANCE");
		response.path("scenario.requires[*].id")
			.entityList(String.class)
			.containsExactly("base-model", "chat-app", "go-to-market");
		response.path("scenario.companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("delta-apps", "zeta-market");
		response.path("scenarios[*].id").entityList(String.class).containsExactly("clinical-notes");
	}

	@Test
	void aPageOfFiftyCompaniesWithEveryRelationshipCostsAFixedNumberOfStatements() {
		this.driver
			.executableQuery(
					"""
							MATCH (b:Building {id: 'tower-b'}), (gpu:Capability {id: 'gpu'}), (chat:Capability {id: 'chat-app'}),
							      (cs:Scenario {id: 'customer-service'}), (alpha:Company {id: 'alpha-compute'})
							UNWIND range(1, 60) AS i
							CREATE (c:Company {id: 'bulk-' + i, name: 'Bulk ' + i, kind: 'STARTUP', archived: false, updatedAt: datetime()})
							CREATE (c)-[:LOCATED_IN {floor: 1 + i % 5}]->(b), (c)-[:OFFERS]->(chat), (c)-[:NEEDS {priority: 1}]->(gpu),
							       (c)-[:TARGETS]->(cs), (alpha)-[:PARTNERS_WITH]->(c)""")
			.execute();
		String page = """
				query($first: Int) { companies(first: $first) { edges { node {
				  id offers { id } needs { priority capability { id } } targets { id }
				  location { floor building { id hub { id } } } partners { company { id } }
				} } } }""";

		int small = statementsFor(page, 5);
		int large = statementsFor(page, 50);

		assertThat(large).as(() -> String.join("\n---\n", this.statements.statements())).isEqualTo(small);
		// The page with its offers, needs, targets, location and location.building in
		// one statement, then one each for partners and building.hub.
		assertThat(large).as(() -> String.join("\n---\n", this.statements.statements())).isEqualTo(3);
	}

	@Test
	void aPageReadsItsFieldsWithItsCompaniesAndAnswersAsTheBatchedFieldsDo() {
		String fields = """
				id offers { id layer } needs { priority note capability { id } } targets { id }
				location { floor unit building { id name floors } }""";
		// The top-level page reads these fields in its own statement; a hub's companies
		// read them through the batch loaders.
		String document = "{ companies(first: 50) { edges { node { " + fields + " } } } "
				+ "hub(id: \"test-hub\") { companies(first: 50) { edges { node { " + fields + " } } } } }";
		for (HttpGraphQlTester tester : List.of(anonymousGraphQl(), graphQlAs(FOUNDER_ALPHA), graphQl())) {
			GraphQlTester.Response response = tester.document(document).execute();
			@SuppressWarnings("rawtypes")
			List<Map> page = response.path("companies.edges[*].node").entityList(Map.class).get();
			@SuppressWarnings("rawtypes")
			List<Map> batched = response.path("hub.companies.edges[*].node").entityList(Map.class).get();
			assertThat(batched).hasSizeGreaterThan(3);
			assertThat(page).containsAll(batched);
			assertThat(batched).anyMatch((node) -> !((List<?>) node.get("offers")).isEmpty())
				.anyMatch((node) -> !((List<?>) node.get("targets")).isEmpty())
				.anyMatch((node) -> node.get("location") != null);
		}
		// Needs stay private on the page: null to anonymous callers, a founder sees their
		// own company's only, staff see every company's.
		String needs = "{ companies(first: 50) { edges { node { id needs { capability { id } } } } } }";
		assertThat(needsSeen(anonymousGraphQl(), needs)).isEmpty();
		assertThat(needsSeen(graphQlAs(FOUNDER_DELTA), needs)).containsOnlyKeys("delta-apps")
			.containsEntry("delta-apps", List.of("fine-tuning", "financing"));
		assertThat(needsSeen(graphQl(), needs)).containsEntry("delta-apps", List.of("fine-tuning", "financing"))
			.containsEntry("alpha-compute", List.of())
			.hasSizeGreaterThan(4);
	}

	/** The needed capabilities of each company of a page whose needs the caller sees. */
	private static Map<String, List<String>> needsSeen(HttpGraphQlTester tester, String document) {
		@SuppressWarnings("rawtypes")
		List<Map> nodes = tester.document(document)
			.execute()
			.path("companies.edges[*].node")
			.entityList(Map.class)
			.get();
		Map<String, List<String>> seen = new java.util.LinkedHashMap<>();
		for (Map<?, ?> node : nodes) {
			if (node.get("needs") != null) {
				seen.put((String) node.get("id"),
						((List<?>) node.get("needs")).stream()
							.map((need) -> (String) ((Map<?, ?>) ((Map<?, ?>) need).get("capability")).get("id"))
							.toList());
			}
		}
		return seen;
	}

	private int statementsFor(String document, int first) {
		// Signing in reads the account once a minute; that read is not the page's cost.
		graphQl().document("{ me { username } }").execute();
		this.statements.reset();
		List<String> ids = graphQl().document(document)
			.variable("first", first)
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids).hasSize(first);
		return this.statements.statements().size();
	}

}
