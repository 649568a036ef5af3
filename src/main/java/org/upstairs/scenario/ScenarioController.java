package org.upstairs.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.capability.Capability;

/**
 * Scenario queries and what scenarios require.
 */
@Controller
class ScenarioController {

	private final Scenarios scenarios;

	ScenarioController(Scenarios scenarios) {
		this.scenarios = scenarios;
	}

	@QueryMapping
	Scenario scenario(@Argument String id) {
		return this.scenarios.scenario(id).orElse(null);
	}

	@QueryMapping
	List<Scenario> scenarios(@Argument Sector sector) {
		return this.scenarios.scenarios(sector);
	}

	@BatchMapping
	Map<Scenario, List<Capability>> requires(List<Scenario> sources) {
		Map<String, List<Capability>> byId = this.scenarios
			.requirements(sources.stream().map(Scenario::id).distinct().toList());
		Map<Scenario, List<Capability>> result = new HashMap<>();
		sources.forEach((scenario) -> result.put(scenario, byId.getOrDefault(scenario.id(), List.of())));
		return result;
	}

}
