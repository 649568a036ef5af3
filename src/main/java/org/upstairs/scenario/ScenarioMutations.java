package org.upstairs.scenario;

import java.security.Principal;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.account.Caller;
import org.springframework.transaction.support.TransactionTemplate;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.graphql.UpsertChanges;

/**
 * Scenario mutations.
 */
@Controller
class ScenarioMutations {

	private final ChangeLog changes;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final TransactionTemplate transactions;

	private final Scenarios scenarios;

	ScenarioMutations(Neo4jClient neo4j, CypherScripts cypher, TransactionTemplate transactions, Scenarios scenarios,
			ChangeLog changes) {
		this.changes = changes;
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.transactions = transactions;
		this.scenarios = scenarios;
	}

	@MutationMapping
	ScenarioPayload upsertScenario(@Argument Map<String, Object> input, Principal principal) {
		Caller.of(principal).requireStaff("upsertScenario");
		return this.transactions.execute((status) -> {
			String id = Inputs.slug("input.id", (String) input.get("id"));
			Map<String, Object> changes = UpsertChanges
				.of(input, this.scenarios.scenario(id).isEmpty(), "sector", "scenario")
				.changes();
			return write("queries/scenario/upsert", Map.of("id", id, "changes", changes));
		});
	}

	@MutationMapping
	ScenarioPayload addScenarioRequirement(@Argument RequirementInput input, Principal principal) {
		Caller.of(principal).requireStaff("addScenarioRequirement");
		return this.transactions.execute((status) -> {
			check(input);
			return write("queries/scenario/add-requirement", parameters(input));
		});
	}

	@MutationMapping
	ScenarioPayload removeScenarioRequirement(@Argument RequirementInput input, Principal principal) {
		Caller.of(principal).requireStaff("removeScenarioRequirement");
		return this.transactions.execute((status) -> {
			check(input);
			return write("queries/scenario/remove-requirement", parameters(input));
		});
	}

	private void check(RequirementInput input) {
		Record found = this.neo4j.query("""
				OPTIONAL MATCH (scenario:Scenario {id: $scenarioId})
				OPTIONAL MATCH (capability:Capability {id: $capabilityId})
				RETURN scenario IS NOT NULL AS scenario, capability IS NOT NULL AS capability""")
			.bindAll(parameters(input))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.orElseThrow();
		if (!found.get("scenario").asBoolean()) {
			throw new NotFoundException("input.scenarioId", "Scenario", input.scenarioId());
		}
		if (!found.get("capability").asBoolean()) {
			throw new NotFoundException("input.capabilityId", "Capability", input.capabilityId());
		}
	}

	private static Map<String, Object> parameters(RequirementInput input) {
		return Map.of("scenarioId", input.scenarioId(), "capabilityId", input.capabilityId());
	}

	private ScenarioPayload write(String query, Map<String, Object> parameters) {
		this.changes
			.touched(ChangedNode.scenario((String) parameters.getOrDefault("id", parameters.get("scenarioId"))));
		return new ScenarioPayload(this.neo4j.query(this.cypher.query(query))
			.bindAll(parameters)
			.fetchAs(Scenario.class)
			.mappedBy((types, row) -> Scenario.from(row.get("scenario")))
			.one()
			.orElseThrow());
	}

	record RequirementInput(String scenarioId, String capabilityId) {
	}

	record ScenarioPayload(Scenario scenario) {
	}

}
