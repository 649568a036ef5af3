package org.upstairs.company;

/**
 * A company's funding stage.
 */
public enum Stage {

	/** Seed round. */
	SEED,
	/** Angel round. */
	ANGEL,
	/** Series A. */
	SERIES_A,
	/** Series B. */
	SERIES_B,
	/** Series C or later, before listing. */
	SERIES_C_PLUS,
	/** Listed on a stock exchange. */
	LISTED,
	/** Not a funded company. */
	NOT_APPLICABLE

}
