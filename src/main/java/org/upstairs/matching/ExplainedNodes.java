package org.upstairs.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.upstairs.matching.replica.ReasonDraft;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.config.CypherScripts;
import org.upstairs.scenario.Scenario;

/**
 * The companies, capabilities and scenarios an answer explained in memory names, read in
 * one query ({@code explained-nodes.cypher}) so that the answer shows them as they are
 * stored.
 */
final class ExplainedNodes {

	private final Map<String, Company> companies;

	private final Map<String, Capability> capabilities;

	private final Map<String, Scenario> scenarios;

	private ExplainedNodes(Map<String, Company> companies, Map<String, Capability> capabilities,
			Map<String, Scenario> scenarios) {
		this.companies = companies;
		this.capabilities = capabilities;
		this.scenarios = scenarios;
	}

	/**
	 * @return the nodes, or empty when one of them is gone (deleted since the graph was
	 * read), so that the caller answers from the database instead
	 */
	static Optional<ExplainedNodes> read(Neo4jClient neo4j, CypherScripts cypher, Set<String> companyIds,
			Set<String> capabilityIds, Set<String> scenarioIds) {
		if (companyIds.isEmpty() && capabilityIds.isEmpty() && scenarioIds.isEmpty()) {
			return Optional.of(new ExplainedNodes(Map.of(), Map.of(), Map.of()));
		}
		return neo4j.query(cypher.query("queries/matching/explained-nodes"))
			.bindAll(Map.of("companyIds", companyIds, "capabilityIds", capabilityIds, "scenarioIds", scenarioIds))
			.fetchAs(ExplainedNodes.class)
			.mappedBy((types, row) -> new ExplainedNodes(byId(row.get("companies"), Company::from, Company::id),
					byId(row.get("capabilities"), Capability::from, Capability::id),
					byId(row.get("scenarios"), Scenario::from, Scenario::id)))
			.one()
			.filter((nodes) -> nodes.companies.keySet().containsAll(companyIds)
					&& nodes.capabilities.keySet().containsAll(capabilityIds)
					&& nodes.scenarios.keySet().containsAll(scenarioIds));
	}

	/** The ids an answer names, gathered before they are read. */
	static final class Named {

		private final Set<String> companies = new HashSet<>();

		private final Set<String> capabilities = new HashSet<>();

		private final Set<String> scenarios = new HashSet<>();

		Named company(String id) {
			this.companies.add(id);
			return this;
		}

		Named capabilities(Collection<String> ids) {
			this.capabilities.addAll(ids);
			return this;
		}

		Named reasons(List<ReasonDraft> reasons) {
			for (ReasonDraft reason : reasons) {
				this.companies.addAll(reason.companies());
				this.capabilities.addAll(reason.capabilities());
				this.scenarios.addAll(reason.scenarios());
			}
			return this;
		}

		Optional<ExplainedNodes> read(Neo4jClient neo4j, CypherScripts cypher) {
			return ExplainedNodes.read(neo4j, cypher, this.companies, this.capabilities, this.scenarios);
		}

	}

	private static <T> Map<String, T> byId(Value nodes, Function<Value, T> mapping, Function<T, String> id) {
		Map<String, T> byId = new HashMap<>();
		for (Value node : nodes.values()) {
			T item = mapping.apply(node);
			byId.put(id.apply(item), item);
		}
		return byId;
	}

	Company company(String id) {
		return this.companies.get(id);
	}

	Capability capability(String id) {
		return this.capabilities.get(id);
	}

	Scenario scenario(String id) {
		return this.scenarios.get(id);
	}

}
