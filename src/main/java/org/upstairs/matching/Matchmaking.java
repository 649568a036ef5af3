package org.upstairs.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

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
import org.upstairs.graphql.ServiceBusyException;
import org.upstairs.matching.replica.MatchingReplica;
import org.upstairs.matching.replica.PartnerDraft;
import org.upstairs.matching.replica.ReasonDraft;
import org.upstairs.matching.replica.RecommendationDraft;
import org.upstairs.matching.replica.Scope;
import org.upstairs.matching.replica.ScoreWeights;
import org.upstairs.matching.replica.Side;
import org.upstairs.scenario.Scenario;

/**
 * Upstream and downstream partners and collaboration recommendations, in two steps: the
 * matching engine ({@link MatchingReplica}) picks the best partners and explains them
 * (evidence, place, reasons and scores) in memory, naming nodes by id; one query then
 * reads the nodes the answer names, and the reasons are put in words.
 */
@Service
@Transactional(readOnly = true)
public class Matchmaking {

	/**
	 * Answers made again when a node they name was deleted between the pick and the read
	 * of its names; the next catch-up has the deletion.
	 */
	private static final int ATTEMPTS = 3;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final Companies companies;

	private final ScoreWeights defaults;

	private final MatchingReplica replica;

	Matchmaking(Neo4jClient neo4j, CypherScripts cypher, Companies companies, ScoreWeights defaults,
			MatchingReplica replica) {
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.companies = companies;
		this.defaults = defaults;
		this.replica = replica;
	}

	List<PartnerMatch> upstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		return partners(Side.UPSTREAM, companyId, scope, maxHops, first, this.defaults);
	}

	List<PartnerMatch> downstreamPartners(String companyId, Scope scope, int maxHops, int first) {
		return partners(Side.DOWNSTREAM, companyId, scope, maxHops, first, this.defaults);
	}

	/**
	 * Partners picked and explained by the engine.
	 * @param side which way
	 * @param companyId the asking company
	 * @param scope how near
	 * @param maxHops the most FEEDS steps
	 * @param first how many at most
	 * @param weights the weights to score with
	 * @return the partners as the API gives them, best first
	 */
	List<PartnerMatch> partners(Side side, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		return named(() -> this.replica.partners(side, companyId, scope, maxHops, first, weights),
				this::partnerMatchesOf);
	}

	List<Recommendation> recommendCollaborations(String companyId, Scope scope, int first, ScoreWeights scoring) {
		return recommend(companyId, scope, first, scoring, true);
	}

	/**
	 * Collaboration recommendations with the default weights.
	 * @param companyId the asking company; none for one that is missing or archived
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
		return named(() -> this.replica.assessment(companyId, partnerId, this.defaults), this::recommendationsOf)
			.stream()
			.findFirst();
	}

	/**
	 * Recommendations picked and explained by the engine.
	 * @param companyId the asking company
	 * @param scope how near
	 * @param first how many at most
	 * @param scoring the weights
	 * @param required whether a missing or archived company is an error
	 * @return the recommendations as the API gives them, best first
	 */
	List<Recommendation> recommend(String companyId, Scope scope, int first, ScoreWeights scoring, boolean required) {
		// Read before the engine is asked: introductions are not part of its graph.
		Set<String> introduced = Set.copyOf(this.neo4j.query(this.cypher.query("queries/matching/introduced"))
			.bind(companyId)
			.to("companyId")
			.fetchAs(String.class)
			.mappedBy((types, row) -> row.get("id").asString())
			.all());
		return named(() -> this.replica.recommendations(companyId, scope, first, scoring, introduced, required),
				this::recommendationsOf);
	}

	/**
	 * An answer of the engine with the nodes it names read; made again when one of them
	 * was deleted in between.
	 */
	private <D, A> List<A> named(Supplier<List<D>> answer, Function<List<D>, Optional<List<A>>> reading) {
		for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
			Optional<List<A>> named = reading.apply(answer.get());
			if (named.isPresent()) {
				return named.get();
			}
		}
		return reading.apply(answer.get())
			.orElseThrow(() -> new ServiceBusyException("companyId",
					"the companies being matched are changing too quickly; try again in a moment"));
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
			return Reason.of(draft.code(), draft.weight(), capabilities, scenarios, companies, draft.hops(),
					draft.proximity(), draft.floorDelta());
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

	private void requireCompany(String field, String companyId) {
		Company company = this.companies.company(companyId)
			.orElseThrow(() -> new NotFoundException(field, "Company", companyId));
		if (company.archived()) {
			throw new NotFoundException(field, "active Company", companyId);
		}
	}

}
