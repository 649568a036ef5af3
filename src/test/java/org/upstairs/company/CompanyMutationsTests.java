package org.upstairs.company;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyMutationsTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void upsertCreatesThenUpdatesOnlyTheGivenFieldsAndRepeatingChangesNothing() {
		String create = """
				mutation { upsertCompany(input: {id: "omega-robotics", name: "  Omega Robotics ", kind: STARTUP,
				  nameZh: "欧米茄机器人", foundedYear: 2023, website: "https://omega.example"}) {
				  company { id name nameZh kind archived } } }""";
		GraphQlTester.Response created = graphQl().document(create).execute();
		created.path("upsertCompany.company.name").entity(String.class).isEqualTo("Omega Robotics");
		created.path("upsertCompany.company.archived").entity(Boolean.class).isEqualTo(false);
		List<String> afterCreate = graphSnapshot();

		graphQl().document(create).execute();
		assertThat(graphSnapshot()).isEqualTo(afterCreate);

		graphQl().document("""
				mutation { upsertCompany(input: {id: "omega-robotics", headcount: 12, website: null}) {
				  company { name headcount website foundedYear } } }""")
			.execute()
			.path("upsertCompany.company.headcount")
			.entity(Integer.class)
			.isEqualTo(12)
			.path("upsertCompany.company.foundedYear")
			.entity(Integer.class)
			.isEqualTo(2023)
			.path("upsertCompany.company.website")
			.valueIsNull();
	}

	@Test
	void everyRelationshipMutationAndItsReverse() {
		mutate("setCompanyLocation(input: {companyId: \"eta-capital\", buildingId: \"tower-a\", floor: -1, unit: \"B1\"})");
		mutate("addOffer(input: {companyId: \"eta-capital\", capabilityId: \"corpus\"})");
		mutate("addNeed(input: {companyId: \"eta-capital\", capabilityId: \"gpu\", priority: 3, note: \"for portfolio\"})");
		mutate("addTarget(input: {companyId: \"eta-capital\", scenarioId: \"clinical-notes\"})");
		graphQl()
			.document("mutation { recordPartnership(input: {companyId: \"zeta-market\", partnerId: \"eta-capital\", "
					+ "since: \"2025-02-03\"}) { company { id } partner { id partners { company { id } since } } } }")
			.execute()
			.path("recordPartnership.partner.partners[*].company.id")
			.entityList(String.class)
			.containsExactly("zeta-market");

		GraphQlTester.Response eta = graphQl().document("""
				{ company(id: "eta-capital") { location { floor unit building { id } } offers { id }
				  needs { capability { id } priority note } targets { id } partners { company { id } since } } }""")
			.execute();
		eta.path("company.location.floor").entity(Integer.class).isEqualTo(-1);
		eta.path("company.offers[*].id").entityList(String.class).containsExactly("corpus", "financing");
		eta.path("company.needs[0].note").entity(String.class).isEqualTo("for portfolio");
		eta.path("company.targets[*].id").entityList(String.class).containsExactly("clinical-notes");
		eta.path("company.partners[0].since").entity(String.class).isEqualTo("2025-02-03");
		assertThat(count("MATCH (:Company {id: 'eta-capital'})-[p:PARTNERS_WITH]-() RETURN count(p)")).isEqualTo(1);
		// Recorded from either side, it is the same single partnership.
		mutate("recordPartnership(input: {companyId: \"eta-capital\", partnerId: \"zeta-market\"})");
		assertThat(count("MATCH (:Company {id: 'eta-capital'})-[p:PARTNERS_WITH]-() RETURN count(p)")).isEqualTo(1);

		mutate("setCompanyLocation(input: {companyId: \"eta-capital\", buildingId: \"annex\", floor: 2})");
		assertThat(count("MATCH (:Company {id: 'eta-capital'})-[l:LOCATED_IN]->() RETURN count(l)")).isEqualTo(1);
		mutate("setCompanyLocation(input: {companyId: \"eta-capital\", buildingId: null})");
		mutate("removeOffer(input: {companyId: \"eta-capital\", capabilityId: \"corpus\"})");
		mutate("removeNeed(input: {companyId: \"eta-capital\", capabilityId: \"gpu\"})");
		mutate("removeTarget(input: {companyId: \"eta-capital\", scenarioId: \"clinical-notes\"})");
		mutate("removePartnership(input: {companyId: \"eta-capital\", partnerId: \"zeta-market\"})");
		assertThat(count("MATCH (:Company {id: 'eta-capital'})-[r]-() RETURN count(r)")).as("only the original offer")
			.isEqualTo(1);
	}

	@Test
	void repeatingAnyRelationshipMutationChangesNothing() {
		for (String call : List.of(
				"setCompanyLocation(input: {companyId: \"eta-capital\", buildingId: \"tower-a\", floor: -1, unit: \"B1\"})",
				"setCompanyLocation(input: {companyId: \"beta-data\", buildingId: \"tower-a\", floor: 3})",
				"setCompanyLocation(input: {companyId: \"eta-capital\", buildingId: null})",
				"addOffer(input: {companyId: \"eta-capital\", capabilityId: \"corpus\"})",
				"addNeed(input: {companyId: \"eta-capital\", capabilityId: \"gpu\", priority: 3, note: \"for portfolio\"})",
				"addTarget(input: {companyId: \"eta-capital\", scenarioId: \"clinical-notes\"})",
				"recordPartnership(input: {companyId: \"zeta-market\", partnerId: \"eta-capital\"})",
				"removeOffer(input: {companyId: \"eta-capital\", capabilityId: \"corpus\"})",
				"removeNeed(input: {companyId: \"eta-capital\", capabilityId: \"gpu\"})",
				"archiveCompany(input: {companyId: \"alpha-compute\"})")) {
			mutate(call);
			List<String> once = graphSnapshot();
			mutate(call);
			assertThat(graphSnapshot()).as(call).isEqualTo(once);
		}
		// A real change to a need does move updatedAt.
		String before = updatedAt("eta-capital");
		mutate("addNeed(input: {companyId: \"eta-capital\", capabilityId: \"gpu\", priority: 1})");
		assertThat(updatedAt("eta-capital")).isNotEqualTo(before);
	}

	private String updatedAt(String companyId) {
		return this.driver.executableQuery("MATCH (c:Company {id: $id}) RETURN toString(c.updatedAt) AS at")
			.withParameters(java.util.Map.of("id", companyId))
			.execute()
			.records()
			.get(0)
			.get("at")
			.asString();
	}

	@Test
	void archivedCompaniesDropOutOfListsAndComeBackWhenRestored() {
		mutate("archiveCompany(input: {companyId: \"alpha-compute\"})");
		assertThat(listedIds()).doesNotContain("alpha-compute");
		graphQl().document("{ company(id: \"gamma-models\") { partners { company { id } } } }")
			.execute()
			.path("company.partners")
			.entityList(Object.class)
			.hasSize(0);

		mutate("archiveCompany(input: {companyId: \"alpha-compute\", archived: false})");
		assertThat(listedIds()).contains("alpha-compute");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndChangesNothing() {
		List<String> before = graphSnapshot();
		refused("upsertCompany(input: {id: \"Bad Id!\", name: \"X\", kind: STARTUP})", "BAD_REQUEST", "input.id");
		refused("upsertCompany(input: {id: \"new-co\", name: \"   \", kind: STARTUP})", "BAD_REQUEST", "input.name");
		refused("upsertCompany(input: {id: \"new-co\", name: \"New\"})", "BAD_REQUEST", "input.kind");
		refused("upsertCompany(input: {id: \"alpha-compute\", name: null})", "BAD_REQUEST", "input.name");
		refused("upsertCompany(input: {id: \"new-co\", name: \"N\", kind: STARTUP, foundedYear: 1500})", "BAD_REQUEST",
				"input.foundedYear");
		refused("upsertCompany(input: {id: \"new-co\", name: \"N\", kind: STARTUP, website: \"ftp://x\"})",
				"BAD_REQUEST", "input.website");
		refused("upsertCompany(input: {id: \"new-co\", name: \"N\\u0000\", kind: STARTUP})", "BAD_REQUEST",
				"input.name");
		refused("setCompanyLocation(input: {companyId: \"alpha-compute\", buildingId: \"tower-b\", floor: 6})",
				"BAD_REQUEST", "input.floor");
		refused("setCompanyLocation(input: {companyId: \"alpha-compute\", buildingId: \"tower-b\", floor: -1})",
				"BAD_REQUEST", "input.floor");
		refused("setCompanyLocation(input: {companyId: \"alpha-compute\", buildingId: \"tower-z\", floor: 1})",
				"NOT_FOUND", "input.buildingId");
		refused("setCompanyLocation(input: {companyId: \"nobody\", buildingId: \"tower-a\", floor: 1})", "NOT_FOUND",
				"input.companyId");
		refused("addOffer(input: {companyId: \"alpha-compute\", capabilityId: \"nothing\"})", "NOT_FOUND",
				"input.capabilityId");
		refused("addNeed(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\", priority: 4})", "BAD_REQUEST",
				"input.priority");
		refused("addTarget(input: {companyId: \"alpha-compute\", scenarioId: \"nothing\"})", "NOT_FOUND",
				"input.scenarioId");
		refused("recordPartnership(input: {companyId: \"alpha-compute\", partnerId: \"alpha-compute\"})", "BAD_REQUEST",
				"input.partnerId");
		refused("recordPartnership(input: {companyId: \"alpha-compute\", partnerId: \"nobody\"})", "NOT_FOUND",
				"input.partnerId");
		refused("archiveCompany(input: {companyId: \"nobody\"})", "NOT_FOUND", "input.companyId");
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void anUnknownEnumValueIsABadRequest() {
		List<String> before = graphSnapshot();
		graphQl()
			.document(
					"mutation { upsertCompany(input: {id: \"new-co\", name: \"N\", kind: ROBOT}) { company { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getMessage()).contains("kind");
			}));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	private void mutate(String call) {
		graphQl().document("mutation { " + call + " { company { id } } }").execute().errors().verify();
	}

	private void refused(String call, String type, String field) {
		graphQl().document("mutation { " + call + " { company { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).as(call).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo(type);
				assertThat(error.getExtensions()).containsEntry("field", field);
				assertThat(error.getMessage()).doesNotContain("Exception", "MATCH", "at org.");
			}));
	}

	private List<String> listedIds() {
		return graphQl().document("{ companies(first: 100) { edges { node { id } } } }")
			.execute()
			.path("companies.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
