package org.upstairs.matching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many matching queries run at once. They are the heaviest reads of the service: on a
 * hub of 100,000 companies a recommendation takes up to seconds of one core and tens of
 * megabytes of the database's transaction memory, which all running queries share. More
 * of them side by side than there are cores finish no sooner, and at eight at a time they
 * exhausted that memory and failed; the others now wait their turn.
 *
 * @param maxRunning matching queries that run at once; by default one per processor
 * @param maxWait how long a query waits for its turn before it is answered with an
 * UNAVAILABLE error; keep it below the request timeout
 */
@ConfigurationProperties("upstairs.matching.concurrency")
public record MatchingConcurrency(Integer maxRunning, Duration maxWait) {

	/** The default wait, below the default request timeout of 10 s. */
	public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(8);

	public MatchingConcurrency {
		maxRunning = (maxRunning != null) ? maxRunning : Runtime.getRuntime().availableProcessors();
		maxWait = (maxWait != null) ? maxWait : DEFAULT_MAX_WAIT;
		if (maxRunning < 1 || maxWait.isNegative()) {
			throw new IllegalArgumentException(
					"upstairs.matching.concurrency: max-running must be at least 1 and max-wait not negative");
		}
	}

}
