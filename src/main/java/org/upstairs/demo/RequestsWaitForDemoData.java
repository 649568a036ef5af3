package org.upstairs.demo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Holds mutations back while the demo dataset is still loading in the background, so that
 * a seed MERGE cannot overwrite an edit made a moment earlier, nor add a FEEDS link past
 * the cycle check of a concurrent write. Queries are answered at once: the hubs come
 * first in the seed, and the first answer should not wait for the last company.
 */
class WritesWaitForDemoData implements WebGraphQlInterceptor {

	private final CompletableFuture<Void> loaded;

	private final Duration longestWait;

	WritesWaitForDemoData(CompletableFuture<Void> loaded, Duration longestWait) {
		// A failed load must not hold writes for ever; readiness reports it.
		this.loaded = loaded.exceptionally((ex) -> null);
		this.longestWait = longestWait;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return after(request.getDocument(), request.getOperationName(), Mono.defer(() -> chain.next(request)));
	}

	<T> Mono<T> after(String document, String operationName, Mono<T> next) {
		if (this.loaded.isDone() || !isMutation(document, operationName)) {
			return next;
		}
		return Mono.fromFuture(this.loaded, true).timeout(this.longestWait, Mono.empty()).then(next);
	}

	private static boolean isMutation(String document, String operationName) {
		Document parsed;
		try {
			parsed = Parser.parse(document);
		}
		catch (InvalidSyntaxException ex) {
			return false; // refused later with a proper error
		}
		return parsed.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.anyMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
	}

}
