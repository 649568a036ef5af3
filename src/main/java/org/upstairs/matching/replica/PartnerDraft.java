package org.upstairs.matching.replica;

import java.util.List;

/**
 * An upstream or downstream partner as the engine gives it, nodes named by id.
 *
 * @param company the partner's id
 * @param score the sum of the reasons' weights
 * @param hops 0 for a direct match, else the fewest FEEDS steps between the two
 * @param proximity where the partner sits, seen from the asking company
 * @param floorDelta the partner's floor minus the asking company's, in one building
 * @param paths up to three evidence paths of capability ids, upstream side first
 * @param reasons why
 */
public record PartnerDraft(String company, double score, int hops, Proximity proximity, Integer floorDelta,
		List<List<String>> paths, List<ReasonDraft> reasons) {
}
