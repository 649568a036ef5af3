package org.upstairs.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unreachable database into a start-up report a person can act on.
 */
class Neo4jUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<Neo4jUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, Neo4jUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Check spring.neo4j.uri (now " + cause.getUri() + ") and the credentials, and that the server is "
						+ "running and reachable; or remove upstairs.neo4j.embedded.enabled=false to use the embedded "
						+ "database.",
				cause);
	}

}
