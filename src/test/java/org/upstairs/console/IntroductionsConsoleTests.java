package org.upstairs.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.upstairs.support.Browser;
import org.upstairs.support.ConsoleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introductions in the console, with a staff member and a founder at once: a founder's
 * request appears on the staff board live, staff propose it and the founder sees the new
 * status live, and a step the service refuses shows its message.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntroductionsConsoleTests extends ConsoleTest {

	private static final String MOVE = """
			mutation Move($id: ID!, $status: IntroductionStatus!, $note: String) {
			  moveIntroduction(input: {introductionId: $id, status: $status, note: $note}) { introduction { id status } }
			}""";

	private static final String PROPOSE = """
			mutation Propose($from: ID!, $to: ID!, $note: String) {
			  proposeIntroduction(input: {fromCompanyId: $from, toCompanyId: $to, note: $note}) { introduction { id } }
			}""";

	private static final String REQUEST = """
			mutation Request($from: ID!, $to: ID!, $note: String) {
			  requestIntroduction(input: {fromCompanyId: $from, toCompanyId: $to, note: $note}) { introduction { id } }
			}""";

	/**
	 * Introductions in several statuses, made as staff and founders would, so that the
	 * board and the founder's list have something in most columns.
	 */
	@BeforeAll
	void introductionsInSeveralStatuses() {
		propose("deepharbor-ai", "tagwise-data", "Their Chinese LLM needs annotated dialogue data.");
		move(propose("tagwise-data", "medsage-ai", "Medical image labelling."), "DECLINED",
				"Not this quarter, thank you.");
		String met = propose("tagwise-data", "tidewave-lm", "Fine-tuning datasets for Tidewave's open model.");
		move(met, "ACCEPTED", "Happy to meet.");
		move(met, "MET", "Met at the SMC café on floor 2.");
		request("infinigence", "infinigence-ai", "corpusforge", "We would like to host their corpus pipelines.");
		move(propose("evalpoint", "servelane", "Evaluation before serving."), "ACCEPTED", null);
		String partnered = propose("ragnest", "frontis", "Retrieval for Frontis' assistants.");
		move(partnered, "ACCEPTED", null);
		move(partnered, "MET", null);
		move(partnered, "PARTNERED", "Signed a pilot.");
		move(request("medbot", "microport-medbot", "vistaloom", "Vision for surgical robots?"), "REJECTED",
				"VistaLoom does not work on medical imaging.");
		propose("coderiver", "echovox-speech", "Voice coding assistant.");
	}

	@Test
	@Order(1)
	void aRequestReachesTheBoardLiveAndAProposalReachesTheFounderLive() {
		try (Browser staff = signedIn(STAFF, "en"); Browser founder = signedIn("tagwise", "en")) {
			staff.get("/staff/board?lang=en");
			staff.awaitText(".intro-live-badge", "Live");
			staff.find(".intro-column-MET .intro-board-card");
			markLoaded(staff);

			founder.get("/introductions?lang=en");
			founder.awaitText(".intro-live-badge", "Live");
			markLoaded(founder);
			// (a) The founder asks for an introduction from their page.
			new Select(founder.find("select[name=to]")).selectByValue("shanghai-ai-lab");
			founder.find(".intro-new .request-introduction").click();
			founder.find(".intro-new textarea").sendKeys("Evaluation of our annotation quality.");
			founder.find(".intro-new .request-form button[type=submit]").click();
			founder.find(".intro-new .request-done");
			String id = requestedId("tagwise-data", "shanghai-ai-lab");

			String card = ".intro-column-REQUESTED .intro-board-card[data-id='" + id + "']";
			staff.awaitText(card, "Shanghai AI Laboratory");
			assertThat(staff.find(card).getText()).contains("TagWise Data", "Evaluation of our annotation quality.");
			assertThat(announcement(staff)).contains("Requested");
			assertThat(stillLoaded(staff)).isTrue();

			// The founder's own list shows it too, open.
			founder.awaitText(".intro-open .intro-card[data-id='" + id + "']", "Requested");
			assertThat(founder.find(".intro-card[data-id='" + id + "'] .intro-direction").getText())
				.contains("You asked to meet them");

			// (b) Staff approve it from the board, with a note.
			staff.find(card + " .move-PROPOSED").click();
			staff.find(card + " textarea").sendKeys("Shanghai AI Lab runs evaluations on Thursdays.");
			staff.find(card + " .move-confirm").click();
			staff.find(".intro-column-PROPOSED .intro-board-card[data-id='" + id + "']");
			assertThat(staff.driver().findElements(By.cssSelector(card))).isEmpty();

			String founderCard = ".intro-card[data-id='" + id + "']";
			founder.await((driver) -> "PROPOSED"
				.equals(driver.findElement(By.cssSelector(founderCard)).getDomAttribute("data-status")));
			assertThat(founder.find(founderCard + " .badge.status").getText()).isEqualTo("Proposed");
			assertThat(announcement(founder)).contains("status changed to Proposed");
			founder.find(founderCard + " .intro-history summary").click();
			assertThat(founder.find(founderCard + " .intro-timeline").getText()).contains("Requested → Proposed",
					"by staff", "Shanghai AI Lab runs evaluations on Thursdays.");
			assertThat(stillLoaded(founder)).isTrue();

			// (c) A step the service refuses: a note longer than it takes.
			founder.find(founderCard + " .move-WITHDRAWN").click();
			WebElement note = founder.find(founderCard + " textarea");
			((JavascriptExecutor) founder.driver()).executeScript(
					"const t = arguments[0]; const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;"
							+ " set.call(t, 'x'.repeat(1001)); t.dispatchEvent(new Event('input', {bubbles: true}));",
					note);
			founder.find(founderCard + " .move-confirm").click();
			founder.awaitText(founderCard + " .field-error", "must be at most 1000 characters");
			assertThat(founder.find(founderCard).getDomAttribute("data-status")).isEqualTo("PROPOSED");

			// A second request for the same pair is refused with the service's reason.
			new Select(founder.find("select[name=to]")).selectByValue("deepharbor-ai");
			founder.find(".intro-new .request-introduction").click();
			founder.find(".intro-new .request-form button[type=submit]").click();
			founder.awaitText(".intro-new .note-error", "already open");

			assertThat(staff.securityPolicyViolations()).isEmpty();
			assertThat(founder.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	@Order(2)
	void theBoardAndTheFoundersListReadWellInBothLanguagesAndOnAPhone() {
		try (Browser staff = signedIn(STAFF, "en")) {
			staff.get("/staff/board?lang=en");
			staff.find(".intro-column-MET .intro-board-card");
			assertThat(staff.find(".intro-column-REQUESTED").getText()).contains("Infinigence");
			assertThat(staff.find(".intro-column-ACCEPTED").getText()).contains("EvalPoint");
			staff.find(".intro-live-on");
			screenshot(staff, "staff-board-en");
			staff.get("/staff/board?lang=zh");
			staff.awaitText("h1", "对接看板");
			staff.find(".intro-column-MET .intro-board-card");
			staff.find(".intro-live-on");
			screenshot(staff, "staff-board-zh");

			staff.get("/staff/queue?lang=en");
			staff.find(".intro-requests .intro-request");
			staff.find(".intro-candidates .intro-candidate");
			assertThat(staff.driver().getCurrentUrl()).doesNotContain("hub=");
			staff.screenshot(Path.of("target", "screenshots", "staff-queue-en.png"));

			staff.width(375);
			staff.get("/staff/board?lang=en");
			staff.find(".intro-column-MET .intro-board-card");
			Boolean scrolls = (Boolean) ((JavascriptExecutor) staff.driver())
				.executeScript("const b = document.querySelector('.intro-board'); return b.scrollWidth > b.clientWidth"
						+ " && document.documentElement.scrollWidth <= window.innerWidth;");
			assertThat(scrolls).isTrue();
			staff.screenshot(Path.of("target", "screenshots", "staff-board-375.png"));
			assertThat(staff.securityPolicyViolations()).isEmpty();
		}
		try (Browser founder = signedIn("tagwise", "en")) {
			founder.get("/introductions?lang=en");
			founder.find(".intro-open .intro-card");
			assertThat(founder.find(".intro-open").getText()).contains("DeepHarbor AI", "Tidewave LM");
			assertThat(founder.find(".intro-closed").getText()).contains("MedSage", "Declined");
			// Proposed to TagWise: the founder may accept or decline.
			String proposed = ".intro-card[data-status=PROPOSED]:has(.move-ACCEPTED)";
			assertThat(founder.find(proposed + " .intro-direction").getText())
				.contains("The center staff propose you meet DeepHarbor AI");
			assertThat(founder.driver().findElements(By.cssSelector(proposed + " .move-ACCEPTED"))).isNotEmpty();
			founder.find(".intro-live-on");
			screenshot(founder, "founder-introductions-en");
			founder.width(375);
			founder.find(".intro-open .intro-card");
			assertThat((Boolean) ((JavascriptExecutor) founder.driver())
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
			founder.screenshot(Path.of("target", "screenshots", "founder-introductions-375.png"));
			assertThat(founder.securityPolicyViolations()).isEmpty();
		}
	}

	private String propose(String from, String to, String note) {
		return graphQl().document(PROPOSE)
			.variables(Map.of("from", from, "to", to, "note", note))
			.execute()
			.path("proposeIntroduction.introduction.id")
			.entity(String.class)
			.get();
	}

	private String request(String founder, String from, String to, String note) {
		return founderGraphQl(founder).document(REQUEST)
			.variables(Map.of("from", from, "to", to, "note", note))
			.execute()
			.path("requestIntroduction.introduction.id")
			.entity(String.class)
			.get();
	}

	private void move(String id, String status, String note) {
		java.util.HashMap<String, Object> variables = new java.util.HashMap<>(Map.of("id", id, "status", status));
		variables.put("note", note);
		graphQl().document(MOVE)
			.variables(variables)
			.execute()
			.path("moveIntroduction.introduction.status")
			.entity(String.class)
			.isEqualTo(status);
	}

	private HttpGraphQlTester founderGraphQl(String username) {
		return graphQlWith((headers) -> headers.setBasicAuth(username, DEMO_PASSWORD));
	}

	/** The id of the open introduction between two companies, as staff read it. */
	private String requestedId(String from, String to) {
		List<Map<String, Object>> nodes = graphQl().document("""
				query Requested($companyId: ID) {
				  introductions(status: REQUESTED, companyId: $companyId, first: 100) {
				    edges { node { id to { id } } }
				  }
				}""")
			.variable("companyId", from)
			.execute()
			.path("introductions.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		return nodes.stream()
			.filter((node) -> to.equals(((Map<?, ?>) node.get("to")).get("id")))
			.map((node) -> (String) node.get("id"))
			.findFirst()
			.orElseThrow();
	}

	/** Marks the page, to prove later that it did not reload. */
	private static void markLoaded(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("window.upstairsTestMark = 'unchanged';");
	}

	private static boolean stillLoaded(Browser browser) {
		return "unchanged"
			.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.upstairsTestMark;"));
	}

	/** What the page's aria-live region last announced. */
	private static String announcement(Browser browser) {
		return browser.await((driver) -> {
			String text = driver.findElement(By.cssSelector(".intro-live-region")).getDomProperty("textContent");
			return (text == null || text.isBlank()) ? null : text;
		});
	}

}
