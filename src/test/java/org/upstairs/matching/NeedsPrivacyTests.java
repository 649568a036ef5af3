package org.upstairs.matching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Needs are private. A founder who claims to offer every capability learns no other
 * company's need from matchmaking: an offer a founder adds counts only once staff verify
 * it, and a chain path shown to a founder steps only through the needs of their own
 * company and of companies they share an introduction with.
 */
class NeedsPrivacyTests extends IntegrationTest {

	private static final List<String> CAPABILITIES = List.of("gpu", "corpus", "training", "base-model", "fine-tuning",
			"chat-app", "go-to-market", "financing");

	private static final String DOWNSTREAM = """
			query Downstream($hops: Int) { downstreamPartners(companyId: "alpha-compute", maxHops: $hops, first: 100) {
			  company { id } reasons { code text } } }""";

	private static final String RECOMMENDATIONS = """
			{ recommendCollaborations(companyId: "alpha-compute", first: 100) { company { id } reasons { code text } } }""";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void claimingToOfferEverythingRevealsNoNeedUntilStaffVerifyAnOffer() {
		HttpGraphQlTester founder = graphQlAs(FOUNDER_ALPHA);
		String before = matchesSeenBy(founder);

		for (String capability : CAPABILITIES) {
			founder
				.document("mutation($c: ID!) { addOffer(input: {companyId: \"alpha-compute\", capabilityId: $c}) "
						+ "{ company { id } } }")
				.variable("c", capability)
				.execute();
		}
		// Alpha offered GPU compute already; the rest are claims awaiting staff.
		founder.document("{ company(id: \"alpha-compute\") { offers { id } claimedOffers { id } } }")
			.execute()
			.path("company.offers[*].id")
			.entityList(String.class)
			.containsExactly("gpu")
			.path("company.claimedOffers[*].id")
			.entityList(String.class)
			.hasSize(CAPABILITIES.size() - 1);
		assertThat(matchesSeenBy(founder)).as("what the founder's matchmaking shows").isEqualTo(before);

		// Staff verify one claim: Delta Apps' need of fine-tuning now shows, with its
		// reason.
		graphQl()
			.document("mutation { verifyOffer(input: {companyId: \"alpha-compute\", capabilityId: \"fine-tuning\"}) "
					+ "{ company { offers { id } claimedOffers { id } } } }")
			.execute()
			.path("verifyOffer.company.offers[*].id")
			.entityList(String.class)
			.contains("gpu", "fine-tuning");
		assertThat(founder.document(DOWNSTREAM)
			.variable("hops", 0)
			.execute()
			.path("downstreamPartners[?(@.company.id == 'delta-apps')].reasons[*].text")
			.entityList(String.class)
			.get()).anyMatch((text) -> text.contains("Fine-tuning"));
	}

	@Test
	void offersAddedByStaffCountAtOnce() {
		graphQl()
			.document("mutation { addOffer(input: {companyId: \"alpha-compute\", capabilityId: \"fine-tuning\"}) "
					+ "{ company { claimedOffers { id } } } }")
			.execute()
			.path("addOffer.company.claimedOffers")
			.entityList(Object.class)
			.hasSize(0);
		graphQlAs(FOUNDER_ALPHA).document(DOWNSTREAM)
			.variable("hops", 0)
			.execute()
			.path("downstreamPartners[*].company.id")
			.entityList(String.class)
			.contains("delta-apps");
	}

