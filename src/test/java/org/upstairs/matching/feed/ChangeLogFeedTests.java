package org.upstairs.matching.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.config.CypherScripts;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change log and a feed reading it with a cursor ({@link ChangeLogFeed}), on the
 * database itself: entries numbered in commit order without holes or duplicates however
 * many writers append at once; each entry given once and in order; and a full read asked
 * for whenever the feed cannot trust its cursor (entries pruned past it, a database
 * restored under it) or an entry says so.
 */
class ChangeLogFeedTests extends IntegrationTest {

	@Autowired
	private ChangeLog changeLog;

	@Autowired
	private CypherScripts cypher;

	@BeforeEach
	void quiet() {
		// The demo load appends too: let it finish before counting entries.
		awaitDemoData();
	}

	@Test
	void eightWritersAppendingAtOnceGetConsecutiveNumbersAndAFeedGetsEachEntryOnce() throws Exception {
		ChangeLogFeed feed = feed();
		long start = last();
		int writers = 8;
		int entriesEach = 50;
		List<Set<ChangedNode>> polled = new ArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
		try {
			// A feed polled while the writers append: it never sees a later entry
			// before an earlier one, so it never has to skip one.
			Future<Integer> poller = pool.submit(() -> {
				int lost = 0;
				while (writing.get()) {
					lost += pollInto(feed, polled);
					Thread.sleep(5);
				}
				return lost;
			});
			List<Future<?>> appends = new ArrayList<>();
			for (int writer = 0; writer < writers; writer++) {
				int w = writer;
				appends.add(pool.submit(() -> {
					for (int i = 0; i < entriesEach; i++) {
						append(ChangedNode.company("writer-" + w + "-" + i));
					}
				}));
			}
			for (Future<?> append : appends) {
				append.get();
			}
			writing.set(false);
			assertThat(poller.get()).as("polls that lost track").isZero();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(pollInto(feed, polled)).isZero();

		List<Long> numbers = this.driver
			.executableQuery("MATCH (c:__Change) WHERE c.seq > $start RETURN c.seq AS seq ORDER BY seq")
			.withParameters(Map.of("start", start))
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("seq").asLong())
			.toList();
		int total = writers * entriesEach;
		assertThat(numbers).as("entry numbers after %d", start)
			.containsExactlyElementsOf(LongStream.rangeClosed(start + 1, start + total).boxed().toList());
		assertThat(last()).isEqualTo(start + total);

		List<ChangedNode> seen = polled.stream().flatMap(Set::stream).toList();
		assertThat(seen).as("nodes given by the feed").doesNotHaveDuplicates().hasSize(total);
		assertThat(new HashSet<>(seen)).isEqualTo(IntStream.range(0, writers)
			.boxed()
			.flatMap((w) -> IntStream.range(0, entriesEach)
				.mapToObj((i) -> ChangedNode.company("writer-" + w + "-" + i)))
			.collect(Collectors.toSet()));
	}

	@Test
	void aFeedPolledAfterEachCommitGetsEachEntryOnceInOrder() {
		ChangeLogFeed feed = feed();
		for (int i = 0; i < 20; i++) {
			ChangedNode node = ChangedNode.company("one-by-one-" + i);
			append(node);

			Changes changes = feed.poll();
			assertThat(changes.everything()).isFalse();
			assertThat(changes.more()).isFalse();
			assertThat(changes.keys()).as("poll after commit %d", i).containsExactly(node);
			assertThat(feed.behind()).isEqualTo(1);
			feed.applied(changes);
			assertThat(feed.behind()).isZero();
			assertThat(feed.poll().isEmpty()).as("a second poll after commit %d", i).isTrue();
		}
	}

