package org.upstairs.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The depth and complexity limits, as GraphQL Java instrumentations (Spring Boot hands
 * every instrumentation bean to the engine). Both run after validation and before any
 * field is fetched, so a refused request touches no data.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	@Bean
	Instrumentation requestLimits(RequestLimits limits) {
		return new OperationLevelOnly(
				List.of(new QueryDepthLimit(limits.maxDepth()), new QueryComplexityLimit(limits)));
	}

	/**
	 * The cost of a field: one, plus what it selects, times how many items it may return.
	 * That is its {@code first} (its default counts when the client leaves it out), at
	 * most {@link PageRequest#MAX_PAGE_SIZE}: a larger one is refused by the field itself
	 * with a clearer message. A list without {@code first} counts as
	 * {@code assumedListSize} items, except a connection's {@code edges}, which its
	 * parent's {@code first} already counted. A matching field ({@code @matching} in the
	 * schema) costs {@link RequestLimits#matchingCost()} more, once however many items it
	 * returns. Introspection fields cost nothing.
	 * @param field the field
	 * @param childComplexity the cost of what it selects
	 * @param limits what a list without a page size counts as, what matching costs
	 * @return the cost, saturating instead of overflowing
	 */
	static int fieldCost(FieldComplexityEnvironment field, int childComplexity, RequestLimits limits) {
		if (field.getField().getName().startsWith("__")) {
			return 0;
		}
		long cost = 1L + childComplexity;
		if (field.getArguments().get("first") instanceof Integer first && first > 0) {
			cost *= Math.min(first, PageRequest.MAX_PAGE_SIZE);
		}
		else if (GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList
				&& !isConnectionEdges(field)) {
			cost *= limits.assumedListSize();
		}
		if (field.getFieldDefinition().getAppliedDirective("matching") != null) {
			cost += limits.matchingCost();
		}
		return (int) Math.min(cost, Integer.MAX_VALUE);
	}

	private static boolean isConnectionEdges(FieldComplexityEnvironment field) {
		FieldComplexityEnvironment parent = field.getParentEnvironment();
		return field.getField().getName().equals("edges") && parent != null
				&& parent.getArguments().get("first") instanceof Integer;
	}

	/**
	 * True when an operation asks only for {@code __schema}, {@code __type} or
	 * {@code __typename}.
	 */
	static boolean isIntrospectionOnly(OperationDefinition operation) {
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	/**
	 * Instrumentations that only look at the whole operation, kept out of the per-field
	 * calls: GraphQL Java calls every instrumentation for every field it resolves (a page
	 * of 50 companies with their offers and needs has thousands) and chains what they
	 * return, so two that do nothing there cost on each field. A null context is dropped
	 * from the chain.
	 */
	private static final class OperationLevelOnly extends ChainedInstrumentation {

		OperationLevelOnly(List<Instrumentation> instrumentations) {
			super(instrumentations);
		}

		@Override
		public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return null;
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(
				InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
			return null;
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return null;
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return null;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return null;
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(
				InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
			return null;
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return dataFetcher;
		}

	}

	private static final class QueryDepthLimit extends MaxQueryDepthInstrumentation {

		private final int maxDepth;

		QueryDepthLimit(int maxDepth) {
			super(maxDepth);
			this.maxDepth = maxDepth;
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			// A GraphiQL schema fetch nests type references deeper than any data query
			// needs; GraphQL Java's good-faith introspection check bounds it instead.
			if (isIntrospectionOnly(parameters.getExecutionContext().getOperationDefinition())) {
				return SimpleInstrumentationContext.noOp();
			}
			return super.beginExecuteOperation(parameters, state);
		}

		@Override
		protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
			return new RequestLimitExceeded("maxDepth", "The query nests " + depth + " fields deep; at most "
					+ this.maxDepth + " are allowed. Ask for less at once, or in two requests.", maxDepth,
					(long) depth);
		}

	}

	private static final class QueryComplexityLimit extends MaxQueryComplexityInstrumentation {

		private final int matchingCost;

		QueryComplexityLimit(RequestLimits limits) {
			super(limits.maxComplexity(),
					(FieldComplexityCalculator) (field, childComplexity) -> fieldCost(field, childComplexity, limits));
			this.matchingCost = limits.matchingCost();
		}

		@Override
		protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
			return new RequestLimitExceeded("maxComplexity",
					"The query asks for about " + complexity
							+ " fields (each list counts as its page size times what it selects, "
							+ "each alias counts again, a matching query " + this.matchingCost + " more); at most "
							+ maxComplexity + " are allowed. Ask for smaller pages or fewer aliases.",
					maxComplexity, (long) complexity);
		}

	}

}
