package org.upstairs.changelog;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.upstairs.config.CypherScripts;

/**
 * The change log: every write transaction of the service that changes what matching reads
 * appends one entry naming the nodes it changed, in the same transaction, so that every
 * instance can keep its copy of the matching graph current from the database alone, with
 * an external Neo4j as with the embedded one. Entries are numbered in commit order
 * without holes (cypher/queries/changelog/append.cypher) and pruned after
 * {@code upstairs.matching.change-log.retention}. docs/architecture.md tells the rest.
 */
@Component
public class ChangeLog implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

	/** Entries deleted per pruning statement. */
	private static final int PRUNE_LIMIT = 10_000;

	private final Neo4jClient neo4j;

	private final Driver driver;

	private final CypherScripts cypher;

	private final Duration retention;

	private ScheduledExecutorService pruning;

	ChangeLog(Neo4jClient neo4j, Driver driver, CypherScripts cypher, ChangeLogProperties properties) {
		this.neo4j = neo4j;
		this.driver = driver;
		this.cypher = cypher;
		this.retention = properties.retention();
	}

	/**
	 * Records nodes the current Spring-managed transaction changes; one entry naming all
	 * of them is appended just before it commits, and none if it rolls back.
	 * @param nodes the changed nodes
	 * @throws IllegalStateException outside a transaction, where nothing could be
	 * recorded with the write
	 */
	public void touched(ChangedNode... nodes) {
		touched(List.of(nodes));
	}

	/**
	 * As {@link #touched(ChangedNode...)}.
	 * @param nodes the changed nodes
	 */
	public void touched(Collection<ChangedNode> nodes) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("A change can only be recorded inside the transaction that makes it");
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.bindResource(this, pending);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		for (ChangedNode node : nodes) {
			pending.keys.add(node.key());
		}
	}

	/**
	 * Appends an entry in a transaction the caller runs on the driver; call it last, just
	 * before the commit, so that the log stays locked only for the commit.
	 * @param transaction the writing transaction
	 * @param nodes the nodes it changed; nothing is appended for none
	 */
	public void append(SimpleQueryRunner transaction, Collection<ChangedNode> nodes) {
		if (!nodes.isEmpty()) {
			transaction.run(this.cypher.query("queries/changelog/append"),
					Map.of("nodes", nodes.stream().map(ChangedNode::key).distinct().toList(), "everything", false));
		}
	}

	/**
	 * Appends an entry that tells every reader to read the whole graph again, for writes
	 * that cannot say what they changed (a demo reload); call it last in the transaction.
	 * @param transaction the writing transaction
	 */
	public void appendEverything(SimpleQueryRunner transaction) {
		java.util.HashMap<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("nodes", null);
		parameters.put("everything", true);
		transaction.run(this.cypher.query("queries/changelog/append"), parameters);
	}

	/** Prunes old entries every minute; any instance may, and each does. */
	@EventListener(ApplicationReadyEvent.class)
	void startPruning() {
		if (this.pruning != null) {
			return;
		}
		this.pruning = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "change-log-pruning");
			thread.setDaemon(true);
			return thread;
		});
		this.pruning.scheduleWithFixedDelay(this::pruneQuietly, 1, 1, TimeUnit.MINUTES);
	}

	/**
	 * Deletes entries older than the retention.
	 * @return the number of the last entry deleted, 0 when none was
	 */
	public long prune() {
		long prunedThrough = 0;
		try (Session session = this.driver.session()) {
			while (true) {
				var upTo = session.executeWrite((tx) -> tx
					.run(this.cypher.query("queries/changelog/prune"),
							Map.of("retentionSeconds", this.retention.toSeconds(), "limit", PRUNE_LIMIT))
					.list((row) -> row.get("upTo").asLong()));
				if (upTo.isEmpty()) {
					return prunedThrough;
				}
				prunedThrough = upTo.get(0);
			}
		}
	}

	private void pruneQuietly() {
		try {
			prune();
		}
		catch (RuntimeException ex) {
			log.warn("Could not prune the change log; trying again in a minute", ex);
		}
	}

	@Override
	public void destroy() {
		if (this.pruning != null) {
			this.pruning.shutdownNow();
		}
	}

	/** The keys recorded in one transaction, appended before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<String> keys = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!this.keys.isEmpty()) {
				ChangeLog.this.neo4j.query(ChangeLog.this.cypher.query("queries/changelog/append"))
					.bindAll(Map.of("nodes", List.copyOf(this.keys), "everything", false))
					.run();
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(ChangeLog.this);
		}

	}

}
