package org.upstairs.introduction;

import java.util.Arrays;
import java.util.Optional;

import org.upstairs.account.Caller;

/**
 * The lifecycle of an introduction: every allowed step and who may take it. Staff may
 * take any of them; any step not listed here is refused.
 */
enum Transition {

	APPROVE(IntroductionStatus.REQUESTED, IntroductionStatus.PROPOSED, Party.STAFF),

	REJECT(IntroductionStatus.REQUESTED, IntroductionStatus.REJECTED, Party.STAFF),

	ACCEPT(IntroductionStatus.PROPOSED, IntroductionStatus.ACCEPTED, Party.TARGET),

	DECLINE(IntroductionStatus.PROPOSED, IntroductionStatus.DECLINED, Party.TARGET),

	MEET(IntroductionStatus.ACCEPTED, IntroductionStatus.MET, Party.EITHER),

	PARTNER(IntroductionStatus.MET, IntroductionStatus.PARTNERED, Party.EITHER),

	CLOSE(IntroductionStatus.MET, IntroductionStatus.CLOSED, Party.EITHER),

	WITHDRAW_REQUEST(IntroductionStatus.REQUESTED, IntroductionStatus.WITHDRAWN, Party.REQUESTER),

	WITHDRAW_PROPOSAL(IntroductionStatus.PROPOSED, IntroductionStatus.WITHDRAWN, Party.REQUESTER);

	/** Who, besides staff, may take a step. */
	enum Party {

		/** Staff only. */
		STAFF,

		/** The founder of the company being introduced to (TO). */
		TARGET,

		/** The founder of the company that asked (FROM). */
		REQUESTER,

		/** The founder of either company. */
		EITHER

	}

	private final IntroductionStatus from;

	private final IntroductionStatus to;

	private final Party party;

	Transition(IntroductionStatus from, IntroductionStatus to, Party party) {
		this.from = from;
		this.to = to;
		this.party = party;
	}

	static Optional<Transition> between(IntroductionStatus from, IntroductionStatus to) {
		return Arrays.stream(values()).filter((step) -> step.from == from && step.to == to).findFirst();
	}

	boolean allows(Caller caller, Introduction introduction) {
		if (caller.isStaff()) {
			return true;
		}
		return switch (this.party) {
			case STAFF -> false;
			case TARGET -> caller.actsFor(introduction.toCompanyId());
			case REQUESTER -> caller.actsFor(introduction.fromCompanyId());
			case EITHER -> caller.actsFor(introduction.fromCompanyId()) || caller.actsFor(introduction.toCompanyId());
		};
	}

}
