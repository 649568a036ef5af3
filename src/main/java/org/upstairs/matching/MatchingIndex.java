package org.upstairs.matching;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upstairs.config.CypherScripts;
import org.upstairs.config.EmbeddedNeo4jServer;
import org.upstairs.graphql.NotFoundException;

/**
 * Keeps {@link MatchingGraph} current with the database, so that matching can pick its
 * partners in memory in milliseconds instead of reading tens of thousands of
 * relationships per request.
 * <p>
 * How it stays current: the embedded Neo4j tells it, on every commit, which nodes the
 * transaction touched, whoever wrote them (this service, an import, or a client on Bolt).
 * Those nodes are marked, and read again before the next matching read and every quarter
 * of a second in the background. A matching read therefore sees every commit that
 * finished before it started, as a query would.
 * <p>
 * Only with the embedded database: an external server does not tell this process of its
 * commits. There, and whenever the graph cannot answer at once (the first build still
 * running after {@code build-wait}, a large catch-up after an import, a failure), the
 * caller picks its partners in Cypher, which gives the same answers more slowly.
 */
@Component("matchingIndex")
class MatchingIndex implements DisposableBean, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

	/** Nodes read per statement: large enough to be quick, small enough to stay lean. */
	private static final int BATCH = 5_000;

	/**
	 * Beyond this many touched nodes (an import) a request does not wait for the
	 * catch-up: it is answered in Cypher while the background catches up.
	 */
	private static final int LARGE_CATCH_UP = 20_000;

	private final Driver driver;

	private final CypherScripts cypher;

	private final boolean enabled;

	private final long buildWaitNanos;

	/** Replaced whole when everything is read again; otherwise changed under the lock. */
	private volatile MatchingGraph graph = new MatchingGraph();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Object refreshing = new Object();

	private final Set<String> touched = ConcurrentHashMap.newKeySet();

	/** Set when a commit could not say what it touched: everything is read again. */
	private volatile boolean readEverything;

	private final CountDownLatch built = new CountDownLatch(1);

	private volatile long buildDeadline;

	private volatile boolean ready;

	private final Runnable stopListening;

	private ScheduledExecutorService background;

	MatchingIndex(ObjectProvider<EmbeddedNeo4jServer> embedded, Driver driver, CypherScripts cypher,
			MatchingIndexProperties properties) {
		this.driver = driver;
		this.cypher = cypher;
		this.buildWaitNanos = properties.buildWait().toNanos();
		this.buildDeadline = System.nanoTime() + this.buildWaitNanos;
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		this.enabled = properties.enabled() && server != null;
		// Before the build starts, so that no commit during it is missed.
		this.stopListening = this.enabled ? server.onCommit(this::touched) : () -> {
		};
	}

	private void touched(Set<String> nodes) {
		if (nodes == null) {
			this.readEverything = true;
		}
		else {
			this.touched.addAll(nodes);
		}
	}

	/** Builds the graph in the background once the service is up, retrying on failure. */
	@EventListener(ApplicationReadyEvent.class)
	void build() {
		if (!this.enabled || this.background != null) {
			return;
		}
		this.background = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "matching-index");
			thread.setDaemon(true);
			return thread;
		});
		this.buildDeadline = System.nanoTime() + this.buildWaitNanos;
		this.background.execute(this::buildOnce);
	}

	private void buildOnce() {
		long started = System.nanoTime();
		try {
			loadEverything();
			refresh();
			this.ready = true;
			log.info("Matching index built in {} ms: {} companies", (System.nanoTime() - started) / 1_000_000,
					this.graph.companies());
			this.background.scheduleWithFixedDelay(this::refreshQuietly, 250, 250, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			log.error("Matching index could not be built; matching runs in Cypher until a retry in a minute", ex);
			this.background.schedule(this::buildOnce, 1, TimeUnit.MINUTES);
		}
		finally {
			this.built.countDown();
		}
	}

	/**
	 * Part of the readiness group: not ready while the first build runs, so that traffic
	 * is not sent to a service still reading its graph; after a failed build it is ready
	 * (matching runs in Cypher, more slowly) and says so.
	 * @return the health of the in-memory graph
	 */
	@Override
	public Health health() {
		if (!this.enabled) {
			return Health.up().withDetail("inMemory", false).build();
		}
		if (this.ready) {
			return Health.up().withDetail("inMemory", true).withDetail("companies", this.graph.companies()).build();
		}
		return (this.built.getCount() > 0) ? Health.outOfService().withDetail("building", true).build()
				: Health.up().withDetail("inMemory", false).withDetail("failed", true).build();
	}

	/**
	 * Whether {@link #read} may answer at all: false with an external database or when
	 * switched off, and the caller need not prepare for it.
	 * @return true when the graph is kept
	 */
	boolean enabled() {
		return this.enabled;
	}

	/**
	 * Runs a read on the graph, current with every commit made before this call.
	 * @param reader what to read; a {@link NotFoundException} it throws is passed on
	 * @return its answer; empty when the graph cannot answer now (see the class comment),
	 * and the caller should ask Cypher
	 */
	<T> Optional<T> read(Function<MatchingGraph, T> reader) {
		if (!this.enabled || !awaitBuild()) {
			return Optional.empty();
		}
		if (this.touched.size() > LARGE_CATCH_UP || this.readEverything) {
			return Optional.empty();
		}
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Matching index could not catch up; this request runs in Cypher", ex);
			return Optional.empty();
		}
		this.lock.readLock().lock();
		try {
			return Optional.of(reader.apply(this.graph));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Matching index failed to answer; this request runs in Cypher", ex);
			return Optional.empty();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Waits for the first build until {@code build-wait} after it began, no longer. */
	private boolean awaitBuild() {
		if (this.ready) {
			return true;
		}
		long left = this.buildDeadline - System.nanoTime();
		try {
			return left > 0 && this.built.await(left, TimeUnit.NANOSECONDS) && this.ready;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Matching index could not catch up; trying again", ex);
		}
	}

	/**
	 * Reads the touched nodes again. One refresh at a time: a caller waits for one under
	 * way, which may have taken the nodes it needs, and then reads what is left.
	 */
	private void refresh() {
		synchronized (this.refreshing) {
			if (this.readEverything) {
				this.readEverything = false;
				try {
					loadEverything();
				}
				catch (RuntimeException ex) {
					this.readEverything = true;
					throw ex;
				}
			}
			if (this.touched.isEmpty()) {
				return;
			}
			List<String> nodes = new ArrayList<>();
			for (Iterator<String> it = this.touched.iterator(); it.hasNext();) {
				nodes.add(it.next());
				it.remove();
			}
			try {
				load(nodes);
			}
			catch (RuntimeException ex) {
				// Not lost: they are read again next time.
				this.touched.addAll(nodes);
				throw ex;
			}
		}
	}

	/**
	 * Reads every node into a new graph and puts it in place of the old one, so that
	 * nothing the old one held survives (a commit that could not say what it touched may
	 * have deleted anything).
	 */
	private void loadEverything() {
		MatchingGraph fresh = new MatchingGraph();
		String query = this.cypher.query("queries/matching/index/all-node-states");
		try (Session session = this.driver.session()) {
			// One pass in one read transaction, applied as it streams in.
			session.executeRead((tx) -> {
				Result result = tx.run(query);
				List<NodeState> batch = new ArrayList<>(BATCH);
				while (result.hasNext()) {
					batch.add(nodeState(result.next()));
					if (batch.size() == BATCH || !result.hasNext()) {
						fresh.apply(batch);
						batch.clear();
					}
				}
				return null;
			});
		}
		this.lock.writeLock().lock();
		try {
			this.graph = fresh;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Reads the nodes in batches and applies them all at once, so that no reader sees one
	 * end of a new relationship without the other.
	 */
	private void load(List<String> nodes) {
		String query = this.cypher.query("queries/matching/index/node-states");
		List<NodeState> states = new ArrayList<>(nodes.size());
		try (Session session = this.driver.session()) {
			for (int from = 0; from < nodes.size(); from += BATCH) {
				List<String> batch = nodes.subList(from, Math.min(nodes.size(), from + BATCH));
				states.addAll(session
					.executeRead((tx) -> tx.run(query, Map.of("nodes", batch)).list(MatchingIndex::nodeState)));
			}
		}
		this.lock.writeLock().lock();
		try {
			this.graph.apply(states);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Values are coerced in node-state.cypher, so that no stored value can fail this.
	 */
	private static NodeState nodeState(Record row) {
		Value place = row.get("place");
		return new NodeState(row.get("node").asString(), NodeState.Kind.valueOf(row.get("kind").asString()),
				row.get("id").asString(null), row.get("name").asString(null),
				row.get("archived").isNull() ? null : row.get("archived").asBoolean(),
				row.get("offers").asList(Value::asString),
				row.get("needs")
					.asList((need) -> new NodeState.Need(need.get("capability").asString(),
							need.get("urgency").isNull() ? Double.NaN : need.get("urgency").asDouble())),
				row.get("targets").asList(Value::asString), row.get("partners").asList(Value::asString),
				place.isNull() ? null : place.get("building").asString(),
				(place.isNull() || place.get("floor").isNull()) ? null : place.get("floor").asInt(),
				row.get("layer").asString(null), row.get("feeds").asList(Value::asString),
				row.get("requirements").asList(Value::asString), row.get("hub").asString(null));
	}

	@Override
	public void destroy() {
		this.stopListening.run();
		if (this.background != null) {
			this.background.shutdownNow();
		}
	}

}
