package org.upstairs.matching.replica;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.upstairs.matching.replica.Explanation.Link;

import org.upstairs.matching.replica.MatchingGraph.CompanyEntry;
import org.upstairs.matching.replica.Picking.Pick;

/**
 * Explains collaborations picked by {@link CollaborationPicker} (or one pair asked about)
 * from {@link MatchingGraph}, exactly as {@code recommend-explain.cypher} does: the
 * evidence both ways, shared scenarios, scenario gaps, common partners, place, reasons,
 * score and order. {@code MatchingPruningTests} holds the two to the same answers.
 */
final class CollaborationExplainer {

	/** FEEDS steps a chain reason may take. */
	private static final int CHAIN_STEPS = 2;

	private CollaborationExplainer() {
	}

	/**
	 * @param partnerIds the partners to explain; the introduced ones are not left out
	 * @return those recommended and in scope, explained, best first
	 */
	static List<RecommendationDraft> explain(MatchingGraph graph, String companyId, List<String> partnerIds,
			Scope scope, ScoreWeights weights) {
		CompanyEntry mine = graph.companyWithId(companyId);
		if (mine == null) {
			return List.of();
		}
		Mine me = Mine.of(graph, mine);
		List<Explained> explained = new ArrayList<>();
		for (String id : partnerIds) {
			CompanyEntry partner = graph.companyWithId(id);
			if (partner == null || partner == mine || !partner.matchable()
					|| Arrays.binarySearch(mine.partners(), graph.slotOfCompany(id)) >= 0) {
				continue;
			}
			Explained one = explain(graph, me, partner, scope, weights);
			if (one != null) {
				explained.add(one);
			}
		}
		return explained.stream()
			.sorted(Comparator.comparing(Explained::order, Pick.BEST_FIRST))
			.map(Explained::draft)
			.toList();
	}

	/**
	 * The asking company as the explanation reads it: what it works with, the layers it
	 * offers from, what its scenarios require that it does not offer.
	 */
	private record Mine(CompanyEntry company, int[] work, boolean[] layers, boolean layerUnknown, int[] lacking) {

		static Mine of(MatchingGraph graph, CompanyEntry mine) {
			boolean[] layers = new boolean[graph.layers()];
			boolean layerUnknown = false;
			for (int capability : mine.offers()) {
				int layer = graph.layer(capability);
				if (layer != MatchingGraph.NONE) {
					layers[layer] = true;
				}
				else {
					layerUnknown = true;
				}
			}
			int[] lacking = Arrays.stream(mine.targets())
				.flatMap((scenario) -> Arrays.stream(graph.requirements(scenario)))
				.filter((capability) -> !mine.offers(capability))
				.sorted()
				.distinct()
				.toArray();
			return new Mine(mine, Picking.union(mine.needs(), mine.offers()), layers, layerUnknown, lacking);
		}

	}

	private record Explained(RecommendationDraft draft, Pick order) {
	}

	/** A scenario gap: the scenario and what the partner brings to it, by capability. */
	private record Gap(int scenario, int[] capabilities) {
	}

