package org.upstairs.matching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.upstairs.config.CypherScripts;
import org.upstairs.matching.replica.MatchingReplica;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.Neo4jBackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Matching picks partners from the in-memory replica of the matching graph
 * ({@link MatchingReplica}); a write must show in the next answer: through the API with
 * any database, and with the embedded one also by any client straight over Bolt,
 * including deletes and a company deleted and created again. On the hand-built fixture
 * (src/test/resources/fixtures/chain.cypher), with expectations worked out by hand.
 */
class MatchingReplicaTests extends IntegrationTest {

	@Autowired
	private MatchingReplica replica;

	@Autowired
	private Neo4jClient neo4j;

	@Autowired
	private CypherScripts cypher;

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void theReplicaHoldsEveryCompany() {
		long companies = this.driver.executableQuery("MATCH (c:Company) RETURN count(c) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();

		assertThat(this.replica.companies()).isEqualTo((int) companies);
	}

	@Test
	void writesStraightOverBoltShowInTheNextAnswer() {
		assumeOtherClientsAreHeard();
		// gamma needs gpu (priority 1) and corpus (priority 2): alpha 3.0 + 2.5
		// upstairs, beta 2.0 + 2.5 downstairs.
		assertThat(upstream("gamma-models")).containsExactly("alpha-compute", "beta-data");

		// omega offers both, from nowhere in particular: 3.0 + 2.0, between the two.
		run("""
				MATCH (gpu:Capability {id: 'gpu'}), (corpus:Capability {id: 'corpus'})
				CREATE (omega:Company {id: 'omega-supply', name: 'Omega Supply', kind: 'STARTUP', archived: false, updatedAt: datetime()})
				CREATE (omega)-[:OFFERS]->(gpu), (omega)-[:OFFERS]->(corpus)""");
		assertThat(upstream("gamma-models")).containsExactly("alpha-compute", "omega-supply", "beta-data");

		// Without corpus, 3.0: below both.
		run("MATCH (:Company {id: 'omega-supply'})-[offer:OFFERS]->(:Capability {id: 'corpus'}) DELETE offer");
		assertThat(upstream("gamma-models")).containsExactly("alpha-compute", "beta-data", "omega-supply");

		run("MATCH (omega:Company {id: 'omega-supply'}) SET omega.archived = true");
		assertThat(upstream("gamma-models")).containsExactly("alpha-compute", "beta-data");

		run("MATCH (omega:Company {id: 'omega-supply'}) SET omega.archived = false");
		run("MATCH (omega:Company {id: 'omega-supply'}) DETACH DELETE omega");
		assertThat(upstream("gamma-models")).containsExactly("alpha-compute", "beta-data");
	}

	@Test
	void aCompanyDeletedAndCreatedAgainInOneTransactionIsMatchedAsCreated() {
		assumeOtherClientsAreHeard();
		// beta comes back offering gpu instead of corpus, on gamma's floor: 3.0 + 3.0.
		run("""
				MATCH (beta:Company {id: 'beta-data'}) DETACH DELETE beta
				WITH count(*) AS deleted
				MATCH (gpu:Capability {id: 'gpu'}), (tower:Building {id: 'tower-a'})
				CREATE (beta:Company {id: 'beta-data', name: 'Beta Data', kind: 'STARTUP', archived: false, updatedAt: datetime()})
				CREATE (beta)-[:OFFERS]->(gpu), (beta)-[:LOCATED_IN {floor: 5}]->(tower)""");

		assertThat(upstream("gamma-models")).containsExactly("beta-data", "alpha-compute");
		assertThat(graphQl().document("{ upstreamPartners(companyId: \"gamma-models\") { proximity score } }")
			.execute()
			.path("upstreamPartners[0].proximity")
			.entity(String.class)
			.get()).isEqualTo("SAME_FLOOR");
	}

	@Test
	void aLabelTakenOffChangesWhatItsNeighboursAre() {
		assumeOtherClientsAreHeard();
		// gpu stops being a capability: gamma's need of it and alpha's offer of it no
		// longer count, in the queries or in memory.
		run("MATCH (gpu {id: 'gpu'}) REMOVE gpu:Capability");

		assertThat(upstream("gamma-models")).containsExactly("beta-data");
	}

	@Test
	void oddValuesWrittenOverBoltAreScoredAsTheQueriesScoreThem() {
		assumeOtherClientsAreHeard();
		// A priority of 2.5 makes gamma's need of gpu 0.5 urgent: alpha 1.5 + 2.5, below
		// beta 2.0 + 2.5.
		run("MATCH (:Company {id: 'gamma-models'})-[need:NEEDS]->(:Capability {id: 'gpu'}) SET need.priority = 2.5");

		assertThat(upstream("gamma-models")).containsExactly("beta-data", "alpha-compute");
		assertThat(graphQl().document("{ upstreamPartners(companyId: \"gamma-models\") { score } }")
			.execute()
			.path("upstreamPartners[*].score")
			.entityList(Double.class)
			.get()).containsExactly(4.5, 4.0);

	}

	@Test
	void chainAndPlaceChangedThroughTheApiShowInTheNextAnswer() {
		// epsilon needs base-model, two FEEDS steps below alpha's gpu (gpu, training,
		// base).
		assertThat(downstream("alpha-compute")).contains("epsilon-tuning");

		graphQl().document("""
				mutation { unlinkCapabilities(input: {fromCapabilityId: "gpu", toCapabilityId: "training"}) {
				  from { id } } }""")
			.execute()
			.path("unlinkCapabilities.from.id")
			.entity(String.class)
			.isEqualTo("gpu");
		assertThat(downstream("alpha-compute")).doesNotContain("epsilon-tuning");

		// delta (tower-b) is outside gamma's building until it moves to tower-a.
		assertThat(recommendedIn("gamma-models", "SAME_BUILDING")).doesNotContain("delta-apps");
		graphQl().document("""
				mutation { setCompanyLocation(input: {companyId: "delta-apps", buildingId: "tower-a", floor: 7}) {
				  company { id } } }""")
			.execute()
			.path("setCompanyLocation.company.id")
			.entity(String.class)
			.isEqualTo("delta-apps");
		assertThat(recommendedIn("gamma-models", "SAME_BUILDING")).contains("delta-apps");
	}

	@Test
	void aBuildingThatGetsItsHubLaterPlacesItsCompaniesInIt() {
		assumeOtherClientsAreHeard();
		run("""
				MATCH (gpu:Capability {id: 'gpu'})
				CREATE (tower:Building {id: 'tower-c', name: 'Tower C', floors: 6, basements: 0})
				CREATE (omega:Company {id: 'omega-supply', name: 'Omega Supply', kind: 'STARTUP', archived: false, updatedAt: datetime()})
				CREATE (omega)-[:OFFERS]->(gpu), (omega)-[:LOCATED_IN {floor: 2}]->(tower)""");
		assertThat(proximityOf("gamma-models", "omega-supply")).isEqualTo("ANYWHERE");

		// Only the hub and the building are written; omega is not touched.
		run("MATCH (hub:Hub {id: 'test-hub'}), (tower:Building {id: 'tower-c'}) CREATE (hub)-[:HAS_BUILDING]->(tower)");

		assertThat(proximityOf("gamma-models", "omega-supply")).isEqualTo("SAME_HUB");
	}

	@Test
	void readingTheNodesOfAnAnswerNoticesOneThatIsGone() {
		// An answer made in memory names its nodes by id and then reads them; one deleted
		// in between must make the service answer again rather than show a gap.
		Optional<ExplainedNodes> found = ExplainedNodes.read(this.neo4j, this.cypher, Set.of("alpha-compute"),
				Set.of("gpu"), Set.of());
		assertThat(found).isPresent();
		assertThat(found.get().company("alpha-compute").name()).isEqualTo("Alpha Compute");
		assertThat(found.get().capability("gpu").id()).isEqualTo("gpu");

		assertThat(ExplainedNodes.read(this.neo4j, this.cypher, Set.of("alpha-compute", "gone-company"), Set.of("gpu"),
				Set.of()))
			.isEmpty();
		assertThat(ExplainedNodes.read(this.neo4j, this.cypher, Set.of("alpha-compute"), Set.of("gone-capability"),
				Set.of()))
			.isEmpty();
	}

	private String proximityOf(String companyId, String partnerId) {
		List<Map<String, Object>> partners = graphQl()
			.document("query($id: ID!) { upstreamPartners(companyId: $id) { company { id } proximity } }")
			.variable("id", companyId)
			.execute()
			.path("upstreamPartners")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		return partners.stream()
			.filter((partner) -> partnerId.equals(((Map<?, ?>) partner.get("company")).get("id")))
			.map((partner) -> (String) partner.get("proximity"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(partnerId + " is not upstream of " + companyId));
	}

	/**
	 * Writes by other clients straight over Bolt reach the replica only through the
	 * embedded server's commit events (or an APOC trigger, docs/architecture.md).
	 */
	private static void assumeOtherClientsAreHeard() {
		assumeFalse(Neo4jBackend.isContainer(), "only the embedded server tells of writes by other clients");
	}

	private void run(String cypher) {
		this.driver.executableQuery(cypher).execute();
	}

	private List<String> upstream(String companyId) {
		return graphQl().document("query($id: ID!) { upstreamPartners(companyId: $id) { company { id } } }")
			.variable("id", companyId)
			.execute()
			.path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.get();
	}

	private List<String> downstream(String companyId) {
		return graphQl().document("query($id: ID!) { downstreamPartners(companyId: $id) { company { id } } }")
			.variable("id", companyId)
			.execute()
			.path("downstreamPartners[*].company.id")
			.entityList(String.class)
			.get();
	}

	private List<String> recommendedIn(String companyId, String scope) {
		return graphQl()
			.document("query($id: ID!, $scope: Scope) { recommendCollaborations(companyId: $id, scope: $scope) "
					+ "{ company { id } } }")
			.variable("id", companyId)
			.variable("scope", scope)
			.execute()
			.path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.get();
	}

}
