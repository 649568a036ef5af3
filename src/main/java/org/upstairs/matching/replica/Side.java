package org.upstairs.matching.replica;

/** Which way partners are looked for. */
public enum Side {

	/** Those who supply the asking company. */
	UPSTREAM,
	/** Those the asking company supplies. */
	DOWNSTREAM

}
