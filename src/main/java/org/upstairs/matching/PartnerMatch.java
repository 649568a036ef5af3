package org.upstairs.matching;

import java.util.List;

import org.upstairs.matching.replica.Proximity;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;

/**
 * An upstream or downstream partner.
 *
 * @param company the partner
 * @param score the sum of the reasons' weights
 * @param hops 0 for a direct match, else FEEDS steps
 * @param proximity where the partner sits, seen from the asking company
 * @param floorDelta partner's floor minus the asker's, in the same building; else null
 * @param paths up to three evidence paths, from the upstream side to the downstream side
 * @param reasons why
 */
public record PartnerMatch(Company company, double score, int hops, Proximity proximity, Integer floorDelta,
		List<List<Capability>> paths, List<Reason> reasons) {
}
