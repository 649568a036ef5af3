package org.upstairs.console;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.upstairs.support.Browser;
import org.upstairs.support.ConsoleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One company editor, two doors: the founder's "My company" and the staff's company
 * editing. Every test puts infinigence-ai back as the demo data has it.
 */
class CompanyEditingConsoleTests extends ConsoleTest {

	private static final String COMPANY = "infinigence-ai";

	@AfterEach
	void restore() {
		resetGraphToDemoData();
	}

	private Map<String, Object> company(String fields) {
		return graphQlAs(STAFF).document("query($id: ID!) { company(id: $id) { " + fields + " } }")
			.variable("id", COMPANY)
			.execute()
			.path("company")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private List<String> ids(String list) {
		List<Map<String, Object>> items = (List<Map<String, Object>>) company(list + " { id }").get(list);
		return items.stream().map((item) -> (String) item.get("id")).toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> needIds() {
		List<Map<String, Object>> needs = (List<Map<String, Object>>) company("needs { capability { id } }")
			.get("needs");
		return needs.stream().map((need) -> (String) ((Map<String, Object>) need.get("capability")).get("id")).toList();
	}

	/** A capability the company neither offers, claims nor needs. */
	private String unusedCapability() {
		List<String> all = anonymousGraphQl().document("{ capabilities { id } }")
			.execute()
			.path("capabilities[*].id")
			.entityList(String.class)
			.get();
		List<String> used = new java.util.ArrayList<>(ids("offers"));
		used.addAll(ids("claimedOffers"));
		used.addAll(needIds());
		return all.stream().filter((id) -> !used.contains(id)).findFirst().orElseThrow();
	}

	private static void type(WebElement input, String text) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		input.sendKeys(text);
	}

	private Browser myCompany() {
		Browser browser = signedIn("infinigence", "en");
		browser.get("/my-company?lang=en");
		browser.await((driver) -> "Infinigence AI"
			.equals(driver.findElement(By.cssSelector(".profile-form input[name=name]")).getDomProperty("value")));
		return browser;
	}

	@Test
	void aFounderSavesTheirProfile() {
		try (Browser browser = myCompany()) {
			screenshot(browser, "my-company-en");
			type(browser.find(".profile-form input[name=headcount]"), "215");
			type(browser.find(".profile-form textarea[name=description]"), "Compute for everyone, now in Xuhui.");
			browser.find(".profile-form button[type=submit]").click();
			browser.awaitText(".profile-form .saved", "Profile saved");
			Map<String, Object> saved = company("headcount description name");
			assertThat(saved).containsEntry("headcount", 215)
				.containsEntry("description", "Compute for everyone, now in Xuhui.")
				.containsEntry("name", "Infinigence AI");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void aRefusedEditShowsTheApiMessageByItsFieldAndKeepsWhatWasTyped() {
		String apiMessage = expectedWebsiteMessage();
		List<String> before = graphSnapshot();
		try (Browser browser = myCompany()) {
			type(browser.find(".profile-form input[name=nameZh]"), "无问芯穹科技");
			type(browser.find(".profile-form input[name=headcount]"), "230");
			type(browser.find(".profile-form input[name=website]"), "www infini-ai");
			browser.find(".profile-form button[type=submit]").click();
			WebElement website = browser.find(".profile-form input[name=website]");
			browser.await((driver) -> "true".equals(website.getDomAttribute("aria-invalid")));
			WebElement message = browser.driver()
				.findElement(By.id(website.getDomAttribute("aria-describedby").split(" ")[0]));
			assertThat(message.getText()).isNotBlank().doesNotStartWith("input.");
			assertThat(message.getText()).isEqualTo(apiMessage);
			assertThat(browser.find(".profile-form input[name=nameZh]").getDomProperty("value")).isEqualTo("无问芯穹科技");
			assertThat(browser.find(".profile-form input[name=headcount]").getDomProperty("value")).isEqualTo("230");
			assertThat(website.getDomProperty("value")).isEqualTo("www infini-ai");
			assertThat(browser.driver().findElements(By.cssSelector(".profile-form .saved"))).isEmpty();
			assertThat(graphSnapshot()).isEqualTo(before);
		}
	}

	/** What the API says of the website, without its field prefix. */
	private String expectedWebsiteMessage() {
		String[] message = new String[1];
		graphQlAs(STAFF).document(
				"mutation { upsertCompany(input: {id: \"infinigence-ai\", website: \"www infini-ai\"}) { company { id } } }")
			.execute()
			.errors()
			.satisfy((errors) -> message[0] = errors.get(0).getMessage());
		return message[0].startsWith("input.website: ") ? message[0].substring("input.website: ".length()) : message[0];
	}

	@Test
	void aFoundersOfferAwaitsVerificationUntilStaffVerifyIt() {
		String capability = unusedCapability();
		try (Browser founder = myCompany()) {
			new Select(founder.find(".add-offer select")).selectByValue(capability);
			founder.find(".add-offer button[type=submit]").click();
			founder.awaitText(".offer.claimed[data-id='" + capability + "']", "Awaiting verification");
			founder.awaitText(".offers-editor .saved", "awaiting verification");
		}
		assertThat(ids("claimedOffers")).contains(capability);
		assertThat(ids("offers")).doesNotContain(capability);

		try (Browser staff = signedIn(STAFF, "en")) {
			staff.get("/staff/companies/" + COMPANY + "?lang=en");
			staff.find(".offer.claimed[data-id='" + capability + "'] .verify-offer").click();
			staff.awaitText(".offer[data-id='" + capability + "']", "Verified");
			assertThat(staff.driver().findElements(By.cssSelector(".offer.claimed[data-id='" + capability + "']")))
				.isEmpty();
			assertThat(staff.securityPolicyViolations()).isEmpty();
		}
		assertThat(ids("offers")).contains(capability);
		assertThat(ids("claimedOffers")).doesNotContain(capability);
	}

	@Test
	void aFounderAddsAndRemovesANeed() {
		String capability = unusedCapability();
		try (Browser browser = myCompany()) {
			new Select(browser.find(".add-need select[name=need]")).selectByValue(capability);
			new Select(browser.find(".add-need select[name=priority]")).selectByValue("1");
			type(browser.find(".add-need input[name=note]"), "for the next cluster");
			browser.find(".add-need button[type=submit]").click();
			browser.awaitText(".need[data-id='" + capability + "']", "Urgent");
			assertThat(browser.find(".need[data-id='" + capability + "']").getText()).contains("for the next cluster");
			assertThat(needIds()).contains(capability);

			browser.find(".need[data-id='" + capability + "'] .remove-need").click();
			browser.awaitText(".needs-editor .saved", "Need removed");
			assertThat(browser.driver().findElements(By.cssSelector(".need[data-id='" + capability + "']"))).isEmpty();
			assertThat(needIds()).doesNotContain(capability);
		}
	}

}
