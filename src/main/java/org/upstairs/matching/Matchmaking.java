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
import org.upstairs.matching.Explanation.PartnerDraft;
import org.upstairs.matching.Explanation.ReasonDraft;
import org.upstairs.matching.Explanation.RecommendationDraft;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.scenario.Scenario;

/**
 * Upstream and downstream partners and collaboration recommendations, in two steps: pick
 * the best partners, then explain them (evidence, place, reasons and scores). With the
 * embedded database both are done in memory on {@link MatchingIndex}, and one query then
 * reads the nodes the answer names; otherwise, or when the graph cannot answer, Cypher
 * queries pick and explain with the same results.
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
		return partners(Side.UPSTREAM, companyId, scope, maxHops, first);
	}

	List<PartnerMatch> downstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		return partners(Side.DOWNSTREAM, companyId, scope, maxHops, first);
	}

	private List<PartnerMatch> partners(Side side, String companyId, Scope scope, int maxHops, int first) {
		return partnersInMemory(side, companyId, scope, maxHops, first, this.defaults)
			.orElseGet(() -> partnersInCypher(side, companyId, scope, maxHops, first, this.defaults));
	}

	/** Which way partners are looked for, and the code and queries for each. */
	enum Side {

		UPSTREAM("upstream"), DOWNSTREAM("downstream");

		private final String pickQuery;

		private final String explainQuery;

		Side(String name) {
			this.pickQuery = "queries/matching/" + name + "-partners";
			this.explainQuery = "queries/matching/" + name + "-partners-explain";
		}

		List<String> pick(MatchingGraph graph, String companyId, Scope scope, int maxHops, int first,
				ScoreWeights weights) {
			return (this == UPSTREAM) ? PartnerPicker.upstream(graph, companyId, scope, maxHops, first, weights)
					: PartnerPicker.downstream(graph, companyId, scope, maxHops, first, weights);
		}

		List<PartnerDraft> explain(MatchingGraph graph, String companyId, List<String> partnerIds, Scope scope,
				int maxHops, ScoreWeights weights) {
			return (this == UPSTREAM) ? PartnerExplainer.upstream(graph, companyId, partnerIds, scope, maxHops, weights)
					: PartnerExplainer.downstream(graph, companyId, partnerIds, scope, maxHops, weights);
		}

	}

	/**
	 * Partners picked and explained on the in-memory graph, the nodes they name then read
	 * in one query; empty when the graph cannot answer or a node it names is gone.
	 */
	Optional<List<PartnerMatch>> partnersInMemory(Side side, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		return this.index.read((graph) -> {
			requireCompany(graph, companyId);
			List<String> picked = side.pick(graph, companyId, scope, maxHops, first, weights);
			return side.explain(graph, companyId, picked, scope, maxHops, weights);
		}).flatMap(this::partnerMatchesOf);
	}

	/** Partners picked and explained by the database, without the in-memory graph. */
	List<PartnerMatch> partnersInCypher(Side side, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		requireCompany(companyId);
		Map<String, Object> parameters = parameters(companyId, scope, first, weights);
		parameters.put("maxHops", maxHops);
		List<String> picked = List.copyOf(this.neo4j.query(this.cypher.query(side.pickQuery))
			.bindAll(parameters)
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
		if (picked.isEmpty()) {
			return List.of();
		}
		parameters.put("first", picked.size());
		parameters.put("partnerIds", picked);
		return List.copyOf(this.neo4j.query(this.cypher.query(side.explainQuery))
			.bindAll(parameters)
			.fetchAs(PartnerMatch.class)
			.mappedBy((types, row) -> partnerMatch(row))
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
		List<String> partner = List.of(partnerId);
		return this.index
			.read((graph) -> CollaborationExplainer.explain(graph, companyId, partner, Scope.ANYWHERE, this.defaults))
			.flatMap(this::recommendationsOf)
			.orElseGet(() -> explainInCypher(companyId, partner, Scope.ANYWHERE, this.defaults))
			.stream()
			.findFirst();
	}

	private List<Recommendation> recommend(String companyId, Scope scope, int first, ScoreWeights scoring,
			boolean required) {
		return recommendInMemory(companyId, scope, first, scoring, required)
			.orElseGet(() -> recommendInCypher(companyId, scope, first, scoring, required));
	}

	/**
	 * Recommendations picked and explained on the in-memory graph, the nodes they name
	 * then read in one query; empty when the graph cannot answer or a node it names is
	 * gone.
	 */
	Optional<List<Recommendation>> recommendInMemory(String companyId, Scope scope, int first, ScoreWeights scoring,
			boolean required) {
		if (!this.index.enabled()) {
			return Optional.empty();
		}
		// Read before the graph's lock is taken.
		Set<String> introduced = Set.copyOf(this.neo4j.query(this.cypher.query("queries/matching/introduced"))
			.bind(companyId)
			.to("companyId")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
		return this.index.read((graph) -> {
			if (required) {
				requireCompany(graph, companyId);
			}
			List<String> picked = CollaborationPicker.recommend(graph, companyId, scope, first, scoring, introduced);
			return CollaborationExplainer.explain(graph, companyId, picked, scope, scoring);
		}).flatMap(this::recommendationsOf);
	}

	/** Recommendations made by the database alone, without the in-memory graph. */
	List<Recommendation> recommendInCypher(String companyId, Scope scope, int first, ScoreWeights scoring,
			boolean required) {
		if (required) {
			requireCompany(companyId);
		}
		return recommendations(this.cypher.query("queries/matching/recommend-collaborations"),
				parameters(companyId, scope, first, scoring));
	}

	/** The reasons of one pair, introduced or not, explained by the database. */
	private List<Recommendation> explainInCypher(String companyId, List<String> partnerIds, Scope scope,
			ScoreWeights scoring) {
		Map<String, Object> parameters = parameters(companyId, scope, partnerIds.size(), scoring);
		parameters.put("partnerIds", partnerIds);
		parameters.put("includeIntroduced", true);
		return recommendations(this.cypher.query("queries/matching/recommend-explain"), parameters);
	}

	private List<Recommendation> recommendations(String query, Map<String, Object> parameters) {
		return List.copyOf(this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(Recommendation.class)
			.mappedBy((types, row) -> recommendation(row))
			.all());
	}

	/** A row of a recommendation query as the API gives it. */
	static Recommendation recommendation(Record row) {
		return new Recommendation(Company.from(row.get("partner")), row.get("score").asDouble(),
				row.get("kind").asString(), row.get("hops").isNull() ? null : row.get("hops").asInt(), reasons(row));
	}

	/** A row of a partner query as the API gives it. */
	static PartnerMatch partnerMatch(Record row) {
		return new PartnerMatch(Company.from(row.get("partner")), row.get("score").asDouble(), row.get("hops").asInt(),
				row.get("proximity").asString(), row.get("floorDelta").isNull() ? null : row.get("floorDelta").asInt(),
				row.get("paths").asList((path) -> path.asList(Capability::from)), reasons(row));
	}

	private Optional<List<PartnerMatch>> partnerMatchesOf(List<PartnerDraft> drafts) {
		ExplainedNodes.Named named = new ExplainedNodes.Named();
		for (PartnerDraft draft : drafts) {
			named.company(draft.company()).reasons(draft.reasons());
			draft.paths().forEach(named::capabilities);
		}
		return named.read(this.neo4j, this.cypher)
			.map((nodes) -> drafts.stream()
				.map((draft) -> new PartnerMatch(nodes.company(draft.company()), draft.score(), draft.hops(),
						draft.proximity(), draft.floorDelta(),
						draft.paths().stream().map((path) -> path.stream().map(nodes::capability).toList()).toList(),
						reasons(draft.reasons(), nodes)))
				.toList());
	}

	private Optional<List<Recommendation>> recommendationsOf(List<RecommendationDraft> drafts) {
		ExplainedNodes.Named named = new ExplainedNodes.Named();
		for (RecommendationDraft draft : drafts) {
			named.company(draft.company()).reasons(draft.reasons());
		}
		return named.read(this.neo4j, this.cypher)
			.map((nodes) -> drafts.stream()
				.map((draft) -> new Recommendation(nodes.company(draft.company()), draft.score(), draft.kind(),
						draft.hops(), reasons(draft.reasons(), nodes)))
				.toList());
	}

	private static List<Reason> reasons(List<ReasonDraft> drafts, ExplainedNodes nodes) {
		return drafts.stream().map((draft) -> {
			List<Capability> capabilities = draft.capabilities().stream().map(nodes::capability).toList();
			List<Scenario> scenarios = draft.scenarios().stream().map(nodes::scenario).toList();
			List<Company> companies = draft.companies().stream().map(nodes::company).toList();
			return new Reason(draft.code(), draft.weight(),
					ReasonText.of(draft.code(), capabilities, scenarios, companies, draft.hops(), draft.proximity(),
							draft.floorDelta()),
					capabilities, scenarios, companies, ReasonText.of(ReasonText.Language.ZH, draft.code(),
							capabilities, scenarios, companies, draft.hops(), draft.proximity(), draft.floorDelta()));
		}).toList();
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

	/**
	 * The shortest chain between two companies.
	 * @param fromId one end
	 * @param toId the other end
	 * @param maxLength the longest path wanted
	 * @param askerId the founder's company when a founder asks, whose view of others'
	 * needs is limited; null for staff
	 * @return the path, or null when there is none that short
	 */
	ChainPath chainPath(String fromId, String toId, int maxLength, String askerId) {
		requireCompany("fromCompanyId", fromId);
		requireCompany("toCompanyId", toId);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("fromId", fromId);
		parameters.put("toId", toId);
		parameters.put("maxLength", maxLength);
		parameters.put("askerId", askerId);
		return this.neo4j.query(this.cypher.query("queries/matching/chain-path"))
			.bindAll(parameters)
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
			Object start = forward ? from : to;
			Object end = forward ? to : from;
			steps.add(new ChainPath.Step(from, relation, to,
					ReasonText.step(ReasonText.Language.EN, start, relation, end),
					ReasonText.step(ReasonText.Language.ZH, start, relation, end)));
		}
		return new ChainPath(steps.size(), steps);
	}

	private static String idOf(Object node) {
		return (node instanceof Company company) ? company.id() : ((Capability) node).id();
	}

	private static final java.util.Comparator<Company> BY_NAME = java.util.Comparator.comparing(Company::name)
		.thenComparing(Company::id);

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
				scenarios, companies, ReasonText.of(ReasonText.Language.ZH, code, capabilities, scenarios, companies,
						hops, proximity, floorDelta));
	}

}
