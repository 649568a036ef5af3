package org.upstairs.matching;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upstream and downstream partners on the hand-built fixture
 * (src/test/resources/fixtures/ chain.cypher); every expectation is worked out by hand
 * from the definitions.
 */
class PartnerMatchingTests extends IntegrationTest {

	private static final String FIELDS = "company { id } score hops proximity floorDelta paths { id } "
			+ "reasons { code weight text capabilities { id } }";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void upstreamOfGammaModels() {
		// gamma (tower-a, floor 5) needs gpu (priority 1) and corpus (priority 2).
		GraphQlTester.Response response = upstream("gamma-models", "ANYWHERE", 2);

		response.path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.containsExactly("alpha-compute", "beta-data");
		// alpha offers gpu: 3.0 x 1 for the need, 2.5 for sitting three floors up.
		response.path("upstreamPartners[0].score").entity(Double.class).isEqualTo(5.5);
		response.path("upstreamPartners[0].hops").entity(Integer.class).isEqualTo(0);
		response.path("upstreamPartners[0].proximity").entity(String.class).isEqualTo("UPSTAIRS");
		response.path("upstreamPartners[0].floorDelta").entity(Integer.class).isEqualTo(3);
		response.path("upstreamPartners[0].paths")
			.entity(List.class)
			.isEqualTo(List.of(List.of(Map.of("id", "gpu")), List.of(Map.of("id", "gpu"), Map.of("id", "training")),
					List.of(Map.of("id", "gpu"), Map.of("id", "training"), Map.of("id", "base-model"))));
		response.path("upstreamPartners[0].reasons[*].text")
			.entityList(String.class)
			.containsExactly("Offers GPU compute, which you need", "Three floors up in your building");
		// beta offers corpus, a priority-2 need: 3.0 x 2/3, and 2.5 for two floors down.
		response.path("upstreamPartners[1].score").entity(Double.class).isEqualTo(4.5);
		response.path("upstreamPartners[1].proximity").entity(String.class).isEqualTo("DOWNSTAIRS");
		response.path("upstreamPartners[1].floorDelta").entity(Integer.class).isEqualTo(-2);
	}

	@Test
	void everyScopeSeenFromGammaModels() {
		assertThat(upstreamIds("gamma-models", "UPSTAIRS", 2)).containsExactly("alpha-compute");
		assertThat(upstreamIds("gamma-models", "DOWNSTAIRS", 2)).containsExactly("beta-data");
		assertThat(upstreamIds("gamma-models", "SAME_FLOOR", 2)).isEmpty();
		assertThat(upstreamIds("gamma-models", "SAME_BUILDING", 2)).containsExactly("alpha-compute", "beta-data");
		assertThat(upstreamIds("gamma-models", "SAME_HUB", 2)).containsExactly("alpha-compute", "beta-data");
	}

	@Test
	void upstreamOfDeltaAppsThroughTheChain() {
		// delta (tower-b, floor 2) needs fine-tuning (1) and financing (3), offers
		// chat-app.
		GraphQlTester.Response response = upstream("delta-apps", "ANYWHERE", 2);

		response.path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.containsExactly("epsilon-tuning", "gamma-models", "eta-capital");
		// fine-tuning 3.0 and base model one step before it 1.5, each with 2.0 for the
		// same hub; financing, a priority-3 need, 3.0 x 1/3, from nowhere in particular.
		response.path("upstreamPartners[*].score").entityList(Double.class).containsExactly(5.0, 3.5, 1.0);
		response.path("upstreamPartners[*].hops").entityList(Integer.class).containsExactly(0, 1, 0);
		response.path("upstreamPartners[*].proximity")
			.entityList(String.class)
			.containsExactly("SAME_HUB", "SAME_HUB", "ANYWHERE");
		// gamma's base model feeds fine-tuning, which delta needs.
		response.path("upstreamPartners[1].paths[0][*].id")
			.entityList(String.class)
			.containsExactly("base-model", "fine-tuning");
		response.path("upstreamPartners[1].paths[2][*].id")
			.entityList(String.class)
			.containsExactly("training", "base-model", "fine-tuning");
		response.path("upstreamPartners[1].reasons[0].code").entity(String.class).isEqualTo("CHAIN_UPSTREAM");
		response.path("upstreamPartners[1].reasons[0].text")
			.entity(String.class)
			.isEqualTo("Offers Base model, an input of Fine-tuning");
		response.path("upstreamPartners[1].floorDelta").valueIsNull();

		assertThat(upstreamIds("delta-apps", "ANYWHERE", 0)).containsExactly("epsilon-tuning", "eta-capital");
		assertThat(upstreamIds("delta-apps", "SAME_HUB", 2)).containsExactly("epsilon-tuning", "gamma-models");
		assertThat(upstreamIds("delta-apps", "SAME_BUILDING", 2)).isEmpty();
	}

	@Test
	void downstreamOfAlphaCompute() {
		GraphQlTester.Response response = graphQl()
			.document("{ downstreamPartners(companyId: \"alpha-compute\") { " + FIELDS + " } }")
			.execute();

		// beta and gamma tie at 3.0 + 2.5 (alpha's building) with hops 0: by name.
		// epsilon needs base-model, two steps on: 1.5 / 2, and 2.5.
		response.path("downstreamPartners[*].company.id")
			.entityList(String.class)
			.containsExactly("beta-data", "gamma-models", "epsilon-tuning");
		response.path("downstreamPartners[*].score").entityList(Double.class).containsExactly(5.5, 5.5, 3.25);
		response.path("downstreamPartners[*].hops").entityList(Integer.class).containsExactly(0, 0, 2);
		response.path("downstreamPartners[2].paths[0][*].id")
			.entityList(String.class)
			.containsExactly("gpu", "training", "base-model");
		response.path("downstreamPartners[2].reasons[0].text")
			.entity(String.class)
			.isEqualTo("Works with Base model, 2 steps down the chain from your GPU compute "
					+ "(GPU compute → Model training → Base model)");
		response.path("downstreamPartners[0].reasons[*].text")
			.entityList(String.class)
			.containsExactly("Needs GPU compute, which you offer", "Five floors down in your building");
	}

	@Test
	void argumentsAreChecked() {
		expectError("{ upstreamPartners(companyId: \"gamma-models\", maxHops: 5) { score } }", "BAD_REQUEST",
				"maxHops");
		expectError("{ upstreamPartners(companyId: \"gamma-models\", first: 0) { score } }", "BAD_REQUEST", "first");
		expectError("{ downstreamPartners(companyId: \"gamma-models\", first: 101) { score } }", "BAD_REQUEST",
				"first");
		expectError("{ upstreamPartners(companyId: \"nobody\") { score } }", "NOT_FOUND", "companyId");
		expectError("{ upstreamPartners(companyId: \"theta-archived\") { score } }", "NOT_FOUND", "companyId");
	}

	private void expectError(String document, String type, String field) {
		graphQl().document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo(type);
				assertThat(error.getExtensions()).containsEntry("field", field);
			}));
	}

	private GraphQlTester.Response upstream(String companyId, String scope, int maxHops) {
		return graphQl()
			.document("query($id: ID!, $scope: Scope, $maxHops: Int) { upstreamPartners(companyId: $id, scope: $scope, "
					+ "maxHops: $maxHops) { " + FIELDS + " } }")
			.variable("id", companyId)
			.variable("scope", scope)
			.variable("maxHops", maxHops)
			.execute();
	}

	private List<String> upstreamIds(String companyId, String scope, int maxHops) {
		return upstream(companyId, scope, maxHops).path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.get();
	}

}
