package org.upstairs.matching.replica;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

import org.upstairs.matching.replica.MatchingGraph.CompanyEntry;

/**
 * What {@link PartnerExplainer} and {@link CollaborationExplainer} give and share. They
 * explain partners picked in {@link MatchingGraph} exactly as the explain queries do
 * (evidence, place, reasons, score, order) but name nodes by id; {@link Matchmaking} then
 * reads those nodes in one query. Evidence is ordered as the queries order it: fewest
 * hops first, then by the ids along the path.
 */
final class Explanation {

	private Explanation() {
	}

	/**
	 * One piece of evidence: a direct match (hops 0, one capability, the urgency of the
	 * need) or a FEEDS walk from the upstream capability to the downstream one (urgency
	 * NaN). Compared with {@link #sameAs}, as a record's equals would compare the arrays
	 * by identity.
	 */
	record Link(int hops, int[] path, double urgency) {

		static Link direct(int capability, double urgency) {
			return new Link(0, new int[] { capability }, urgency);
		}

		boolean isDirect() {
			return this.hops == 0;
		}

		boolean sameAs(Link other) {
			return this.hops == other.hops && Arrays.equals(this.path, other.path)
					&& Double.compare(this.urgency, other.urgency) == 0;
		}

	}

	/**
	 * Evidence sorted by hops and then the ids along each path, without duplicates, as
	 * {@code ORDER BY hops, [node IN path | node.id]} then {@code collect(DISTINCT ...)}.
	 */
	static List<Link> ordered(MatchingGraph graph, List<Link> evidence) {
		Comparator<Link> order = Comparator.comparingInt(Link::hops).thenComparing((a, b) -> {
			for (int i = 0; i < Math.min(a.path().length, b.path().length); i++) {
				int compared = Picking.compareCodePoints(requiredId(graph, a.path()[i]),
						requiredId(graph, b.path()[i]));
				if (compared != 0) {
					return compared;
				}
			}
			return Integer.compare(a.path().length, b.path().length);
		});
		List<Link> sorted = new ArrayList<>(evidence);
		sorted.sort(order);
		List<Link> distinct = new ArrayList<>(sorted.size());
		for (Link link : sorted) {
			// Links with the same hops and path sort next to each other: compare with
			// those.
			boolean seen = false;
			for (int i = distinct.size() - 1; i >= 0 && !seen; i--) {
				Link kept = distinct.get(i);
				if (kept.hops() != link.hops() || !Arrays.equals(kept.path(), link.path())) {
					break;
				}
				seen = kept.sameAs(link);
			}
			if (!seen) {
				distinct.add(link);
			}
		}
		return distinct;
	}

	/**
	 * Adds every FEEDS walk of 1..maxSteps steps from a capability (downstream, or
	 * upstream when {@code towardsSources}) that ends at a capability {@code accepted},
	 * as Cypher's {@code FEEDS*1..n} finds them: a walk may pass a capability twice but
	 * not a link. Paths run from the upstream end to the downstream end.
	 */
	static void walks(MatchingGraph graph, int from, int maxSteps, boolean towardsSources, IntPredicate accepted,
			List<Link> evidence) {
		int[] stack = new int[maxSteps + 1];
		stack[0] = from;
		walk(graph, stack, 0, maxSteps, towardsSources, accepted, evidence);
	}

	private static void walk(MatchingGraph graph, int[] stack, int depth, int maxSteps, boolean towardsSources,
			IntPredicate accepted, List<Link> evidence) {
		if (depth == maxSteps) {
			return;
		}
		int at = stack[depth];
		for (int next : towardsSources ? graph.feedsIn(at) : graph.feedsOut(at)) {
			if (linkTaken(stack, depth, at, next)) {
				continue;
			}
			stack[depth + 1] = next;
			if (accepted.test(next)) {
				int[] path = Arrays.copyOf(stack, depth + 2);
				if (towardsSources) {
					reverse(path);
				}
				evidence.add(new Link(depth + 1, path, Double.NaN));
			}
			walk(graph, stack, depth + 1, maxSteps, towardsSources, accepted, evidence);
		}
	}

	/** Whether the walk so far already went from {@code a} to {@code b}. */
	private static boolean linkTaken(int[] stack, int depth, int a, int b) {
		for (int i = 0; i < depth; i++) {
			if (stack[i] == a && stack[i + 1] == b) {
				return true;
			}
		}
		return false;
	}

	private static void reverse(int[] path) {
		for (int i = 0, j = path.length - 1; i < j; i++, j--) {
			int swapped = path[i];
			path[i] = path[j];
			path[j] = swapped;
		}
	}

	static List<String> capabilityIds(MatchingGraph graph, int[] capabilities) {
		List<String> ids = new ArrayList<>(capabilities.length);
		for (int capability : capabilities) {
			ids.add(requiredId(graph, capability));
		}
		return ids;
	}

	/**
	 * A capability's id; a capability without one cannot be explained from memory (the
	 * caller then explains in Cypher).
	 */
	static String requiredId(MatchingGraph graph, int capability) {
		String id = graph.capabilityId(capability);
		if (id == null) {
			throw new IllegalStateException("A capability without an id");
		}
		return id;
	}

	/**
	 * The urgency of each direct match added up in evidence order, as the queries add.
	 */
	static double urgencies(List<Link> direct) {
		double total = 0.0;
		for (Link link : direct) {
			total += link.urgency();
		}
		return total;
	}

	/**
	 * Floors up (positive) or down from mine to theirs, in one building of a hub with
	 * both floors known; else null.
	 */
	static Integer floorDelta(MatchingGraph graph, CompanyEntry mine, CompanyEntry other) {
		boolean sameBuilding = graph.hubOf(mine.building()) != MatchingGraph.NONE
				&& other.building() == mine.building();
		if (!sameBuilding || mine.floor() == MatchingGraph.NO_FLOOR || other.floor() == MatchingGraph.NO_FLOOR) {
			return null;
		}
		return other.floor() - mine.floor();
	}

	/** The NEARBY reason for a place, or null for ANYWHERE. */
	static ReasonDraft nearby(ScoreWeights weights, Proximity proximity, Integer floorDelta) {
		if (proximity == Proximity.ANYWHERE) {
			return null;
		}
		Integer floors = (proximity == Proximity.SAME_HUB) ? null : floorDelta;
		return new ReasonDraft(ReasonCode.NEARBY, proximity.weight(weights), List.of(), List.of(), List.of(), null,
				proximity, floors);
	}

	/** The reasons' weights added up in their order, as the queries add them. */
	static double score(List<ReasonDraft> reasons) {
		double total = 0.0;
		for (ReasonDraft reason : reasons) {
			total += reason.weight();
		}
		return total;
	}

}
