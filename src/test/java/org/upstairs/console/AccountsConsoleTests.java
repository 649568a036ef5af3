package org.upstairs.console;

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
 * Accounts in the console: administrators create, change and disable them; the API's
 * refusals show where they concern; staff cannot open the view.
 */
class AccountsConsoleTests extends ConsoleTest {

	private static final String FOUNDER = "console-founder";

	private static final String FOUNDER_PASSWORD = "console-pass-2026";

	private static final String ACCOUNTS = """
			{ accounts(first: 100) { edges { node { username role companyId disabled } } } }""";

	@Test
	void anAdminCreatesAFounderWhoSignsInUntilTheAdminDisablesTheAccount() {
		String company = graphQlAs(ADMIN).document("{ company(id: \"tagwise-data\") { name } }")
			.execute()
			.path("company.name")
			.entity(String.class)
			.get();
		try (Browser admin = signedIn(ADMIN, "en")) {
			admin.get("/admin/accounts?lang=en");
			admin.find("tr[data-username='admin'] .you");
			admin.find("button.new-account").click();
			WebElement form = admin.find("form.create-account");
			form.findElement(By.name("username")).sendKeys(FOUNDER);
			form.findElement(By.name("password")).sendKeys(FOUNDER_PASSWORD);
			assertThat(new Select(form.findElement(By.name("role"))).getFirstSelectedOption().getText())
				.isEqualTo("Founder");
			form.findElement(By.name("companyId")).sendKeys(company.split(" ")[0]);
			admin.find("form.create-account .picker-hit[data-company='tagwise-data']").click();
			admin.awaitText("form.create-account .picked-name", company);
			form.findElement(By.cssSelector("button[type=submit]")).click();
			admin.awaitText(".place-notice", "Created the account " + FOUNDER);
			WebElement row = admin.find("tr[data-username='" + FOUNDER + "']");
			assertThat(row.getText()).contains("Founder", company, "Active").doesNotContain(FOUNDER_PASSWORD);
			assertThat(accounts()).contains(
					Map.of("username", FOUNDER, "role", "FOUNDER", "companyId", "tagwise-data", "disabled", false));
			screenshot(admin, "admin-accounts-en");

			try (Browser founder = Browser.open(this.port)) {
				founder.signIn(FOUNDER, FOUNDER_PASSWORD, "en");
				founder.await((driver) -> driver.getCurrentUrl().endsWith("/building"));
			}

			admin.find("tr[data-username='" + FOUNDER + "'] button.disable-button").click();
			admin.awaitText(".confirm-dialog[open]", "will no longer be able to sign in");
			assertThat(accounts()).as("nothing happens before confirming")
				.contains(
						Map.of("username", FOUNDER, "role", "FOUNDER", "companyId", "tagwise-data", "disabled", false));
			admin.find(".confirm-dialog[open] button.confirm-yes").click();
			admin.awaitText("tr[data-username='" + FOUNDER + "'] .state", "Disabled");
			admin.awaitText(".place-notice", "Disabled " + FOUNDER);
			assertThat(accounts()).contains(
					Map.of("username", FOUNDER, "role", "FOUNDER", "companyId", "tagwise-data", "disabled", true));

			try (Browser refused = Browser.open(this.port)) {
				refused.get("/sign-in?lang=en");
				refused.find("input[name=username]").sendKeys(FOUNDER);
				refused.driver().findElement(By.name("password")).sendKeys(FOUNDER_PASSWORD);
				refused.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
				refused.awaitText("#sign-in-error", "Wrong username or password");
				assertThat(refused.driver().getCurrentUrl()).contains("/sign-in");
			}

			admin.width(375);
			admin.find("tr[data-username='" + FOUNDER + "'] button.enable-button");
			assertThat(((JavascriptExecutor) admin.driver())
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
				.as("nothing wider than a phone")
				.isEqualTo(true);
			assertThat(admin.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void theLastActiveAdministratorCannotDemoteOrDisableThemself() {
		List<Map<String, Object>> admins = accounts().stream()
			.filter((account) -> "ADMIN".equals(account.get("role")) && Boolean.FALSE.equals(account.get("disabled")))
			.toList();
		assertThat(admins).as("the test account admin is the only active administrator")
			.extracting((account) -> account.get("username"))
			.containsExactly(ADMIN);
		List<String> before = graphSnapshot();
		try (Browser browser = signedIn(ADMIN, "en")) {
			browser.get("/admin/accounts?lang=en");
			browser.find("tr[data-username='admin'] button.edit-account-button").click();
			WebElement editor = browser.find("tr[data-editor='admin'] form.edit-account");
			new Select(editor.findElement(By.name("role"))).selectByValue("STAFF");
			editor.findElement(By.cssSelector("button[type=submit]")).click();
			browser.awaitText("tr[data-editor='admin'] .field-invalid .field-error",
					"would leave no active administrator");
			assertThat(new Select(browser.find("tr[data-editor='admin'] select[name=role]")).getFirstSelectedOption()
				.getAttribute("value")).as("the chosen role stays").isEqualTo("STAFF");
			assertThat(browser.find("tr[data-username='admin'] .role").getText()).isEqualTo("Administrator");

			browser.find("tr[data-username='admin'] button.disable-button").click();
			browser.awaitText(".confirm-dialog[open]", "your own account");
			browser.find(".confirm-dialog[open] button.confirm-yes").click();
			browser.awaitText(".confirm-dialog[open] .disable-error", "would leave no active administrator");
			browser.find(".confirm-dialog[open] button.confirm-no").click();
			browser.await((driver) -> driver.findElements(By.cssSelector(".confirm-dialog[open]")).isEmpty());
			assertThat(browser.find("tr[data-username='admin'] .state").getText()).isEqualTo("Active");
			assertThat(graphSnapshot()).isEqualTo(before);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void staffCannotOpenAccounts() {
		try (Browser browser = signedIn(STAFF, "en")) {
			assertThat(browser.find(".main-nav").getText()).contains("Hubs & buildings").doesNotContain("Accounts");
			browser.get("/admin/accounts?lang=en");
			browser.awaitText("main h1", "Not allowed");
			assertThat(browser.driver().findElements(By.cssSelector(".accounts-table, button.new-account"))).isEmpty();
		}
	}

	@Test
	void accountsReadInChinese() {
		try (Browser browser = signedIn(ADMIN, "zh")) {
			browser.get("/admin/accounts?lang=zh");
			browser.awaitText("main h1", "账号管理");
			assertThat(browser.find("tr[data-username='staff']").getText()).contains("运营人员", "正常", "重置密码");
			assertThat(browser.find(".accounts-table thead").getText()).contains("用户名", "角色", "企业", "状态");
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> accounts() {
		return graphQlAs(ADMIN).document(ACCOUNTS)
			.execute()
			.path("accounts.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((account) -> (Map<String, Object>) account)
			.map((account) -> {
				Map<String, Object> copy = new java.util.HashMap<>(account);
				if (copy.get("companyId") == null) {
					copy.remove("companyId");
				}
				return Map.copyOf(copy);
			})
			.toList();
	}

}
