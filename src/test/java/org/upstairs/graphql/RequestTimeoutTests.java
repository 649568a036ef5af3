package org.upstairs.graphql;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout, on its own: a request that does not finish in time is answered
 * with a BAD_REQUEST naming the limit, and its execution is cancelled, blocking resolvers
 * included; one that finishes in time passes through untouched. (Making a real query slow
 * on purpose would need a hand-made slow database; a GraphQL Java engine with a field
 * that blocks stands in for it.)
 */
class RequestTimeoutTests {

	private final RequestTimeout timeout = new RequestTimeout(
			new RequestLimits(null, null, null, null, Duration.ofMillis(50), null));

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

	@Test
	void blockingResolversStopAtTheDeadlineInsteadOfAllRunning() {
		// A real GraphQL Java engine: thirty aliases of a field that blocks for 100 ms,
		// as
		// the matching queries do, would take 3 s; the timeout is 200 ms.
		AtomicInteger fetched = new AtomicInteger();
		GraphQlSource source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource("type Query { slow: Int }".getBytes(StandardCharsets.UTF_8)))
			.configureRuntimeWiring((wiring) -> wiring.type("Query", (type) -> type.dataFetcher("slow", (env) -> {
				Thread.sleep(100);
				return fetched.incrementAndGet();
			})))
			.build();
		WebGraphQlHandler handler = WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
			.interceptor(new RequestTimeout(new RequestLimits(null, null, null, null, Duration.ofMillis(200), null)))
			.build();
		String aliases = IntStream.range(0, 30)
			.mapToObj((i) -> "s" + i + ": slow")
			.collect(Collectors.joining(" ", "{ ", " }"));

		long start = System.nanoTime();
		WebGraphQlResponse response = handler.handleRequest(request(aliases)).block(Duration.ofSeconds(10));
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(response.getErrors()).singleElement()
			.satisfies((ResponseError error) -> assertThat(error.getExtensions()).containsEntry("limit", "timeout"));
		assertThat(millis).as("answered after %d ms", millis).isLessThan(1000);
		assertThat(fetched.get()).as("fields fetched").isBetween(1, 4);
	}

	private static WebGraphQlRequest request() {
		return request("{ hubs { id } }");
	}

	private static WebGraphQlRequest request(String document) {
		return new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, Map.of(), Map.of("query", document), "1", Locale.ENGLISH);
	}

}
