package org.upstairs.matching.feed;

import org.neo4j.driver.SessionConfig;

/**
 * Tells the in-memory replica of the matching graph which nodes changed in the database,
 * whoever is behind it: the embedded server's commit events ({@link EmbeddedCommitFeed}),
 * the change log every write appends to ({@link ChangeLogFeed}), or, as designed in
 * docs/architecture.md, Neo4j's change data capture. A feed is read by one replica, one
 * call at a time.
 * <p>
 * The contract the replica relies on: after {@link #markFullRead()}, the changes of every
 * transaction that commits later, and of any that the full read that follows may miss,
 * come out of {@link #poll()}; and a poll made after a transaction committed includes it.
 */
public interface ChangeFeed extends AutoCloseable {

	/**
	 * A short name for health details and logs.
	 * @return such as {@code embedded-commits}
	 */
	String name();

	/**
	 * Called just before the replica reads the whole graph: what was pending is covered
	 * by that read, so it is dropped, and polls go on from here.
	 */
	void markFullRead();

	/**
	 * The changes committed since the last poll that were applied, whole transactions at
	 * a time, up to a few thousand nodes.
	 * @return the changes; {@link Changes#none()} when there are none
	 */
	Changes poll();

	/**
	 * The replica has applied a poll's changes: the next poll goes on after them.
	 * @param changes what {@link #poll()} gave
	 */
	void applied(Changes changes);

	/**
	 * The replica could not apply a poll's changes: the next poll gives them again.
	 * @param changes what {@link #poll()} gave
	 */
	void notApplied(Changes changes);

	/**
	 * How far behind the database the replica is, as of the last poll: changes (log
	 * entries, or touched nodes) not applied yet.
	 * @return a count, 0 when current
	 */
	long behind();

	/**
	 * How the replica's sessions for reading the nodes a poll names are set up: a feed
	 * that reads a cluster's leader makes those reads wait for what it saw.
	 * @return the session configuration
	 */
	default SessionConfig sessionConfig() {
		return SessionConfig.defaultConfig();
	}

	@Override
	void close();

}
