package org.upstairs.matching;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collaboration recommendations on the hand-built fixture; expectations worked out by
 * hand.
 */
class RecommendationTests extends IntegrationTest {

	private static final String QUERY = """
			query($id: ID!, $scope: Scope, $weights: ScoreWeightsInput) {
			  recommendCollaborations(companyId: $id, scope: $scope, weights: $weights) {
			    company { id } score kind hops
			    reasons { code weight text capabilities { id } scenarios { id } companies { id } }
			  } }""";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void forDeltaApps() {
		GraphQlTester.Response response = recommend("delta-apps", null, null);

		// zeta-market is already a partner; theta is archived.
		response.path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.containsExactly("epsilon-tuning", "gamma-models", "eta-capital");
		response.path("recommendCollaborations[*].kind")
			.entityList(String.class)
			.containsExactly("SUPPLIER", "SUPPLIER", "SUPPLIER");
		// epsilon: offers fine-tuning (priority 1): 3.0; another building of the hub:
		// 2.0.
		response.path("recommendCollaborations[0].score").entity(Double.class).isEqualTo(5.0);
		response.path("recommendCollaborations[0].reasons[*].code")
			.entityList(String.class)
			.containsExactly("OFFERS_WHAT_YOU_NEED", "NEARBY");
		// gamma: base model feeds fine-tuning (1.5), brings base-model for customer
		// service, which delta targets and lacks while delta brings the chat app (1.0),
		// same hub (2.0).
		response.path("recommendCollaborations[1].score").entity(Double.class).isEqualTo(4.5);
		response.path("recommendCollaborations[1].hops").entity(Integer.class).isEqualTo(1);
		response.path("recommendCollaborations[1].reasons[*].code")
			.entityList(String.class)
			.containsExactly("CHAIN_UPSTREAM", "COVERS_SCENARIO_GAP", "NEARBY");
		response.path("recommendCollaborations[1].reasons[1].text")
			.entity(String.class)
			.isEqualTo("Brings Base model for Customer service, which you do not offer");
		response.path("recommendCollaborations[1].reasons[1].scenarios[*].id")
			.entityList(String.class)
			.containsExactly("customer-service");
		// eta: financing is only a priority-3 need: 3.0 x 1/3; no location, so no NEARBY.
		response.path("recommendCollaborations[2].score").entity(Double.class).isEqualTo(1.0);
		response.path("recommendCollaborations[2].reasons[0].text")
			.entity(String.class)
			.isEqualTo("Offers Financing, which you need");
	}

	@Test
	void forAlphaComputeItsCustomersDownTheChain() {
		GraphQlTester.Response response = recommend("alpha-compute", null, null);

		// gamma-models is a partner already.
		response.path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.containsExactly("beta-data", "epsilon-tuning");
		response.path("recommendCollaborations[*].kind")
			.entityList(String.class)
			.containsExactly("CUSTOMER", "CUSTOMER");
		// beta needs gpu (priority 1): 3.0; epsilon needs base-model, two FEEDS steps
		// from gpu: 1.5 / 2; both in alpha's building: 2.5.
		response.path("recommendCollaborations[*].score").entityList(Double.class).containsExactly(5.5, 3.25);
		response.path("recommendCollaborations[*].hops").entityList(Integer.class).containsExactly(0, 2);
	}

