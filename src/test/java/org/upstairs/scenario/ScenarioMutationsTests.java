package org.upstairs.scenario;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioMutationsTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void upsertAndRequirements() {
		graphQl().document("""
				mutation { upsertScenario(input: {id: "telesurgery", name: "Telesurgery", nameZh: "远程手术",
				  sector: HEALTHCARE}) { scenario { id sector } } }""").execute().errors().verify();
		graphQl().document("""
				mutation { addScenarioRequirement(input: {scenarioId: "telesurgery", capabilityId: "gpu"}) {
				  scenario { requires { id } } } }""")
			.execute()
			.path("addScenarioRequirement.scenario.requires[*].id")
			.entityList(String.class)
			.containsExactly("gpu");
		graphQl().document("""
				mutation { removeScenarioRequirement(input: {scenarioId: "telesurgery", capabilityId: "gpu"}) {
				  scenario { requires { id } } } }""")
			.execute()
			.path("removeScenarioRequirement.scenario.requires")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void badInputChangesNothing() {
		List<String> before = graphSnapshot();
		graphQl().document("""
				mutation { addScenarioRequirement(input: {scenarioId: "nothing", capabilityId: "gpu"}) {
				  scenario { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "input.scenarioId")));
		graphQl().document(
				"""
						mutation { upsertScenario(input: {id: "x", name: "Too short an id", sector: FINANCE}) { scenario { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "input.id")));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

}
