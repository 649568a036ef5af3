package org.upstairs.demo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Holds every GraphQL request back while the demo dataset is still loading in the
 * background. Mutations wait so that a seed MERGE cannot overwrite an edit made a moment
 * earlier, nor add a FEEDS link past the cycle check of a concurrent write; queries wait
 * so that nobody is shown a half-loaded directory (the three hubs, and no company yet) as
 * if it were the data.
 */
class RequestsWaitForDemoData implements WebGraphQlInterceptor, Ordered {

	private final CompletableFuture<Void> loaded;

	private final Duration longestWait;

	RequestsWaitForDemoData(CompletableFuture<Void> loaded, Duration longestWait) {
		// A failed load must not hold requests for ever; readiness reports it.
		this.loaded = loaded.exceptionally((ex) -> null);
		this.longestWait = longestWait;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return after(Mono.defer(() -> chain.next(request)));
	}

	/**
	 * Outside every other interceptor: the request's time limit starts once it may run.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	<T> Mono<T> after(Mono<T> next) {
		if (this.loaded.isDone()) {
			return next;
		}
		return Mono.fromFuture(this.loaded, true).timeout(this.longestWait, Mono.empty()).then(next);
	}

}
