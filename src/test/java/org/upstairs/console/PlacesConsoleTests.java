package org.upstairs.console;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.upstairs.support.Browser;
import org.upstairs.support.ConsoleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hubs & buildings in the console: staff create and change them, see the API's refusals
 * next to the field they concern, and founders cannot open the view.
 */
class PlacesConsoleTests extends ConsoleTest {

	@Test
	void staffCreateAHubAndABuildingThatShowInTheListAndInTheGraph() {
		try (Browser browser = signedIn(STAFF, "en")) {
			browser.get("/staff/places?lang=en");
			browser.find(".hub-card[data-hub='smc-xuhui'] li.building[data-building='smc-phase-1'] svg.elevation");
			screenshot(browser, "staff-places-en");
			browser.find("button.new-hub").click();
			WebElement form = browser.find(".new-hub-card form.hub-form");
			form.findElement(By.name("name")).sendKeys("Console Lingang Hub");
			WebElement id = form.findElement(By.name("id"));
			assertThat(id.getAttribute("value")).as("an id suggested from the name").isEqualTo("console-lingang-hub");
			replace(id, "console-test-hub");
			form.findElement(By.name("nameZh")).sendKeys("控制台临港中心");
			form.findElement(By.name("district")).sendKeys("Pudong");
			form.findElement(By.name("description")).sendKeys("Created by the console's test.");
			form.findElement(By.cssSelector("button[type=submit]")).click();
			browser.awaitText(".place-notice", "Created the hub Console Lingang Hub");
			WebElement hub = browser.find(".hub-card[data-hub='console-test-hub']");
			assertThat(hub.getText()).contains("Console Lingang Hub", "控制台临港中心", "Pudong", "0 buildings");

			hub.findElement(By.cssSelector("button.add-building")).click();
			WebElement building = browser.find(".hub-card[data-hub='console-test-hub'] form.building-form");
			building.findElement(By.name("name")).sendKeys("Console Tower");
			assertThat(building.findElement(By.name("id")).getAttribute("value")).isEqualTo("console-tower");
			building.findElement(By.name("floors")).sendKeys("6");
			replace(building.findElement(By.name("basements")), "1");
			building.findElement(By.cssSelector("button[type=submit]")).click();
			browser.awaitText(".place-notice", "Created the building Console Tower");
			WebElement card = browser
				.find(".hub-card[data-hub='console-test-hub'] li.building[data-building='console-tower']");
			assertThat(card.getText()).contains("Console Tower", "6 floors", "1 below ground", "0 companies");
			assertThat(card.findElements(By.cssSelector("svg.elevation .elevation-floor")))
				.as("6 floors and 1 basement")
				.hasSize(7);
			assertThat(browser.find(".hub-card[data-hub='console-test-hub']").getText()).contains("1 building");

			Map<String, Object> saved = graphQlAs(STAFF).document("""
					{ hub(id: "console-test-hub") { name nameZh district description
					    buildings { id name floors basements hub { id } } } }""")
				.execute()
				.path("hub")
				.entity(Map.class)
				.get();
			assertThat(saved).containsEntry("name", "Console Lingang Hub")
				.containsEntry("nameZh", "控制台临港中心")
				.containsEntry("district", "Pudong")
				.containsEntry("description", "Created by the console's test.");
			assertThat(saved.get("buildings")).isEqualTo(List.of(Map.of("id", "console-tower", "name", "Console Tower",
					"floors", 6, "basements", 1, "hub", Map.of("id", "console-test-hub"))));

			browser.driver().navigate().refresh();
			browser.find(".hub-card[data-hub='smc-xuhui']");
			browser.width(375);
			browser.find(".hub-card[data-hub='console-test-hub'] li.building[data-building='console-tower']");
			assertThat(((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing wider than a phone")
				.isEqualTo(true);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void floorsBelowAnOccupiedFloorAreRefusedNextToTheFieldAndChangeNothing() {
		List<Integer> occupied = graphQlAs(STAFF).document(
				"{ building(id: \"smc-phase-1\") { companies(first: 100) { edges { node { location { floor } } } } } }")
			.execute()
			.path("building.companies.edges[*].node.location.floor")
			.entityList(Integer.class)
			.get();
		int highest = occupied.stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(highest).as("a company sits above the ground floor").isGreaterThan(1);
		List<String> before = graphSnapshot();
		try (Browser browser = signedIn(STAFF, "en")) {
			browser.get("/staff/places?lang=en");
			browser.find("li.building[data-building='smc-phase-1'] button.edit-building").click();
			WebElement form = browser.find("li.building[data-building='smc-phase-1'] form.building-form");
			WebElement floors = form.findElement(By.name("floors"));
			replace(floors, String.valueOf(highest - 1));
			form.findElement(By.cssSelector("button[type=submit]")).click();
			browser.awaitText("li.building[data-building='smc-phase-1'] .field-invalid .field-error",
					"must be at least " + highest);
			WebElement field = browser.find("li.building[data-building='smc-phase-1'] .field-invalid");
			assertThat(field.findElement(By.name("floors")).getAttribute("value")).as("the typed value stays")
				.isEqualTo(String.valueOf(highest - 1));
			assertThat(field.findElement(By.name("floors")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(field.getText()).contains("a company sits on floor " + highest);
			assertThat(browser.driver().findElements(By.cssSelector(".field-invalid"))).hasSize(1);
			assertThat(graphSnapshot()).isEqualTo(before);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void aFounderCannotOpenHubsAndBuildings() {
		try (Browser browser = signedIn("infinigence", "en")) {
			assertThat(browser.find(".main-nav").getText()).doesNotContain("Hubs & buildings");
			browser.get("/staff/places?lang=en");
			browser.awaitText("main h1", "Not allowed");
			assertThat(browser.driver().findElements(By.cssSelector(".hub-card, button.new-hub"))).isEmpty();
		}
	}

	@Test
	void hubsAndBuildingsReadInChinese() {
		String hubName = graphQlAs(STAFF).document("{ hub(id: \"smc-xuhui\") { nameZh } }")
			.execute()
			.path("hub.nameZh")
			.entity(String.class)
			.get();
		String buildingName = graphQlAs(STAFF).document("{ building(id: \"smc-phase-2\") { nameZh } }")
			.execute()
			.path("building.nameZh")
			.entity(String.class)
			.get();
		try (Browser browser = signedIn(STAFF, "zh")) {
			browser.get("/staff/places?lang=zh");
			browser.awaitText("main h1", "园区与楼宇");
			browser.awaitText(".hub-card[data-hub='smc-xuhui'] h2", hubName);
			WebElement building = browser.find("li.building[data-building='smc-phase-2']");
			assertThat(building.getText()).contains(buildingName, "地上 8 层", "地下 1 层", "编辑");
			assertThat(building.findElement(By.cssSelector("svg.elevation")).getAttribute("aria-label"))
				.contains(buildingName, "各楼层企业");
			assertThat(browser.find("button.new-hub").getText()).isEqualTo("新建园区");
			building.findElement(By.cssSelector("button.edit-building")).click();
			WebElement form = browser.find("li.building[data-building='smc-phase-2'] form.building-form");
			assertThat(form.getText()).contains("地上楼层数", "地下层数", "所属园区", "保存");
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	/**
	 * Replaces an input's text the way a person does, so the page sees the input events.
	 */
	static void replace(WebElement input, String text) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		input.sendKeys(text);
	}

}
