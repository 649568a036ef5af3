package org.upstairs.matching.replica;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.upstairs.matching.replica.MatchingGraph.CompanyEntry;
import org.upstairs.matching.replica.Picking.Best;
import org.upstairs.matching.replica.Picking.Pick;

import static org.upstairs.matching.replica.Picking.FAR;

/**
 * Picks the best collaborations for a company in {@link MatchingGraph}, scoring every
 * candidate exactly as {@code recommend-collaborations.cypher} does (see there for the
 * rules); {@link CollaborationExplainer} then gives the reasons of those picked.
 */
final class CollaborationPicker {

	/** FEEDS steps a chain reason may take. */
	private static final int CHAIN_STEPS = 2;

	private CollaborationPicker() {
	}

	/**
	 * @param introduced ids of the companies with an open or declined introduction to
	 * this one, which are not recommended
	 * @return the ids of the best {@code first}, best first
	 */
	static List<String> recommend(MatchingGraph graph, String companyId, Scope scope, int first, ScoreWeights weights,
			Set<String> introduced) {
		CompanyEntry mine = graph.companyWithId(companyId);
		if (mine == null) {
			return List.of();
		}
		int slots = graph.companySlots();
		boolean[] myOffers = new boolean[graph.capabilitySlots()];
		boolean[] myLayers = new boolean[graph.layers()];
		boolean myLayerUnknown = false;
		for (int capability : mine.offers()) {
			myOffers[capability] = true;
			if (graph.layer(capability) != MatchingGraph.NONE) {
				myLayers[graph.layer(capability)] = true;
			}
			else {
				myLayerUnknown = true;
			}
		}
		Evidence evidence = new Evidence(slots);
		// What they offer that I need, or that FEEDS what I work with.
		for (int i = 0; i < mine.needs().length; i++) {
			double urgency = mine.urgencies()[i];
			BitSetWalk.each(graph.offerers(mine.needs()[i]), (partner) -> evidence.up(partner, 0, urgency));
		}
		int[] upstream = Picking.chainSteps(graph, Picking.concat(mine.needs(), mine.offers()), CHAIN_STEPS, true);
		for (int capability = 0; capability < upstream.length; capability++) {
			int steps = upstream[capability];
			if (steps <= CHAIN_STEPS) {
				BitSetWalk.each(graph.offerers(capability), (partner) -> evidence.up(partner, steps, 0));
			}
		}
		// What they need that I offer, or work with downstream of it.
		for (int capability : mine.offers()) {
			BitSetWalk.each(graph.needers(capability),
					(partner) -> evidence.down(partner, 0, graph.company(partner).urgencyOfNeed(capability)));
		}
		int[] downstream = Picking.chainSteps(graph, mine.offers(), CHAIN_STEPS, false);
		for (int capability = 0; capability < downstream.length; capability++) {
			int steps = downstream[capability];
			if (steps <= CHAIN_STEPS) {
				BitSetWalk.each(graph.needers(capability), (partner) -> evidence.down(partner, steps, 0));
				BitSetWalk.each(graph.offerers(capability), (partner) -> evidence.down(partner, steps, 0));
			}
		}
		// Scenarios: they target one I target, or offer what one requires and I lack.
		for (int scenario : mine.targets()) {
			BitSetWalk.each(graph.targeters(scenario), evidence::sharesScenario);
			for (int capability : graph.requirements(scenario)) {
				if (!myOffers[capability]) {
					BitSetWalk.each(graph.offerers(capability), evidence::reach);
				}
			}
		}
		int[] excluded = introduced.stream()
			.mapToInt(graph::slotOfCompany)
			.filter((slot) -> slot != MatchingGraph.NONE)
			.sorted()
			.toArray();
		CompanyScratch counters = evidence.scratch;
		counters.useCounters();
		countCommonPartners(graph, mine, counters);
		countMostGapCapabilities(graph, mine, myOffers, counters.mostGapCapabilities);
		double mostNearby = Math.max(weights.nearbySameFloor(),
				Math.max(weights.nearbySameBuilding(), weights.nearbySameHub()));
		Asking asking = new Asking(mine, graph.slotOfCompany(companyId), myOffers, myLayers, myLayerUnknown,
				mostNearby);
		Best best = new Best(first);
		for (int i = 0; i < counters.count; i++) {
			int slot = counters.reached[i];
			if (slot == asking.slot() || !graph.matchable(slot) || Arrays.binarySearch(mine.partners(), slot) >= 0
					|| Arrays.binarySearch(excluded, slot) >= 0) {
				continue;
			}
			Pick pick = score(graph, asking, evidence, slot, scope, weights, best);
			if (pick != null) {
				best.offer(pick);
			}
		}
		counters.release();
		return best.ids();
	}

