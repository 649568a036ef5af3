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
 * @param maxWaiting matching queries that may wait for a turn; one more is answered with
 * an UNAVAILABLE error at once, so that waiting requests cannot tie up every web server
 * thread
 * @param maxWait how long a query waits for its turn before it is answered with an
 * UNAVAILABLE error; keep it below the request timeout
 */
@ConfigurationProperties("upstairs.matching.concurrency")
public record MatchingConcurrency(Integer maxRunning, Integer maxWaiting, Duration maxWait) {

	/** The default number of waiting queries. */
	public static final int DEFAULT_MAX_WAITING = 32;

	/** The default wait, below the default request timeout of 10 s. */
	public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(8);

	public MatchingConcurrency {
		maxRunning = (maxRunning != null) ? maxRunning : Runtime.getRuntime().availableProcessors();
		maxWaiting = (maxWaiting != null) ? maxWaiting : DEFAULT_MAX_WAITING;
		maxWait = (maxWait != null) ? maxWait : DEFAULT_MAX_WAIT;
		if (maxRunning < 1 || maxWaiting < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException("upstairs.matching.concurrency: max-running must be at least 1, "
					+ "max-waiting and max-wait not negative");
		}
	}

}
