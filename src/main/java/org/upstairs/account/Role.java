package org.upstairs.account;

/**
 * What an account may do. ADMIN includes everything STAFF may do.
 */
public enum Role {

	/**
	 * Bound to one company: edits it, runs matchmaking for it, takes part in its
	 * introductions.
	 */
	FOUNDER,

	/**
	 * Center staff: read everything, edit any company, curate introductions, import and
	 * export.
	 */
	STAFF,

	/** Manages accounts, and may do all that staff may. */
	ADMIN

}
