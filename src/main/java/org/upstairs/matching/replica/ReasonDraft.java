package org.upstairs.matching.replica;

import java.util.List;

/**
 * A reason as the engine gives it, with the nodes it is about named by id, for the caller
 * to read and put in words.
 *
 * @param code the kind of reason
 * @param weight what it adds to the score
 * @param capabilities capability ids
 * @param scenarios scenario ids
 * @param companies company ids
 * @param hops FEEDS steps of a chain reason, else null
 * @param proximity the place of a NEARBY reason, else null
 * @param floorDelta the floors between, for NEARBY in one building; else null
 */
public record ReasonDraft(ReasonCode code, double weight, List<String> capabilities, List<String> scenarios,
		List<String> companies, Integer hops, Proximity proximity, Integer floorDelta) {

	static ReasonDraft of(ReasonCode code, double weight, List<String> capabilities) {
		return new ReasonDraft(code, weight, capabilities, List.of(), List.of(), null, null, null);
	}

}
