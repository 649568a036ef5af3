package org.upstairs.matching.replica;

/** The kinds of reasons; the schema's ReasonCode. */
public enum ReasonCode {

	/** They offer something you need. */
	OFFERS_WHAT_YOU_NEED,
	/** They need something you offer. */
	NEEDS_WHAT_YOU_OFFER,
	/** What they offer feeds, along the chain, what you work with. */
	CHAIN_UPSTREAM,
	/** What you offer feeds, along the chain, what they work with. */
	CHAIN_DOWNSTREAM,
	/** You target the same scenario from different parts of the chain. */
	SHARED_SCENARIO,
	/** They bring what a scenario requires and you lack. */
	COVERS_SCENARIO_GAP,
	/** They sit near you. */
	NEARBY,
	/** You share partners. */
	MUTUAL_PARTNERS

}
