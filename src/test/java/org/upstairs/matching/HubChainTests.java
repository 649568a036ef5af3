package org.upstairs.matching;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code hubChain} on the hand-built fixture: the test hub's companies are Alpha (offers
 * GPU compute), Beta (corpus; needs GPU), Gamma (training and base model; needs GPU and
 * corpus), Epsilon (fine-tuning; needs the base model) and Delta (chat app; needs
 * fine-tuning and financing); Theta, archived, offers GPU compute too, and Zeta
 * (go-to-market) and Eta (financing) are elsewhere.
 */
class HubChainTests extends IntegrationTest {

	private static final String CHAIN = """
			query($hub: ID!) { hubChain(hubId: $hub) {
			  layer providers seekers capabilities { capability { id name layer } providers seekers } } }""";

	private static final List<String> LAYERS = List.of("COMPUTE", "DATA", "MODEL", "TOOLING", "APPLICATION",
			"SCENARIO_DESIGN", "MARKETING", "SERVICES");

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void staffSeeEveryLayerInChainOrderWithWhoOffersAndWhoNeeds() {
		GraphQlTester.Response response = graphQl().document(CHAIN).variable("hub", "test-hub").execute();

		response.path("hubChain[*].layer").entityList(String.class).containsExactly(LAYERS.toArray(String[]::new));
		// Gamma offers both model capabilities: the layer counts it once.
		response.path("hubChain[*].providers").entityList(Integer.class).containsExactly(1, 1, 1, 1, 1, 0, 0, 0);
		response.path("hubChain[*].seekers").entityList(Integer.class).containsExactly(2, 1, 1, 1, 0, 0, 0, 1);
		response.path("hubChain[*].capabilities[*].capability.id")
			.entityList(String.class)
			.containsExactly("gpu", "corpus", "base-model", "training", "fine-tuning", "chat-app", "financing");
		// GPU compute: Alpha offers it (Theta is archived); Beta and Gamma need it.
		response.path("hubChain[0].capabilities[0].providers").entity(Integer.class).isEqualTo(1);
		response.path("hubChain[0].capabilities[0].seekers").entity(Integer.class).isEqualTo(2);
		response.path("hubChain[2].capabilities[*].providers").entityList(Integer.class).containsExactly(1, 1);
		response.path("hubChain[2].capabilities[*].seekers").entityList(Integer.class).containsExactly(1, 0);
		// Nobody in the hub offers financing, which Delta needs: a gap.
		response.path("hubChain[7].capabilities[0].providers").entity(Integer.class).isEqualTo(0);
		response.path("hubChain[7].capabilities[0].seekers").entity(Integer.class).isEqualTo(1);
		// Empty layers are listed, with nothing in them.
		response.path("hubChain[5].capabilities").entityList(Object.class).hasSize(0);
		response.path("hubChain[6].capabilities").entityList(Object.class).hasSize(0);
		response.path("hubChain[0].capabilities[0].capability.name").entity(String.class).isEqualTo("GPU compute");
	}

	@Test
	void foundersAndAnonymousCallersSeeOffersButNoNeeds() {
		for (GraphQlTester tester : List.of(graphQlAs(FOUNDER_ALPHA), graphQlAs(FOUNDER_DELTA), anonymousGraphQl())) {
			GraphQlTester.Response response = tester.document(CHAIN).variable("hub", "test-hub").execute();

			response.errors().verify();
			response.path("hubChain[*].layer").entityList(String.class).containsExactly(LAYERS.toArray(String[]::new));
			response.path("hubChain[*].providers").entityList(Integer.class).containsExactly(1, 1, 1, 1, 1, 0, 0, 0);
			assertThat(response.path("hubChain[*].seekers").entityList(Integer.class).get()).hasSize(8)
				.containsOnlyNulls();
			assertThat(response.path("hubChain[*].capabilities[*].seekers").entityList(Integer.class).get()).hasSize(6)
				.containsOnlyNulls();
			// Financing is only needed in the hub: listing it would tell that someone
			// needs it.
			response.path("hubChain[*].capabilities[*].capability.id")
				.entityList(String.class)
				.containsExactly("gpu", "corpus", "base-model", "training", "fine-tuning", "chat-app");
			response.path("hubChain[7].capabilities").entityList(Object.class).hasSize(0);
		}
	}

	@Test
	void aFoundersUnverifiedClaimCountsForNobody() {
		this.driver.executableQuery("""
				MATCH (delta:Company {id: 'delta-apps'}), (gtm:Capability {id: 'go-to-market'}),
				      (gpu:Capability {id: 'gpu'})
				CREATE (delta)-[:CLAIMS_OFFER]->(gtm), (delta)-[:CLAIMS_OFFER]->(gpu)""").execute();

		GraphQlTester.Response response = graphQl().document(CHAIN).variable("hub", "test-hub").execute();

		response.path("hubChain[0].capabilities[0].providers").entity(Integer.class).isEqualTo(1);
		response.path("hubChain[0].providers").entity(Integer.class).isEqualTo(1);
		response.path("hubChain[6].capabilities").entityList(Object.class).hasSize(0);
		response.path("hubChain[6].providers").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void theOtherHubHasOnlyGoToMarket() {
		GraphQlTester.Response response = graphQl().document(CHAIN).variable("hub", "other-hub").execute();

		response.path("hubChain[*].capabilities[*].capability.id")
			.entityList(String.class)
			.containsExactly("go-to-market");
		response.path("hubChain[6].layer").entity(String.class).isEqualTo("MARKETING");
		response.path("hubChain[6].providers").entity(Integer.class).isEqualTo(1);
		response.path("hubChain[6].seekers").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void anUnknownHubIsNotFound() {
		graphQl().document(CHAIN)
			.variable("hub", "nowhere")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getExtensions()).containsEntry("field", "hubId");
				assertThat(error.getMessage()).contains("nowhere");
			}));
	}

	@Test
	void oneStatementReadsTheWholeChainCapabilitiesIncluded() {
		this.statements.reset();

		graphQl().document(CHAIN).variable("hub", "test-hub").execute().errors().verify();

		// Besides the look-up of the signed-in account.
		assertThat(this.statements.statements()).as(() -> String.join("\n---\n", this.statements.statements()))
			.filteredOn((statement) -> !statement.contains(":Account"))
			.hasSize(1);
	}

}
