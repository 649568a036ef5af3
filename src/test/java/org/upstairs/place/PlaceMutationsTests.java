package org.upstairs.place;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hubs and buildings created and changed by staff through GraphQL, with the rules the
 * import applies: refusals name the field and change nothing.
 */
class PlaceMutationsTests extends IntegrationTest {

	private static final String NEW_HUB = """
			mutation { upsertHub(input: {id: "lingang-hub", name: "Lingang AI Hub", nameZh: "临港人工智能中心",
			  district: "Pudong", description: "By the sea."}) { hub { id name nameZh district description } } }""";

	private static final String NEW_BUILDING = """
			mutation { upsertBuilding(input: {id: "lingang-tower", hubId: "lingang-hub", name: "Lingang Tower",
			  nameZh: "临港大厦", floors: 12, basements: 2}) {
			  building { id name nameZh floors basements hub { id } } } }""";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void staffCreateAHubAndABuildingAndReadTheirChineseNames() {
		graphQl().document(NEW_HUB)
			.execute()
			.path("upsertHub.hub.nameZh")
			.entity(String.class)
			.isEqualTo("临港人工智能中心")
			.path("upsertHub.hub.description")
			.entity(String.class)
			.isEqualTo("By the sea.");
		graphQl().document(NEW_BUILDING)
			.execute()
			.path("upsertBuilding.building.hub.id")
			.entity(String.class)
			.isEqualTo("lingang-hub")
			.path("upsertBuilding.building.floors")
			.entity(Integer.class)
			.isEqualTo(12);

		graphQlAs(ADMIN).document("""
				{ hub(id: "lingang-hub") { nameZh district description buildings { id nameZh basements } } }""")
			.execute()
			.path("hub.nameZh")
			.entity(String.class)
			.isEqualTo("临港人工智能中心")
			.path("hub.buildings[*].nameZh")
			.entityList(String.class)
			.containsExactly("临港大厦");
		anonymousGraphQl().document("{ building(id: \"lingang-tower\") { nameZh hub { nameZh } } }")
			.execute()
			.path("building.nameZh")
			.entity(String.class)
			.isEqualTo("临港大厦")
			.path("building.hub.nameZh")
			.entity(String.class)
			.isEqualTo("临港人工智能中心");

		List<String> created = graphSnapshot();
		graphQl().document(NEW_HUB).execute().errors().verify();
		graphQl().document(NEW_BUILDING).execute().errors().verify();
		assertThat(graphSnapshot()).as("repeating an upsert changes nothing").isEqualTo(created);
	}

	@Test
	void anUpdateChangesOnlyTheFieldsGivenAndNullRemovesAnOptionalOne() {
		graphQl().document("""
				mutation { upsertBuilding(input: {id: "tower-a", floors: 12, nameZh: null}) {
				  building { name nameZh floors basements hub { id } } } }""")
			.execute()
			.path("upsertBuilding.building.name")
			.entity(String.class)
			.isEqualTo("Tower A")
			.path("upsertBuilding.building.nameZh")
			.valueIsNull()
			.path("upsertBuilding.building.floors")
			.entity(Integer.class)
			.isEqualTo(12)
			.path("upsertBuilding.building.basements")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("upsertBuilding.building.hub.id")
			.entity(String.class)
			.isEqualTo("test-hub");
		graphQl().document("""
				mutation { upsertHub(input: {id: "test-hub", description: "Now described."}) {
				  hub { name nameZh district description } } }""")
			.execute()
			.path("upsertHub.hub.nameZh")
			.entity(String.class)
			.isEqualTo("测试中心")
			.path("upsertHub.hub.description")
			.entity(String.class)
			.isEqualTo("Now described.");
	}

