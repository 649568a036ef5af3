package org.upstairs.company;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
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
		// The page, then one statement each for offers, needs, targets, location,
		// partners,
		// location.building and building.hub.
		assertThat(large).isLessThanOrEqualTo(8);
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
