package org.upstairs.matching.replica;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import org.upstairs.matching.replica.MatchingGraph.CompanyEntry;

/**
 * What {@link PartnerPicker} and {@link CollaborationPicker} share: FEEDS distances, the
 * place and scope rules, and the order of the answers with a bounded heap of the best.
 */
final class Picking {

	/** Unreached: more FEEDS steps than any query takes. */
	static final int FAR = Integer.MAX_VALUE;

	/** Hops for ordering when a recommendation has none, as coalesce(hops, 99) does. */
	static final int NO_HOPS = 99;

	private Picking() {
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

	/** Two slot arrays merged, sorted, without duplicates. */
	static int[] union(int[] a, int[] b) {
		return Arrays.stream(concat(a, b)).sorted().distinct().toArray();
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
	static Proximity proximity(MatchingGraph graph, CompanyEntry mine, CompanyEntry other) {
		int myHub = graph.hubOf(mine.building());
		int theirHub = graph.hubOf(other.building());
		if (myHub == MatchingGraph.NONE || theirHub == MatchingGraph.NONE) {
			return Proximity.ANYWHERE;
		}
		if (other.building() == mine.building()) {
			boolean floors = mine.floor() != MatchingGraph.NO_FLOOR && other.floor() != MatchingGraph.NO_FLOOR;
			if (floors && other.floor() == mine.floor()) {
				return Proximity.SAME_FLOOR;
			}
			return (floors && other.floor() > mine.floor()) ? Proximity.UPSTAIRS : Proximity.DOWNSTAIRS;
		}
		return (theirHub == myHub) ? Proximity.SAME_HUB : Proximity.ANYWHERE;
	}

	/**
	 * A scored partner. Ordered as the queries order: score rounded to 1e-9 (so that the
	 * order of float additions cannot split a tie), fewer hops, name, id.
	 */
	record Pick(String id, String name, double score, int hops) {

		static final Comparator<Pick> BEST_FIRST = Comparator.comparingLong((Pick pick) -> -rounded(pick.score()))
			.thenComparingInt(Pick::hops)
			.thenComparing(Pick::name, Picking::compareCodePoints)
			.thenComparing(Pick::id, Picking::compareCodePoints);

		/**
		 * The score to 1e-9 as Neo4j's round(score, 9) gives it (BigDecimal, half up),
		 * cheaply where the two cannot differ.
		 */
		static long rounded(double score) {
			double scaled = score * 1e9;
			double fraction = scaled - Math.floor(scaled);
			if (Math.abs(fraction - 0.5) > 1e-3) {
				return Math.round(scaled);
			}
			return BigDecimal.valueOf(score).setScale(9, RoundingMode.HALF_UP).unscaledValue().longValue();
		}

	}

	/**
	 * Strings as Neo4j orders them: by code point (String.compareTo goes by UTF-16 unit),
	 * null last.
	 */
	static int compareCodePoints(String a, String b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : 1) : -1;
		}
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

}