	@Test
	void aBuildingMovesToAnotherHubWithItsCompanies() {
		graphQl().document("""
				mutation { upsertBuilding(input: {id: "tower-b", hubId: "other-hub"}) { building { hub { id } } } }""")
			.execute()
			.path("upsertBuilding.building.hub.id")
			.entity(String.class)
			.isEqualTo("other-hub");
		graphQl().document("{ hub(id: \"other-hub\") { buildings { id } companies { edges { node { id } } } } }")
			.execute()
			.path("hub.buildings[*].id")
			.entityList(String.class)
			.containsExactly("annex", "tower-b")
			.path("hub.companies.edges[*].node.id")
			.entityList(String.class)
			.contains("delta-apps");
		assertThat(count("MATCH (h:Hub)-[r:HAS_BUILDING]->(:Building {id: 'tower-b'}) RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void foundersAreForbiddenAndAnonymousCallersUnauthorized() {
		List<String> before = graphSnapshot();
		for (String document : List.of(NEW_HUB, NEW_BUILDING,
				"mutation { upsertBuilding(input: {id: \"tower-b\", floors: 9}) { building { id } } }",
				"mutation { removeBuilding(input: {id: \"annex\"}) { removed } }")) {
			graphQlAs(FOUNDER_ALPHA).document(document)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).hasToString("FORBIDDEN")));
			anonymousGraphQl().document(document)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType()).hasToString("UNAUTHORIZED")));
		}
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void badFieldsAreRefusedNamingTheFieldAndChangeNothing() {
		List<String> before = graphSnapshot();
		refused("""
				mutation { upsertBuilding(input: {id: "new-tower", hubId: "test-hub", name: "New", floors: 0,
				  basements: 0}) { building { id } } }""", "BAD_REQUEST", "input.floors", "between 1 and 200, was 0");
		refused("""
				mutation { upsertBuilding(input: {id: "tower-a", floors: 201}) { building { id } } }""", "BAD_REQUEST",
				"input.floors", "between 1 and 200");
		refused("""
				mutation { upsertBuilding(input: {id: "tower-a", basements: 21}) { building { id } } }""",
				"BAD_REQUEST", "input.basements", "between 0 and 20");
		refused("""
				mutation { upsertBuilding(input: {id: "new-tower", hubId: "test-hub", name: "New", floors: 3}) {
				  building { id } } }""", "BAD_REQUEST", "input.basements", "is required for a new building");
		refused("""
				mutation { upsertBuilding(input: {id: "new-tower", name: "New", floors: 3, basements: 0}) {
				  building { id } } }""", "BAD_REQUEST", "input.hubId", "is required for a new building");
		refused("""
				mutation { upsertBuilding(input: {id: "new-tower", hubId: "no-such-hub", name: "New", floors: 3,
				  basements: 0}) { building { id } } }""", "NOT_FOUND", "input.hubId", "no-such-hub");
		refused("""
				mutation { upsertBuilding(input: {id: "tower-a", hubId: null}) { building { id } } }""", "BAD_REQUEST",
				"input.hubId", "cannot be removed");
		refused("""
				mutation { upsertBuilding(input: {id: "Tower A", name: "x"}) { building { id } } }""", "BAD_REQUEST",
				"input.id", "lower-case letters");
		refused("""
				mutation { upsertHub(input: {id: "new-hub", name: "New hub"}) { hub { id } } }""", "BAD_REQUEST",
				"input.district", "is required for a new hub");
		refused("""
				mutation { upsertHub(input: {id: "test-hub", name: "   "}) { hub { id } } }""", "BAD_REQUEST",
				"input.name", "must not be blank");
		refused("""
				mutation { upsertHub(input: {id: "test-hub", district: null}) { hub { id } } }""", "BAD_REQUEST",
				"input.district", "cannot be removed");
		refused("""
				mutation { upsertHub(input: {id: "test-hub", nameZh: "测试\\u200b中心"}) { hub { id } } }""", "BAD_REQUEST",
				"input.nameZh", "invisible characters");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void floorsCannotDropBelowAFloorWhereACompanySits() {
		this.driver.executableQuery("""
				MATCH (c:Company {id: 'eta-capital'}), (b:Building {id: 'tower-a'})
				CREATE (c)-[:LOCATED_IN {floor: -1}]->(b)""").execute();
		List<String> before = graphSnapshot();
		// Theta Archived sits on floor 9 of Tower A: archived, it keeps its place.
		refused("""
				mutation { upsertBuilding(input: {id: "tower-a", floors: 8}) { building { id } } }""", "BAD_REQUEST",
				"input.floors", "must be at least 9: a company sits on floor 9");
		refused("""
				mutation { upsertBuilding(input: {id: "tower-a", basements: 0}) { building { id } } }""", "BAD_REQUEST",
				"input.basements", "a company sits on floor -1");
		assertThat(graphSnapshot()).isEqualTo(before);

		graphQl().document("""
				mutation { upsertBuilding(input: {id: "tower-a", floors: 9}) { building { floors } } }""")
			.execute()
			.path("upsertBuilding.building.floors")
			.entity(Integer.class)
			.isEqualTo(9);
	}

	@Test
	void onlyABuildingNobodySitsInIsRemoved() {
		graphQl().document(
				"""
						mutation { setCompanyLocation(input: {companyId: "zeta-market", buildingId: null}) { company { id } } }""")
			.execute()
			.errors()
			.verify();
		refused("mutation { removeBuilding(input: {id: \"tower-a\"}) { removed } }", "BAD_REQUEST", "input.id",
				"while 5 companies sit in it");
		graphQl().document("mutation { removeBuilding(input: {id: \"annex\"}) { id removed } }")
			.execute()
			.path("removeBuilding.removed")
			.entity(Boolean.class)
			.isEqualTo(true);
		graphQl().document("mutation { removeBuilding(input: {id: \"annex\"}) { id removed } }")
			.execute()
			.path("removeBuilding.removed")
			.entity(Boolean.class)
			.isEqualTo(false);
		graphQl().document("{ hub(id: \"other-hub\") { buildings { id } } }")
			.execute()
			.path("hub.buildings")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void concurrentUpsertsOfOneNewBuildingMakeOneBuildingUnderOneHub() throws Exception {
		List<String> errors = runConcurrently(16,
				(i) -> """
						mutation { upsertBuilding(input: {id: "raced", hubId: "%s", name: "Raced %d", floors: %d, basements: 0}) {
						  building { id } } }"""
					.formatted((i % 2 == 0) ? "test-hub" : "other-hub", i, 1 + i));

		assertThat(errors).containsOnly("[]");
		assertThat(count("MATCH (b:Building {id: 'raced'}) RETURN count(b)")).isEqualTo(1);
		assertThat(count("MATCH (:Hub)-[r:HAS_BUILDING]->(:Building {id: 'raced'}) RETURN count(r)")).isEqualTo(1);
	}

	@Test
	void aMoveOntoAFloorAndLoweringTheFloorsAtOnceNeverLeaveACompanyAboveTheTop() throws Exception {
		for (int round = 0; round < 5; round++) {
			this.driver.executableQuery("""
					MATCH (b:Building {id: 'tower-b'}) SET b.floors = 10
					WITH b MATCH (c:Company {id: 'eta-capital'})-[l:LOCATED_IN]->() DELETE l""").execute();
			runConcurrently(2, (i) -> (i == 0) ? """
					mutation { upsertBuilding(input: {id: "tower-b", floors: 6}) { building { id } } }""" : """
					mutation { setCompanyLocation(input: {companyId: "eta-capital", buildingId: "tower-b", floor: 8}) {
					  company { id } } }""");
			assertThat(count("""
					MATCH (:Company)-[l:LOCATED_IN]->(b:Building) WHERE l.floor > b.floors RETURN count(l)"""))
				.isZero();
		}
	}

	private void refused(String document, String classification, String field, String message) {
		graphQl().document(document)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((ResponseError error) -> {
				assertThat(error.getErrorType()).hasToString(classification);
				assertThat(error.getExtensions()).containsEntry("field", field);
				assertThat(error.getMessage()).contains(message);
			}));
	}

}