	@Test
	void sharedPartnersComplementsAndCompetitors() {
		this.driver.executableQuery("""
				MATCH (delta:Company {id: 'delta-apps'}), (zeta:Company {id: 'zeta-market'}),
				      (epsilon:Company {id: 'epsilon-tuning'}), (cs:Scenario {id: 'customer-service'}),
				      (chat:Capability {id: 'chat-app'})
				CREATE (epsilon)-[:PARTNERS_WITH]->(zeta)
				CREATE (design:Capability {id: 'service-design', name: 'Service design', layer: 'SCENARIO_DESIGN'})
				CREATE (kappa:Company {id: 'kappa-design', name: 'Kappa Design', kind: 'STARTUP', archived: false,
				                       updatedAt: datetime()})-[:OFFERS]->(design)
				CREATE (kappa)-[:TARGETS]->(cs)
				CREATE (rival:Company {id: 'delta-rival', name: 'Delta Rival', kind: 'STARTUP', archived: false,
				                       updatedAt: datetime()})-[:OFFERS]->(chat)
				CREATE (rival)-[:OFFERS]->(design)
				CREATE (rival)-[:TARGETS]->(cs)""").execute();

		GraphQlTester.Response response = recommend("delta-apps", null, null);

		// epsilon now also partners with zeta, as delta does: +4.0.
		response.path("recommendCollaborations[0].company.id").entity(String.class).isEqualTo("epsilon-tuning");
		response.path("recommendCollaborations[0].score").entity(Double.class).isEqualTo(9.0);
		response.path("recommendCollaborations[0].reasons[2].text")
			.entity(String.class)
			.isEqualTo("Partners with Zeta Market, as you do");
		response.path("recommendCollaborations[0].reasons[2].companies[*].id")
			.entityList(String.class)
			.containsExactly("zeta-market");
		// kappa designs the scenario delta builds for: a complement. The rival would be
		// one too (it also designs), but it offers all that delta offers and trades
		// nothing with it: a competitor, never recommended.
		List<String> ids = response.path("recommendCollaborations[*].company.id").entityList(String.class).get();
		assertThat(ids).containsExactly("epsilon-tuning", "gamma-models", "eta-capital", "kappa-design");
		response.path("recommendCollaborations[3].kind").entity(String.class).isEqualTo("COMPLEMENT");
		response.path("recommendCollaborations[3].hops").valueIsNull();
		response.path("recommendCollaborations[3].reasons[0].text")
			.entity(String.class)
			.isEqualTo("Also targets Customer service, from another part of the chain");
	}

	@Test
	void partnersOfYourPartnersAreRecommendedForThePartnersYouShare() {
		resetGraphTo("chain", "partners-of-partners");

		GraphQlTester.Response response = recommend("delta-apps", null, null);

		// lambda trades nothing with delta and shares no scenario, but partners with
		// zeta, as delta does: 4.0. Not the rival (a competitor) nor nu (whose partner
		// in common with delta is archived).
		response.path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.containsExactly("epsilon-tuning", "gamma-models", "lambda-studio", "eta-capital");
		response.path("recommendCollaborations[2].kind").entity(String.class).isEqualTo("NETWORK");
		response.path("recommendCollaborations[2].hops").valueIsNull();
		response.path("recommendCollaborations[2].score").entity(Double.class).isEqualTo(4.0);
		response.path("recommendCollaborations[2].reasons[*].text")
			.entityList(String.class)
			.containsExactly("Partners with Zeta Market, as you do");
		response.path("recommendCollaborations[2].reasons[0].companies[*].id")
			.entityList(String.class)
			.containsExactly("zeta-market");
	}

	@Test
	void aCompetitorOffersAtLeastHalfOfWhatYouOffer() {
		this.driver.executableQuery("""
				MATCH (delta:Company {id: 'delta-apps'}), (cs:Scenario {id: 'customer-service'}),
				      (chat:Capability {id: 'chat-app'})
				CREATE (voice:Capability {id: 'voice-app', name: 'Voice application', layer: 'APPLICATION'})
				CREATE (vision:Capability {id: 'vision-app', name: 'Vision application', layer: 'APPLICATION'})
				CREATE (design:Capability {id: 'service-design', name: 'Service design', layer: 'SCENARIO_DESIGN'})
				CREATE (delta)-[:OFFERS]->(voice), (delta)-[:OFFERS]->(vision)
				CREATE (rival:Company {id: 'delta-rival', name: 'Delta Rival', kind: 'STARTUP', archived: false,
				                       updatedAt: datetime()})-[:OFFERS]->(chat)
				CREATE (rival)-[:OFFERS]->(design)
				CREATE (rival)-[:TARGETS]->(cs)""").execute();

		// One of delta's three offers in common: less than half, so a complement.
		GraphQlTester.Response response = recommend("delta-apps", null, null);
		response.path("recommendCollaborations[?(@.company.id == 'delta-rival')].kind")
			.entityList(String.class)
			.containsExactly("COMPLEMENT");

		// Two of three: a competitor.
		this.driver.executableQuery("""
				MATCH (rival:Company {id: 'delta-rival'}), (voice:Capability {id: 'voice-app'})
				CREATE (rival)-[:OFFERS]->(voice)""").execute();
		List<String> ids = recommend("delta-apps", null, null).path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.get();
		assertThat(ids).isNotEmpty().doesNotContain("delta-rival");
	}

