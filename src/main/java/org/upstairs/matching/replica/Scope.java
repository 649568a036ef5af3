package org.upstairs.matching.replica;

/**
 * Where to look for partners, seen from the asking company.
 */
public enum Scope {

	/** On the asking company's floor of its building. */
	SAME_FLOOR,
	/** Higher in the asking company's building. */
	UPSTAIRS,
	/** Lower in the asking company's building. */
	DOWNSTAIRS,
	/** Anywhere in the asking company's building: same floor, upstairs or downstairs. */
	SAME_BUILDING,
	/** Anywhere in the asking company's hub. */
	SAME_HUB,
	/** Anywhere, located or not. */
	ANYWHERE

}
