package org.upstairs.company;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyQueriesTests extends IntegrationTest {

	@org.springframework.beans.factory.annotation.Autowired
	private Companies companies;

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void companyWithEveryNestedField() {
		GraphQlTester.Response response = graphQl().document("""
				{ company(id: "gamma-models") {
				    id name kind stage archived updatedAt
				    location { floor unit building { id floors basements hub { id } } }
				    offers { id layer }
				    needs { capability { id } priority note }
				    targets { id }
				    partners { company { id } since }
				} }""").execute();

		response.path("company.kind").entity(String.class).isEqualTo("STARTUP");
		response.path("company.stage").entity(String.class).isEqualTo("SERIES_B");
		response.path("company.updatedAt").entity(String.class).isEqualTo("2026-01-01T00:00:00.000Z");
		response.path("company.location.floor").entity(Integer.class).isEqualTo(5);
		response.path("company.location.building.id").entity(String.class).isEqualTo("tower-a");
		response.path("company.location.building.basements").entity(Integer.class).isEqualTo(1);
		response.path("company.location.building.hub.id").entity(String.class).isEqualTo("test-hub");
		// Along the chain: both are MODEL, then by name.
		response.path("company.offers[*].id").entityList(String.class).containsExactly("base-model", "training");
		// Most urgent need first.
		response.path("company.needs[*].capability.id").entityList(String.class).containsExactly("gpu", "corpus");
		response.path("company.needs[0].note").entity(String.class).isEqualTo("H100 class, 2,000 GPU hours a month");
		response.path("company.targets").entityList(Object.class).hasSize(0);
		// The partnership is stored from alpha to gamma and read from gamma's side too.
		response.path("company.partners[0].company.id").entity(String.class).isEqualTo("alpha-compute");
		response.path("company.partners[0].since").entity(String.class).isEqualTo("2024-05-01");
	}

	@Test
	void unknownCompanyIsNullAndArchivedOneIsMarked() {
		graphQl().document("{ company(id: \"nobody\") { id } }").execute().path("company").valueIsNull();
		graphQl().document("{ company(id: \"theta-archived\") { archived } }")
			.execute()
			.path("company.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

	@Test
	void companiesPagesThroughEveryActiveCompanyByName() {
		List<String> seen = new java.util.ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			GraphQlTester.Response response = graphQl()
				.document("query($after: String) { companies(first: 3, after: $after) { totalCount "
						+ "edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }")
				.variable("after", after)
				.execute();
			response.path("companies.totalCount").entity(Integer.class).isEqualTo(7);
			seen.addAll(response.path("companies.edges[*].node.id").entityList(String.class).get());
			boolean hasNext = response.path("companies.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = hasNext ? response.path("companies.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactly("alpha-compute", "beta-data", "delta-apps", "epsilon-tuning", "eta-capital",
				"gamma-models", "zeta-market");
	}

	@Test
	void aCursorStaysCorrectWhenCompaniesAreAddedBeforeIt() {
		GraphQlTester.Response first = graphQl()
			.document("{ companies(first: 2) { edges { node { id } } pageInfo { endCursor } } }")
			.execute();
		first.path("companies.edges[*].node.id").entityList(String.class).containsExactly("alpha-compute", "beta-data");
		String cursor = first.path("companies.pageInfo.endCursor").entity(String.class).get();

		this.driver.executableQuery("""
				CREATE (:Company {id: 'aaa-new', name: 'AAA New', kind: 'STARTUP', archived: false,
				                  updatedAt: datetime()})""").execute();

		graphQl().document("query($after: String) { companies(first: 2, after: $after) { edges { node { id } } } }")
			.variable("after", cursor)
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("delta-apps", "epsilon-tuning");
	}

	@Test
	void orderByNameDescending() {
		graphQl().document("{ companies(first: 3, orderBy: {field: NAME, direction: DESC}) { edges { node { id } } } }")
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("zeta-market", "gamma-models", "eta-capital");
	}

	@Test
	void everyFilter() {
		assertThat(ids("{hubId: \"test-hub\"}")).containsExactly("alpha-compute", "beta-data", "delta-apps",
				"epsilon-tuning", "gamma-models");
		assertThat(ids("{buildingId: \"tower-a\", minFloor: 4, maxFloor: 8}")).containsExactly("alpha-compute",
				"epsilon-tuning", "gamma-models");
		assertThat(ids("{offersLayer: MODEL}")).containsExactly("gamma-models");
		assertThat(ids("{kind: INVESTOR}")).containsExactly("eta-capital");
		assertThat(ids("{offersCapabilityId: \"gpu\"}")).containsExactly("alpha-compute");
		assertThat(ids("{needsCapabilityId: \"gpu\"}")).containsExactly("beta-data", "gamma-models");
		assertThat(ids("{targetsScenarioId: \"customer-service\"}")).containsExactly("delta-apps", "zeta-market");
		assertThat(ids("{hubId: \"test-hub\", needsCapabilityId: \"gpu\", maxFloor: 4}")).containsExactly("beta-data");
	}

	@Test
	void pageSizeAndCursorAreChecked() {
		for (int first : new int[] { 0, 101, -1 }) {
			graphQl().document("query($first: Int) { companies(first: $first) { totalCount } }")
				.variable("first", first)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("field", "first");
				}));
		}
		graphQl().document("{ companies(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "after")));
	}

	@Test
	void forgedCursorsAreBadRequestsNamingAfter() {
		List<String> forged = List.of("{\"o\":\"NAME_ASC\",\"k\":[1,2]}", "{\"o\":\"NAME_ASC\",\"k\":[\"a\"]}",
				"{\"o\":\"NAME_ASC\",\"k\":[\"a\",\"b\",\"c\"]}", "{\"o\":\"NAME_ASC\",\"k\":[{\"x\":1},\"a\"]}",
				"{\"o\":\"NAME_ASC\",\"k\":[null,\"a\"]}", "{\"o\":\"NAME_ASC\"}", "null", "[]", "\"text\"",
				"{\"o\":\"UPDATED_AT_ASC\",\"k\":[\"yesterday\",\"alpha-compute\"]}",
				"{\"o\":\"NAME_DESC\",\"k\":[\"a\",\"b\"]}");
		for (String body : forged) {
			String cursor = Base64.getUrlEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
			graphQl().document("query($after: String) { companies(after: $after) { totalCount } }")
				.variable("after", cursor)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(body).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("field", "after");
				}));
		}
		String floorless = Base64.getUrlEncoder()
			.encodeToString("{\"o\":\"BUILDING\",\"k\":[\"three\",\"a\",\"b\"]}".getBytes(StandardCharsets.UTF_8));
		graphQl()
			.document("query($after: String) { building(id: \"tower-a\") { companies(after: $after) { totalCount } } }")
			.variable("after", floorless)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
	}

	@Test
	void pagingByUpdatedAtVisitsEveryCompanyOnce() {
		for (String direction : List.of("ASC", "DESC")) {
			List<String> seen = new java.util.ArrayList<>();
			String after = null;
			do {
				GraphQlTester.Response response = graphQl()
					.document("query($after: String) { companies(first: 2, after: $after, orderBy: {field: UPDATED_AT, "
							+ "direction: " + direction
							+ "}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
					.variable("after", after)
					.execute();
				seen.addAll(response.path("companies.edges[*].node.id").entityList(String.class).get());
				after = response.path("companies.pageInfo.hasNextPage").entity(Boolean.class).get()
						? response.path("companies.pageInfo.endCursor").entity(String.class).get() : null;
			}
			while (after != null);
			assertThat(seen).as(direction).hasSize(7).doesNotHaveDuplicates();
		}
	}

	@Test
	void pagingByNameEitherWayVisitsEveryCompanyOnceAcrossEqualNames() {
		// Same name as beta-data: the keyset must go on by id across a page boundary.
		this.driver.executableQuery("""
				MATCH (original:Company {id: 'beta-data'})
				CREATE (:Company {id: 'beta-data-2', name: original.name, kind: 'STARTUP', archived: false,
				                  createdAt: datetime(), updatedAt: datetime()})""").execute();
		List<String> ascending = List.of("alpha-compute", "beta-data", "beta-data-2", "delta-apps", "epsilon-tuning",
				"eta-capital", "gamma-models", "zeta-market");
		for (String direction : List.of("ASC", "DESC")) {
			List<String> seen = new java.util.ArrayList<>();
			String after = null;
			do {
				GraphQlTester.Response response = graphQl()
					.document("query($after: String) { companies(first: 2, after: $after, orderBy: {field: NAME, "
							+ "direction: " + direction
							+ "}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
					.variable("after", after)
					.execute();
				seen.addAll(response.path("companies.edges[*].node.id").entityList(String.class).get());
				after = response.path("companies.pageInfo.hasNextPage").entity(Boolean.class).get()
						? response.path("companies.pageInfo.endCursor").entity(String.class).get() : null;
			}
			while (after != null);
			List<String> expected = new java.util.ArrayList<>(ascending);
			if (direction.equals("DESC")) {
				java.util.Collections.reverse(expected);
			}
			assertThat(seen).as(direction).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void anUnfilteredPageIsReadInOrderFromTheNameIndex() {
		for (CompanyOrdering ordering : List.of(CompanyOrdering.NAME_ASC, CompanyOrdering.NAME_DESC)) {
			for (boolean afterCursor : List.of(false, true)) {
				Map<String, Object> parameters = CompanyPageStatement.parameters(afterCursor ? "M" : null,
						afterCursor ? "m" : null, 20);
				List<String> operators = new java.util.ArrayList<>();
				collect(this.driver
					.executableQuery("EXPLAIN " + this.companies.pageStatement(null, ordering, afterCursor))
					.withParameters(parameters)
					.execute()
					.summary()
					.plan(), operators);
				// A page of 20 reads about 21 index entries instead of sorting every
				// company.
				assertThat(operators).as(ordering + " after " + afterCursor)
					.anyMatch((operator) -> operator.startsWith("NodeIndex"))
					.anyMatch((operator) -> operator.startsWith("PartialTop"))
					.noneMatch((operator) -> operator.startsWith("NodeByLabelScan"));
			}
		}
	}

	private static void collect(org.neo4j.driver.summary.Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach((child) -> collect(child, operators));
	}

	private List<String> ids(String filter) {
		return graphQl().document("{ companies(first: 100, filter: " + filter + ") { edges { node { id } } } }")
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
