package org.upstairs.introduction;

import java.time.ZonedDateTime;

import org.neo4j.driver.Value;

/**
 * One step in an introduction's history. Written once, never changed.
 *
 * @param sequence its place in the history, from 1
 * @param at when
 * @param from the status before, null for the creation
 * @param to the status after
 * @param note what whoever took the step wrote
 * @param actor the account that took it
 * @param actorRole that account's role then
 */
record IntroductionEvent(int sequence, ZonedDateTime at, IntroductionStatus from, IntroductionStatus to, String note,
		String actor, String actorRole) {

	static IntroductionEvent from(Value node) {
		return new IntroductionEvent(node.get("sequence").asInt(), node.get("at").asZonedDateTime(),
				node.get("from").isNull() ? null : IntroductionStatus.valueOf(node.get("from").asString()),
				IntroductionStatus.valueOf(node.get("to").asString()), node.get("note").asString(null),
				node.get("actor").asString(), node.get("actorRole").asString(null));
	}

}
