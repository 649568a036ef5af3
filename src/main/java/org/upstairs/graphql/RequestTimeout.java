package org.upstairs.graphql;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Answers a query or mutation that runs longer than {@link RequestLimits#timeout()} with
 * a BAD_REQUEST error naming the limit, and cancels it so that GraphQL Java fetches no
 * further fields. A database statement already running stops at Neo4j's own transaction
 * timeout. Subscriptions are not cut: their response is the stream itself, which arrives
 * at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestTimeout implements WebGraphQlInterceptor {

	private final Duration timeout;

	RequestTimeout(RequestLimits limits) {
		this.timeout = limits.timeout();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		AtomicReference<ExecutionInput> execution = new AtomicReference<>();
		request.configureExecutionInput((input, builder) -> {
			execution.set(input);
			return input;
		});
		return chain.next(request).timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request, execution.get())));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request, ExecutionInput execution) {
		// The cancelled flag is shared by every copy GraphQL Java makes of the input.
		ExecutionInput input = (execution != null) ? execution : request.toExecutionInput();
		input.cancel();
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(new RequestLimitExceeded("timeout",
					"The request ran longer than " + describe(this.timeout)
							+ " and was cancelled. Ask for smaller pages or a narrower search.",
					this.timeout.toMillis(), null)
				.toBadRequest())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

	private static String describe(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}
