package org.upstairs.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits on one request with their default values: depth 12, complexity 20,000 where
 * a list costs its page size and a matching query 1,000, pages of at most 100 and search
 * text of at most 200 characters. A refused request is a BAD_REQUEST naming the limit,
 * fetches nothing and changes nothing.
 */
class RequestLimitsTests extends IntegrationTest {

	@Autowired
	private ParsedDocumentCache parsedDocuments;

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void aQueryNestedTwelveDeepIsAnsweredAndThirteenIsRefused() {
		// Twelve levels of fields from company to the buildings' ids, then one more; the
		// lists in it are short, so only the depth can refuse it.
		String twelve = """
				{ company(id: "alpha-compute") { location { building { hub { companies(first: 1) { edges { node {
				    location { building { hub { buildings { id } } } } } } } } } } } }""";
		graphQl().document(twelve)
			.execute()
			.errors()
			.verify()
			.path("company.location.building.hub.companies.edges[0].node.location.building.hub.buildings[*].id")
			.entityList(String.class)
			.contains("tower-a");

		String thirteen = twelve.replace("buildings { id }", "buildings { hub { id } }");
		ResponseError refusal = refusal(graphQl().document(thirteen).execute());
		assertThat(refusal.getExtensions()).containsEntry("limit", "maxDepth")
			.containsEntry("max", 12)
			.containsEntry("actual", 13);
	}

	@Test
	void aDocumentSentAgainIsParsedOnceButLimitedForEachRequestWithItsVariables() {
		String nested = """
				query Nested($size: Int) { companies(first: $size) { edges { node { offers {
				    providers(first: $size) { edges { node { name } } } } } } } }""";
		int cached = this.parsedDocuments.size();
		graphQl().document(nested).variable("size", 2).execute().errors().verify();
		assertThat(this.parsedDocuments.size()).isEqualTo(cached + 1);

		ResponseError refusal = refusal(graphQl().document(nested).variable("size", 100).execute());
		assertThat(refusal.getExtensions()).containsEntry("limit", "maxComplexity");
		graphQl().document(nested).variable("size", 2).execute().errors().verify();
		assertThat(this.parsedDocuments.size()).isEqualTo(cached + 1);

		// A document that fails validation is not kept, and fails the same way each time.
		String invalid = "{ companies(first: 2) { edges { node { noSuchField } } } }";
		for (int attempt = 0; attempt < 2; attempt++) {
			graphQl().document(invalid)
				.execute()
				.errors()
				.expect((error) -> error.getMessage().contains("noSuchField"))
				.verify();
		}
		assertThat(this.parsedDocuments.size()).isEqualTo(cached + 1);
	}

	@Test
	void anAliasBombIsRefusedThoughEachAliasAloneIsAnswered() {
		String page = "companies(first: 100) { edges { node { name offers { name } } } }";
		graphQl().document("{ " + page + " }").execute().errors().verify();

		String bomb = IntStream.range(0, 20)
			.mapToObj((i) -> "a" + i + ": " + page)
			.collect(Collectors.joining(" ", "{ ", " }"));
		ResponseError refusal = refusal(graphQl().document(bomb).execute());
		assertThat(refusal.getExtensions()).containsEntry("limit", "maxComplexity").containsEntry("max", 20_000);
		// Each page: 100 × (companies 1 + edges 1 + node 1 + name 1 + 5 offers × 2).
		assertThat((Integer) refusal.getExtensions().get("actual")).isEqualTo(20 * 1400);
	}

	@Test
	void threeHundredAliasesOfAMatchingQueryAreRefusedBeforeOneRuns() {
		String gaps = "chainGaps(hubId: \"test-hub\") { capability { id } demand }";
		graphQl().document("{ " + gaps + " }").execute().errors().verify();

		String bomb = IntStream.range(0, 300)
			.mapToObj((i) -> "g" + i + ": " + gaps)
			.collect(Collectors.joining(" ", "{ ", " }"));
		this.statements.reset();
		long start = System.nanoTime();
		ResponseError refusal = refusal(graphQl().document(bomb).execute());
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(refusal.getExtensions()).containsEntry("limit", "maxComplexity");
		// Each: 1,000 for the matching query, plus 5 assumed gaps × (1 + capability 2 +
		// demand 1).
		assertThat((Integer) refusal.getExtensions().get("actual")).isEqualTo(300 * 1020);
		assertThat(this.statements.statements()).noneMatch((statement) -> statement.contains("$hubId"));
		assertThat(millis).as("refused after %d ms", millis).isLessThan(5_000);
	}

