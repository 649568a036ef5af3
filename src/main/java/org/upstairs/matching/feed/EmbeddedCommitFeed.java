package org.upstairs.matching.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.upstairs.config.EmbeddedNeo4jServer;

/**
 * The embedded server's commit events: on every commit, whoever wrote it (this service,
 * an import, a client on Bolt), the server names the nodes the transaction touched. They
 * are collected before the writer's commit returns, so a poll made after a commit
 * includes it.
 */
public final class EmbeddedCommitFeed implements ChangeFeed {

	/** Nodes given per poll. */
	private static final int NODES_PER_POLL = 50_000;

	private final Set<String> touched = ConcurrentHashMap.newKeySet();

	/** Set when a commit could not say what it touched. */
	private volatile boolean everything;

	private final Runnable stopListening;

	/**
	 * Listens to the server's commits from now on.
	 * @param server the embedded server
	 */
	public EmbeddedCommitFeed(EmbeddedNeo4jServer server) {
		this.stopListening = server.onCommit(this::touched);
	}

	private void touched(Set<String> nodes) {
		if (nodes == null) {
			this.everything = true;
		}
		else {
			this.touched.addAll(nodes);
		}
	}

	@Override
	public String name() {
		return "embedded-commits";
	}

	@Override
	public void markFullRead() {
		// A commit seen before this is visible to the full read that follows; one seen
		// after it is polled again, which is harmless.
		this.everything = false;
		this.touched.clear();
	}

	@Override
	public Changes poll() {
		if (this.everything) {
			this.everything = false;
			return new Changes(Set.of(), Set.of(), true, false, null);
		}
		if (this.touched.isEmpty()) {
			return Changes.none();
		}
		List<String> nodes = new ArrayList<>();
		for (Iterator<String> it = this.touched.iterator(); it.hasNext() && nodes.size() < NODES_PER_POLL;) {
			nodes.add(it.next());
			it.remove();
		}
		return new Changes(new HashSet<>(nodes), Set.of(), false, !this.touched.isEmpty(), null);
	}

	@Override
	public void applied(Changes changes) {
	}

	@Override
	public void notApplied(Changes changes) {
		this.touched.addAll(changes.nodes());
		if (changes.everything()) {
			this.everything = true;
		}
	}

	@Override
	public long behind() {
		return this.touched.size() + (this.everything ? 1 : 0);
	}

	@Override
	public void close() {
		this.stopListening.run();
	}

}
