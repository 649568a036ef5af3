package org.upstairs.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a service started on a store another process holds in a few lines instead of
 * Neo4j's stack trace.
 */
class EmbeddedStoreLockedFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedStoreLockedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedStoreLockedException cause) {
		return new FailureAnalysis("The Neo4j store " + cause.getDirectory() + " is in use by another process.",
				"Stop the other process (the service already running, or an import or export), or set "
						+ "upstairs.neo4j.embedded.directory to another store, or use the running server's database "
						+ "over Bolt: " + cause.getBoltOptions(),
				cause);
	}

}
