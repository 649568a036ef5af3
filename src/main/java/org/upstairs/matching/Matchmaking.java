package org.upstairs.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.capability.Capability;
import org.upstairs.company.Companies;
import org.upstairs.company.Company;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.scenario.Scenario;

/**
 * Upstream and downstream partners and collaboration recommendations, in two steps: pick
 * the best partners, then explain them. The pick is made in memory on
 * {@link MatchingIndex} (the embedded database) or else by a Cypher query; the
 * explanation (evidence, place, reasons and scores) is always a Cypher query over the
 * partners picked, and Java only puts the reasons into words.
 */
@Service
@Transactional(readOnly = true)
public class Matchmaking {

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final Companies companies;

	private final ScoreWeights defaults;

	private final MatchingIndex index;

	Matchmaking(Neo4jClient neo4j, CypherScripts cypher, Companies companies, ScoreWeights defaults,
			MatchingIndex index) {
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.companies = companies;
		this.defaults = defaults;
		this.index = index;
	}

	List<PartnerMatch> upstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		List<String> picked = this.index.read((graph) -> {
			requireCompany(graph, companyId);
			return PartnerPicker.upstream(graph, companyId, scope, maxHops, first, this.defaults);
		}).orElseGet(() -> pickInCypher("queries/matching/upstream-partners", companyId, scope, maxHops, first));
		return partners("queries/matching/upstream-partners-explain", companyId, scope, maxHops, picked);
	}

	List<PartnerMatch> downstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		List<String> picked = this.index.read((graph) -> {
			requireCompany(graph, companyId);
			return PartnerPicker.downstream(graph, companyId, scope, maxHops, first, this.defaults);
		}).orElseGet(() -> pickInCypher("queries/matching/downstream-partners", companyId, scope, maxHops, first));
		return partners("queries/matching/downstream-partners-explain", companyId, scope, maxHops, picked);
	}

	/**
	 * The ids of the best partners, picked by the database (without the in-memory graph).
	 */
	private List<String> pickInCypher(String query, String companyId, Scope scope, int maxHops, int first) {
		requireCompany(companyId);
		Map<String, Object> parameters = parameters(companyId, scope, first, this.defaults);
		parameters.put("maxHops", maxHops);
		return List.copyOf(this.neo4j.query(this.cypher.query(query))
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
	}

	List<Recommendation> recommendCollaborations(String companyId, Scope scope, int first, ScoreWeights scoring) {
		return recommend(companyId, scope, first, scoring, true);
	}

	/**
	 * Collaboration recommendations with the default weights.
	 * @param companyId the company asking (must exist)
	 * @param scope how near the partners must be
	 * @param first how many at most
	 * @return the best first, as {@code recommendCollaborations} gives them
	 */
	public List<Recommendation> recommendations(String companyId, Scope scope, int first) {
		return recommend(companyId, scope, first, this.defaults, false);
	}

	/**
	 * How well two companies would work together, with the reasons, whether or not they
	 * have been introduced before.
	 * @param companyId the company asking
	 * @param partnerId the company it asks about
	 * @return the assessment, empty when nothing recommends the pair
	 */
	public Optional<Recommendation> assessPair(String companyId, String partnerId) {
		return explainRecommendations(companyId, List.of(partnerId), true, Scope.ANYWHERE, this.defaults).stream()
			.findFirst();
	}

	private List<Recommendation> recommend(String companyId, Scope scope, int first, ScoreWeights scoring,
			boolean required) {
		// Read before the graph's lock is taken, and only when the graph may answer.
		Set<String> introduced = !this.index.enabled() ? Set.of()
				: Set.copyOf(this.neo4j.query(this.cypher.query("queries/matching/introduced"))
					.bind(companyId)
					.to("companyId")
					.fetchAs(String.class)
					.mappedBy((types, row) -> row.get("id").asString())
					.all());
		Optional<List<String>> picked = this.index.read((graph) -> {
			if (required) {
				requireCompany(graph, companyId);
			}
			return CollaborationPicker.recommend(graph, companyId, scope, first, scoring, introduced);
		});
		if (picked.isPresent()) {
			return explainRecommendations(companyId, picked.get(), false, scope, scoring);
		}
		if (required) {
			requireCompany(companyId);
		}
		return recommendations(this.cypher.query("queries/matching/recommend-collaborations"),
				parameters(companyId, scope, first, scoring));
	}

	private List<Recommendation> explainRecommendations(String companyId, List<String> partnerIds,
			boolean includeIntroduced, Scope scope, ScoreWeights scoring) {
		if (partnerIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = parameters(companyId, scope, partnerIds.size(), scoring);
		parameters.put("partnerIds", partnerIds);
		parameters.put("includeIntroduced", includeIntroduced);
		return recommendations(this.cypher.query("queries/matching/recommend-explain"), parameters);
	}

	private List<Recommendation> recommendations(String query, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(Recommendation.class)
			.mappedBy((types, row) -> new Recommendation(Company.from(row.get("partner")), row.get("score").asDouble(),
					row.get("kind").asString(), row.get("hops").isNull() ? null : row.get("hops").asInt(),
					reasons(row)))
			.all());
	}

	List<ChainGap> chainGaps(String hubId, String scenarioId) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("hubId", hubId);
		parameters.put("scenarioId", scenarioId);
		Map<String, Object> found = this.neo4j.query("""
				OPTIONAL MATCH (hub:Hub {id: $hubId})
				OPTIONAL MATCH (scenario:Scenario {id: $scenarioId})
				RETURN hub IS NOT NULL AS hub, scenario IS NOT NULL AS scenario""")
			.bindAll(parameters)
			.fetch()
			.one()
			.orElseThrow();
		if (!(Boolean) found.get("hub")) {
			throw new NotFoundException("hubId", "Hub", hubId);
		}
		if (scenarioId != null && !(Boolean) found.get("scenario")) {
			throw new NotFoundException("scenarioId", "Scenario", scenarioId);
		}
		return List.copyOf(this.neo4j.query(this.cypher.query("queries/matching/chain-gaps"))
			.bindAll(parameters)
			.fetchAs(ChainGap.class)
			.mappedBy((types, row) -> new ChainGap(Capability.from(row.get("capability")), row.get("demand").asInt(),
					row.get("seekers").asList(Company::from).stream().sorted(BY_NAME).toList(),
					row.get("scenarios")
						.asList(Scenario::from)
						.stream()
						.sorted(java.util.Comparator.comparing(Scenario::name).thenComparing(Scenario::id))
						.toList(),
					row.get("providersElsewhere").asList(Company::from)))
			.all());
	}

	ChainPath chainPath(String fromId, String toId, int maxLength) {
		requireCompany("fromCompanyId", fromId);
		requireCompany("toCompanyId", toId);
		return this.neo4j.query(this.cypher.query("queries/matching/chain-path"))
			.bindAll(Map.of("fromId", fromId, "toId", toId, "maxLength", maxLength))
			.fetchAs(ChainPath.class)
			.mappedBy((types, row) -> chainPath(row))
			.one()
			.orElse(null);
	}

	private static ChainPath chainPath(Record row) {
		List<Object> nodes = row.get("nodes")
			.asList((item) -> "COMPANY".equals(item.get("kind").asString()) ? Company.from(item.get("node"))
					: Capability.from(item.get("node")));
		List<Value> links = row.get("links").asList((link) -> link);
		List<ChainPath.Step> steps = new java.util.ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			Object from = nodes.get(i);
			Object to = nodes.get(i + 1);
			String relation = links.get(i).get("type").asString();
			boolean forward = links.get(i).get("startId").asString().equals(idOf(from));
			steps.add(new ChainPath.Step(from, relation, to,
					stepText(forward ? from : to, relation, forward ? to : from)));
		}
		return new ChainPath(steps.size(), steps);
	}

	private static String stepText(Object start, String relation, Object end) {
		String verb = switch (relation) {
			case "OFFERS" -> "offers";
			case "NEEDS" -> "needs";
			case "FEEDS" -> "feeds";
			default -> "partners with";
		};
		return nameOf(start) + " " + verb + " " + nameOf(end);
	}

	private static String idOf(Object node) {
		return (node instanceof Company company) ? company.id() : ((Capability) node).id();
	}

	private static String nameOf(Object node) {
		return (node instanceof Company company) ? company.name() : ((Capability) node).name();
	}

	private static final java.util.Comparator<Company> BY_NAME = java.util.Comparator.comparing(Company::name)
		.thenComparing(Company::id);

	private List<PartnerMatch> partners(String query, String companyId, Scope scope, int maxHops,
			List<String> partnerIds) {
		if (partnerIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = parameters(companyId, scope, partnerIds.size(), this.defaults);
		parameters.put("maxHops", maxHops);
		parameters.put("partnerIds", partnerIds);
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
		requireCompany("companyId", companyId);
	}

	/**
	 * As {@link #requireCompany(String)}, from the in-memory graph rather than a query.
	 */
	private static void requireCompany(MatchingGraph graph, String companyId) {
		MatchingGraph.CompanyEntry company = graph.companyWithId(companyId);
		if (company == null) {
			throw new NotFoundException("companyId", "Company", companyId);
		}
		if (company.archived()) {
			throw new NotFoundException("companyId", "active Company", companyId);
		}
	}

	private void requireCompany(String field, String companyId) {
		Company company = this.companies.company(companyId)
			.orElseThrow(() -> new NotFoundException(field, "Company", companyId));
		if (company.archived()) {
			throw new NotFoundException(field, "active Company", companyId);
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
