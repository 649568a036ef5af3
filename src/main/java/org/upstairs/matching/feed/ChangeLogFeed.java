package org.upstairs.matching.feed;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import org.upstairs.changelog.ChangedNode;
import org.upstairs.config.CypherScripts;

/**
 * The change log ({@link org.upstairs.changelog.ChangeLog}) read with a cursor: the entry
 * number this replica has applied up to. Entries are numbered in commit order without
 * holes, so reading on from the cursor misses nothing. The log is read in a write
 * transaction, which a cluster routes to its leader, so no follower behind it is asked;
 * the nodes it names are then read with its bookmarks.
 * <p>
 * It loses track, and asks for a full read, when the entries after its cursor were pruned
 * (a long outage), or when the entry at its cursor is not the one it read (the database
 * was restored from a backup).
 */
public final class ChangeLogFeed implements ChangeFeed {

	/** Entries read per poll. */
	private static final int ENTRIES_PER_POLL = 500;

	private final Driver driver;

	private final CypherScripts cypher;

	private final BookmarkManager bookmarks = BookmarkManagers
		.defaultManager(org.neo4j.driver.BookmarkManagerConfig.builder().build());

	/** The number and token of the last entry applied; -1 before the first full read. */
	private long cursor = -1;

	private String cursorToken;

	private volatile long behind;

	/** The log's last entry as of the last poll. */
	private long lastSeen;

	/**
	 * How long the entry after the cursor may be missing while the log's counter is past
	 * it before the feed gives up on it.
	 */
	private final long missingEntryGrace;

	/**
	 * When the entry after the cursor was first found missing (System.nanoTime), or null
	 * while it is not.
	 */
	private Long missingSince;

	/**
	 * A feed on a database's change log.
	 * @param driver the driver
	 * @param cypher the queries
	 */
	public ChangeLogFeed(Driver driver, CypherScripts cypher) {
		this(driver, cypher, Duration.ofSeconds(5));
	}

	ChangeLogFeed(Driver driver, CypherScripts cypher, Duration missingEntryGrace) {
		this.driver = driver;
		this.cypher = cypher;
		this.missingEntryGrace = missingEntryGrace.toNanos();
	}

	@Override
	public String name() {
		return "change-log";
	}

	@Override
	public SessionConfig sessionConfig() {
		return SessionConfig.builder().withBookmarkManager(this.bookmarks).build();
	}

	@Override
	public void markFullRead() {
		try (Session session = this.driver.session(sessionConfig())) {
			Record head = session.executeWrite((tx) -> tx.run(this.cypher.query("queries/changelog/head")).single());
			this.cursor = head.get("last").asLong();
			this.cursorToken = head.get("token").asString(null);
			this.lastSeen = this.cursor;
			this.behind = 0;
			this.missingSince = null;
		}
	}

	@Override
	public Changes poll() {
		if (this.cursor < 0) {
			return lost();
		}
		Record read;
		try (Session session = this.driver.session(sessionConfig())) {
			read = session.executeWrite(
					(tx) -> tx
						.run(this.cypher.query("queries/changelog/read"),
								Map.of("cursor", this.cursor, "limit", ENTRIES_PER_POLL))
						.single());
		}
		long last = read.get("last").asLong();
		long prunedThrough = read.get("prunedThrough").asLong();
		this.lastSeen = last;
		this.behind = Math.max(0, last - this.cursor);
		boolean restored = last < this.cursor || (this.cursor > prunedThrough && this.cursorToken != null
				&& !Objects.equals(this.cursorToken, read.get("cursorToken").asString(null)));
		if (restored || this.cursor < prunedThrough) {
			return lost();
		}
		List<Value> entries = read.get("changes").asList((entry) -> entry);
		if (entries.isEmpty()) {
			return (last > this.cursor) ? missingEntry() : Changes.none();
		}
		this.missingSince = null;
		Set<ChangedNode> keys = new HashSet<>();
		boolean everything = false;
		long expected = this.cursor + 1;
		for (Value entry : entries) {
			if (entry.get("seq").asLong() != expected++) {
				// Not possible while entries are numbered without holes; safe if it were.
				return lost();
			}
			everything |= entry.get("everything").asBoolean(false);
			if (!entry.get("nodes").isNull()) {
				for (String key : entry.get("nodes").asList(Value::asString)) {
					ChangedNode node = ChangedNode.ofKey(key);
					if (node != null) {
						keys.add(node);
					}
				}
			}
		}
		Value newest = entries.get(entries.size() - 1);
		Position position = new Position(newest.get("seq").asLong(), newest.get("token").asString(null));
		return new Changes(Set.of(), everything ? Set.of() : keys, everything, position.seq() < last, position);
	}

	/**
	 * The log's counter is past the cursor but the next entry cannot be found by its
	 * number. A transaction that is committing shows its new counter a moment before its
	 * entry can be found: Neo4j reads committed data, not snapshots, and applies a
	 * commit's changes one after another (ChangeLogFeedTests sees it under concurrent
	 * appends). Its writer has not been told it committed yet, so waiting for the entry
	 * misses nothing, where reading the whole graph again would take seconds on a large
	 * hub. Only an entry missing for longer is lost.
	 */
	private Changes missingEntry() {
		long now = System.nanoTime();
		if (this.missingSince == null) {
			this.missingSince = now;
		}
		else if (now - this.missingSince > this.missingEntryGrace) {
			this.missingSince = null;
			return lost();
		}
		return Changes.none();
	}

	private static Changes lost() {
		return new Changes(Set.of(), Set.of(), true, false, null);
	}

	@Override
	public void applied(Changes changes) {
		if (changes.position() instanceof Position position) {
			this.cursor = position.seq();
			this.cursorToken = position.token();
			this.behind = Math.max(0, this.lastSeen - this.cursor);
		}
	}

	@Override
	public void notApplied(Changes changes) {
		// The cursor has not moved, so the next poll reads the same entries; but a full
		// read
		// that failed after its mark leaves the graph behind the mark: start again.
		if (changes.everything()) {
			this.cursor = -1;
		}
	}

	@Override
	public long behind() {
		return this.behind;
	}

	@Override
	public void close() {
	}

	/** The last entry of a poll. */
	private record Position(long seq, String token) {
	}

}
