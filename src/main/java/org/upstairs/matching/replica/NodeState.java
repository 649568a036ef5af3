package org.upstairs.matching.replica;

import java.util.List;

/**
 * One node as {@link MatchingGraph} needs it, read by
 * {@code cypher/queries/matching/replica/node-state.cypher}; only the fields of its kind
 * are set. Nodes are named by element id.
 *
 * @param node the element id
 * @param kind what the node is to matching; {@code OTHER} when it is deleted
 * @param id a company's, capability's or scenario's id
 * @param name a company's or scenario's name
 * @param archived whether a company is archived; null when it has no such flag
 * @param offers the capabilities a company offers
 * @param needs the capabilities a company needs, with priorities
 * @param targets the scenarios a company targets
 * @param partners a company's partners
 * @param building the building a company sits in, or null
 * @param floor its floor there, or null
 * @param layer a capability's chain layer
 * @param feeds the capabilities a capability FEEDS
 * @param requirements the capabilities a scenario requires
 * @param hub the hub a building belongs to, or null
 */
record NodeState(String node, Kind kind, String id, String name, Boolean archived, List<String> offers,
		List<Need> needs, List<String> targets, List<String> partners, String building, Integer floor, String layer,
		List<String> feeds, List<String> requirements, String hub) {

	/** The kinds of node matching reads. */
	enum Kind {

		COMPANY, CAPABILITY, SCENARIO, BUILDING, OTHER

	}

	/**
	 * A need.
	 *
	 * @param capability the capability's element id
	 * @param urgency 1 for priority 1, 2/3 for priority 2 or none, 1/3 for priority 3
	 */
	record Need(String capability, double urgency) {
	}

}
