package org.upstairs.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.upstairs.matching.MatchingGraph.CompanyEntry;

/**
 * Picks the best upstream and downstream partners of a company in {@link MatchingGraph},
 * scoring every candidate exactly as {@code upstream-partners-explain.cypher} and
 * {@code downstream-partners-explain.cypher} score them; those then give the reasons and
 * paths of the partners picked. Also the place and ordering rules that the recommendation
 * picker shares.
 */
final class PartnerPicker {

	/** Hops for ordering when a recommendation has none, as coalesce(hops, 99) does. */
	static final int NO_HOPS = 99;

	private static final int FAR = Integer.MAX_VALUE;

	private PartnerPicker() {
	}

	/**
	 * Companies upstream: they offer what the company needs (hops 0), or offer a
	 * capability that FEEDS one it needs or offers in 1..maxHops steps.
	 * @return the ids of the best {@code first}, best first
	 */
	static List<String> upstream(MatchingGraph graph, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		int me = graph.slotOfCompany(companyId);
		if (me == MatchingGraph.NONE) {
			return List.of();
		}
		CompanyEntry mine = graph.company(me);
		int[] hops = new int[graph.capabilitySlots()];
		Arrays.fill(hops, FAR);
		double[] urgency = new double[hops.length];
		for (int i = 0; i < mine.needs().length; i++) {
			hops[mine.needs()[i]] = 0;
			urgency[mine.needs()[i]] = MatchingGraph.urgency(mine.needPriorities()[i]);
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
		return candidates.best(graph, mine, me, scope, first, weights, weights.offersWhatYouNeed(),
				weights.chainUpstream());
	}

	/**
	 * Companies downstream: they need what the company offers (hops 0), or need or offer
	 * a capability that one it offers FEEDS in 1..maxHops steps.
	 * @return the ids of the best {@code first}, best first
	 */
	static List<String> downstream(MatchingGraph graph, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		int me = graph.slotOfCompany(companyId);
		if (me == MatchingGraph.NONE) {
			return List.of();
		}
		CompanyEntry mine = graph.company(me);
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
		return candidates.best(graph, mine, me, scope, first, weights, weights.needsWhatYouOffer(),
				weights.chainDownstream());
	}

	/**
	 * The fewest FEEDS steps (at least one) from each capability to one of {@code start}
	 * ({@code towardsStart}), or from one of {@code start} to it; {@link #FAR} beyond
	 * {@code maxSteps}.
	 */
	static int[] chainSteps(MatchingGraph graph, int[] start, int maxSteps, boolean towardsStart) {
		int[] steps = new int[graph.capabilitySlots()];
		Arrays.fill(steps, FAR);
		int[] frontier = start;
		for (int step = 1; step <= maxSteps && frontier.length > 0; step++) {
			int[] next = new int[steps.length];
			int size = 0;
			for (int capability : frontier) {
				for (int linked : towardsStart ? graph.feedsIn(capability) : graph.feedsOut(capability)) {
					if (steps[linked] > step) {
						steps[linked] = step;
						next[size++] = linked;
					}
				}
			}
			frontier = Arrays.copyOf(next, size);
		}
		return steps;
	}

	static int[] concat(int[] a, int[] b) {
		int[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	/**
	 * Where another company sits, seen from mine, named like the scope that includes it
	 * most narrowly: a location counts only in a building of a hub.
	 */
	static Scope proximity(MatchingGraph graph, CompanyEntry mine, CompanyEntry other) {
		int myHub = graph.hubOf(mine.building());
		int theirHub = graph.hubOf(other.building());
		if (myHub == MatchingGraph.NONE || theirHub == MatchingGraph.NONE) {
			return Scope.ANYWHERE;
		}
		if (other.building() == mine.building()) {
			boolean floors = mine.floor() != MatchingGraph.NO_FLOOR && other.floor() != MatchingGraph.NO_FLOOR;
			if (floors && other.floor() == mine.floor()) {
				return Scope.SAME_FLOOR;
			}
			return (floors && other.floor() > mine.floor()) ? Scope.UPSTAIRS : Scope.DOWNSTAIRS;
		}
		return (theirHub == myHub) ? Scope.SAME_HUB : Scope.ANYWHERE;
	}

	static boolean inScope(Scope scope, Scope proximity) {
		return switch (scope) {
			case ANYWHERE -> true;
			case SAME_HUB -> proximity != Scope.ANYWHERE;
			case SAME_BUILDING ->
				proximity == Scope.SAME_FLOOR || proximity == Scope.UPSTAIRS || proximity == Scope.DOWNSTAIRS;
			default -> proximity == scope;
		};
	}

	static double nearbyWeight(ScoreWeights weights, Scope proximity) {
		return switch (proximity) {
			case SAME_FLOOR -> weights.nearbySameFloor();
			case UPSTAIRS, DOWNSTAIRS, SAME_BUILDING -> weights.nearbySameBuilding();
			case SAME_HUB -> weights.nearbySameHub();
			case ANYWHERE -> 0;
		};
	}

	/**
	 * A scored partner. Ordered as the queries order: score rounded to 1e-9 (so that the
	 * order of float additions cannot split a tie), fewer hops, name, id.
	 */
	record Pick(String id, String name, double score, int hops) {

		static final Comparator<Pick> BEST_FIRST = Comparator.comparingLong((Pick pick) -> -rounded(pick.score()))
			.thenComparingInt(Pick::hops)
			.thenComparing(Pick::name, PartnerPicker::compareCodePoints)
			.thenComparing(Pick::id, PartnerPicker::compareCodePoints);

		private static long rounded(double score) {
			return Math.round(score * 1e9);
		}

	}

	/** Neo4j orders strings by code point; String.compareTo by UTF-16 unit. */
	static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

	/** The best {@code size} picks offered, kept in a heap with the worst on top. */
	static final class Best {

		private final int size;

		private final PriorityQueue<Pick> heap;

		Best(int size) {
			this.size = size;
			this.heap = new PriorityQueue<>(size + 1, Pick.BEST_FIRST.reversed());
		}

		/**
		 * Whether a pick with this score could still get in; false only when one with it
		 * would certainly be turned away, whatever its hops, name and id.
		 */
		boolean mayTake(double score) {
			return this.heap.size() < this.size || Pick.rounded(score) >= Pick.rounded(this.heap.peek().score());
		}

		void offer(Pick pick) {
			if (this.heap.size() < this.size) {
				this.heap.add(pick);
			}
			else if (Pick.BEST_FIRST.compare(pick, this.heap.peek()) < 0) {
				this.heap.poll();
				this.heap.add(pick);
			}
		}

		List<String> ids() {
			List<Pick> picks = new ArrayList<>(this.heap);
			picks.sort(Pick.BEST_FIRST);
			return picks.stream().map(Pick::id).toList();
		}

	}

	/**
	 * The companies reached, each with its fewest hops and the urgencies of its direct
	 * matches added up; arrays over company slots, with the slots reached listed.
	 */
	private static final class Candidates {

		private final int[] hops;

		private final double[] urgencies;

		private int[] reached = new int[64];

		private int count;

		Candidates(int slots) {
			this.hops = new int[slots];
			Arrays.fill(this.hops, FAR);
			this.urgencies = new double[slots];
		}

		void add(int partner, int steps, double urgency) {
			if (this.hops[partner] == FAR) {
				if (this.count == this.reached.length) {
					this.reached = Arrays.copyOf(this.reached, this.count * 2);
				}
				this.reached[this.count++] = partner;
			}
			if (steps < this.hops[partner]) {
				this.hops[partner] = steps;
			}
			this.urgencies[partner] += urgency;
		}

		List<String> best(MatchingGraph graph, CompanyEntry mine, int me, Scope scope, int first, ScoreWeights weights,
				double directWeight, double chainWeight) {
			Best best = new Best(first);
			for (int i = 0; i < this.count; i++) {
				int slot = this.reached[i];
				CompanyEntry partner = graph.company(slot);
				if (slot == me || partner == null || partner.archived()) {
					continue;
				}
				Scope proximity = proximity(graph, mine, partner);
				if (!inScope(scope, proximity)) {
					continue;
				}
				int steps = this.hops[slot];
				double score = ((steps == 0) ? directWeight * this.urgencies[slot] : chainWeight / steps)
						+ nearbyWeight(weights, proximity);
				if (best.mayTake(score)) {
					best.offer(new Pick(partner.id(), partner.name(), score, steps));
				}
			}
			return best.ids();
		}

	}

}
