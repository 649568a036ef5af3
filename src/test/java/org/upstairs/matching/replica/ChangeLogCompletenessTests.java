package org.upstairs.matching.replica;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.MediaType;
import org.upstairs.bulk.BulkImport;
import org.upstairs.bulk.ImportFile;
import org.upstairs.bulk.ImportProgress;
import org.upstairs.bulk.ImportReport;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.matching.feed.ChangeFeed;
import org.upstairs.matching.feed.ChangeLogFeed;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard that every write path of the service appends to the change log what matching
 * reads: a replica fed only by the change log, which moves only when it is asked (as an
 * instance on an external database does), must answer exactly as a replica read fresh
 * from the database, after every kind of write a user can make through the API or an
 * import. A write that forgot to log its nodes leaves the log-fed replica behind, and the
 * two answers differ. Each step is also checked to change some answer, so that a step
 * that logged nothing could not pass unnoticed.
 */
class ChangeLogCompletenessTests extends IntegrationTest {

	private static final List<Scope> PARTNER_SCOPES = List.of(Scope.ANYWHERE, Scope.SAME_BUILDING);

	@Autowired
	private CypherScripts cypher;

	@Autowired
	private ScoreWeights weights;

	@Autowired
	private BulkImport bulkImport;

	private MatchingReplica logFed;

	/** The oracle's answers after the last step. */
	private Map<String, Object> lastAnswers;

	@BeforeEach
	void logFedReplica() {
		resetGraphTo("chain");
		this.logFed = startReplica();
		this.lastAnswers = check("the chain fixture");
	}

	@AfterEach
	void stopReplica() {
		if (this.logFed != null) {
			this.logFed.destroy();
		}
	}

