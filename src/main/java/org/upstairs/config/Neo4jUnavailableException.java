package org.upstairs.config;

import java.net.URI;

/**
 * The configured Neo4j could not be reached at start-up. Carries the URI so that the
 * start-up report names it.
 */
public class Neo4jUnavailableException extends RuntimeException {

	private final URI uri;

	Neo4jUnavailableException(URI uri, Throwable cause) {
		super("Cannot reach Neo4j at " + uri + ": " + cause.getMessage(), cause);
		this.uri = uri;
	}

	/**
	 * The URI that could not be reached.
	 * @return the Bolt or Neo4j URI
	 */
	public URI getUri() {
		return this.uri;
	}

}