	@Test
	void anImportedOfferIsVerifiedAndReplacesTheClaim() throws Exception {
		graphQlAs(FOUNDER_ALPHA)
			.document("mutation { addOffer(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }")
			.execute();
		String document = """
				{"format": "upstairs/v1", "companies": [
				  {"id": "alpha-compute", "name": "Alpha Compute", "kind": "STARTUP", "offers": ["corpus"]}]}""";
		HttpResponse<String> imported = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/bulk/import"))
				.header("Content-Type", "application/json")
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((STAFF + ":" + TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(document))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		graphQl().document("{ company(id: \"alpha-compute\") { offers { id } claimedOffers { id } } }")
			.execute()
			.path("company.offers[*].id")
			.entityList(String.class)
			.contains("gpu", "corpus")
			.hasSize(2)
			.path("company.claimedOffers")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void onlyStaffVerifyAndOnlyWhatWasClaimed() {
		graphQlAs(FOUNDER_ALPHA)
			.document("mutation { addOffer(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }")
			.execute();
		List<String> before = graphSnapshot();

		for (String user : List.of(FOUNDER_ALPHA, FOUNDER_DELTA)) {
			graphQlAs(user)
				.document("mutation { verifyOffer(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
						+ "{ company { id } } }")
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}
		anonymousGraphQl()
			.document("mutation { verifyOffer(input: {companyId: \"alpha-compute\", capabilityId: \"corpus\"}) "
					+ "{ company { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
		graphQl()
			.document("mutation { verifyOffer(input: {companyId: \"alpha-compute\", capabilityId: \"training\"}) "
					+ "{ company { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
				assertThat(error.getExtensions()).containsEntry("field", "input.capabilityId");
			}));
		assertThat(graphSnapshot()).isEqualTo(before);

		// Claims are shown to the company's founder and to staff only.
		String claims = "{ company(id: \"alpha-compute\") { claimedOffers { id } } }";
		graphQlAs(FOUNDER_ALPHA).document(claims)
			.execute()
			.path("company.claimedOffers[*].id")
			.entityList(String.class)
			.containsExactly("corpus");
		graphQl().document(claims).execute().path("company.claimedOffers[*].id").entityList(String.class).hasSize(1);
		graphQlAs(FOUNDER_DELTA).document(claims).execute().path("company.claimedOffers").valueIsNull();
		anonymousGraphQl().document(claims).execute().path("company.claimedOffers").valueIsNull();
	}

	@Test
	void aFoundersChainPathStepsOnlyThroughNeedsTheyMaySee() {
		String path = "query($to: ID!) { chainPath(fromCompanyId: \"alpha-compute\", toCompanyId: $to) "
				+ "{ length steps { text } } }";
		// Staff see the shortest way, through Beta Data's need of GPU compute.
		assertThat(stepsOf(graphQl(), path, "beta-data")).containsExactly("Alpha Compute offers GPU compute",
				"Beta Data needs GPU compute");

		// Alpha's founder is shown a longer way that names nobody's need.
		List<String> founders = stepsOf(graphQlAs(FOUNDER_ALPHA), path, "beta-data");
		assertThat(founders).hasSizeGreaterThan(2).noneMatch((step) -> step.contains(" needs "));
		assertThat(stepsOf(graphQlAs(FOUNDER_ALPHA), path, "delta-apps")).isNotEmpty()
			.noneMatch((step) -> step.contains(" needs "));

		// Once the two share an introduction, Beta Data's need is theirs to see.
		graphQl()
			.document("mutation { proposeIntroduction(input: {fromCompanyId: \"alpha-compute\", "
					+ "toCompanyId: \"beta-data\"}) { introduction { id } } }")
			.execute();
		assertThat(stepsOf(graphQlAs(FOUNDER_ALPHA), path, "beta-data"))
			.containsExactly("Alpha Compute offers GPU compute", "Beta Data needs GPU compute");
	}

	private static List<String> stepsOf(HttpGraphQlTester tester, String document, String to) {
		return tester.document(document)
			.variable("to", to)
			.execute()
			.path("chainPath.steps[*].text")
			.entityList(String.class)
			.get();
	}

	/**
	 * Everything the founder's matchmaking names: partners and reasons at every hop
	 * count.
	 */
	private static String matchesSeenBy(HttpGraphQlTester founder) {
		StringBuilder seen = new StringBuilder();
		for (int hops = 0; hops <= 4; hops++) {
			seen.append(founder.document(DOWNSTREAM)
				.variable("hops", hops)
				.execute()
				.path("downstreamPartners")
				.entityList(Object.class)
				.get());
		}
		seen.append(founder.document(RECOMMENDATIONS)
			.execute()
			.path("recommendCollaborations")
			.entityList(Object.class)
			.get());
		return seen.toString();
	}

}