	@Test
	void twoCompaniesThatOfferNothingDoNotComplementEachOther() {
		this.driver.executableQuery("""
				MATCH (cs:Scenario {id: 'customer-service'})
				CREATE (iota:Company {id: 'iota-idea', name: 'Iota Idea', kind: 'STARTUP', archived: false,
				                      updatedAt: datetime()})-[:TARGETS]->(cs)
				CREATE (kappa:Company {id: 'kappa-idea', name: 'Kappa Idea', kind: 'STARTUP', archived: false,
				                       updatedAt: datetime()})-[:TARGETS]->(cs)""").execute();

		// delta and zeta bring layers of the scenario iota lacks; kappa brings nothing.
		recommend("iota-idea", null, null).path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.contains("delta-apps", "zeta-market")
			.doesNotContain("kappa-idea");
	}

	@Test
	void eachSupplyingTheOtherIsMutual() {
		this.driver.executableQuery("""
				MATCH (gamma:Company {id: 'gamma-models'}), (tuning:Capability {id: 'fine-tuning'})
				CREATE (gamma)-[:NEEDS {priority: 2}]->(tuning)""").execute();

		GraphQlTester.Response response = recommend("epsilon-tuning", "SAME_FLOOR", null);

		// gamma offers base-model, which epsilon needs (priority 2: 3.0 x 2/3), and needs
		// fine-tuning, which epsilon offers (same), on the same floor (3.0).
		response.path("recommendCollaborations[*].company.id").entityList(String.class).containsExactly("gamma-models");
		response.path("recommendCollaborations[0].kind").entity(String.class).isEqualTo("MUTUAL");
		response.path("recommendCollaborations[0].score").entity(Double.class).isEqualTo(7.0);
		response.path("recommendCollaborations[0].reasons[*].text")
			.entityList(String.class)
			.containsExactly("Offers Base model, which you need", "Needs Fine-tuning, which you offer",
					"On your floor");
	}

	@Test
	void weightsCanBeOverriddenPerRequestAndScopeFilters() {
		GraphQlTester.Response response = recommend("delta-apps", null, Map.of("offersWhatYouNeed", 0.0));
		response.path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.containsExactly("gamma-models", "epsilon-tuning", "eta-capital");
		response.path("recommendCollaborations[*].score").entityList(Double.class).containsExactly(4.5, 2.0, 0.0);

		recommend("delta-apps", "SAME_HUB", null).path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.containsExactly("epsilon-tuning", "gamma-models");
		recommend("alpha-compute", "UPSTAIRS", null).path("recommendCollaborations")
			.entityList(Object.class)
			.hasSize(0);

		graphQl().document(QUERY)
			.variable("id", "delta-apps")
			.variable("weights", Map.of("nearbySameHub", -1))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("field", "weights.nearbySameHub")));
	}

	private GraphQlTester.Response recommend(String id, String scope, Map<String, Object> weights) {
		return graphQl().document(QUERY)
			.variable("id", id)
			.variable("scope", scope)
			.variable("weights", weights)
			.execute();
	}

}
