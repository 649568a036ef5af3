package org.upstairs.matching.replica;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
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
import org.upstairs.changelog.ChangedNode;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.graphql.ServiceBusyException;
import org.upstairs.matching.feed.ChangeFeed;
import org.upstairs.matching.feed.Changes;

/**
 * The matching engine: a replica of the matching graph in memory ({@link MatchingGraph}),
 * on which partners are picked and explained in milliseconds instead of reading tens of
 * thousands of relationships per request, with every deployment (embedded database,
 * external server, cluster, several instances).
 * <p>
 * How it stays current: a {@link ChangeFeed} names the nodes that changed, and they are
 * read again. Before every answer the replica polls the feed and applies what it gives,
 * so an answer sees every write that committed, on any instance, before it was asked; a
 * background poll keeps the catch-up short.
 * <p>
 * How it is built: after start-up, in the background, page by page in short read
 * transactions, then caught up with the feed from the mark set before the first page. A
 * failed build is retried with growing pauses. Until it is built the replica is not ready
 * (readiness is out of service) and a matching request waits up to {@code build-wait},
 * then gets an UNAVAILABLE error; it never answers from a half-built graph.
 */
@Component("matchingReplica")
public class MatchingReplica implements DisposableBean, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(MatchingReplica.class);

	/** Nodes read per statement and per page: quick to read, small to hold. */
	private static final int BATCH = 5_000;

	private static final List<String> PAGES = List.of("page-capability", "page-scenario", "page-building",
			"page-company");

	private final ChangeFeed feed;

	private final Driver driver;

	private final CypherScripts cypher;

	private final ReplicaProperties properties;

	/** Replaced whole by a full read; otherwise changed under the write lock. */
	private volatile MatchingGraph graph = new MatchingGraph();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** Held while polling the feed and applying: one catch-up at a time. */
	private final Object catchingUp = new Object();

	/**
	 * When the last complete catch-up began polling (System.nanoTime): a request asked
	 * before it needs no catch-up of its own. Guarded by {@link #catchingUp}.
	 */
	private long caughtUpFrom = Long.MIN_VALUE;

	private final CountDownLatch built = new CountDownLatch(1);

	private volatile long buildDeadline;

	private volatile int failedBuilds;

	private volatile String lastFailure;

	private ScheduledExecutorService background;

	MatchingReplica(ObjectProvider<ChangeFeed> feed, Driver driver, CypherScripts cypher, ReplicaProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.feed = properties.enabled() ? feed.getObject() : null;
		this.driver = driver;
		this.cypher = cypher;
		this.properties = properties;
		this.buildDeadline = System.nanoTime() + properties.buildWait().toNanos();
		if (this.feed == null) {
			return;
		}
		meters.ifAvailable((registry) -> {
			Gauge.builder("upstairs.matching.replica.behind", this.feed, ChangeFeed::behind)
				.description("Changes the matching replica has not applied yet, as of its last poll")
				.register(registry);
			Gauge.builder("upstairs.matching.replica.companies", this, (replica) -> replica.graph.companies())
				.description("Companies the matching replica holds")
				.register(registry);
		});
	}

	/** Builds the graph in the background once the service is up. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.feed == null || this.background != null) {
			return;
		}
		this.background = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "matching-replica");
			thread.setDaemon(true);
			return thread;
		});
		this.buildDeadline = System.nanoTime() + this.properties.buildWait().toNanos();
		this.background.execute(this::build);
	}

	private void build() {
		long started = System.nanoTime();
		try {
			synchronized (this.catchingUp) {
				readEverything();
				catchUpLocked();
			}
			this.built.countDown();
			log.info("Matching replica built in {} ms from {}: {} companies", (System.nanoTime() - started) / 1_000_000,
					this.feed.name(), this.graph.companies());
			long poll = this.properties.pollInterval().toMillis();
			this.background.scheduleWithFixedDelay(this::pollQuietly, poll, poll, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			int failures = ++this.failedBuilds;
			this.lastFailure = ex.getClass().getSimpleName();
			long pause = Math.min(60, 1L << Math.min(failures - 1, 6));
			log.error("Matching replica could not be built (attempt {}); trying again in {} s", failures, pause, ex);
			this.background.schedule(this::build, pause, TimeUnit.SECONDS);
		}
	}

	/**
	 * Not ready until the first build is done, so that no traffic is sent to an instance
	 * that cannot answer matching; then up, with how far behind the feed it is.
	 * @return the health of the replica
	 */
	@Override
	public Health health() {
		if (this.feed == null) {
			return Health.up().withDetail("enabled", false).build();
		}
		Health.Builder health = (this.built.getCount() == 0) ? Health.up() : Health.outOfService();
		health.withDetail("feed", this.feed.name()).withDetail("behind", this.feed.behind());
		if (this.built.getCount() == 0) {
			return health.withDetail("companies", this.graph.companies()).build();
		}
		health.withDetail("building", true).withDetail("failedBuilds", this.failedBuilds);
		return (this.lastFailure != null) ? health.withDetail("lastFailure", this.lastFailure).build() : health.build();
	}

	/**
	 * Upstream or downstream partners, picked and explained.
	 * @param side which way
	 * @param companyId the asking company, which must exist and be active
	 * @param scope how near the partners must be
	 * @param maxHops the most FEEDS steps between the two
	 * @param first how many at most
	 * @param weights the weights to score with
	 * @return the best first
	 * @throws NotFoundException when the company is not there or archived
	 * @throws ServiceBusyException when the replica is not built in time or cannot catch
	 * up with the database
	 */
	public List<PartnerDraft> partners(Side side, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		return answer((graph) -> {
			requireActiveCompany(graph, companyId);
			List<String> picked = (side == Side.UPSTREAM)
					? PartnerPicker.upstream(graph, companyId, scope, maxHops, first, weights)
					: PartnerPicker.downstream(graph, companyId, scope, maxHops, first, weights);
			return (side == Side.UPSTREAM)
					? PartnerExplainer.upstream(graph, companyId, picked, scope, maxHops, weights)
					: PartnerExplainer.downstream(graph, companyId, picked, scope, maxHops, weights);
		});
	}

	/**
	 * Collaboration recommendations, picked and explained.
	 * @param companyId the asking company
	 * @param scope how near the partners must be
	 * @param first how many at most
	 * @param weights the weights to score with
	 * @param introduced companies with an open or declined introduction to it, left out
	 * @param requireActive whether a missing or archived company is an error (else: none)
	 * @return the best first
	 */
	public List<RecommendationDraft> recommendations(String companyId, Scope scope, int first, ScoreWeights weights,
			Set<String> introduced, boolean requireActive) {
		return answer((graph) -> {
			if (requireActive) {
				requireActiveCompany(graph, companyId);
			}
			List<String> picked = CollaborationPicker.recommend(graph, companyId, scope, first, weights, introduced);
			return CollaborationExplainer.explain(graph, companyId, picked, scope, weights);
		});
	}

	/**
	 * How well one pair would work together, introduced before or not.
	 * @param companyId the asking company
	 * @param partnerId the company it asks about
	 * @param weights the weights to score with
	 * @return one recommendation, or none when nothing recommends the pair
	 */
	public List<RecommendationDraft> assessment(String companyId, String partnerId, ScoreWeights weights) {
		return answer((graph) -> CollaborationExplainer.explain(graph, companyId, List.of(partnerId), Scope.ANYWHERE,
				weights));
	}

	/**
	 * Companies held, after catching up, for tests and operators.
	 * @return the number of companies
	 */
	public int companies() {
		return answer(MatchingGraph::companies);
	}

	private static void requireActiveCompany(MatchingGraph graph, String companyId) {
		MatchingGraph.CompanyEntry company = graph.companyWithId(companyId);
		if (company == null) {
			throw new NotFoundException("companyId", "Company", companyId);
		}
		if (company.archived()) {
			throw new NotFoundException("companyId", "active Company", companyId);
		}
	}

	/** Catches up with every commit made before this call, then reads. */
	private <T> T answer(Function<MatchingGraph, T> reader) {
		long asked = System.nanoTime();
		awaitBuilt();
		try {
			catchUp(asked);
		}
		catch (RuntimeException ex) {
			log.warn("Matching replica could not catch up with the database", ex);
			throw new ServiceBusyException("companyId",
					"matching could not read the latest changes from the database; try again in a moment");
		}
		this.lock.readLock().lock();
		try {
			return reader.apply(this.graph);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	private void awaitBuilt() {
		if (this.built.getCount() == 0) {
			return;
		}
		if (this.feed == null) {
			throw new ServiceBusyException("companyId", "matching is switched off in this process");
		}
		long left = this.buildDeadline - System.nanoTime();
		try {
			if (left > 0 && this.built.await(left, TimeUnit.NANOSECONDS)) {
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new ServiceBusyException("companyId",
				"the service is still reading its matching graph after start-up; try again in a moment");
	}

	private void pollQuietly() {
		try {
			catchUp(System.nanoTime());
		}
		catch (RuntimeException ex) {
			// A poll interrupted by shutdown is no news.
			if (!this.background.isShutdown()) {
				log.warn("Matching replica could not catch up; trying again", ex);
			}
		}
	}

	/**
	 * Applies the feed's changes up to now, unless a catch-up that began polling after
	 * {@code asked} has completed meanwhile: it saw every commit this one would.
	 */
	private void catchUp(long asked) {
		synchronized (this.catchingUp) {
			if (this.caughtUpFrom != Long.MIN_VALUE && this.caughtUpFrom - asked >= 0) {
				return;
			}
			catchUpLocked();
		}
	}

	private void catchUpLocked() {
		long started = System.nanoTime();
		Changes changes;
		do {
			changes = this.feed.poll();
			if (changes.everything()) {
				try {
					readEverything();
				}
				catch (RuntimeException ex) {
					this.feed.notApplied(changes);
					throw ex;
				}
				changes = new Changes(Set.of(), Set.of(), false, true, null);
				continue;
			}
			if (!changes.isEmpty()) {
				apply(changes);
			}
		}
		while (changes.more());
		this.caughtUpFrom = started;
	}

	/**
	 * Reads every node, page by page, into a new graph and puts it in place of the old
	 * one, so that nothing the old one held survives. The feed is marked first: what
	 * changes during the read comes out of the next poll.
	 */
	private void readEverything() {
		this.feed.markFullRead();
		MatchingGraph fresh = new MatchingGraph();
		try (Session session = this.driver.session(this.feed.sessionConfig())) {
			for (String page : PAGES) {
				String query = this.cypher.query("queries/matching/replica/" + page);
				String after = "";
				while (true) {
					String from = after;
					List<NodeState> states = session
						.executeRead((tx) -> tx.run(query, Map.of("after", from, "limit", BATCH))
							.list(MatchingReplica::nodeState));
					fresh.apply(states);
					if (states.size() < BATCH) {
						break;
					}
					after = states.get(states.size() - 1).id();
				}
			}
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
	 * Reads the nodes a poll names and applies them all at once, so that no reader sees
	 * one end of a new relationship without the other; tells the feed how it went.
	 */
	private void apply(Changes changes) {
		try {
			List<NodeState> states = new ArrayList<>(changes.size());
			Set<ChangedNode> gone = new HashSet<>(changes.keys());
			try (Session session = this.driver.session(this.feed.sessionConfig())) {
				List<String> nodes = List.copyOf(changes.nodes());
				String byNode = this.cypher.query("queries/matching/replica/node-states");
				for (int from = 0; from < nodes.size(); from += BATCH) {
					List<String> batch = nodes.subList(from, Math.min(nodes.size(), from + BATCH));
					states.addAll(session
						.executeRead((tx) -> tx.run(byNode, Map.of("nodes", batch)).list(MatchingReplica::nodeState)));
				}
				List<Map<String, String>> keys = changes.keys()
					.stream()
					.map((key) -> Map.of("kind", key.kind().name(), "id", key.id()))
					.toList();
				String byKey = this.cypher.query("queries/matching/replica/nodes-by-key");
				for (int from = 0; from < keys.size(); from += BATCH) {
					List<Map<String, String>> batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
					List<NodeState> read = session
						.executeRead((tx) -> tx.run(byKey, Map.of("keys", batch)).list(MatchingReplica::nodeState));
					for (NodeState state : read) {
						if (state.kind() != NodeState.Kind.OTHER) {
							gone.remove(new ChangedNode(ChangedNode.Kind.valueOf(state.kind().name()), state.id()));
						}
					}
					states.addAll(read);
				}
			}
			this.lock.writeLock().lock();
			try {
				this.graph.apply(states);
				gone.forEach(this.graph::forget);
			}
			finally {
				this.lock.writeLock().unlock();
			}
		}
		catch (RuntimeException ex) {
			this.feed.notApplied(changes);
			throw ex;
		}
		this.feed.applied(changes);
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
		if (this.background != null) {
			this.background.shutdownNow();
		}
	}

}