	@Test
	void nestedPagesMultiplyTheirSizesAndAreRefused() {
		String nested = """
				{ companies(first: 100) { edges { node { offers {
				    providers(first: 100) { edges { node { name } } } } } } } }""";
		ResponseError refusal = refusal(graphQl().document(nested).execute());
		assertThat(refusal.getExtensions()).containsEntry("limit", "maxComplexity");
		assertThat((Integer) refusal.getExtensions().get("actual")).isGreaterThan(100 * 100);
	}

	@Test
	void aPageSizeLeftOutCountsItsDefault() {
		// Three nested `providers` pages of the default 20 with the capabilities they
		// offer
		// in between: about 20 × 5 × 20 × 5 × 20 items though no page size is named. The
		// same shape with pages of one is answered.
		String nested = "{ capability(id: \"gpu\") { providers%s { edges { node { offers { providers%s "
				+ "{ edges { node { offers { providers%s { totalCount } } } } } } } } } } }";
		graphQl().document(nested.formatted("(first: 1)", "(first: 1)", "(first: 1)")).execute().errors().verify();

		ResponseError refusal = refusal(graphQl().document(nested.formatted("", "", "")).execute());
		assertThat(refusal.getExtensions()).containsEntry("limit", "maxComplexity");
		assertThat((Integer) refusal.getExtensions().get("actual")).isGreaterThan(20 * 5 * 20 * 5 * 20);
	}

	@Test
	void aFullPageOfCompaniesWithEverythingAFrontendShowsIsWithinTheLimit() {
		graphQl().document("""
				{ companies(first: 100) { totalCount edges { cursor node {
				    id name nameZh kind stage description foundedYear headcount website updatedAt
				    offers { id name nameZh layer } needs { capability { id name } priority note }
				    targets { id name sector } partners { company { id name } since }
				    location { floor unit building { id name hub { id name } } }
				} } pageInfo { hasNextPage endCursor } } }""").execute().errors().verify();
	}

	@Test
	void anOversizedPageAndOverlongSearchTextAreRefusedNamingTheArgument() {
		ResponseError page = refusal(graphQl().document("{ companies(first: 101) { totalCount } }").execute());
		assertThat(page.getExtensions()).containsEntry("field", "first");

		ResponseError search = refusal(graphQl().document("query($text: String!) { search(text: $text) { kind } }")
			.variable("text", "算".repeat(201))
			.execute());
		assertThat(search.getExtensions()).containsEntry("field", "text");
	}

	@Test
	void aDocumentOfMoreThan15000TokensIsRefusedUnread() {
		ResponseError refusal = refusal(graphQl().document("{ hubs { " + "id ".repeat(16_000) + "} }").execute());
		assertThat(refusal.getMessage()).contains("15,000");
	}

	@Test
	void aRefusedMutationChangesNothing() {
		List<String> before = graphSnapshot();
		String selection = "company { id " + IntStream.range(0, 3)
			.mapToObj((i) -> "p" + i
					+ ": offers { providers(first: 100) { edges { node { offers { providers(first: 100) { totalCount } } } } } }")
			.collect(Collectors.joining(" ")) + " }";
		ResponseError refusal = refusal(graphQl()
			.document("mutation { upsertCompany(input: {id: \"limits-co\", name: \"Limits\", kind: STARTUP}) { "
					+ selection + " } }")
			.execute());
		assertThat(refusal.getExtensions()).containsEntry("limit", "maxComplexity");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void introspectionForGraphiQlIsNotCountedAgainstTheDepthLimit() {
		graphQl().document("""
				{ __schema { types { name fields { name type { name ofType { name ofType { name
				    ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } } }""")
			.execute()
			.errors()
			.verify()
			.path("__schema.types")
			.entityList(Object.class)
			.hasSizeGreaterThan(10);
	}

	/** The one error of a refused request, after checking it fetched nothing. */
	private static ResponseError refusal(GraphQlTester.Response response) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		ResponseError error = errors.get(0);
		assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
		assertThat(error.getMessage()).doesNotContain("Exception", "graphql.", "org.upstairs", "MATCH");
		return error;
	}

}