	@Test
	void aLongBacklogComesInOrderAPageAtATimeAndAgainWhenNotApplied() {
		ChangeLogFeed feed = feed();
		List<ChangedNode> nodes = IntStream.range(0, 600).mapToObj((i) -> ChangedNode.company("backlog-" + i)).toList();
		try (Session session = this.driver.session()) {
			for (ChangedNode node : nodes) {
				session.executeWriteWithoutResult((tx) -> this.changeLog.append(tx, List.of(node)));
			}
		}

		Changes first = feed.poll();
		assertThat(first.more()).isTrue();
		assertThat(first.keys()).isEqualTo(Set.copyOf(nodes.subList(0, 500)));
		assertThat(feed.behind()).isEqualTo(600);
		feed.notApplied(first);
		assertThat(feed.poll().keys()).as("the same page again after it was not applied")
			.isEqualTo(Set.copyOf(nodes.subList(0, 500)));
		feed.applied(first);
		assertThat(feed.behind()).isEqualTo(100);

		Changes second = feed.poll();
		assertThat(second.more()).isFalse();
		assertThat(second.everything()).isFalse();
		assertThat(second.keys()).isEqualTo(Set.copyOf(nodes.subList(500, 600)));
		feed.applied(second);
		assertThat(feed.poll().isEmpty()).isTrue();
	}

	/**
	 * A committing transaction shows the log's new counter a moment before its entry can
	 * be found by number; polled in between, the feed waits for the entry instead of
	 * reading the whole graph again, and gives up on it only when it stays missing.
	 * Simulated here with a counter moved on by hand.
	 */
	@Test
	void anEntryNotVisibleYetIsWaitedForAndOneThatStaysMissingIsLost() throws InterruptedException {
		ChangeLogFeed feed = new ChangeLogFeed(this.driver, this.cypher, Duration.ofMillis(300));
		feed.markFullRead();
		long late = countOneMore();

		Changes waiting = feed.poll();
		assertThat(waiting.everything()).as("a poll before the entry can be found").isFalse();
		assertThat(waiting.isEmpty()).isTrue();
		assertThat(feed.behind()).isEqualTo(1);
		createEntry(late, "late");
		Changes found = feed.poll();
		assertThat(found.keys()).containsExactly(ChangedNode.company("late"));
		feed.applied(found);

		long missing = countOneMore();
		assertThat(feed.poll().everything()).isFalse();
		Thread.sleep(400);
		assertThat(feed.poll().everything()).as("a poll after the entry stayed missing").isTrue();
		createEntry(missing, "missing");
	}

	@Test
	void aFeedWhoseNextEntriesWerePrunedReadsEverythingAgainAndACurrentOneDoesNot() {
		append(ChangedNode.company("before-pruning"));
		ChangeLogFeed behind = feed();
		long start = last();
		append(ChangedNode.company("pruned-1"), ChangedNode.company("pruned-2"));
		append(ChangedNode.company("pruned-3"));
		append(ChangedNode.company("pruned-4"));
		ChangeLogFeed atThePruning = feed();
		append(ChangedNode.company("kept-1"));
		append(ChangedNode.company("kept-2"));
		ChangeLogFeed current = feed();
		// Entries up to start + 3 are older than the retention (15 minutes).
		this.driver.executableQuery("MATCH (c:__Change) WHERE c.seq <= $upTo SET c.at = datetime() - duration('PT1H')")
			.withParameters(Map.of("upTo", start + 3))
			.execute();

		this.changeLog.prune();

		// The service prunes every minute too: read what was pruned from the log itself.
		assertThat(prunedThrough()).isEqualTo(start + 3);
		assertThat(this.driver.executableQuery("MATCH (c:__Change) WHERE c.seq <= $upTo RETURN count(c) AS n")
			.withParameters(Map.of("upTo", start + 3))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong()).as("entries left up to the pruned one").isZero();
		Changes lost = behind.poll();
		assertThat(lost.everything()).as("a feed whose next entries were pruned").isTrue();
		assertThat(lost.keys()).isEmpty();
		Changes next = atThePruning.poll();
		assertThat(next.everything()).as("a feed at the last pruned entry").isFalse();
		assertThat(next.keys()).containsExactlyInAnyOrder(ChangedNode.company("kept-1"), ChangedNode.company("kept-2"));
		assertThat(current.poll().isEmpty()).as("a current feed").isTrue();
	}

