package org.upstairs.graphql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

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
 * further fields. Resolvers that block (the matching queries do) run while the response
 * is being made, so no operator on the response can stop them: a timer cancels the
 * execution at the deadline instead, and the field running then is the last. A database
 * statement already running stops at Neo4j's own transaction timeout. Subscriptions are
 * not cut: their response is the stream itself, which arrives at once.
 */
@Component
// Just inside the wait for the demo data, which is no part of a request's running time.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestTimeout implements WebGraphQlInterceptor {

	private final Duration timeout;

	RequestTimeout(RequestLimits limits) {
		this.timeout = limits.timeout();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Execution execution = new Execution();
		request.configureExecutionInput((input, builder) -> {
			execution.started(input);
			return input;
		});
		Disposable deadline = Schedulers.parallel()
			.schedule(execution::cancel, this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		return chain.next(request)
			.map((response) -> execution.isCancelled() ? timedOut(request, execution) : response)
			.timeout(this.timeout, Mono.fromSupplier(() -> timedOut(request, execution)))
			.doFinally((signal) -> deadline.dispose());
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request, Execution execution) {
		execution.cancel();
		ExecutionInput input = (execution.input != null) ? execution.input : request.toExecutionInput();
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

	/** One request's execution, cancelled once its time is up, started or not. */
	private static final class Execution {

		private volatile ExecutionInput input;

		private volatile boolean cancelled;

		void started(ExecutionInput input) {
			this.input = input;
			if (this.cancelled) {
				input.cancel();
			}
		}

		void cancel() {
			this.cancelled = true;
			// The cancelled flag is shared by every copy GraphQL Java makes of the input.
			ExecutionInput started = this.input;
			if (started != null) {
				started.cancel();
			}
		}

		boolean isCancelled() {
			return this.cancelled;
		}

	}

}
