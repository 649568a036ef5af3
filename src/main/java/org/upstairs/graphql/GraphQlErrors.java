package org.upstairs.graphql;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the service's exceptions into GraphQL errors with a classification and the field
 * at fault. Anything unexpected becomes INTERNAL_ERROR with a neutral message: no stack
 * trace, class name or Cypher ever reaches a client.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	/** Too busy to start the work in time; asking again later may succeed. */
	static final ErrorClassification UNAVAILABLE = ErrorClassification.errorClassification("UNAVAILABLE");

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof InvalidInputException invalid) {
			return error(env, ErrorType.BAD_REQUEST, invalid.getMessage(), invalid.getField());
		}
		if (ex instanceof AccessDeniedException denied) {
			return error(env, denied.isSignedIn() ? ErrorType.FORBIDDEN : ErrorType.UNAUTHORIZED, denied.getMessage(),
					denied.getField());
		}
		if (ex instanceof NotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, notFound.getMessage(), notFound.getField());
		}
		if (ex instanceof ServiceBusyException busy) {
			return error(env, UNAVAILABLE, busy.getMessage(), busy.getField());
		}
		log.error("Unexpected failure in {}", env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Internal error; the request changed nothing. Reference: " + env.getExecutionId())
			.build();
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
			String field) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(type)
			.message(field + ": " + message)
			.extensions(Map.of("field", field))
			.build();
	}

}
