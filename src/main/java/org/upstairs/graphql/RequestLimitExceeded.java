package org.upstairs.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request refused before it ran, or cancelled while running, because it asked for more
 * than {@link RequestLimits} allow. GraphQL Java reports it as ExecutionAborted;
 * {@link RequestErrors} turns that into BAD_REQUEST. The extensions name the limit, its
 * value and, where known, what the request asked for.
 */
class RequestLimitExceeded extends AbortExecutionException {

	private final Map<String, Object> extensions;

	RequestLimitExceeded(String limit, String message, long max, Long actual) {
		super(message);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("limit", limit);
		details.put("max", max);
		if (actual != null) {
			details.put("actual", actual);
		}
		this.extensions = Map.copyOf(details);
	}

	@Override
	public Map<String, Object> getExtensions() {
		return this.extensions;
	}

	/**
	 * The same refusal as a BAD_REQUEST error, for answers built outside GraphQL Java.
	 */
	GraphQLError toBadRequest() {
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(getMessage())
			.extensions(this.extensions)
			.build();
	}

	/** True for an error this class produced. */
	static boolean isLimitError(org.springframework.graphql.ResponseError error) {
		return error.getErrorType() == graphql.ErrorType.ExecutionAborted && error.getExtensions().containsKey("limit");
	}

}
