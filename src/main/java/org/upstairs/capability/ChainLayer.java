package org.upstairs.capability;

/**
 * The layers of the AI industry chain, in order from upstream to downstream, with the
 * services that sit beside the chain last.
 */
public enum ChainLayer {

	/** Compute power and chips. */
	COMPUTE,
	/** Data collection, annotation and supply. */
	DATA,
	/** Foundation-model research and training. */
	MODEL,
	/** Fine-tuning, evaluation, deployment. */
	TOOLING,
	/** Applications built on models. */
	APPLICATION,
	/** Designing the scenes where applications are used. */
	SCENARIO_DESIGN,
	/** Product marketing and commercialisation. */
	MARKETING,
	/** Financing, testing and assessment, compliance, open-data platforms. */
	SERVICES

}
