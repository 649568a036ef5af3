package org.upstairs.matching.replica;

import java.util.Arrays;
import java.util.List;

import org.upstairs.matching.replica.MatchingGraph.CompanyEntry;
import org.upstairs.matching.replica.Picking.Best;
import org.upstairs.matching.replica.Picking.Pick;

import static org.upstairs.matching.replica.Picking.FAR;
import static org.upstairs.matching.replica.Picking.chainSteps;
import static org.upstairs.matching.replica.Picking.concat;
import static org.upstairs.matching.replica.Picking.proximity;

/**
 * Picks the best upstream and downstream partners of a company in {@link MatchingGraph},
 * scoring every candidate exactly as {@code upstream-partners-explain.cypher} and
 * {@code downstream-partners-explain.cypher} score them; {@link PartnerExplainer} then
 * gives the reasons and paths of the partners picked.
 */
final class PartnerPicker {

	private PartnerPicker() {
	}

	/**
	 * Companies upstream: they offer what the company needs (hops 0), or offer a
	 * capability that FEEDS one it needs or offers in 1..maxHops steps.
	 * @return the ids of the best {@code first}, best first
	 */
	static List<String> upstream(MatchingGraph graph, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		CompanyEntry mine = graph.companyWithId(companyId);
		if (mine == null) {
			return List.of();
		}
		int[] hops = new int[graph.capabilitySlots()];
		Arrays.fill(hops, FAR);
		double[] urgency = new double[hops.length];
		for (int i = 0; i < mine.needs().length; i++) {
			hops[mine.needs()[i]] = 0;
			urgency[mine.needs()[i]] = mine.urgencies()[i];
		}
		int[] chain = chainSteps(graph, concat(mine.needs(), mine.offers()), maxHops, true);
		Candidates candidates = new Candidates(graph.companySlots());
		for (int capability = 0; capability < hops.length; capability++) {
			int steps = (hops[capability] == 0) ? 0 : chain[capability];
			if (steps <= maxHops) {
				double direct = (steps == 0) ? urgency[capability] : 0;
				BitSetWalk.each(graph.offerers(capability), (partner) -> candidates.add(partner, steps, direct));
			}
		}
		return candidates.best(graph, mine, scope, first, weights, weights.offersWhatYouNeed(),
				weights.chainUpstream());
	}

	/**
	 * Companies downstream: they need what the company offers (hops 0), or need or offer
	 * a capability that one it offers FEEDS in 1..maxHops steps.
	 * @return the ids of the best {@code first}, best first
	 */
	static List<String> downstream(MatchingGraph graph, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		CompanyEntry mine = graph.companyWithId(companyId);
		if (mine == null) {
			return List.of();
		}
		Candidates candidates = new Candidates(graph.companySlots());
		for (int capability : mine.offers()) {
			BitSetWalk.each(graph.needers(capability),
					(partner) -> candidates.add(partner, 0, graph.company(partner).urgencyOfNeed(capability)));
		}
		int[] chain = chainSteps(graph, mine.offers(), maxHops, false);
		for (int capability = 0; capability < chain.length; capability++) {
			int steps = chain[capability];
			if (steps <= maxHops) {
				BitSetWalk.each(graph.needers(capability), (partner) -> candidates.add(partner, steps, 0));
				BitSetWalk.each(graph.offerers(capability), (partner) -> candidates.add(partner, steps, 0));
			}
		}
		return candidates.best(graph, mine, scope, first, weights, weights.needsWhatYouOffer(),
				weights.chainDownstream());
	}

	/**
	 * The companies reached, each with its fewest hops and the urgencies of its direct
	 * matches added up, in a {@link CompanyScratch} (its "up" arrays, for either side).
	 */
	private static final class Candidates {

		private final CompanyScratch scratch;

		Candidates(int slots) {
			this.scratch = CompanyScratch.take(slots);
		}

		void add(int partner, int steps, double urgency) {
			this.scratch.reach(partner);
			if (steps < this.scratch.upHops[partner]) {
				this.scratch.upHops[partner] = steps;
			}
			this.scratch.upUrgencies[partner] += urgency;
		}

		/** The best; the scratch is released after, and must not be used again. */
		List<String> best(MatchingGraph graph, CompanyEntry mine, Scope scope, int first, ScoreWeights weights,
				double directWeight, double chainWeight) {
			Best best = new Best(first);
			double mostNearby = Math.max(weights.nearbySameFloor(),
					Math.max(weights.nearbySameBuilding(), weights.nearbySameHub()));
			// Direct matches first: they score most, so that the bound below turns most
			// chain matches away before their entries are read.
			for (boolean direct : new boolean[] { true, false }) {
				for (int i = 0; i < this.scratch.count; i++) {
					int slot = this.scratch.reached[i];
					int steps = this.scratch.upHops[slot];
					if ((steps == 0) != direct || !graph.matchable(slot)) {
						continue;
					}
					double supply = (steps == 0) ? directWeight * this.scratch.upUrgencies[slot] : chainWeight / steps;
					if (!best.mayTake(supply + mostNearby)) {
						continue;
					}
					CompanyEntry partner = graph.company(slot);
					if (partner == mine) {
						continue;
					}
					Proximity proximity = proximity(graph, mine, partner);
					if (!proximity.within(scope)) {
						continue;
					}
					double score = supply + proximity.weight(weights);
					if (best.mayTake(score)) {
						best.offer(new Pick(partner.id(), partner.name(), score, steps));
					}
				}
			}
			this.scratch.release();
			return best.ids();
		}

	}

}
