package org.upstairs.console;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.upstairs.support.Browser;
import org.upstairs.support.ConsoleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The founder's matching views against the demo data: the building cross-section with
 * upstream and downstream partners, recommendations and the chain path, in English and
 * Chinese, on a desktop and a phone. Expectations come from the API, asked as the same
 * founder.
 */
class FounderConsoleTests extends ConsoleTest {

	private static final String FOUNDER = "infinigence";

	private static final String COMPANY = "infinigence-ai";

	private static final String TARGET = "microport-medbot";

	@Test
	void aFounderSeesTheirBuildingWithUpstreamPartnersAndTheirReasons() {
		List<Map<String, Object>> upstream = partners("upstreamPartners", "ANYWHERE", "en");
		assertThat(upstream).isNotEmpty();
		try (Browser browser = signedIn(FOUNDER, "en")) {
			assertThat(browser.driver().getCurrentUrl()).endsWith("/building");
			browser.awaitText("h1", "Upstairs and downstairs");
			// Its floor is marked, with the company on it.
			assertThat(browser.find(".floor-mine .floor-label").getText()).isEqualTo("10F");
			assertThat(browser.find(".chip-me").getText()).contains("You are here");
			assertThat(
					browser.driver().findElement(By.cssSelector(".building-svg > title")).getAttribute("textContent"))
				.contains("Model Speed Space Phase 1");
			awaitPartners(browser, upstream);

			// Opening a partner shows its score and reasons; the keyboard can do it too.
			Map<String, Object> first = upstream.get(0);
			WebElement chip = partnerElement(browser, id(first));
			assertThat(chip.getAttribute("aria-label")).contains(name(first));
			chip.click();
			browser.awaitText(".partner-detail h2", name(first));
			for (String reason : reasons(first)) {
				browser.awaitText(".partner-detail .founder-reasons", reason);
			}
			assertThat(browser.find(".partner-detail").getText()).contains("Chain path", "Request an introduction");
			assertThat(browser.driver().getCurrentUrl()).contains("partner=" + id(first));
			screenshot(browser, "founder-building-en");

			// Downstream partners replace them.
			List<Map<String, Object>> downstream = partners("downstreamPartners", "ANYWHERE", "en");
			assertThat(ids(downstream)).isNotEqualTo(ids(upstream));
			segment(browser, "direction", "down");
			browser.await((driver) -> driver.getCurrentUrl().contains("dir=down"));
			awaitPartners(browser, downstream);
			browser.awaitText(".founder-lead", "Go downstairs");

			// A narrower place: only the building's lower floors.
			List<Map<String, Object>> below = partners("downstreamPartners", "DOWNSTAIRS", "en");
			segment(browser, "scope", "DOWNSTAIRS");
			browser.await((driver) -> driver.getCurrentUrl().contains("scope=DOWNSTAIRS"));
			awaitPartners(browser, below);
			assertThat(browser.driver().findElements(By.cssSelector(".founder-elsewhere"))).isEmpty();
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void recommendationsShowKindsReasonsAndTheIntroductionRequest() {
		List<Map<String, Object>> recommendations = graphQlAsFounder("en")
			.document("{ recommendCollaborations(companyId: \"" + COMPANY
					+ "\", first: 30) { company { id name } kind reasons { text } } }")
			.execute()
			.path("recommendCollaborations")
			.entityList(MAP)
			.get();
		assertThat(recommendations).isNotEmpty();
		try (Browser browser = signedIn(FOUNDER, "en")) {
			browser.get("/recommendations?lang=en");
			browser.awaitText(".founder-count", recommendations.size() + " recommendations");
			List<WebElement> cards = browser.driver().findElements(By.cssSelector(".recommendation-card"));
			assertThat(cards).hasSize(recommendations.size());
			Map<String, Object> first = recommendations.get(0);
			String text = cards.get(0).getText();
			assertThat(text).contains(name(first), kindLabel((String) first.get("kind")), reasons(first).get(0),
					"Request an introduction");
			screenshot(browser, "founder-recommendations-en");
			// Filtering by a kind keeps only that kind.
			segment(browser, "kind", (String) first.get("kind"));
			long ofKind = recommendations.stream().filter((r) -> first.get("kind").equals(r.get("kind"))).count();
			browser.awaitText(".founder-count", ofKind + " recommendations");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void theChainPathToACompanyIsDrawnAndExplained() {
		Map<String, Object> path = graphQlAsFounder("en")
			.document("{ chainPath(fromCompanyId: \"" + COMPANY + "\", toCompanyId: \"" + TARGET
					+ "\", maxLength: 8) { length steps { text } } }")
			.execute()
			.path("chainPath")
			.entity(MAP)
			.get();
		@SuppressWarnings("unchecked")
		List<String> steps = ((List<Map<String, Object>>) path.get("steps")).stream()
			.map((step) -> (String) step.get("text"))
			.toList();
		try (Browser browser = signedIn(FOUNDER, "en")) {
			// Found through the picker.
			browser.get("/path?lang=en");
			browser.find(".path-picker input").sendKeys("MicroPort");
			browser.find(".path-hits a[href='/path/" + TARGET + "']").click();
			browser.await((driver) -> driver.getCurrentUrl().endsWith("/path/" + TARGET));
			browser.awaitText(".path-steps", steps.get(steps.size() - 1));
			List<String> shown = browser.driver()
				.findElements(By.cssSelector(".path-steps .path-step-text"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(shown).isEqualTo(steps);
			assertThat(browser.driver().findElements(By.cssSelector(".path-svg .node-capability"))).isNotEmpty();
			assertThat(browser.driver().findElements(By.cssSelector(".path-svg .edge"))).hasSize(steps.size());
			screenshot(browser, "founder-path-en");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void inChineseTheLabelsAndTheReasonsAreChinese() {
		List<Map<String, Object>> upstream = partners("upstreamPartners", "ANYWHERE", "zh-CN");
		try (Browser browser = signedIn(FOUNDER, "zh")) {
			browser.get("/building?lang=zh");
			browser.awaitText("h1", "上楼下楼");
			assertThat(browser.find(".floor-mine .floor-label").getText()).isEqualTo("10楼");
			assertThat(browser.find(".founder-controls").getText()).contains("上游伙伴", "下游伙伴", "同层", "本园区");
			awaitPartners(browser, upstream);
			Map<String, Object> first = upstream.get(0);
			partnerElement(browser, id(first)).click();
			List<String> reasons = reasons(first);
			assertThat(reasons).allMatch((reason) -> reason.codePoints().anyMatch(FounderConsoleTests::isHan));
			for (String reason : reasons) {
				browser.awaitText(".partner-detail .founder-reasons", reason);
			}
			browser.awaitText(".partner-detail", "申请对接");
			screenshot(browser, "founder-building-zh");
			browser.get("/path/" + TARGET + "?lang=zh");
			browser.awaitText(".path-steps", "提供");
			browser.get("/recommendations?lang=zh");
			browser.awaitText(".founder-count", "条推荐");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void theViewsFitAPhone() {
		try (Browser browser = signedIn(FOUNDER, "en")) {
			browser.width(375);
			for (String page : List.of("/building?lang=en", "/recommendations?lang=en",
					"/path/" + TARGET + "?lang=en")) {
				browser.get(page);
				browser.find(".partner-chip, .recommendation-card, .path-steps li");
				long width = ((Number) ((JavascriptExecutor) browser.driver())
					.executeScript("return document.documentElement.scrollWidth")).longValue();
				assertThat(width).as(page).isLessThanOrEqualTo(375);
			}
			browser.get("/building?lang=en");
			List<Map<String, Object>> upstream = partners("upstreamPartners", "ANYWHERE", "en");
			partnerElement(browser, id(upstream.get(0))).click();
			browser.awaitText(".partner-detail h2", name(upstream.get(0)));
			screenshot(browser, "founder-building-phone");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	private static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP = new org.springframework.core.ParameterizedTypeReference<>() {
	};

	private HttpGraphQlTester graphQlAsFounder(String language) {
		return graphQlWith((headers) -> {
			headers.setBasicAuth(FOUNDER, DEMO_PASSWORD);
			headers.set("Accept-Language", language);
		});
	}

	private List<Map<String, Object>> partners(String field, String scope, String language) {
		return graphQlAsFounder(language)
			.document("{ " + field + "(companyId: \"" + COMPANY + "\", scope: " + scope
					+ ", maxHops: 2, first: 30) { company { id name nameZh } reasons { text } } }")
			.execute()
			.path(field)
			.entityList(MAP)
			.get();
	}

	/** Waits until the page shows exactly these partners, in the drawing or beside it. */
	private static void awaitPartners(Browser browser, List<Map<String, Object>> partners) {
		List<String> expected = ids(partners).stream().sorted().toList();
		browser.await((driver) -> {
			// Read in one go in the page: the view redraws while new answers arrive.
			@SuppressWarnings("unchecked")
			List<String> shown = ((List<Object>) ((JavascriptExecutor) driver).executeScript(
					"return [...document.querySelectorAll('.partner-chip[data-company], .partner-button[data-company]')]"
							+ ".map((e) => e.getAttribute('data-company'))"))
				.stream()
				.map(String::valueOf)
				.sorted()
				.toList();
			return shown.equals(expected);
		});
	}

	private static WebElement partnerElement(Browser browser, String id) {
		return browser.find("[data-company='" + id + "']");
	}

	private static void segment(Browser browser, String name, String value) {
		// The radio button lies over its label's text; a click on the label chooses it.
		browser.driver()
			.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
			.findElement(By.xpath(".."))
			.click();
	}

	@SuppressWarnings("unchecked")
	private static String id(Map<String, Object> match) {
		return (String) ((Map<String, Object>) match.get("company")).get("id");
	}

	@SuppressWarnings("unchecked")
	private static String name(Map<String, Object> match) {
		return (String) ((Map<String, Object>) match.get("company")).get("name");
	}

	@SuppressWarnings("unchecked")
	private static List<String> reasons(Map<String, Object> match) {
		return ((List<Map<String, Object>>) match.get("reasons")).stream().map((r) -> (String) r.get("text")).toList();
	}

	private static List<String> ids(List<Map<String, Object>> matches) {
		return matches.stream().map(FounderConsoleTests::id).toList();
	}

	private static String kindLabel(String kind) {
		return switch (kind) {
			case "SUPPLIER" -> "Supplier";
			case "CUSTOMER" -> "Customer";
			case "MUTUAL" -> "Mutual";
			case "COMPLEMENT" -> "Complement";
			default -> "Network";
		};
	}

	private static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

}
