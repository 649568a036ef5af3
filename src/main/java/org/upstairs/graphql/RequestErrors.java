package org.upstairs.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Classifies the errors GraphQL Java reports before anything runs (a document that does
 * not parse or validate, a variable or argument of the wrong type, an unknown enum value)
 * as BAD_REQUEST, naming the argument or variable where the message tells it, so that
 * clients see one classification for every kind of bad input. Requests refused by
 * {@link RequestLimits} become BAD_REQUEST too; introspection where the {@code prod}
 * profile turned it off is FORBIDDEN.
 */
@Component
class RequestErrors implements WebGraphQlInterceptor {

	private static final Pattern ARGUMENT = Pattern.compile("argument '([^']+)'");

	private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors()
				.stream()
				.noneMatch((error) -> isRequestError(error) || isIntrospectionDisabled(error))) {
				return response;
			}
			List<GraphQLError> errors = response.getErrors().stream().map(RequestErrors::classify).toList();
			return response.transform((builder) -> builder.errors(errors));
		});
	}

	private static boolean isRequestError(ResponseError error) {
		ErrorClassification type = error.getErrorType();
		return type == graphql.ErrorType.ValidationError || type == graphql.ErrorType.InvalidSyntax
				|| RequestLimitExceeded.isLimitError(error);
	}

	private static boolean isIntrospectionDisabled(ResponseError error) {
		return "IntrospectionDisabled".equals(String.valueOf(error.getErrorType()));
	}

	private static GraphQLError classify(ResponseError error) {
		if (isIntrospectionDisabled(error)) {
			// A policy of this server (the prod profile), not a mistake in the request.
			return GraphqlErrorBuilder.newError()
				.message("Introspection is off on this server; the schema is published as graphql-schema/*.graphqls.")
				.locations(error.getLocations())
				.errorType(ErrorType.FORBIDDEN)
				.build();
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(error.getMessage())
			.locations(error.getLocations())
			.errorType(isRequestError(error) ? ErrorType.BAD_REQUEST : error.getErrorType());
		if (!error.getParsedPath().isEmpty()) {
			builder.path(error.getParsedPath());
		}
		Map<String, Object> extensions = new HashMap<>(error.getExtensions());
		if (isRequestError(error)) {
			String field = field(error.getMessage());
			if (field != null) {
				extensions.put("field", field);
			}
		}
		return builder.extensions(extensions).build();
	}

	private static String field(String message) {
		if (message == null) {
			return null;
		}
		Matcher argument = ARGUMENT.matcher(message);
		if (argument.find()) {
			return argument.group(1);
		}
		Matcher variable = VARIABLE.matcher(message);
		return variable.find() ? variable.group(1) : null;
	}

}
