package org.upstairs.graphql;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * The same classification as {@link GraphQlErrors}, for errors that end a subscription's
 * stream.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(SubscriptionErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof AccessDeniedException denied) {
			return error(denied.isSignedIn() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED, denied.getMessage(),
					denied.getField());
		}
		if (ex instanceof InvalidInputException invalid) {
			return error(ErrorType.BAD_REQUEST, invalid.getMessage(), invalid.getField());
		}
		if (ex instanceof NotFoundException notFound) {
			return error(ErrorType.NOT_FOUND, notFound.getMessage(), notFound.getField());
		}
		log.error("Subscription failed", ex);
		return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR).message("Internal error").build();
	}

	private static GraphQLError error(ErrorType type, String message, String field) {
		return GraphqlErrorBuilder.newError()
			.errorType(type)
			.message(field + ": " + message)
			.extensions(Map.of("field", field))
			.build();
	}

}