	@Test
	void everyWriteThroughTheApiReachesAReplicaFedByTheChangeLog() {
		step("upsertCompany: a new company", STAFF, """
				mutation { upsertCompany(input: {id: "omega-supply", name: "Omega Supply", kind: STARTUP}) {
				  company { id } } }""");
		// gamma and beta need gpu: omega becomes their upstream partner.
		step("addOffer by staff", STAFF, """
				mutation { addOffer(input: {companyId: "omega-supply", capabilityId: "gpu"}) { company { id } } }""");
		step("setCompanyLocation: a first location", STAFF, """
				mutation { setCompanyLocation(input: {companyId: "omega-supply", buildingId: "tower-b", floor: 2}) {
				  company { id } } }""");
		// On alpha's floor, omega ties with alpha for gamma and beta: the names decide.
		step("setCompanyLocation: to another building", STAFF, """
				mutation { setCompanyLocation(input: {companyId: "omega-supply", buildingId: "tower-a", floor: 8}) {
				  company { id } } }""");
		step("upsertCompany: a new name, which reorders a tie", STAFF, """
				mutation { upsertCompany(input: {id: "omega-supply", name: "Aardvark Supply"}) { company { id } } }""");

		// A founder's offer is a claim, which matching does not count until staff verify
		// it.
		stepWithoutChange("addOffer by a founder: a claim", FOUNDER_ALPHA, """
				mutation { addOffer(input: {companyId: "alpha-compute", capabilityId: "corpus"}) {
				  company { id } } }""");
		step("verifyOffer of the founder's claim", STAFF, """
				mutation { verifyOffer(input: {companyId: "alpha-compute", capabilityId: "corpus"}) {
				  company { id } } }""");
		step("removeOffer", STAFF, """
				mutation { removeOffer(input: {companyId: "alpha-compute", capabilityId: "corpus"}) {
				  company { id } } }""");

		step("addNeed by a founder", FOUNDER_DELTA, """
				mutation { addNeed(input: {companyId: "delta-apps", capabilityId: "gpu", priority: 1}) {
				  company { id } } }""");
		step("addNeed: another priority", STAFF, """
				mutation { addNeed(input: {companyId: "delta-apps", capabilityId: "gpu", priority: 3}) {
				  company { id } } }""");
		step("removeNeed", STAFF, """
				mutation { removeNeed(input: {companyId: "delta-apps", capabilityId: "gpu"}) { company { id } } }""");

		// beta targets clinical notes and delta customer service; then they share both
		// (delta and zeta, who share customer service too, are partners: never
		// recommended).
		step("addTarget", STAFF, """
				mutation { addTarget(input: {companyId: "delta-apps", scenarioId: "clinical-notes"}) {
				  company { id } } }""");
		step("addTarget: a second shared scenario", STAFF, """
				mutation { addTarget(input: {companyId: "beta-data", scenarioId: "customer-service"}) {
				  company { id } } }""");
		// Shared scenarios are listed by name: "Clinical notes" came before "Customer
		// service".
		step("upsertScenario: a new name, which reorders shared scenarios", STAFF, """
				mutation { upsertScenario(input: {id: "clinical-notes", name: "Triage notes"}) {
				  scenario { id } } }""");
		stepWithoutChange("upsertScenario: a new scenario", STAFF, """
				mutation { upsertScenario(input: {id: "warehouse-robots", name: "Warehouse robots",
				  sector: MANUFACTURING}) { scenario { id } } }""");
		// With chat required, delta brings it to clinical notes and beta brings the
		// corpus: a scenario gap between them.
		step("addScenarioRequirement", STAFF, """
				mutation { addScenarioRequirement(input: {scenarioId: "clinical-notes", capabilityId: "chat-app"}) {
				  scenario { id } } }""");
		step("removeScenarioRequirement", STAFF, """
				mutation { removeScenarioRequirement(input: {scenarioId: "clinical-notes", capabilityId: "chat-app"}) {
				  scenario { id } } }""");
		step("removeTarget", STAFF, """
				mutation { removeTarget(input: {companyId: "beta-data", scenarioId: "customer-service"}) {
				  company { id } } }""");

		step("recordPartnership", STAFF, """
				mutation { recordPartnership(input: {companyId: "epsilon-tuning", partnerId: "beta-data"}) {
				  company { id } } }""");
		step("removePartnership", STAFF, """
				mutation { removePartnership(input: {companyId: "beta-data", partnerId: "epsilon-tuning"}) {
				  company { id } } }""");

		step("archiveCompany", STAFF, """
				mutation { archiveCompany(input: {companyId: "zeta-market"}) { company { id } } }""");
		step("archiveCompany: restored", STAFF, """
				mutation { archiveCompany(input: {companyId: "zeta-market", archived: false}) { company { id } } }""");

		// delta and beta share clinical notes, a complement only while they offer from
		// different layers: chat (APPLICATION) and the corpus, until it is one too.
		step("upsertCapability: another layer", STAFF, """
				mutation { upsertCapability(input: {id: "corpus", layer: APPLICATION}) { capability { id } } }""");
		step("upsertCapability: a new capability", STAFF, """
				mutation { upsertCapability(input: {id: "robot-arms", name: "Robot arms", layer: SERVICES}) {
				  capability { id } } }""", false);
		// epsilon's fine-tuning then feeds eta's financing: a chain between them.
		step("linkCapabilities", STAFF, """
				mutation { linkCapabilities(input: {fromCapabilityId: "fine-tuning", toCapabilityId: "financing"}) {
				  from { id } } }""");
		step("unlinkCapabilities", STAFF, """
				mutation { unlinkCapabilities(input: {fromCapabilityId: "gpu", toCapabilityId: "training"}) {
				  from { id } } }""");

		// delta, in tower-b, leaves the hub of tower-a.
		step("upsertBuilding: to another hub", STAFF, """
				mutation { upsertBuilding(input: {id: "tower-b", hubId: "other-hub"}) { building { id } } }""");
		stepWithoutChange("upsertBuilding: a new building", STAFF, """
				mutation { upsertBuilding(input: {id: "tower-c", hubId: "test-hub", name: "Tower C", floors: 4,
				  basements: 0}) { building { id } } }""");
		// In the new building epsilon is still in gamma's hub, no longer in its building.
		step("setCompanyLocation: into the new building", STAFF, """
				mutation { setCompanyLocation(input: {companyId: "epsilon-tuning", buildingId: "tower-c", floor: 1}) {
				  company { id } } }""");
		step("setCompanyLocation: back", STAFF, """
				mutation { setCompanyLocation(input: {companyId: "epsilon-tuning", buildingId: "tower-a", floor: 5}) {
				  company { id } } }""");
		stepWithoutChange("removeBuilding", STAFF, """
				mutation { removeBuilding(input: {id: "tower-c"}) { removed } }""");
	}

	@Test
	void anIntroductionThatEndsInAPartnershipReachesAReplicaFedByTheChangeLog() {
		Map<String, Object> fixture = this.lastAnswers;
		String id = graphQlAs(FOUNDER_DELTA).document("""
				mutation { requestIntroduction(input: {fromCompanyId: "delta-apps", toCompanyId: "epsilon-tuning"}) {
				  introduction { id } } }""")
			.execute()
			.path("requestIntroduction.introduction.id")
			.entity(String.class)
			.get();
		// Matching leaves out introduced pairs by what the caller passes, not by what the
		// replica holds: the steps before the partnership change no answer.
		check("requestIntroduction");
		moveIntroduction(STAFF, id, "PROPOSED");
		moveIntroduction(STAFF, id, "ACCEPTED");
		moveIntroduction(FOUNDER_DELTA, id, "MET");
		Map<String, Object> met = check("moveIntroduction to MET");
		assertThat(met).as("the answers before the partnership").isEqualTo(fixture);
		// delta becomes epsilon's partner, and so a partner epsilon shares with zeta.
		moveIntroduction(FOUNDER_DELTA, id, "PARTNERED");
		assertChanged("moveIntroduction to PARTNERED", check("moveIntroduction to PARTNERED"), met);
	}

