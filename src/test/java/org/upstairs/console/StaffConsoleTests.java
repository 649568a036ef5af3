package org.upstairs.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.upstairs.support.Browser;
import org.upstairs.support.ConsoleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff's hub dashboard (the chain by layer and its gaps, as {@code hubChain} and
 * {@code chainGaps} answer) and import and export, in a real browser on the demo data.
 */
class StaffConsoleTests extends ConsoleTest {

	private static final String CHAIN = """
			query($hub: ID!) { hubChain(hubId: $hub) {
			  layer providers seekers capabilities { capability { id } providers seekers } } }""";

	private static final String GAPS = """
			query($hub: ID!, $scenario: ID) { chainGaps(hubId: $hub, scenarioId: $scenario) {
			  capability { id } demand providersElsewhere { id } } }""";

	private static final List<String> LAYERS = List.of("COMPUTE", "DATA", "MODEL", "TOOLING", "APPLICATION",
			"SCENARIO_DESIGN", "MARKETING", "SERVICES");

	@Test
	void staffSeeTheHubsChainByLayerAndItsGapsAsTheApiCountsThem() {
		try (Browser browser = signedIn(STAFF, "en")) {
			assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
			browser.find(".hub-picker .hub-tab[aria-current=page]");
			browser.find(".chain-layer");

			browser.get("/staff/hubs/smc-xuhui?lang=en");
			browser.awaitText("main h1", "Model Speed Space");
			assertChainAsTheApiCounts(browser, "smc-xuhui");
			assertThat(browser.find("#chain-heading").getText()).isEqualTo("The chain, layer by layer");
			assertThat(browser.find(".chain-layer[data-layer=COMPUTE] h3").getText()).isEqualTo("Compute");
			assertGapsAsTheApiCounts(browser, "smc-xuhui", null);
			screenshot(browser, "staff-dashboard-en");

			// Another hub: other numbers, the ones the API gives for it.
			browser.find(".hub-tab[href='/staff/hubs/yangpu-ai-hub']").click();
			browser.await((driver) -> driver.getCurrentUrl().endsWith("/staff/hubs/yangpu-ai-hub"));
			browser.awaitText("main h1", "Yangpu AI Hub");
			assertChainAsTheApiCounts(browser, "yangpu-ai-hub");
			assertGapsAsTheApiCounts(browser, "yangpu-ai-hub", null);

			// Counting a scenario the hub does not target adds what it requires.
			List<String> scenarios = graphQlAs(STAFF).document("{ scenarios { id } }")
				.execute()
				.path("scenarios[*].id")
				.entityList(String.class)
				.get();
			String scenario = scenarios.stream()
				.filter((id) -> gapIds("yangpu-ai-hub", id).size() > gapIds("yangpu-ai-hub", null).size())
				.findFirst()
				.orElseThrow();
			new Select(browser.find("select[name=scenario]")).selectByValue(scenario);
			browser.await((driver) -> driver.getCurrentUrl().contains("scenario=" + scenario));
			assertGapsAsTheApiCounts(browser, "yangpu-ai-hub", scenario);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void inChineseTheHeadingsLayersAndNamesAreChineseAndAPhoneNeedsNoSideways() {
		try (Browser browser = signedIn(STAFF, "zh")) {
			browser.get("/staff/hubs/smc-xuhui?lang=zh");
			browser.awaitText("main h1", "模速空间");
			browser.awaitText("#chain-heading", "产业链各环节");
			assertThat(browser.find("#gaps-heading").getText()).isEqualTo("缺口与招商线索");
			assertThat(browser.find(".chain-layer[data-layer=COMPUTE] h3").getText()).isEqualTo("算力");
			assertThat(browser.find(".chain-layer[data-layer=MODEL] h3").getText()).isEqualTo("模型");
			assertThat(browser.find(".supply[data-capability=gpu-compute] .supply-name").getText()).contains("GPU算力");
			browser.awaitText(".gap-count", "个缺口");
			screenshot(browser, "staff-dashboard-zh");

			browser.width(375);
			browser.find(".chain-layer");
			Number overflow = (Number) ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void aFounderCannotOpenTheDashboardOrTheImport() {
		try (Browser browser = signedIn("infinigence", "en")) {
			browser.get("/staff?lang=en");
			browser.awaitText("main h1", "Not allowed");
			assertThat(browser.find("main").getText()).contains("Your account cannot open this page.");
			assertThat(browser.driver().findElements(By.cssSelector(".chain-layer"))).isEmpty();
			browser.get("/staff/import?lang=en");
			browser.awaitText("main h1", "Not allowed");
		}
	}

	@Test
	void anInvalidFileIsReportedRowByRowAndChangesNothing() throws IOException {
		Path file = Files.createTempFile("staff-invalid-", ".json");
		Files.writeString(file, """
				{
				  "format": "upstairs/v1",
				  "companies": [
				    {"id": "staff-test-good", "name": "Good Row", "kind": "STARTUP"},
				    {"id": "staff-test-bad", "name": "Bad Row"},
				    {"id": "staff-test-site", "name": "Site Row", "kind": "STARTUP", "website": "ftp://nowhere"},
				    {"id": "staff-test-worse", "name": "Worse Row", "kind": "STARTUP",
				     "offers": ["no-such-capability"]}
				  ]
				}
				""");
		List<String> before = graphSnapshot();
		try (Browser browser = signedIn(STAFF, "en")) {
			browser.get("/staff/import?lang=en");
			browser.find(".drop-zone input[type=file]").sendKeys(file.toAbsolutePath().toString());
			browser.awaitText(".file-list", file.getFileName().toString());
			browser.find(".dry-run").click();
			browser.find(".report-dry .problems");
			List<WebElement> rows = browser.driver().findElements(By.cssSelector(".report-dry .problems tr.problem"));
			assertThat(rows).hasSize(3);
			String problems = browser.find(".report-dry .problems").getText();
			assertThat(problems).contains(file.getFileName().toString(), "staff-test-bad", "kind", "staff-test-site",
					"website", "staff-test-worse", "offers");
			assertThat(browser.find(".report-dry .note").getText()).contains("problems")
				.contains("Nothing was changed");
			assertThat(browser.find(".report-dry h3").getText()).isEqualTo("Problems (" + rows.size() + ")");
			assertThat(browser.find(".run-import").isEnabled()).isFalse();
			screenshot(browser, "staff-import-en");
			assertThat(graphSnapshot()).isEqualTo(before);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aValidFileIsCheckedThenImportedAndTheExportAnswersJson() throws IOException {
		Path file = Files.createTempFile("staff-valid-", ".json");
		Files.writeString(file, """
				{
				  "format": "upstairs/v1",
				  "companies": [
				    {"id": "staff-test-import", "name": "Staff Import Test Co", "kind": "STARTUP",
				     "offers": ["gpu-compute"]}
				  ]
				}
				""");
		List<String> before = graphSnapshot();
		try (Browser browser = signedIn(STAFF, "en")) {
			browser.get("/staff/import?lang=en");
			browser.find(".drop-zone input[type=file]").sendKeys(file.toAbsolutePath().toString());
			browser.find(".dry-run").click();
			browser.find(".report-dry tr[data-section=companies]");
			assertThat(browser.find(".report-dry tr[data-section=companies] .new").getText()).isEqualTo("1");
			assertThat(browser.find(".report-dry tr[data-section='companies.offers'] .rows").getText()).isEqualTo("1");
			assertThat(browser.find(".report-dry .note").getText()).contains("No problems");
			assertThat(graphSnapshot()).isEqualTo(before);
			assertThat(companyName("staff-test-import")).isNull();

			browser.find(".run-import").click();
			browser.find(".report-done .note-ok");
			assertThat(browser.find(".report-done .note-ok").getText()).startsWith("Imported");
			assertThat(companyName("staff-test-import")).isEqualTo("Staff Import Test Co");

			// The export is a plain link: a GET that answers the directory as JSON.
			assertThat(browser.find(".export-link").getAttribute("href")).endsWith("/bulk/export");
			Object exported = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch('/bulk/export').then(async (r) => done({type: r.headers.get('Content-Type'),
					  format: (await r.json()).format})).catch((e) => done({error: String(e)}));""");
			assertThat(((Map<?, ?>) exported).get("format")).isEqualTo("upstairs/v1");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
		finally {
			Files.deleteIfExists(file);
			graphQlAs(STAFF).document(
					"mutation { archiveCompany(input: {companyId: \"staff-test-import\", archived: true}) { company { id } } }")
				.execute();
		}
	}

	private String companyName(String id) {
		List<String> names = this.driver.executableQuery("MATCH (c:Company {id: $id}) RETURN c.name AS name")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("name").asString())
			.toList();
		return names.isEmpty() ? null : names.get(0);
	}

	private void assertChainAsTheApiCounts(Browser browser, String hub) {
		List<Map<String, Object>> layers = graphQlAs(STAFF).document(CHAIN)
			.variable("hub", hub)
			.execute()
			.path("hubChain")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		browser.await((driver) -> driver.findElements(By.cssSelector(".chain-layer")).size() == LAYERS.size());
		assertThat(browser.driver()
			.findElements(By.cssSelector(".chain-layer"))
			.stream()
			.map((e) -> e.getAttribute("data-layer"))
			.toList()).isEqualTo(LAYERS);
		int checked = 0;
		for (Map<String, Object> layer : layers) {
			String name = (String) layer.get("layer");
			String counts = browser.find(".chain-layer[data-layer=" + name + "] .chain-layer-counts").getText();
			assertThat(counts).contains(layer.get("providers") + " offering")
				.contains(layer.get("seekers") + " needing");
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> capabilities = (List<Map<String, Object>>) layer.get("capabilities");
			assertThat(browser.driver()
				.findElements(By.cssSelector(".chain-layer[data-layer=" + name + "] .supply"))
				.stream()
				.map((e) -> e.getAttribute("data-capability"))
				.toList())
				.isEqualTo(capabilities.stream().map((c) -> ((Map<?, ?>) c.get("capability")).get("id")).toList());
			for (Map<String, Object> supply : capabilities) {
				String id = (String) ((Map<?, ?>) supply.get("capability")).get("id");
				WebElement row = browser.find(".supply[data-capability='" + id + "']");
				assertThat(row.findElement(By.cssSelector(".offer-value")).getText())
					.isEqualTo(String.valueOf(supply.get("providers")));
				assertThat(row.findElement(By.cssSelector(".need-value")).getText())
					.isEqualTo(String.valueOf(supply.get("seekers")));
				checked++;
			}
		}
		assertThat(checked).isPositive();
	}

	private List<String> gapIds(String hub, String scenario) {
		return graphQlAs(STAFF).document(GAPS)
			.variable("hub", hub)
			.variable("scenario", scenario)
			.execute()
			.path("chainGaps[*].capability.id")
			.entityList(String.class)
			.get();
	}

	private void assertGapsAsTheApiCounts(Browser browser, String hub, String scenario) {
		List<String> expected = gapIds(hub, scenario);
		browser.await((driver) -> driver.findElements(By.cssSelector(".gap"))
			.stream()
			.map((e) -> e.getAttribute("data-capability"))
			.toList()
			.equals(expected));
		assertThat(browser.find(".gap-count").getText()).isEqualTo(expected.size() + " gaps");
		if (!expected.isEmpty()) {
			List<Integer> demands = graphQlAs(STAFF).document(GAPS)
				.variable("hub", hub)
				.variable("scenario", scenario)
				.execute()
				.path("chainGaps[*].demand")
				.entityList(Integer.class)
				.get();
			assertThat(browser.find(".gap[data-capability='" + expected.get(0) + "'] .demand-value").getText())
				.isEqualTo("Demand " + demands.get(0));
		}
	}

}
