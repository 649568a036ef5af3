package org.upstairs.matching.replica;

import java.util.List;

/**
 * A recommendation as the engine gives it, nodes named by id.
 *
 * @param company the partner's id
 * @param score the sum of the reasons' weights
 * @param kind how the two would work together
 * @param hops the fewest FEEDS steps of a supply relation; null for complements
 * @param reasons why
 */
public record RecommendationDraft(String company, double score, RecommendationKind kind, Integer hops,
		List<ReasonDraft> reasons) {
}