	/**
	 * An import writes in batches, one transaction each, and each must log what it wrote:
	 * the log-fed replica catches up after every batch and is compared then, so that a
	 * later batch naming the same company cannot hide one that did not.
	 */
	@Test
	void everyBatchOfAnImportReachesAReplicaFedByTheChangeLog() {
		Map<String, Object> before = this.lastAnswers;
		List<String> batches = new ArrayList<>();
		ImportProgress compareAfterEachBatch = new ImportProgress() {
			@Override
			public void written(String section, long rowsDone) {
				batches.add(section);
				check("bulk import, after a batch of " + section + " (batch " + batches.size() + ")");
			}
		};
		ImportReport report = this.bulkImport.importFiles(List.of(json("changes.json", """
				{"format": "upstairs/v1",
				 "buildings": [
				   {"id": "tower-b", "hub": "other-hub", "name": "Tower B", "floors": 5, "basements": 0}],
				 "capabilities": [
				   {"id": "financing", "name": "Financing", "layer": "COMPUTE"},
				   {"id": "robot-arms", "name": "Robot arms", "layer": "SERVICES"}],
				 "feeds": [{"from": "corpus", "to": "base-model"}],
				 "scenarios": [
				   {"id": "clinical-notes", "name": "Triage notes", "sector": "HEALTHCARE"},
				   {"id": "factory-automation", "name": "Factory automation", "sector": "MANUFACTURING",
				    "requires": ["robot-arms", "chat-app"]}],
				 "companies": [
				   {"id": "lambda-labs", "name": "Lambda Labs", "kind": "STARTUP",
				    "location": {"building": "tower-a", "floor": 5}},
				   {"id": "kappa-robotics", "name": "Kappa Robotics", "kind": "STARTUP",
				    "location": {"building": "tower-a", "floor": 8},
				    "offers": ["robot-arms", "corpus"], "needs": [{"capability": "gpu", "priority": 1}],
				    "targets": ["factory-automation"]},
				   {"id": "eta-capital", "name": "Aardvark Capital", "kind": "INVESTOR"},
				   {"id": "beta-data", "name": "Beta Data", "kind": "STARTUP",
				    "location": {"building": "tower-a", "floor": 8}},
				   {"id": "gamma-models", "name": "Gamma Models", "kind": "STARTUP", "offers": ["corpus"]},
				   {"id": "zeta-market", "name": "Zeta Market", "kind": "ENTERPRISE",
				    "needs": [{"capability": "chat-app", "priority": 1}]},
				   {"id": "epsilon-tuning", "name": "Epsilon Tuning", "kind": "STARTUP",
				    "targets": ["customer-service"]}],
				 "partnerships": [
				   {"companies": ["kappa-robotics", "alpha-compute"]},
				   {"companies": ["delta-apps", "gamma-models"], "since": "2025-02-01"}]}
				""")), false, compareAfterEachBatch);

		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).isTrue();
		assertThat(batches).as("the sections written in batches")
			.contains("buildings", "capabilities", "feeds", "scenarios", "scenarios.requires", "companies",
					"companies.offers", "companies.needs", "companies.targets", "partnerships");
		assertChanged("bulk import", check("bulk import"), before);
	}

	@Test
	void anImportOverHttpReachesAReplicaFedByTheChangeLog() {
		Map<String, Object> before = this.lastAnswers;
		httpAs(STAFF).post().uri("/bulk/import").contentType(MediaType.APPLICATION_JSON).bodyValue("""
				{"format": "upstairs/v1",
				 "feeds": [{"from": "fine-tuning", "to": "financing"}],
				 "companies": [
				   {"id": "omega-supply", "name": "Omega Supply", "kind": "STARTUP",
				    "location": {"building": "tower-b", "floor": 3}, "offers": ["gpu"],
				    "needs": [{"capability": "chat-app", "priority": 1}]},
				   {"id": "beta-data", "name": "Beta Data", "kind": "STARTUP", "offers": ["training"],
				    "needs": [{"capability": "gpu", "priority": 3}]}],
				 "partnerships": [{"companies": ["omega-supply", "delta-apps"]},
				                  {"companies": ["beta-data", "zeta-market"]}]}
				""").exchange().expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(true);

		assertChanged("bulk import over HTTP", check("bulk import over HTTP"), before);
	}

	private void step(String name, String user, String document) {
		step(name, user, document, true);
	}

	private void stepWithoutChange(String name, String user, String document) {
		step(name, user, document, false);
	}

	/**
	 * Runs a mutation as a user would, then compares the log-fed replica with a fresh
	 * one; when {@code changes}, the answers must differ from those before the step.
	 */
	private void step(String name, String user, String document, boolean changes) {
		graphQlAs(user).document(document).execute().errors().verify();
		Map<String, Object> before = this.lastAnswers;
		Map<String, Object> after = check(name);
		if (changes) {
			assertChanged(name, after, before);
		}
		else {
			assertThat(after).as("%s changes no answer", name).isEqualTo(before);
		}
	}

	private void assertChanged(String name, Map<String, Object> after, Map<String, Object> before) {
		assertThat(after).as("%s changes some answer (else a step that logged nothing would pass)", name)
			.isNotEqualTo(before);
	}

	private void moveIntroduction(String user, String id, String status) {
		graphQlAs(user)
			.document("mutation($id: ID!, $to: IntroductionStatus!) { moveIntroduction(input: "
					+ "{introductionId: $id, status: $to}) { introduction { status } } }")
			.variable("id", id)
			.variable("to", status)
			.execute()
			.path("moveIntroduction.introduction.status")
			.entity(String.class)
			.isEqualTo(status);
	}

	/**
	 * Compares every answer of the log-fed replica with those of a replica built fresh
	 * from the database now, naming the step and the answers that differ.
	 * @return the fresh replica's answers
	 */
	private Map<String, Object> check(String step) {
		MatchingReplica fresh = startReplica();
		try {
			List<String> companies = companyIds();
			Map<String, Object> expected = answers(fresh, companies);
			Map<String, Object> actual = answers(this.logFed, companies);
			List<String> differing = new ArrayList<>();
			int count = 0;
			for (String key : expected.keySet()) {
				if (!Objects.equals(expected.get(key), actual.get(key)) && count++ < 3) {
					differing.add(key + "\n    log-fed: " + actual.get(key) + "\n    fresh:   " + expected.get(key));
				}
			}
			assertThat(differing)
				.as("after %s, %d answers of the replica fed by the change log differ from a fresh read, first", step,
						count)
				.isEmpty();
			this.lastAnswers = expected;
			return expected;
		}
		finally {
			fresh.destroy();
		}
	}

	/** Every partner and recommendation answer for every company, by question. */
	private Map<String, Object> answers(MatchingReplica replica, List<String> companies) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (String company : companies) {
			for (Side side : Side.values()) {
				for (Scope scope : PARTNER_SCOPES) {
					answers.put(side + " partners of " + company + " " + scope,
							orRefusal(() -> replica.partners(side, company, scope, 4, 100, this.weights)));
				}
			}
			answers.put("recommendations for " + company, orRefusal(
					() -> replica.recommendations(company, Scope.ANYWHERE, 100, this.weights, Set.of(), false)));
		}
		return answers;
	}

	private static Object orRefusal(java.util.function.Supplier<Object> answer) {
		try {
			return answer.get();
		}
		catch (NotFoundException ex) {
			return "refused: " + ex.getMessage();
		}
	}

	private List<String> companyIds() {
		return new ArrayList<>(new TreeSet<>(this.driver.executableQuery("MATCH (c:Company) RETURN c.id AS id")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList()));
	}

	/**
	 * A replica fed by the change log alone, built now and moved on only by the catch-up
	 * before each answer (its background poll is an hour away).
	 */
	private MatchingReplica startReplica() {
		ChangeFeed feed = new ChangeLogFeed(this.driver, this.cypher);
		ObjectProvider<ChangeFeed> feeds = new StaticListableBeanFactory(Map.of("feed", feed))
			.getBeanProvider(ChangeFeed.class);
		ObjectProvider<MeterRegistry> noMeters = new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class);
		MatchingReplica replica = new MatchingReplica(feeds, this.driver, this.cypher,
				new ReplicaProperties(true, Duration.ofSeconds(30), Duration.ofHours(1)), noMeters);
		replica.start();
		// Waits for the build, up to build-wait.
		replica.companies();
		return replica;
	}

	private static ImportFile json(String name, String content) {
		return new ImportFile(name, () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

}
