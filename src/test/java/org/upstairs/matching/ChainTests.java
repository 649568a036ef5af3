package org.upstairs.matching;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chain paths and chain gaps on the hand-built fixture; expectations worked out by hand.
 */
class ChainTests extends IntegrationTest {

	private static final String GAPS = """
			query($hub: ID!, $scenario: ID) { chainGaps(hubId: $hub, scenarioId: $scenario) {
			  capability { id } demand seekers { id } scenarios { id } providersElsewhere { id } } }""";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void gapsOfTheTestHub() {
		GraphQlTester.Response response = graphQl().document(GAPS).variable("hub", "test-hub").execute();

		// go-to-market: delta targets customer service, which requires it (1 company, 1
		// scenario).
		// financing: delta needs it; eta offers it but sits in no hub.
		response.path("chainGaps[*].capability.id")
			.entityList(String.class)
			.containsExactly("go-to-market", "financing");
		response.path("chainGaps[*].demand").entityList(Integer.class).containsExactly(2, 1);
		response.path("chainGaps[0].seekers[*].id").entityList(String.class).containsExactly("delta-apps");
		response.path("chainGaps[0].scenarios[*].id").entityList(String.class).containsExactly("customer-service");
		response.path("chainGaps[0].providersElsewhere[*].id").entityList(String.class).containsExactly("zeta-market");
		response.path("chainGaps[1].providersElsewhere").entityList(Object.class).hasSize(0);
	}

	@Test
	void gapsOfTheOtherHubWithAScenario() {
		GraphQlTester.Response response = graphQl().document(GAPS)
			.variable("hub", "other-hub")
			.variable("scenario", "clinical-notes")
			.execute();

		response.path("chainGaps[*].capability.id")
			.entityList(String.class)
			.containsExactly("base-model", "chat-app", "fine-tuning", "corpus");
		response.path("chainGaps[*].demand").entityList(Integer.class).containsExactly(2, 2, 1, 1);
		response.path("chainGaps[1].providersElsewhere[*].id").entityList(String.class).containsExactly("delta-apps");
		response.path("chainGaps[3].scenarios[*].id").entityList(String.class).containsExactly("clinical-notes");
		response.path("chainGaps[3].seekers").entityList(Object.class).hasSize(0);
	}

	@Test
	void unknownHubOrScenarioIsNotFound() {
		graphQl().document(GAPS)
			.variable("hub", "nowhere")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "hubId")));
		graphQl().document(GAPS)
			.variable("hub", "test-hub")
			.variable("scenario", "nothing")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "scenarioId")));
	}

	@Test
	void theShortestPathBetweenTwoCompanies() {
		GraphQlTester.Response response = path("alpha-compute", "delta-apps", 6);

		response.path("chainPath.length").entity(Integer.class).isEqualTo(4);
		response.path("chainPath.steps[*].text")
			.entityList(String.class)
			.containsExactly("Alpha Compute partners with Gamma Models", "Gamma Models offers Base model",
					"Base model feeds Fine-tuning", "Delta Apps needs Fine-tuning");
		response.path("chainPath.steps[*].relation")
			.entityList(String.class)
			.containsExactly("PARTNERS_WITH", "OFFERS", "FEEDS", "NEEDS");
		response.path("chainPath.steps[0].from.id").entity(String.class).isEqualTo("alpha-compute");
		response.path("chainPath.steps[3].to.id").entity(String.class).isEqualTo("delta-apps");

		path("alpha-compute", "delta-apps", 3).path("chainPath").valueIsNull();
	}

	@Test
	void pathArgumentsAreChecked() {
		path("alpha-compute", "alpha-compute", 6).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "toCompanyId")));
		path("alpha-compute", "theta-archived", 6).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		path("alpha-compute", "delta-apps", 13).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "maxLength")));
	}

	private GraphQlTester.Response path(String from, String to, int maxLength) {
		return graphQl()
			.document(
					"""
							query($from: ID!, $to: ID!, $max: Int) { chainPath(fromCompanyId: $from, toCompanyId: $to, maxLength: $max) {
							  length steps { relation text
							    from { ... on Company { id } ... on Capability { id } }
							    to { ... on Company { id } ... on Capability { id } } } } }""")
			.variable("from", from)
			.variable("to", to)
			.variable("max", maxLength)
			.execute();
	}

}
