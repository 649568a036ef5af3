package org.upstairs.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation, asked by each kind of caller: anonymous, the founder of
 * alpha-compute, the founder of delta-apps (someone else's company) and staff. The table
 * below is docs/security.md in executable form; a refused call changes nothing.
 */
class AccessRulesTests extends IntegrationTest {

	private static final String OK = "OK";

	private static final String UNAUTHORIZED = "UNAUTHORIZED";

	private static final String FORBIDDEN = "FORBIDDEN";

	/** An operation on alpha-compute's data and what each caller gets. */
	record Rule(String document, String anonymous, String ownFounder, String otherFounder, String staff) {
	}

	private static final List<Rule> RULES = List.of(
			// The public directory.
			new Rule("{ hubs { id buildings { id companies { totalCount } } } }", OK, OK, OK, OK),
			new Rule("{ company(id: \"alpha-compute\") { name location { floor } offers { id } targets { id } } }", OK,
					OK, OK, OK),
			new Rule("{ companies(filter: {offersCapabilityId: \"gpu\"}) { totalCount } }", OK, OK, OK, OK),
			new Rule("{ capabilities { id feeds { id } providers { totalCount } } }", OK, OK, OK, OK),
			new Rule("{ scenarios { id requires { id } companies { totalCount } } }", OK, OK, OK, OK),
			new Rule("{ search(text: \"gpu\") { kind } }", OK, OK, OK, OK),
			// Needs are private.
			new Rule("{ companies(filter: {needsCapabilityId: \"gpu\"}) { totalCount } }", UNAUTHORIZED, FORBIDDEN,
					FORBIDDEN, OK),
			// Matchmaking: for your own company.
			new Rule("{ upstreamPartners(companyId: \"alpha-compute\") { score } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("{ downstreamPartners(companyId: \"alpha-compute\") { score } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("{ recommendCollaborations(companyId: \"alpha-compute\") { score } }", UNAUTHORIZED, OK, FORBIDDEN,
					OK),
			new Rule("{ chainPath(fromCompanyId: \"alpha-compute\", toCompanyId: \"gamma-models\") { length } }",
					UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("{ chainPath(fromCompanyId: \"gamma-models\", toCompanyId: \"alpha-compute\") { length } }",
					UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("{ chainGaps(hubId: \"test-hub\") { demand } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			// Editing a company: its founder or staff.
			new Rule("mutation { upsertCompany(input: {id: \"alpha-compute\", headcount: 41}) { company { id } } }",
					UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { setCompanyLocation(input: {companyId: \"alpha-compute\", buildingId: \"tower-b\", "
					+ "floor: 4}) { company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { addOffer(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { removeOffer(input: {companyId: \"alpha-compute\", capabilityId: \"gpu\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { addNeed(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { removeNeed(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { addTarget(input: {companyId: \"alpha-compute\", scenarioId: \"customer-service\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { removeTarget(input: {companyId: \"alpha-compute\", scenarioId: \"customer-service\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			// A founder creates no companies but their own.
			new Rule("mutation { upsertCompany(input: {id: \"new-co\", name: \"New Co\", kind: STARTUP}) "
					+ "{ company { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			// Staff only.
			new Rule("mutation { recordPartnership(input: {companyId: \"alpha-compute\", partnerId: \"beta-data\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { removePartnership(input: {companyId: \"alpha-compute\", partnerId: \"gamma-models\"}) "
					+ "{ company { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { archiveCompany(input: {companyId: \"alpha-compute\"}) { company { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { upsertCapability(input: {id: \"gpu\", name: \"GPUs\"}) { capability { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule(
					"mutation { linkCapabilities(input: {fromCapabilityId: \"gpu\", toCapabilityId: \"base-model\"}) { from { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule(
					"mutation { unlinkCapabilities(input: {fromCapabilityId: \"gpu\", toCapabilityId: \"training\"}) { from { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { upsertScenario(input: {id: \"customer-service\", name: \"Service\"}) "
					+ "{ scenario { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { addScenarioRequirement(input: {scenarioId: \"customer-service\", "
					+ "capabilityId: \"gpu\"}) { scenario { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule(
					"mutation { removeScenarioRequirement(input: {scenarioId: \"customer-service\", "
							+ "capabilityId: \"chat-app\"}) { scenario { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			// Hubs and buildings: staff.
			new Rule("mutation { upsertHub(input: {id: \"test-hub\", description: \"Described.\"}) { hub { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { upsertBuilding(input: {id: \"tower-b\", floors: 6}) { building { id } } }",
					UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { removeBuilding(input: {id: \"no-such-building\"}) { removed } }", UNAUTHORIZED,
					FORBIDDEN, FORBIDDEN, OK),
			// Introductions (the lifecycle by role is in IntroductionTests).
			new Rule("{ introductions { totalCount } }", UNAUTHORIZED, OK, OK, OK),
			new Rule("{ introductionQueue(hubId: \"test-hub\") { score } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			new Rule("mutation { requestIntroduction(input: {fromCompanyId: \"alpha-compute\", toCompanyId: "
					+ "\"beta-data\"}) { introduction { id } } }", UNAUTHORIZED, OK, FORBIDDEN, OK),
			new Rule("mutation { proposeIntroduction(input: {fromCompanyId: \"alpha-compute\", toCompanyId: "
					+ "\"beta-data\"}) { introduction { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK),
			// Accounts: administrators only.
			new Rule("{ accounts { totalCount } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			new Rule("mutation { createAccount(input: {username: \"newbie\", password: \"long-enough-1\", "
					+ "role: STAFF}) { account { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
			new Rule("mutation { updateAccount(input: {username: \"founder-delta\", disabled: true}) "
					+ "{ account { id } } }", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN));

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void everyOperationByEveryRole() {
		List<String> wrong = new ArrayList<>();
		for (Rule rule : RULES) {
			check(wrong, rule, "anonymous", anonymousGraphQl(), rule.anonymous());
			check(wrong, rule, FOUNDER_ALPHA, graphQlAs(FOUNDER_ALPHA), rule.ownFounder());
			check(wrong, rule, FOUNDER_DELTA, graphQlAs(FOUNDER_DELTA), rule.otherFounder());
			check(wrong, rule, STAFF, graphQl(), rule.staff());
		}
		assertThat(wrong).as("operations answered against the rules").isEmpty();
	}

	private List<String> current;

	private void check(List<String> wrong, Rule rule, String who, HttpGraphQlTester tester, String expected) {
		List<String> before = (this.current != null) ? this.current : graphSnapshot();
		List<ResponseError> errors = new ArrayList<>();
		tester.document(rule.document()).execute().errors().satisfy(errors::addAll);
		String outcome = errors.isEmpty() ? OK : errors.get(0).getErrorType().toString();
		if (!outcome.equals(expected)) {
			wrong.add(who + " got " + outcome + " (expected " + expected + ") for " + rule.document()
					+ (errors.isEmpty() ? "" : ": " + errors.get(0).getMessage()));
		}
		List<String> after = graphSnapshot();
		if (!OK.equals(outcome) && !after.equals(before)) {
			wrong.add(who + " was refused but changed the graph with " + rule.document());
		}
		if (!after.equals(before)) {
			// Each call starts from the fixture.
			resetGraphTo("chain");
			after = graphSnapshot();
		}
		this.current = after;
	}

	@Test
	void needsArePrivateAndPartnersNeedAnAccount() {
		String query = "{ company(id: \"alpha-compute\") { needs { capability { id } } partners { company { id } } } "
				+ "capability(id: \"gpu\") { seekers { totalCount } } }";
		resetGraphTo("chain");
		graphQl()
			.document("mutation { addNeed(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }")
			.execute();

		anonymousGraphQl().document(query)
			.execute()
			.path("company.needs")
			.valueIsNull()
			.path("company.partners")
			.valueIsNull()
			.path("capability.seekers")
			.valueIsNull();
		graphQlAs(FOUNDER_DELTA).document(query)
			.execute()
			.path("company.needs")
			.valueIsNull()
			.path("company.partners[*].company.id")
			.entityList(String.class)
			.containsExactly("gamma-models")
			.path("capability.seekers")
			.valueIsNull();
		graphQlAs(FOUNDER_ALPHA).document(query)
			.execute()
			.path("company.needs[*].capability.id")
			.entityList(String.class)
			.containsExactly("corpus")
			.path("capability.seekers")
			.valueIsNull();
		graphQl().document(query)
			.execute()
			.path("company.needs[*].capability.id")
			.entityList(String.class)
			.containsExactly("corpus")
			.path("capability.seekers.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void aFounderLearnsOfOthersNeedsOnlyThroughMatchmakingReasons() {
		// beta-data needs GPU compute; alpha's founder sees it as a reason, not as a
		// list.
		graphQlAs(FOUNDER_ALPHA)
			.document("{ downstreamPartners(companyId: \"alpha-compute\") { company { id needs { priority } } "
					+ "reasons { text } } }")
			.execute()
			.path("downstreamPartners[0].company.id")
			.entity(String.class)
			.isEqualTo("beta-data")
			.path("downstreamPartners[0].company.needs")
			.valueIsNull()
			.path("downstreamPartners[0].reasons[0].text")
			.entity(String.class)
			.isEqualTo("Needs GPU compute, which you offer");
	}

}
