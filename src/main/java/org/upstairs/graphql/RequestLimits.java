package org.upstairs.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much work one GraphQL request may ask for. The defaults are safe for a public
 * endpoint; raise them only for trusted clients. Page sizes (at most
 * {@value PageRequest#MAX_PAGE_SIZE}) and text lengths are fixed by the schema instead.
 *
 * @param maxDepth how deeply fields may nest; introspection (which GraphQL Java already
 * guards against abuse) is exempt
 * @param maxComplexity the most work one request may ask for: every field costs one plus
 * what it selects, and a list multiplies that by its page size, so aliases and nested
 * lists add up instead of escaping the count
 * @param assumedListSize how many items a list without a {@code first} argument (the
 * capabilities a company offers, say) counts as
 * @param matchingCost what a matching field (marked {@code @matching} in the schema)
 * costs besides what it selects: each reads much of a hub's graph, so that a few hundred
 * aliases of one would run for minutes
 * @param timeout how long a query or mutation may run before it is cancelled and answered
 * with an error
 * @param maxBodySize the largest body a request to {@code /graphql} may have
 */
@ConfigurationProperties("upstairs.graphql.limits")
public record RequestLimits(Integer maxDepth, Integer maxComplexity, Integer assumedListSize, Integer matchingCost,
		Duration timeout, DataSize maxBodySize) {

	/** The default depth limit. */
	public static final int DEFAULT_MAX_DEPTH = 12;

	/**
	 * The default complexity limit: a page of 100 companies with every field and list a
	 * directory shows (about 12,000) fits; 20 pages of names side by side do not.
	 */
	public static final int DEFAULT_MAX_COMPLEXITY = 20_000;

	/** The default assumed size of a list without a page size. */
	public static final int DEFAULT_ASSUMED_LIST_SIZE = 5;

	/**
	 * The default cost of a matching field: a request may ask for about twenty within the
	 * default complexity limit.
	 */
	public static final int DEFAULT_MATCHING_COST = 1_000;

	/** The default request timeout. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * The default body size limit: the largest query a client sends is a few kilobytes.
	 */
	public static final DataSize DEFAULT_MAX_BODY_SIZE = DataSize.ofMegabytes(1);

	public RequestLimits {
		maxDepth = (maxDepth != null) ? maxDepth : DEFAULT_MAX_DEPTH;
		maxComplexity = (maxComplexity != null) ? maxComplexity : DEFAULT_MAX_COMPLEXITY;
		assumedListSize = (assumedListSize != null) ? assumedListSize : DEFAULT_ASSUMED_LIST_SIZE;
		matchingCost = (matchingCost != null) ? matchingCost : DEFAULT_MATCHING_COST;
		timeout = (timeout != null) ? timeout : DEFAULT_TIMEOUT;
		maxBodySize = (maxBodySize != null) ? maxBodySize : DEFAULT_MAX_BODY_SIZE;
		if (maxDepth < 1 || maxComplexity < 1 || assumedListSize < 1 || matchingCost < 0 || timeout.isNegative()
				|| timeout.isZero() || maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException(
					"upstairs.graphql.limits must all be positive (matching-cost may be 0), max-body-size below 2 GB");
		}
	}

}
