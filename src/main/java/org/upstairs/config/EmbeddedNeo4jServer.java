package org.upstairs.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;
import org.neo4j.io.locker.FileLockException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running in this JVM with Bolt on a local address. Everything in the
 * service reads and writes through the driver over Bolt, exactly as it would with an
 * external server; the one thing only the embedded server offers is word of each commit
 * ({@link #onCommit}), which keeps the in-memory matching graph current.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

	private final DatabaseManagementService dbms;

	private final URI boltUri;

	private final Path directory;

	private final BoltCredentials credentials;

	private EmbeddedNeo4jServer(DatabaseManagementService dbms, URI boltUri, Path directory,
			BoltCredentials credentials) {
		this.dbms = dbms;
		this.boltUri = boltUri;
		this.directory = directory;
		this.credentials = credentials;
	}

	/**
	 * Starts a server on the store in {@code properties.directory()}, creating it when
	 * missing.
	 * @param properties the embedded database settings
	 * @return the running server
	 */
	public static EmbeddedNeo4jServer start(EmbeddedNeo4jProperties properties) {
		Path home = properties.directory().toAbsolutePath().normalize();
		BoltCredentials credentials = BoltCredentials.prepare(home);
		long started = System.nanoTime();
		try {
			Files.createDirectories(home);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Cannot create the Neo4j store directory " + home, ex);
		}
		Duration shutdownWait = properties.shutdownWait();
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.setConfig(BoltConnector.advertised_address,
					new SocketAddress(properties.listenAddress(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Any local user may reach the port: sign-in with the store's credentials.
			// The password is long and random, so failed attempts lock nobody out: a
			// lock would let anyone on the machine shut the service out of its database.
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
			// Without these the Bolt thread pool waits 10 s for idle connections on
			// shutdown.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, shutdownWait)
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, shutdownWait)
			.setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
			.setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
					properties.transactionMemory().toBytes())
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold,
					properties.transactionLogRotationSize().toBytes())
			.setConfig(GraphDatabaseSettings.keep_logical_logs, properties.transactionLogRetention())
			.setConfig(GraphDatabaseSettings.udc_enabled, false);
		DatabaseManagementService dbms;
		try {
			dbms = builder.build();
		}
		catch (RuntimeException ex) {
			if (isStoreLocked(ex)) {
				throw new EmbeddedStoreLockedException(home, otherServersBolt(properties), ex);
			}
			throw ex;
		}
		try {
			credentials.enforce(dbms, home);
			GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			var address = db.getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
			log.info("Embedded Neo4j started in {} ms, store {}, Bolt {}", (System.nanoTime() - started) / 1_000_000,
					home, uri);
			return new EmbeddedNeo4jServer(dbms, uri, home, credentials);
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw ex;
		}
	}

	/** Neo4j tells of a store another process holds by a FileLockException deep down. */
	private static boolean isStoreLocked(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof FileLockException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the process holding the store listens for Bolt if it runs with these
	 * settings, as the service on the same configuration does.
	 */
	private static String otherServersBolt(EmbeddedNeo4jProperties properties) {
		String host = properties.listenAddress();
		if (host.equals("0.0.0.0") || host.equals("::")) {
			host = "127.0.0.1";
		}
		else if (host.contains(":")) {
			host = "[" + host + "]";
		}
		String port = (properties.boltPort() != 0) ? String.valueOf(properties.boltPort()) : "<its Bolt port>";
		return "bolt://" + host + ":" + port;
	}

	/**
	 * The Bolt URI the server listens on (the real port when 0 was asked for).
	 * @return the Bolt URI
	 */
	public URI boltUri() {
		return this.boltUri;
	}

	/**
	 * The store directory.
	 * @return the absolute directory
	 */
	public Path directory() {
		return this.directory;
	}

	/**
	 * What the Bolt port asks for, kept in the store directory's
	 * {@value BoltCredentials#FILE_NAME}.
	 * @return the credentials
	 */
	public BoltCredentials credentials() {
		return this.credentials;
	}

	/**
	 * Tells {@code changed} the element ids of the nodes each committed transaction
	 * touched: nodes created, deleted or with changed properties, nodes whose labels
	 * changed together with their neighbours, and both ends of every relationship
	 * created, deleted or changed. It is called on the committing thread after the
	 * commit, before the writer is answered, so a reader told of a change can already
	 * read it. If the touched nodes of a transaction could not be collected, it is told
	 * {@code null}: anything may have changed.
	 * @param changed receives the touched nodes' element ids of one transaction, or null
	 * @return stops telling
	 */
	public Runnable onCommit(Consumer<Set<String>> changed) {
		TouchedNodes listener = new TouchedNodes(changed);
		this.dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, listener);
		return () -> this.dbms.unregisterTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
				listener);
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Collects the touched nodes before the commit, while deleted relationships can still
	 * name their ends, and hands them on after it.
	 */
	private static final class TouchedNodes implements TransactionEventListener<Set<String>> {

		private final Consumer<Set<String>> changed;

		TouchedNodes(Consumer<Set<String>> changed) {
			this.changed = changed;
		}

		/** Returns the touched nodes, or null if they could not be collected. */
		@Override
		public Set<String> beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
			try {
				Set<String> touched = new HashSet<>();
				data.createdNodes().forEach((node) -> touched.add(node.getElementId()));
				data.deletedNodes().forEach((node) -> touched.add(node.getElementId()));
				data.assignedNodeProperties().forEach((entry) -> touched.add(entry.entity().getElementId()));
				data.removedNodeProperties().forEach((entry) -> touched.add(entry.entity().getElementId()));
				// What a neighbour is depends on its labels: a node that stops being a
				// Capability is no longer needed by anyone.
				data.assignedLabels().forEach((entry) -> withNeighbours(data, entry.node(), touched));
				data.removedLabels().forEach((entry) -> withNeighbours(data, entry.node(), touched));
				data.createdRelationships().forEach((relationship) -> ends(relationship, touched));
				data.deletedRelationships().forEach((relationship) -> ends(relationship, touched));
				data.assignedRelationshipProperties().forEach((entry) -> ends(entry.entity(), touched));
				data.removedRelationshipProperties().forEach((entry) -> ends(entry.entity(), touched));
				return touched;
			}
			catch (RuntimeException ex) {
				// Never fail the writer's transaction for the sake of a listener.
				log.warn("Could not tell which nodes a transaction touched", ex);
				return null;
			}
		}

		private static void withNeighbours(TransactionData data, Node node, Set<String> touched) {
			touched.add(node.getElementId());
			if (!data.isDeleted(node)) {
				for (Relationship relationship : node.getRelationships()) {
					touched.add(relationship.getOtherNode(node).getElementId());
				}
			}
		}

		private static void ends(Relationship relationship, Set<String> touched) {
			touched.add(relationship.getStartNode().getElementId());
			touched.add(relationship.getEndNode().getElementId());
		}

		@Override
		public void afterCommit(TransactionData data, Set<String> touched, GraphDatabaseService database) {
			if (touched == null || !touched.isEmpty()) {
				this.changed.accept(touched);
			}
		}

		@Override
		public void afterRollback(TransactionData data, Set<String> touched, GraphDatabaseService database) {
		}

	}

}