	private static Explained explain(MatchingGraph graph, Mine me, CompanyEntry partner, Scope scope,
			ScoreWeights weights) {
		CompanyEntry mine = me.company();
		// The same evidence as the seven branches of the query.
		List<Link> upFound = new ArrayList<>();
		for (int capability : partner.offers()) {
			int need = Arrays.binarySearch(mine.needs(), capability);
			if (need >= 0) {
				upFound.add(Link.direct(capability, mine.urgencies()[need]));
			}
			Explanation.walks(graph, capability, CHAIN_STEPS, false,
					(target) -> Arrays.binarySearch(me.work(), target) >= 0, upFound);
		}
		List<Link> downFound = new ArrayList<>();
		for (int i = 0; i < partner.needs().length; i++) {
			if (mine.offers(partner.needs()[i])) {
				downFound.add(Link.direct(partner.needs()[i], partner.urgencies()[i]));
			}
		}
		for (int capability : Picking.union(partner.needs(), partner.offers())) {
			Explanation.walks(graph, capability, CHAIN_STEPS, true, mine::offers, downFound);
		}
		int[] shared = Arrays.stream(partner.targets())
			.filter((scenario) -> Arrays.binarySearch(mine.targets(), scenario) >= 0)
			.boxed()
			.sorted((a, b) -> compareScenarios(graph, a, b))
			.mapToInt(Integer::intValue)
			.toArray();
		boolean offersWhatILack = Arrays.stream(partner.offers())
			.anyMatch((capability) -> Arrays.binarySearch(me.lacking(), capability) >= 0);
		List<String> commonPartners = commonPartners(graph, mine, partner);
		if (upFound.isEmpty() && downFound.isEmpty() && shared.length == 0 && !offersWhatILack
				&& commonPartners.isEmpty()) {
			return null;
		}
		List<Link> up = Explanation.ordered(graph, upFound);
		List<Link> down = Explanation.ordered(graph, downFound);
		// Competitors: no supply relation either way, and at least half of what I offer
		// they offer too.
		int overlap = (int) Arrays.stream(partner.offers()).filter(mine::offers).count();
		int myOffers = mine.offers().length;
		if (up.isEmpty() && down.isEmpty() && myOffers > 0 && overlap * 2 >= myOffers) {
			return null;
		}
		// A common scenario complements only from another layer; as in the query, no
		// layer
		// is another when one of mine is unknown.
		boolean otherLayer = !me.layerUnknown() && Arrays.stream(partner.offers()).anyMatch((capability) -> {
			int layer = graph.layer(capability);
			return layer != MatchingGraph.NONE && !me.layers()[layer];
		});
		int[] complementScenarios = otherLayer ? shared : new int[0];
		List<Gap> gaps = gaps(graph, mine, partner);
		Proximity proximity = Picking.proximity(graph, mine, partner);
		if (!proximity.within(scope) || (up.isEmpty() && down.isEmpty() && complementScenarios.length == 0
				&& gaps.isEmpty() && commonPartners.isEmpty())) {
			return null;
		}
		List<Link> supplies = up.stream().filter(Link::isDirect).toList();
		List<Link> buys = down.stream().filter(Link::isDirect).toList();
		List<ReasonDraft> reasons = new ArrayList<>();
		if (!supplies.isEmpty()) {
			reasons.add(ReasonDraft.of(ReasonCode.OFFERS_WHAT_YOU_NEED,
					weights.offersWhatYouNeed() * Explanation.urgencies(supplies), firstCapabilities(graph, supplies)));
		}
		else if (!up.isEmpty()) {
			reasons.add(chain(graph, ReasonCode.CHAIN_UPSTREAM, weights.chainUpstream(), up.get(0)));
		}
		if (!buys.isEmpty()) {
			reasons.add(ReasonDraft.of(ReasonCode.NEEDS_WHAT_YOU_OFFER,
					weights.needsWhatYouOffer() * Explanation.urgencies(buys), firstCapabilities(graph, buys)));
		}
		else if (!down.isEmpty()) {
			reasons.add(chain(graph, ReasonCode.CHAIN_DOWNSTREAM, weights.chainDownstream(), down.get(0)));
		}
		if (complementScenarios.length > 0) {
			reasons
				.add(new ReasonDraft(ReasonCode.SHARED_SCENARIO, weights.sharedScenario() * complementScenarios.length,
						List.of(), scenarioIds(graph, complementScenarios), List.of(), null, null, null));
		}
		if (!gaps.isEmpty()) {
			int brought = 0;
			Set<String> capabilities = new LinkedHashSet<>();
			for (Gap gap : gaps) {
				brought += gap.capabilities().length;
				capabilities.addAll(Explanation.capabilityIds(graph, gap.capabilities()));
			}
			reasons.add(new ReasonDraft(ReasonCode.COVERS_SCENARIO_GAP, weights.coversScenarioGap() * brought,
					List.copyOf(capabilities), scenarioIds(graph, gaps.stream().mapToInt(Gap::scenario).toArray()),
					List.of(), null, null, null));
		}
		ReasonDraft nearby = Explanation.nearby(weights, proximity, Explanation.floorDelta(graph, mine, partner));
		if (nearby != null) {
			reasons.add(nearby);
		}
		if (!commonPartners.isEmpty()) {
			reasons.add(new ReasonDraft(ReasonCode.MUTUAL_PARTNERS, weights.mutualPartners() * commonPartners.size(),
					List.of(), List.of(), commonPartners, null, null, null));
		}
		RecommendationKind kind = kind(up, down, complementScenarios.length > 0 || !gaps.isEmpty());
		Integer hops = null;
		if (!up.isEmpty() || !down.isEmpty()) {
			hops = Math.min(up.isEmpty() ? Picking.FAR : up.get(0).hops(),
					down.isEmpty() ? Picking.FAR : down.get(0).hops());
		}
		double score = Explanation.score(reasons);
		return new Explained(new RecommendationDraft(partner.id(), score, kind, hops, List.copyOf(reasons)),
				new Pick(partner.id(), partner.name(), score, (hops != null) ? hops : Picking.NO_HOPS));
	}