	/** What the scoring needs to know of the asking company, worked out once. */
	private record Asking(CompanyEntry company, int slot, boolean[] offers, boolean[] layers, boolean layerUnknown,
			double mostNearby) {
	}

	/**
	 * Reaches the partners of my active partners, candidates in their own right, and
	 * counts for each how many of my active partners list it as a partner: its common
	 * partners with me, counted from my side. Partnerships are read from both ends, so
	 * this equals the count from the candidate's side (which the query and the score use)
	 * except while a partnership being written has reached one end only; either answer is
	 * then right.
	 */
	private static void countCommonPartners(MatchingGraph graph, CompanyEntry mine, CompanyScratch scratch) {
		for (int partner : mine.partners()) {
			CompanyEntry company = graph.company(partner);
			if (company != null && company.matchable()) {
				for (int other : company.partners()) {
					scratch.reach(other);
					scratch.commonPartners[other]++;
				}
			}
		}
	}

	/**
	 * For every company, at least as many capabilities as it can bring to scenario gaps:
	 * to a scenario I target and bring something to, each required capability it offers
	 * and I do not; to one it may target that requires something I offer, every required
	 * capability I do not offer.
	 */
	private static void countMostGapCapabilities(MatchingGraph graph, CompanyEntry mine, boolean[] myOffers,
			int[] most) {
		for (int scenario = 0; scenario < graph.scenarioSlots(); scenario++) {
			int[] required = graph.requirements(scenario);
			int iLack = 0;
			boolean iBring = false;
			for (int capability : required) {
				if (myOffers[capability]) {
					iBring = true;
				}
				else {
					iLack++;
				}
			}
			if (!iBring || iLack == 0) {
				continue;
			}
			if (Arrays.binarySearch(mine.targets(), scenario) >= 0) {
				for (int capability : required) {
					if (!myOffers[capability]) {
						BitSetWalk.each(graph.offerers(capability), (company) -> most[company]++);
					}
				}
			}
			else {
				int lacking = iLack;
				BitSetWalk.each(graph.targeters(scenario), (company) -> most[company] += lacking);
			}
		}
	}

	/**
	 * The candidate scored, or null when it is not recommended. A bound from what was
	 * counted for every company comes first, so that most candidates are turned away
	 * before their entry is read; the scenario gaps, which cost the most, are only worked
	 * out when the candidate could still make the list.
	 */
	private static Pick score(MatchingGraph graph, Asking mine, Evidence evidence, int slot, Scope scope,
			ScoreWeights weights, Best best) {
		int upHops = evidence.upHops[slot];
		int downHops = evidence.downHops[slot];
		boolean up = upHops != FAR;
		boolean down = downHops != FAR;
		double supply = supplyWeight(weights, evidence, slot);
		double mostCommon = weights.mutualPartners() * evidence.scratch.commonPartners[slot];
		double mostGaps = weights.coversScenarioGap() * evidence.scratch.mostGapCapabilities[slot];
		// The most it can score: every shared scenario, the most gaps, the largest nearby
		// weight; a millionth more, for the order of float additions.
		if (!best.mayTake(supply + weights.sharedScenario() * evidence.sharedScenarios[slot] + mine.mostNearby()
				+ mostGaps + mostCommon + 1e-6)) {
			return null;
		}
		CompanyEntry partner = graph.company(slot);
		int overlap = 0;
		boolean otherLayer = false;
		for (int capability : partner.offers()) {
			if (mine.offers()[capability]) {
				overlap++;
			}
			int layer = graph.layer(capability);
			otherLayer |= layer != MatchingGraph.NONE && !mine.layers()[layer];
		}
		// Competitors: no supply relation either way, and at least half of what I offer
		// they offer too.
		int myOfferCount = mine.company().offers().length;
		if (!up && !down && myOfferCount > 0 && overlap * 2 >= myOfferCount) {
			return null;
		}
		Proximity proximity = Picking.proximity(graph, mine.company(), partner);
		if (!proximity.within(scope)) {
			return null;
		}
		// A common scenario complements only from another layer. As in Cypher, where
		// "NOT layer IN myLayers" is null when my layers include a null, no layer is
		// another when one of mine is unknown.
		int complementScenarios = (otherLayer && !mine.layerUnknown()) ? evidence.sharedScenarios[slot] : 0;
		double score = supply + weights.sharedScenario() * complementScenarios + proximity.weight(weights);
		if (!best.mayTake(score + mostGaps + mostCommon + 1e-6)) {
			return null;
		}
		int gapCapabilities = gapCapabilities(graph, mine.company(), mine.offers(), partner);
		int commonPartners = commonPartners(graph, mine.company(), partner);
		if (!up && !down && complementScenarios == 0 && gapCapabilities == 0 && commonPartners == 0) {
			return null;
		}
		score += weights.coversScenarioGap() * gapCapabilities + weights.mutualPartners() * commonPartners;
		int hops = Math.min(upHops, downHops);
		return new Pick(partner.id(), partner.name(), score, (hops == FAR) ? Picking.NO_HOPS : hops);
	}

