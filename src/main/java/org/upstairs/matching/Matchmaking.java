package org.upstairs.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.capability.Capability;
import org.upstairs.company.Companies;
import org.upstairs.company.Company;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.scenario.Scenario;

/**
 * Upstream and downstream partners and collaboration recommendations. Each answer is one
 * Cypher statement that starts from the asking company and returns the candidates with
 * their evidence, reasons and scores; Java only puts the reasons into words.
 */
@Service
@Transactional(readOnly = true)
public class Matchmaking {

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final Companies companies;

	private final ScoreWeights defaults;

	Matchmaking(Neo4jClient neo4j, CypherScripts cypher, Companies companies, ScoreWeights defaults) {
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.companies = companies;
		this.defaults = defaults;
	}

	List<PartnerMatch> upstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		return partners("queries/matching/upstream-partners", companyId, scope, maxHops, first);
	}

	List<PartnerMatch> downstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		return partners("queries/matching/downstream-partners", companyId, scope, maxHops, first);
	}

	List<Recommendation> recommendCollaborations(String companyId, Scope scope, int first,
			Map<String, Object> weights) {
		ScoreWeights scoring = this.defaults.with(weights);
		requireCompany(companyId);
		Map<String, Object> parameters = parameters(companyId, scope, first, scoring);
		return List.copyOf(this.neo4j.query(this.cypher.query("queries/matching/recommend-collaborations"))
			.bindAll(parameters)
			.fetchAs(Recommendation.class)
			.mappedBy((types, row) -> new Recommendation(Company.from(row.get("partner")), row.get("score").asDouble(),
					row.get("kind").asString(), row.get("hops").isNull() ? null : row.get("hops").asInt(),
					reasons(row)))
			.all());
	}

	private List<PartnerMatch> partners(String query, String companyId, Scope scope, int maxHops, int first) {
		requireCompany(companyId);
		Map<String, Object> parameters = parameters(companyId, scope, first, this.defaults);
		parameters.put("maxHops", maxHops);
		return List.copyOf(this.neo4j.query(this.cypher.query(query))
			.bindAll(parameters)
			.fetchAs(PartnerMatch.class)
			.mappedBy((types, row) -> new PartnerMatch(Company.from(row.get("partner")), row.get("score").asDouble(),
					row.get("hops").asInt(), row.get("proximity").asString(),
					row.get("floorDelta").isNull() ? null : row.get("floorDelta").asInt(),
					row.get("paths").asList((path) -> path.asList(Capability::from)), reasons(row)))
			.all());
	}

	private void requireCompany(String companyId) {
		Inputs.slug("companyId", companyId);
		Company company = this.companies.company(companyId)
			.orElseThrow(() -> new NotFoundException("companyId", "Company", companyId));
		if (company.archived()) {
			throw new NotFoundException("companyId", "active Company", companyId);
		}
	}

	private static Map<String, Object> parameters(String companyId, Scope scope, int first, ScoreWeights weights) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("companyId", companyId);
		parameters.put("scope", scope.name());
		parameters.put("first", first);
		parameters.put("weights", weights.asMap());
		return parameters;
	}

	private static List<Reason> reasons(Record row) {
		return row.get("reasons").asList(Matchmaking::reason);
	}

	private static Reason reason(Value value) {
		Reason.ReasonCode code = Reason.ReasonCode.valueOf(value.get("code").asString());
		List<Capability> capabilities = value.get("capabilities").isNull() ? List.of()
				: value.get("capabilities").asList(Capability::from);
		List<Scenario> scenarios = value.get("scenarios").isNull() ? List.of()
				: value.get("scenarios").asList(Scenario::from);
		List<Company> companies = value.get("companies").isNull() ? List.of()
				: value.get("companies").asList(Company::from);
		Integer hops = value.get("hops").isNull() ? null : value.get("hops").asInt();
		Integer floorDelta = value.get("floorDelta").isNull() ? null : value.get("floorDelta").asInt();
		String proximity = value.get("proximity").asString(null);
		return new Reason(code, value.get("weight").asDouble(),
				ReasonText.of(code, capabilities, scenarios, companies, hops, proximity, floorDelta), capabilities,
				scenarios, companies);
	}

}