	/** As RecommendationKind names them; shared partners alone make a NETWORK one. */
	private static RecommendationKind kind(List<Link> up, List<Link> down, boolean complements) {
		if (!up.isEmpty()) {
			return down.isEmpty() ? RecommendationKind.SUPPLIER : RecommendationKind.MUTUAL;
		}
		if (!down.isEmpty()) {
			return RecommendationKind.CUSTOMER;
		}
		return complements ? RecommendationKind.COMPLEMENT : RecommendationKind.NETWORK;
	}

	private static ReasonDraft chain(MatchingGraph graph, ReasonCode code, double weight, Link shortest) {
		return new ReasonDraft(code, weight / shortest.hops(), Explanation.capabilityIds(graph, shortest.path()),
				List.of(), List.of(), shortest.hops(), null, null);
	}

	private static List<String> firstCapabilities(MatchingGraph graph, List<Link> direct) {
		return direct.stream().map((link) -> Explanation.requiredId(graph, link.path()[0])).toList();
	}

	/**
	 * The scenarios either targets where each brings a required capability the other
	 * lacks, by name and id, each with what the partner brings in id order.
	 */
	private static List<Gap> gaps(MatchingGraph graph, CompanyEntry mine, CompanyEntry partner) {
		int[] scenarios = Picking.union(mine.targets(), partner.targets());
		List<Gap> gaps = new ArrayList<>();
		for (int scenario : scenarios) {
			int[] required = graph.requirements(scenario);
			int[] theyBring = Arrays.stream(required)
				.filter((capability) -> partner.offers(capability) && !mine.offers(capability))
				.toArray();
			boolean iBring = Arrays.stream(required)
				.anyMatch((capability) -> mine.offers(capability) && !partner.offers(capability));
			if (theyBring.length > 0 && iBring) {
				gaps.add(new Gap(scenario, byId(graph, theyBring)));
			}
		}
		gaps.sort((a, b) -> compareScenarios(graph, a.scenario(), b.scenario()));
		return gaps;
	}

	private static int[] byId(MatchingGraph graph, int[] capabilities) {
		return Arrays.stream(capabilities)
			.boxed()
			.sorted((a, b) -> Picking.compareCodePoints(Explanation.requiredId(graph, a),
					Explanation.requiredId(graph, b)))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** Partners we share that are active, by name and id. */
	private static List<String> commonPartners(MatchingGraph graph, CompanyEntry mine, CompanyEntry partner) {
		List<CompanyEntry> common = new ArrayList<>();
		for (int other : partner.partners()) {
			if (Arrays.binarySearch(mine.partners(), other) >= 0) {
				CompanyEntry company = graph.company(other);
				if (company != null && company.matchable()) {
					common.add(company);
				}
			}
		}
		common.sort((a, b) -> {
			int byName = Picking.compareCodePoints(a.name(), b.name());
			return (byName != 0) ? byName : Picking.compareCodePoints(a.id(), b.id());
		});
		return common.stream().map(CompanyEntry::id).toList();
	}

	private static int compareScenarios(MatchingGraph graph, int a, int b) {
		int byName = Picking.compareCodePoints(graph.scenarioName(a), graph.scenarioName(b));
		return (byName != 0) ? byName : Picking.compareCodePoints(graph.scenarioId(a), graph.scenarioId(b));
	}

	private static List<String> scenarioIds(MatchingGraph graph, int[] scenarios) {
		List<String> ids = new ArrayList<>(scenarios.length);
		for (int scenario : scenarios) {
			String id = graph.scenarioId(scenario);
			if (id == null) {
				throw new IllegalStateException("A scenario without an id");
			}
			ids.add(id);
		}
		return ids;
	}

}