	@Test
	void aFeedWhoseCursorEntryWasReplacedByARestoreReadsEverythingAgain() {
		append(ChangedNode.company("before-the-backup"));
		long backup = last();
		append(ChangedNode.company("after-the-backup"));
		ChangeLogFeed feed = feed();
		long cursor = last();

		// Restored from the backup, then written to again: the entry numbers after the
		// backup are used a second time, by other entries.
		restoreTo(backup);
		append(ChangedNode.company("after-the-restore-1"));
		append(ChangedNode.company("after-the-restore-2"));
		assertThat(last()).isEqualTo(cursor + 1);

		assertThat(feed.poll().everything()).as("a feed whose cursor entry has another token").isTrue();
		ChangeLogFeed marked = feed();
		append(ChangedNode.company("after-the-restore-3"));
		assertThat(marked.poll().keys()).as("a feed marked after the restore")
			.containsExactly(ChangedNode.company("after-the-restore-3"));
	}

	@Test
	void aFeedAheadOfARestoredLogReadsEverythingAgain() {
		append(ChangedNode.company("before-the-backup"));
		long backup = last();
		append(ChangedNode.company("after-the-backup"));
		ChangeLogFeed feed = feed();

		restoreTo(backup);

		assertThat(feed.poll().everything()).as("a feed past the log's last entry").isTrue();
	}

	@Test
	void anEntryThatSaysEverythingMakesTheFeedReadEverything() {
		ChangeLogFeed feed = feed();
		append(ChangedNode.company("before-everything"));
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(this.changeLog::appendEverything);
		}
		append(ChangedNode.company("after-everything"));

		Changes changes = feed.poll();
		assertThat(changes.everything()).isTrue();
		assertThat(changes.keys()).isEmpty();

		// The replica reads everything, marking the feed first: nothing is left.
		feed.markFullRead();
		assertThat(feed.poll().isEmpty()).isTrue();
	}

	private ChangeLogFeed feed() {
		ChangeLogFeed feed = new ChangeLogFeed(this.driver, this.cypher);
		feed.markFullRead();
		return feed;
	}

	/** Polls until nothing is left, applying each poll. */
	private static int pollInto(ChangeLogFeed feed, List<Set<ChangedNode>> polled) {
		int lost = 0;
		Changes changes;
		do {
			changes = feed.poll();
			if (changes.everything()) {
				lost++;
				feed.markFullRead();
			}
			else if (!changes.isEmpty()) {
				synchronized (polled) {
					polled.add(changes.keys());
				}
				feed.applied(changes);
			}
		}
		while (changes.more());
		return lost;
	}

	private void append(ChangedNode... nodes) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult((tx) -> this.changeLog.append(tx, List.of(nodes)));
		}
	}

	/** Moves the log's counter on without an entry, as a commit under way shows it. */
	private long countOneMore() {
		return this.driver
			.executableQuery("MATCH (log:__ChangeLog {name: 'matching'}) SET log.last = log.last + 1 RETURN log.last")
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
	}

	private void createEntry(long seq, String companyId) {
		this.driver.executableQuery("""
				CREATE (:__Change {seq: $seq, token: randomUUID(), nodes: ['Company:' + $companyId], everything: false,
				                   at: datetime()})""")
			.withParameters(Map.of("seq", seq, "companyId", companyId))
			.execute();
	}

	/** The log as a backup taken after entry {@code last} would bring it back. */
	private void restoreTo(long last) {
		this.driver.executableQuery("""
				MATCH (log:__ChangeLog {name: 'matching'})
				SET log.last = $last
				WITH log
				MATCH (c:__Change) WHERE c.seq > $last
				DELETE c""").withParameters(Map.of("last", last)).execute();
	}

	private long last() {
		return log().get("last").asLong();
	}

	private long prunedThrough() {
		return log().get("prunedThrough").asLong();
	}

	private Record log() {
		return this.driver
			.executableQuery("MATCH (log:__ChangeLog {name: 'matching'}) RETURN log.last AS last, "
					+ "log.prunedThrough AS prunedThrough")
			.execute()
			.records()
			.get(0);
	}

}
