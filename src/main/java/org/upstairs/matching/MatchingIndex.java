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
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.upstairs.config.CypherScripts;
import org.upstairs.config.EmbeddedNeo4jServer;

/**
 * Keeps {@link MatchingGraph} current with the database, so that matching can pick its
 * partners in memory in a millisecond instead of reading tens of thousands of
 * relationships per request.
 * <p>
 * How it stays current: the embedded Neo4j tells it, on every commit, which nodes the
 * transaction touched, whoever wrote them (this service, an import, or a client on Bolt).
 * Those nodes are marked, and read again before the next matching read and every quarter
 * of a second in the background. A matching read therefore sees every commit that
 * finished before it started, as a query would.
 * <p>
 * Only with the embedded database: an external server does not tell this process of its
 * commits, so there (and until the first build has finished, or if it failed) the
 * matching queries pick their partners in Cypher, as before.
 */
@Component
class MatchingIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

	/** Nodes read per statement: large enough to be quick, small enough to stay lean. */
	private static final int BATCH = 5_000;

	private final Driver driver;

	private final CypherScripts cypher;

	private final MatchingIndexProperties properties;

	private final boolean enabled;

	private final MatchingGraph graph = new MatchingGraph();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Object refreshing = new Object();

	private final Set<String> touched = ConcurrentHashMap.newKeySet();

	private final CountDownLatch built = new CountDownLatch(1);

	private volatile boolean ready;

	private ScheduledExecutorService background;

	MatchingIndex(ObjectProvider<EmbeddedNeo4jServer> embedded, Driver driver, CypherScripts cypher,
			MatchingIndexProperties properties) {
		this.driver = driver;
		this.cypher = cypher;
		this.properties = properties;
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		this.enabled = properties.enabled() && server != null;
		if (this.enabled) {
			// Before the build starts, so that no commit during it is missed.
			server.onCommit(this.touched::addAll);
		}
		else {
			this.built.countDown();
		}
	}

	/** Builds the graph in the background once the service is up. */
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
		this.background.execute(() -> {
			long started = System.nanoTime();
			try {
				List<String> nodes = this.driver.executableQuery(this.cypher.query("queries/matching/index/all-nodes"))
					.execute()
					.records()
					.stream()
					.map((row) -> row.get("node").asString())
					.toList();
				read(nodes);
				refresh();
				this.ready = true;
				log.info("Matching index built in {} ms: {} companies", (System.nanoTime() - started) / 1_000_000,
						this.graph.companies());
			}
			catch (RuntimeException ex) {
				log.error("Matching index could not be built; matching runs in Cypher", ex);
			}
			finally {
				this.built.countDown();
			}
			this.background.scheduleWithFixedDelay(this::refreshQuietly, 250, 250, TimeUnit.MILLISECONDS);
		});
	}

	/**
	 * Runs a read on the graph, current with every commit made before this call.
	 * @param reader what to read
	 * @return its answer; empty when there is no graph to read (external database, not
	 * built within the configured wait, or failed), and the caller should ask Cypher
	 */
	<T> Optional<T> read(Function<MatchingGraph, T> reader) {
		if (!this.enabled) {
			return Optional.empty();
		}
		try {
			if (!this.built.await(this.properties.buildWait().toMillis(), TimeUnit.MILLISECONDS) || !this.ready) {
				return Optional.empty();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Whether the graph is built and used. */
	boolean ready() {
		return this.ready;
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
			if (this.touched.isEmpty()) {
				return;
			}
			List<String> nodes = new ArrayList<>();
			for (Iterator<String> it = this.touched.iterator(); it.hasNext();) {
				nodes.add(it.next());
				it.remove();
			}
			try {
				read(nodes);
			}
			catch (RuntimeException ex) {
				// Not lost: they are read again next time.
				this.touched.addAll(nodes);
				throw ex;
			}
		}
	}

	private void read(List<String> nodes) {
		String query = this.cypher.query("queries/matching/index/node-states");
		try (Session session = this.driver.session()) {
			for (int from = 0; from < nodes.size(); from += BATCH) {
				List<String> batch = nodes.subList(from, Math.min(nodes.size(), from + BATCH));
				List<NodeState> states = session
					.executeRead((tx) -> tx.run(query, Map.of("nodes", batch)).list(MatchingIndex::nodeState));
				this.lock.writeLock().lock();
				try {
					this.graph.apply(states);
				}
				finally {
					this.lock.writeLock().unlock();
				}
			}
		}
	}

	private static NodeState nodeState(Record row) {
		Value place = row.get("place");
		return new NodeState(row.get("node").asString(), NodeState.Kind.valueOf(row.get("kind").asString()),
				row.get("id").asString(null), row.get("name").asString(null), row.get("archived").asBoolean(),
				row.get("offers").asList(Value::asString),
				row.get("needs")
					.asList((need) -> new NodeState.Need(need.get("capability").asString(),
							need.get("priority").asInt())),
				row.get("targets").asList(Value::asString), row.get("partners").asList(Value::asString),
				place.isNull() ? null : place.get("building").asString(),
				(place.isNull() || place.get("floor").isNull()) ? null : place.get("floor").asInt(),
				row.get("layer").asString(null), row.get("feeds").asList(Value::asString),
				row.get("requirements").asList(Value::asString), row.get("hub").asString(null));
	}

	@Override
	public void destroy() {
		if (this.background != null) {
			this.background.shutdownNow();
		}
	}

}
