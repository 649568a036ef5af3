package org.upstairs.introduction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The introduction workflow on the hand-built fixture: the lifecycle step by step and by
 * role, every transition allowed and refused, feedback into recommendations, the queue,
 * role-scoped lists, and one open introduction per pair under concurrency.
 */
class IntroductionTests extends IntegrationTest {

	static final String FOUNDER_BETA = "founder-beta";

	private static final String FIELDS = "introduction { id status from { id } to { id } score kind reasons { code text } "
			+ "history { sequence from to actor actorRole note } }";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
		this.driver.executableQuery("""
				MATCH (staff:Account {username: 'staff'})
				CREATE (:Account {id: 'account-founder-beta', username: 'founder-beta', role: 'FOUNDER',
				                  companyId: 'beta-data', disabled: false, passwordHash: staff.passwordHash})""")
			.execute();
	}

	@Test
	void theWholeLifecycleFromRequestToPartnership() {
		GraphQlTester.Response requested = graphQlAs(FOUNDER_BETA)
			.document("mutation { requestIntroduction(input: {fromCompanyId: \"beta-data\", toCompanyId: "
					+ "\"alpha-compute\", note: \"We need GPU hours\"}) { " + FIELDS + " } }")
			.execute();
		String id = requested.path("requestIntroduction.introduction.id").entity(String.class).get();
		// The recommendation as it stood: alpha offers GPU compute (priority 1: 3.0),
		// five floors up in beta's building (2.5).
		requested.path("requestIntroduction.introduction.status")
			.entity(String.class)
			.isEqualTo("REQUESTED")
			.path("requestIntroduction.introduction.score")
			.entity(Double.class)
			.isEqualTo(5.5)
			.path("requestIntroduction.introduction.kind")
			.entity(String.class)
			.isEqualTo("SUPPLIER")
			.path("requestIntroduction.introduction.reasons[0].text")
			.entity(String.class)
			.isEqualTo("Offers GPU compute, which you need");

		refused(FOUNDER_ALPHA, id, "PROPOSED", "FORBIDDEN"); // staff approve
		refused(FOUNDER_DELTA, id, "WITHDRAWN", "FORBIDDEN"); // not theirs at all
		move(STAFF, id, "PROPOSED");
		refused(FOUNDER_BETA, id, "ACCEPTED", "FORBIDDEN"); // only the target accepts
		move(FOUNDER_ALPHA, id, "ACCEPTED");
		refused(FOUNDER_ALPHA, id, "WITHDRAWN", "BAD_REQUEST"); // too late to withdraw
		move(FOUNDER_BETA, id, "MET");
		assertThat(partners("alpha-compute", "beta-data")).isZero();
		move(FOUNDER_ALPHA, id, "PARTNERED");
		assertThat(partners("alpha-compute", "beta-data")).isEqualTo(1);
		refused(STAFF, id, "CLOSED", "BAD_REQUEST");

		GraphQlTester.Response history = graphQlAs(FOUNDER_BETA)
			.document("query($id: ID!) { introduction(id: $id) { status history { sequence from to actor } } }")
			.variable("id", id)
			.execute();
		history.path("introduction.history[*].to")
			.entityList(String.class)
			.containsExactly("REQUESTED", "PROPOSED", "ACCEPTED", "MET", "PARTNERED");
		history.path("introduction.history[*].from")
			.entityList(String.class)
			.containsExactly(null, "REQUESTED", "PROPOSED", "ACCEPTED", "MET");
		history.path("introduction.history[*].actor")
			.entityList(String.class)
			.containsExactly(FOUNDER_BETA, STAFF, FOUNDER_ALPHA, FOUNDER_BETA, FOUNDER_ALPHA);
		history.path("introduction.history[*].sequence").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5);

		// Partners now: alpha is no longer recommended to beta.
		assertThat(recommendedTo("beta-data")).doesNotContain("alpha-compute");
	}

	@Test
	void everyTransitionIsAllowedOrRefusedAsTheLifecycleSays() {
		Map<String, List<String>> allowed = Map.of("REQUESTED", List.of("PROPOSED", "REJECTED", "WITHDRAWN"),
				"PROPOSED", List.of("ACCEPTED", "DECLINED", "WITHDRAWN"), "ACCEPTED", List.of("MET"), "MET",
				List.of("PARTNERED", "CLOSED"));
		List<String> statuses = List.of("REQUESTED", "PROPOSED", "ACCEPTED", "MET", "REJECTED", "DECLINED", "WITHDRAWN",
				"PARTNERED", "CLOSED");
		String id = create(STAFF, "proposeIntroduction", "gamma-models", "epsilon-tuning");
		List<String> wrong = new ArrayList<>();
		for (String from : statuses) {
			for (String to : statuses) {
				setStatus(id, from);
				List<ResponseError> errors = new ArrayList<>();
				graphQl()
					.document("mutation($id: ID!, $to: IntroductionStatus!) { moveIntroduction(input: "
							+ "{introductionId: $id, status: $to}) { introduction { status } } }")
					.variable("id", id)
					.variable("to", to)
					.execute()
					.errors()
					.satisfy(errors::addAll);
				boolean expected = allowed.getOrDefault(from, List.of()).contains(to);
				String outcome = errors.isEmpty() ? "OK" : errors.get(0).getErrorType().toString();
				if (expected != errors.isEmpty() || (!expected && !outcome.equals("BAD_REQUEST"))) {
					wrong.add(from + " -> " + to + ": " + outcome);
				}
				String status = status(id);
				if (!(expected ? to : from).equals(status)) {
					wrong.add(from + " -> " + to + " left " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void openAndDeclinedIntroductionsLeaveRecommendationsWithdrawnOnesComeBack() {
		assertThat(recommendedTo("beta-data")).contains("alpha-compute");
		String id = create(FOUNDER_BETA, "requestIntroduction", "beta-data", "alpha-compute");
		assertThat(recommendedTo("beta-data")).doesNotContain("alpha-compute");
		assertThat(recommendedTo("alpha-compute")).doesNotContain("beta-data");

		move(FOUNDER_BETA, id, "WITHDRAWN");
		assertThat(recommendedTo("beta-data")).contains("alpha-compute");

		String again = create(STAFF, "proposeIntroduction", "beta-data", "alpha-compute");
		move(FOUNDER_ALPHA, again, "DECLINED");
		assertThat(recommendedTo("beta-data")).doesNotContain("alpha-compute");
	}

	@Test
	void twentyConcurrentRequestsForOnePairCreateExactlyOne() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			List<Callable<List<ResponseError>>> requests = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				boolean forward = i % 2 == 0;
				requests.add(() -> {
					List<ResponseError> errors = new ArrayList<>();
					graphQl()
						.document("mutation($from: ID!, $to: ID!) { requestIntroduction(input: {fromCompanyId: $from, "
								+ "toCompanyId: $to}) { introduction { id } } }")
						.variable("from", forward ? "gamma-models" : "epsilon-tuning")
						.variable("to", forward ? "epsilon-tuning" : "gamma-models")
						.execute()
						.errors()
						.satisfy(errors::addAll);
					return errors;
				});
			}
			int created = 0;
			for (Future<List<ResponseError>> result : pool.invokeAll(requests)) {
				List<ResponseError> errors = result.get();
				if (errors.isEmpty()) {
					created++;
				}
				else {
					assertThat(errors).singleElement().satisfies((error) -> {
						assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
						assertThat(error.getMessage()).contains("already open");
					});
				}
			}
			assertThat(created).isEqualTo(1);
			assertThat(count("MATCH (i:Introduction) RETURN count(i)")).isEqualTo(1);
			assertThat(count("MATCH (e:IntroductionEvent) RETURN count(e)")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void ofRacingMovesExactlyOneWins() throws Exception {
		String id = create(STAFF, "proposeIntroduction", "gamma-models", "epsilon-tuning");
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<Boolean>> moves = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				String to = (i % 2 == 0) ? "ACCEPTED" : "DECLINED";
				moves.add(() -> {
					List<ResponseError> errors = new ArrayList<>();
					graphQl()
						.document("mutation($id: ID!, $to: IntroductionStatus!) { moveIntroduction(input: "
								+ "{introductionId: $id, status: $to}) { introduction { status } } }")
						.variable("id", id)
						.variable("to", to)
						.execute()
						.errors()
						.satisfy(errors::addAll);
					return errors.isEmpty();
				});
			}
			int won = 0;
			for (Future<Boolean> result : pool.invokeAll(moves)) {
				won += result.get() ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
			assertThat(count("MATCH (e:IntroductionEvent) RETURN count(e)")).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void listsAreScopedByRole() {
		create(FOUNDER_BETA, "requestIntroduction", "beta-data", "alpha-compute");
		create(STAFF, "proposeIntroduction", "gamma-models", "epsilon-tuning");
		String query = "{ introductions { totalCount edges { node { from { id } to { id } } } } }";

		graphQl().document(query).execute().path("introductions.totalCount").entity(Integer.class).isEqualTo(2);
		graphQlAs(FOUNDER_ALPHA).document(query)
			.execute()
			.path("introductions.edges[*].node.from.id")
			.entityList(String.class)
			.containsExactly("beta-data");
		graphQlAs(FOUNDER_DELTA).document(query)
			.execute()
			.path("introductions.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		graphQl().document("{ introductions(status: PROPOSED, companyId: \"epsilon-tuning\") { totalCount } }")
			.execute()
			.path("introductions.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		anonymousGraphQl().document(query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
	}

	@Test
	void theQueueOffersTheBestPairsNotYetIntroducedMutualFirst() {
		this.driver.executableQuery("""
				MATCH (gamma:Company {id: 'gamma-models'}), (tuning:Capability {id: 'fine-tuning'})
				CREATE (gamma)-[:NEEDS {priority: 2}]->(tuning)""").execute();
		String query = "{ introductionQueue(hubId: \"test-hub\", first: 20) { from { id } to { id } kind score } }";

		List<Map<String, Object>> queue = graphQl().document(query)
			.execute()
			.path("introductionQueue")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(queue).isNotEmpty();
		assertThat(queue.get(0).get("kind")).isEqualTo("MUTUAL");
		List<String> pairs = queue.stream().map(IntroductionTests::pair).toList();
		assertThat(pairs).contains("epsilon-tuning|gamma-models", "alpha-compute|beta-data").doesNotHaveDuplicates();

		create(STAFF, "proposeIntroduction", "gamma-models", "epsilon-tuning");
		List<String> after = graphQl().document(query)
			.execute()
			.path("introductionQueue")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.map(IntroductionTests::pair)
			.toList();
		assertThat(after).doesNotContain("epsilon-tuning|gamma-models").contains("alpha-compute|beta-data");

		graphQlAs(FOUNDER_ALPHA).document(query)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
	}

	@Test
	void badRequestsAreRefusedAndChangeNothing() {
		String[][] cases = {
				{ FOUNDER_ALPHA, "{fromCompanyId: \"beta-data\", toCompanyId: \"gamma-models\"}", "FORBIDDEN",
						"input.fromCompanyId" },
				{ STAFF, "{fromCompanyId: \"beta-data\", toCompanyId: \"beta-data\"}", "BAD_REQUEST",
						"input.toCompanyId" },
				{ STAFF, "{fromCompanyId: \"beta-data\", toCompanyId: \"nobody-here\"}", "NOT_FOUND",
						"input.toCompanyId" },
				{ STAFF, "{fromCompanyId: \"beta-data\", toCompanyId: \"theta-archived\"}", "NOT_FOUND",
						"input.toCompanyId" },
				{ STAFF, "{fromCompanyId: \"alpha-compute\", toCompanyId: \"gamma-models\"}", "BAD_REQUEST",
						"input.toCompanyId" },
				{ STAFF, "{fromCompanyId: \"beta-data\", toCompanyId: \"alpha-compute\", note: \"" + "x".repeat(1001)
						+ "\"}", "BAD_REQUEST", "input.note" } };
		for (String[] bad : cases) {
			List<String> before = graphSnapshot();
			graphQlAs(bad[0])
				.document("mutation { requestIntroduction(input: " + bad[1] + ") { introduction { id } } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).as(bad[1]).singleElement().satisfies((error) -> {
					assertThat(error.getErrorType().toString()).isEqualTo(bad[2]);
					assertThat(error.getExtensions()).containsEntry("field", bad[3]);
				}));
			assertThat(graphSnapshot()).as(bad[1]).isEqualTo(before);
		}
		graphQl().document("{ introduction(id: \"no-such-introduction\") { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
	}

	private static String pair(Map<String, Object> candidate) {
		return Introductions.pairKey((String) ((Map<?, ?>) candidate.get("from")).get("id"),
				(String) ((Map<?, ?>) candidate.get("to")).get("id"));
	}

	private String create(String who, String mutation, String from, String to) {
		return graphQlAs(who)
			.document("mutation($from: ID!, $to: ID!) { " + mutation
					+ "(input: {fromCompanyId: $from, toCompanyId: $to}) " + "{ introduction { id } } }")
			.variable("from", from)
			.variable("to", to)
			.execute()
			.path(mutation + ".introduction.id")
			.entity(String.class)
			.get();
	}

	private void move(String who, String id, String status) {
		graphQlAs(who)
			.document("mutation($id: ID!, $to: IntroductionStatus!) { moveIntroduction(input: {introductionId: $id, "
					+ "status: $to}) { introduction { status } } }")
			.variable("id", id)
			.variable("to", status)
			.execute()
			.path("moveIntroduction.introduction.status")
			.entity(String.class)
			.isEqualTo(status);
	}

	private void refused(String who, String id, String status, String classification) {
		List<String> before = graphSnapshot();
		graphQlAs(who)
			.document("mutation($id: ID!, $to: IntroductionStatus!) { moveIntroduction(input: {introductionId: $id, "
					+ "status: $to}) { introduction { status } } }")
			.variable("id", id)
			.variable("to", status)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).as(who + " to " + status)
				.singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo(classification)));
		assertThat(graphSnapshot()).as(who + " to " + status).isEqualTo(before);
	}

	private void setStatus(String id, String status) {
		boolean open = List.of("REQUESTED", "PROPOSED", "ACCEPTED", "MET").contains(status);
		this.driver.executableQuery("""
				MATCH (i:Introduction {id: $id})
				SET i.status = $status, i.openPair = CASE WHEN $open THEN i.pairKey END""")
			.withParameters(Map.of("id", id, "status", status, "open", open))
			.execute();
		this.driver.executableQuery("MATCH (:Company)-[p:PARTNERS_WITH]-(:Company) WHERE p.since = date() DELETE p")
			.execute();
	}

	private String status(String id) {
		return this.driver.executableQuery("MATCH (i:Introduction {id: $id}) RETURN i.status")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asString();
	}

	private List<String> recommendedTo(String companyId) {
		return graphQl()
			.document("query($id: ID!) { recommendCollaborations(companyId: $id, first: 100) " + "{ company { id } } }")
			.variable("id", companyId)
			.execute()
			.path("recommendCollaborations[*].company.id")
			.entityList(String.class)
			.get();
	}

	private long partners(String a, String b) {
		return this.driver
			.executableQuery("MATCH (:Company {id: $a})-[p:PARTNERS_WITH]-(:Company {id: $b}) RETURN count(p)")
			.withParameters(Map.of("a", a, "b", b))
			.execute()
			.records()
			.get(0)
			.get(0)
			.asLong();
	}

}
