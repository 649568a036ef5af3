package org.upstairs.matching.replica;

/** How two companies would work together; the schema's RecommendationKind. */
public enum RecommendationKind {

	/** They are upstream of you: they supply you. */
	SUPPLIER,
	/** They are downstream of you: you supply them. */
	CUSTOMER,
	/** Both: each supplies the other. */
	MUTUAL,
	/** No supply relation, but you complete each other in a scenario. */
	COMPLEMENT,
	/** No supply relation or scenario, but you share partners. */
	NETWORK

}
