package org.upstairs.graphql;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout, on its own: a request that does not finish in time is answered
 * with a BAD_REQUEST naming the limit, and its execution is cancelled; one that finishes
 * in time passes through untouched. (Making a real query slow on purpose would need a
 * hand-made slow database; the cancellation itself is GraphQL Java's.)
 */
class RequestTimeoutTests {

	private final RequestTimeout timeout = new RequestTimeout(
			new RequestLimits(null, null, null, Duration.ofMillis(50)));

	@Test
	void aRequestRunningTooLongIsAnsweredWithAnErrorAndCancelled() {
		AtomicReference<ExecutionInput> started = new AtomicReference<>();
		WebGraphQlResponse response = this.timeout.intercept(request(), (request) -> {
			started.set(request.toExecutionInput());
			return Mono.never();
		}).block(Duration.ofSeconds(5));

		assertThat(response.getErrors()).singleElement().satisfies((ResponseError error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains("50 ms");
			assertThat(error.getExtensions()).containsEntry("limit", "timeout").containsEntry("max", 50L);
		});
		assertThat(started.get().isCancelled()).isTrue();
	}

	@Test
	void aRequestFinishingInTimePassesThrough() {
		WebGraphQlResponse response = this.timeout.intercept(request(), (request) -> {
			ExecutionInput input = request.toExecutionInput();
			return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input,
					ExecutionResult.newExecutionResult().data(Map.of("hubs", java.util.List.of())).build())));
		}).block(Duration.ofSeconds(5));

		assertThat(response.getErrors()).isEmpty();
		assertThat(response.<Map<String, Object>>getData()).containsKey("hubs");
	}

	private static WebGraphQlRequest request() {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", "{ hubs { id } }"), "1", Locale.ENGLISH);
	}

}
