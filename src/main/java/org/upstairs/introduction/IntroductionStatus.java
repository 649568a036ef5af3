package org.upstairs.introduction;

/**
 * Where an introduction stands. The open ones hold their pair: at most one open
 * introduction per pair of companies.
 */
public enum IntroductionStatus {

	/** A founder asked; staff decide. */
	REQUESTED(true),

	/** Staff put it to the target company. */
	PROPOSED(true),

	/** The target company agreed to meet. */
	ACCEPTED(true),

	/** They met. */
	MET(true),

	/** Staff turned the request down. */
	REJECTED(false),

	/** The target company said no. */
	DECLINED(false),

	/** The requester (or staff) called it off before it was accepted. */
	WITHDRAWN(false),

	/** They became partners. */
	PARTNERED(false),

	/** They met and went no further. */
	CLOSED(false);

	private final boolean open;

	IntroductionStatus(boolean open) {
		this.open = open;
	}

	boolean isOpen() {
		return this.open;
	}

}
