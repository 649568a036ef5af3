package org.upstairs.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.capability.Capability;
import org.upstairs.config.CypherScripts;

/**
 * Reads application scenarios and what they require.
 */
@Service
@Transactional(readOnly = true)
public class Scenarios {

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	Scenarios(Neo4jClient neo4j, CypherScripts cypher) {
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	/**
	 * One scenario.
	 * @param id its id
	 * @return the scenario, if any
	 */
	public Optional<Scenario> scenario(String id) {
		return this.neo4j.query("MATCH (scenario:Scenario {id: $id}) RETURN scenario")
			.bind(id)
			.to("id")
			.fetchAs(Scenario.class)
			.mappedBy((types, row) -> Scenario.from(row.get("scenario")))
			.one();
	}

	/**
	 * Scenarios by name, optionally of one sector.
	 * @param sector the sector, or null for all
	 * @return the scenarios
	 */
	public List<Scenario> scenarios(Sector sector) {
		return List.copyOf(this.neo4j.query("""
				MATCH (scenario:Scenario) WHERE $sector IS NULL OR scenario.sector = $sector
				RETURN scenario ORDER BY scenario.name, scenario.id""")
			.bind((sector != null) ? sector.name() : null)
			.to("sector")
			.fetchAs(Scenario.class)
			.mappedBy((types, row) -> Scenario.from(row.get("scenario")))
			.all());
	}

	Map<String, List<Capability>> requirements(Collection<String> ids) {
		Map<String, List<Capability>> required = new LinkedHashMap<>();
		this.neo4j.query(this.cypher.query("queries/scenario/requirements"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Requirement.class)
			.mappedBy((types, row) -> new Requirement(row.get("id").asString(), Capability.from(row.get("capability"))))
			.all()
			.forEach((requirement) -> required.computeIfAbsent(requirement.id(), (id) -> new ArrayList<>())
				.add(requirement.capability()));
		required.values().forEach((list) -> list.sort(Capability.ALONG_THE_CHAIN));
		return required;
	}

	private record Requirement(String id, Capability capability) {
	}

}
