package org.upstairs.matching.replica;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.upstairs.matching.replica.Explanation.Link;

import org.upstairs.matching.replica.MatchingGraph.CompanyEntry;
import org.upstairs.matching.replica.Picking.Pick;

/**
 * Explains upstream and downstream partners picked by {@link PartnerPicker} from
 * {@link MatchingGraph}, exactly as {@code upstream-partners-explain.cypher} and
 * {@code downstream-partners-explain.cypher} do: evidence paths, place, reasons, score
 * and order. {@code MatchingPruningTests} holds the two to the same answers.
 */
final class PartnerExplainer {

	/** The longest FEEDS walk the queries follow. */
	private static final int MOST_STEPS = 4;

	private PartnerExplainer() {
	}

	/**
	 * @param partnerIds the partners picked
	 * @return those upstream of the company and in scope, explained, best first
	 */
	static List<PartnerDraft> upstream(MatchingGraph graph, String companyId, List<String> partnerIds, Scope scope,
			int maxHops, ScoreWeights weights) {
		CompanyEntry mine = graph.companyWithId(companyId);
		if (mine == null) {
			return List.of();
		}
		int[] myWork = Picking.union(mine.needs(), mine.offers());
		int steps = Math.min(maxHops, MOST_STEPS);
		List<Explained> explained = new ArrayList<>();
		for (CompanyEntry partner : partners(graph, mine, partnerIds)) {
			List<Link> evidence = new ArrayList<>();
			for (int capability : partner.offers()) {
				int need = Arrays.binarySearch(mine.needs(), capability);
				if (need >= 0) {
					evidence.add(Link.direct(capability, mine.urgencies()[need]));
				}
				Explanation.walks(graph, capability, steps, false, (target) -> Arrays.binarySearch(myWork, target) >= 0,
						evidence);
			}
			add(explained, graph, mine, partner, evidence, scope, weights, ReasonCode.OFFERS_WHAT_YOU_NEED,
					weights.offersWhatYouNeed(), ReasonCode.CHAIN_UPSTREAM, weights.chainUpstream());
		}
		return best(explained);
	}

	/**
	 * @param partnerIds the partners picked
	 * @return those downstream of the company and in scope, explained, best first
	 */
	static List<PartnerDraft> downstream(MatchingGraph graph, String companyId, List<String> partnerIds, Scope scope,
			int maxHops, ScoreWeights weights) {
		CompanyEntry mine = graph.companyWithId(companyId);
		if (mine == null) {
			return List.of();
		}
		int steps = Math.min(maxHops, MOST_STEPS);
		List<Explained> explained = new ArrayList<>();
		for (CompanyEntry partner : partners(graph, mine, partnerIds)) {
			List<Link> evidence = new ArrayList<>();
			for (int i = 0; i < partner.needs().length; i++) {
				if (mine.offers(partner.needs()[i])) {
					evidence.add(Link.direct(partner.needs()[i], partner.urgencies()[i]));
				}
			}
			for (int capability : Picking.union(partner.needs(), partner.offers())) {
				Explanation.walks(graph, capability, steps, true, mine::offers, evidence);
			}
			add(explained, graph, mine, partner, evidence, scope, weights, ReasonCode.NEEDS_WHAT_YOU_OFFER,
					weights.needsWhatYouOffer(), ReasonCode.CHAIN_DOWNSTREAM, weights.chainDownstream());
		}
		return best(explained);
	}

	/** The partners asked about that may be partners at all: active, and not me. */
	private static List<CompanyEntry> partners(MatchingGraph graph, CompanyEntry mine, List<String> partnerIds) {
		List<CompanyEntry> partners = new ArrayList<>(partnerIds.size());
		for (String id : partnerIds) {
			CompanyEntry partner = graph.companyWithId(id);
			if (partner != null && partner != mine && partner.matchable()) {
				partners.add(partner);
			}
		}
		return partners;
	}

	private record Explained(PartnerDraft draft, Pick order) {
	}

	private static void add(List<Explained> explained, MatchingGraph graph, CompanyEntry mine, CompanyEntry partner,
			List<Link> found, Scope scope, ScoreWeights weights, ReasonCode directCode, double directWeight,
			ReasonCode chainCode, double chainWeight) {
		if (found.isEmpty()) {
			return;
		}
		Proximity proximity = Picking.proximity(graph, mine, partner);
		if (!proximity.within(scope)) {
			return;
		}
		List<Link> evidence = Explanation.ordered(graph, found);
		int hops = evidence.get(0).hops();
		Integer floorDelta = Explanation.floorDelta(graph, mine, partner);
		List<List<String>> paths = evidence.stream()
			.limit(3)
			.map((link) -> Explanation.capabilityIds(graph, link.path()))
			.toList();
		List<Link> direct = evidence.stream().filter(Link::isDirect).toList();
		List<ReasonDraft> reasons = new ArrayList<>(2);
		if (!direct.isEmpty()) {
			reasons.add(ReasonDraft.of(directCode, directWeight * Explanation.urgencies(direct),
					direct.stream().map((link) -> Explanation.requiredId(graph, link.path()[0])).toList()));
		}
		if (hops > 0) {
			reasons.add(new ReasonDraft(chainCode, chainWeight / hops, paths.get(0), List.of(), List.of(), hops, null,
					null));
		}
		ReasonDraft nearby = Explanation.nearby(weights, proximity, floorDelta);
		if (nearby != null) {
			reasons.add(nearby);
		}
		double score = Explanation.score(reasons);
		explained.add(new Explained(
				new PartnerDraft(partner.id(), score, hops, proximity, floorDelta, paths, List.copyOf(reasons)),
				new Pick(partner.id(), partner.name(), score, hops)));
	}

	private static List<PartnerDraft> best(List<Explained> explained) {
		return explained.stream()
			.sorted(Comparator.comparing(Explained::order, Pick.BEST_FIRST))
			.map(Explained::draft)
			.toList();
	}

}