	/** The supply reasons: direct matches by urgency, else the shortest chain. */
	private static double supplyWeight(ScoreWeights weights, Evidence evidence, int slot) {
		int upHops = evidence.upHops[slot];
		int downHops = evidence.downHops[slot];
		double weight = 0;
		if (upHops == 0) {
			weight += weights.offersWhatYouNeed() * evidence.supplied[slot];
		}
		else if (upHops != FAR) {
			weight += weights.chainUpstream() / upHops;
		}
		if (downHops == 0) {
			weight += weights.needsWhatYouOffer() * evidence.bought[slot];
		}
		else if (downHops != FAR) {
			weight += weights.chainDownstream() / downHops;
		}
		return weight;
	}

	/**
	 * Over the scenarios either targets where each brings a required capability the other
	 * lacks: how many required capabilities the partner brings.
	 */
	private static int gapCapabilities(MatchingGraph graph, CompanyEntry mine, boolean[] myOffers,
			CompanyEntry partner) {
		int total = gapCapabilities(graph, mine.targets(), myOffers, partner, null);
		return total + gapCapabilities(graph, partner.targets(), myOffers, partner, mine.targets());
	}

	private static int gapCapabilities(MatchingGraph graph, int[] scenarios, boolean[] myOffers, CompanyEntry partner,
			int[] skipped) {
		int total = 0;
		for (int scenario : scenarios) {
			if (skipped != null && Arrays.binarySearch(skipped, scenario) >= 0) {
				continue;
			}
			int theyBring = 0;
			int iBring = 0;
			for (int capability : graph.requirements(scenario)) {
				boolean theyOffer = partner.offers(capability);
				if (theyOffer && !myOffers[capability]) {
					theyBring++;
				}
				else if (!theyOffer && myOffers[capability]) {
					iBring++;
				}
			}
			if (theyBring > 0 && iBring > 0) {
				total += theyBring;
			}
		}
		return total;
	}

	/** Partners we share that are active, counted from the candidate's side. */
	private static int commonPartners(MatchingGraph graph, CompanyEntry mine, CompanyEntry partner) {
		int common = 0;
		for (int other : partner.partners()) {
			if (Arrays.binarySearch(mine.partners(), other) >= 0 && graph.matchable(other)) {
				common++;
			}
		}
		return common;
	}

	/** What links each company reached to mine, in a {@link CompanyScratch}. */
	private static final class Evidence {

		final CompanyScratch scratch;

		final int[] upHops;

		final int[] downHops;

		final double[] supplied;

		final double[] bought;

		final int[] sharedScenarios;

		Evidence(int slots) {
			this.scratch = CompanyScratch.take(slots);
			this.upHops = this.scratch.upHops;
			this.downHops = this.scratch.downHops;
			this.supplied = this.scratch.upUrgencies;
			this.bought = this.scratch.downUrgencies;
			this.sharedScenarios = this.scratch.sharedScenarios;
		}

		void up(int partner, int steps, double urgency) {
			reach(partner);
			this.upHops[partner] = Math.min(this.upHops[partner], steps);
			this.supplied[partner] += urgency;
		}

		void down(int partner, int steps, double urgency) {
			reach(partner);
			this.downHops[partner] = Math.min(this.downHops[partner], steps);
			this.bought[partner] += urgency;
		}

		void sharesScenario(int partner) {
			reach(partner);
			this.sharedScenarios[partner]++;
		}

		void reach(int partner) {
			this.scratch.reach(partner);
		}

	}

}
