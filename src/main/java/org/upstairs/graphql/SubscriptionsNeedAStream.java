package org.upstairs.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * A subscription needs a stream: graphql-transport-ws over WebSocket, or Server-Sent
 * Events ({@code Accept: text/event-stream}). Sent as a plain JSON POST it would answer
 * with the server's internal publisher written out as JSON; it gets a BAD_REQUEST
 * instead, and the subscription is never started.
 */
@Component
class SubscriptionsNeedAStream implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest || request.getHeaders()
			.getAccept()
			.stream()
			.anyMatch((type) -> type.isCompatibleWith(MediaType.TEXT_EVENT_STREAM) && !type.isWildcardType())) {
			return chain.next(request);
		}
		return chain.next(request).map((response) -> {
			if (!(response.getExecutionResult().getData() instanceof Publisher<?>)) {
				return response;
			}
			return response.transform((builder) -> builder.data(null)
				.errors(List.of(GraphqlErrorBuilder.newError()
					.errorType(ErrorType.BAD_REQUEST)
					.message("subscription: subscriptions run over WebSocket (graphql-transport-ws) or "
							+ "Server-Sent Events (Accept: text/event-stream) on /graphql, not a plain POST")
					.extensions(Map.of("field", "subscription"))
					.build())));
		});
	}

}
