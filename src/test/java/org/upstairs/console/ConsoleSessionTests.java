package org.upstairs.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.upstairs.support.Browser;
import org.upstairs.support.ConsoleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the console, its cookie and CSRF token, its languages and the page's
 * headers: in a real browser where one is installed, over HTTP otherwise.
 */
class ConsoleSessionTests extends ConsoleTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aFounderSignsInLandsOnTheirBuildingAndSignsOut() {
		try (Browser browser = signedIn("infinigence", "en")) {
			assertThat(browser.driver().getCurrentUrl()).endsWith("/building");
			assertThat(browser.find(".main-nav").getText()).contains("My building", "Recommendations", "Introductions")
				.doesNotContain("Hub dashboard");
			browser.find(".sign-out").click();
			browser.await((driver) -> driver.getCurrentUrl().contains("/sign-in"));
			browser.find(".sign-in-link, form.sign-in");
			assertThat(browser.driver().findElements(By.cssSelector(".who"))).isEmpty();
			// The founder's pages now send the browser to sign in.
			browser.get("/building?lang=en");
			browser.await((driver) -> driver.getCurrentUrl().contains("/sign-in?next="));
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	@Test
	void aFoundersFirstViewTransfersAtMost300KilobytesAndWorksAtAPhonesWidth() {
		try (Browser browser = signedIn("infinigence", "en")) {
			ChromeDriver chrome = (ChromeDriver) browser.driver();
			chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
			browser.width(375).get("/building");
			long bytes = browser.await((driver) -> {
				// Settled: no new resource for a second.
				long count = resourceCount(chrome);
				sleep(1000);
				return (resourceCount(chrome) == count && count > 3) ? transferred(chrome) : null;
			});
			System.out.println("A founder's first view transferred " + bytes + " bytes");
			assertThat(bytes).as("bytes transferred for a founder's first view").isPositive().isLessThan(300 * 1024);
			assertThat(((Number) chrome.executeScript("return document.documentElement.scrollWidth")).intValue())
				.as("page width at 375 px")
				.isLessThanOrEqualTo(375);
			assertThat(browser.securityPolicyViolations()).isEmpty();
		}
	}

	private static long resourceCount(ChromeDriver chrome) {
		return ((Number) chrome.executeScript("return performance.getEntriesByType('resource').length")).longValue();
	}

	private static long transferred(ChromeDriver chrome) {
		return ((Number) chrome.executeScript("""
				return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
				  .reduce((sum, entry) => sum + entry.transferSize, 0)""")).longValue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void staffLandOnTheDashboardAndAWrongPasswordIsShown() {
		try (Browser browser = Browser.open(this.port)) {
			browser.get("/sign-in?lang=en");
			browser.find("input[name=username]").sendKeys("staff");
			browser.driver().findElement(By.name("password")).sendKeys("not-the-password");
			browser.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
			browser.awaitText("#sign-in-error", "Wrong username or password");
			browser.driver().findElement(By.name("password")).clear();
			browser.driver().findElement(By.name("password")).sendKeys(TEST_PASSWORD);
			browser.driver().findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
			browser.await((driver) -> driver.getCurrentUrl().endsWith("/staff"));
			assertThat(browser.find(".main-nav").getText()).contains("Hub dashboard", "Introductions board")
				.doesNotContain("My building");
		}
	}

	@Test
	void theLanguageFollowsTheLinkThenTheSwitchWhichIsRemembered() {
		try (Browser browser = Browser.open(this.port)) {
			browser.get("/directory?lang=zh");
			browser.awaitText(".main-nav", "目录");
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
			browser.find(".lang-switch").click();
			browser.awaitText(".main-nav", "Directory");
			assertThat(browser.driver().getCurrentUrl()).doesNotContain("lang=");
			browser.get("/directory");
			browser.awaitText(".main-nav", "Directory");
			browser.find(".lang-switch").click();
			browser.awaitText(".main-nav", "目录");
			browser.get("/search");
			browser.awaitText(".main-nav", "搜索");
		}
	}

	@Test
	void theCookieIsHttpOnlyAndSameSiteAndChangesNeedItsCsrfToken() throws Exception {
		HttpResponse<String> signIn = post("/sign-in", "application/x-www-form-urlencoded",
				"username=staff&password=" + URLEncoder.encode(TEST_PASSWORD, StandardCharsets.UTF_8), List.of());
		assertThat(signIn.statusCode()).isEqualTo(200);
		String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("UPSTAIRS_SESSION=").contains("HttpOnly", "SameSite=Lax");
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		JsonNode session = JSON.readTree(signIn.body());
		assertThat(session.get("account").get("role").asString()).isEqualTo("STAFF");
		String token = session.get("csrfToken").asString();
		assertThat(token).isNotBlank();

		String rename = "{\"query\":\"mutation { upsertCompany(input: {id: \\\"infinigence-ai\\\", name: \\\"Forged\\\"}) { company { name } } }\"}";
		List<String> before = graphSnapshot();
		// What a page on another site could make the browser send: the cookie, no token.
		HttpResponse<String> forged = post("/graphql", "application/json", rename, List.of("Cookie", cookie));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("FORBIDDEN").contains("CSRF");
		HttpResponse<String> wrongToken = post("/graphql", "application/json", rename,
				List.of("Cookie", cookie, "X-CSRF-TOKEN", token + "x"));
		assertThat(wrongToken.statusCode()).isEqualTo(403);
		assertThat(graphSnapshot()).isEqualTo(before);

		HttpResponse<String> me = post("/graphql", "application/json", "{\"query\":\"{ me { username role } }\"}",
				List.of("Cookie", cookie, "X-CSRF-TOKEN", token));
		assertThat(me.body()).contains("\"username\":\"staff\"");
		HttpResponse<String> current = get("/session", List.of("Cookie", cookie));
		assertThat(JSON.readTree(current.body()).get("csrfToken").asString()).isEqualTo(token);

		// Signing out ends the session everywhere: the cookie is worth nothing after.
		assertThat(post("/sign-out", "text/plain", "", List.of("Cookie", cookie, "X-CSRF-TOKEN", token)).statusCode())
			.isEqualTo(204);
		HttpResponse<String> after = get("/session", List.of("Cookie", cookie));
		assertThat(JSON.readTree(after.body()).get("account").isNull()).isTrue();
		HttpResponse<String> anonymousMe = post("/graphql", "application/json", "{\"query\":\"{ me { username } }\"}",
				List.of("Cookie", cookie));
		assertThat(anonymousMe.statusCode()).isEqualTo(200);
		assertThat(anonymousMe.body()).contains("\"me\":null");
	}

	@Test
	void aWebSocketSignedInByTheCookieEndsWithTheSession() throws Exception {
		HttpResponse<String> signIn = post("/sign-in", "application/x-www-form-urlencoded",
				"username=staff&password=" + URLEncoder.encode(TEST_PASSWORD, StandardCharsets.UTF_8), List.of());
		String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		String token = JSON.readTree(signIn.body()).get("csrfToken").asString();
		WebSocketGraphQlTester socket = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.headers((headers) -> headers.add("Cookie", cookie))
			.build();
		socket.document("{ me { username } }").execute().path("me.username").entity(String.class).isEqualTo("staff");

		post("/sign-out", "text/plain", "", List.of("Cookie", cookie, "X-CSRF-TOKEN", token));
		// The same connection, after the sign-out: answered as nobody, not as staff.
		socket.document("{ me { username } }").execute().path("me").valueIsNull();
		socket.stop().block(java.time.Duration.ofSeconds(5));
	}

	@Test
	void aMadeUpCookieCannotSignAnyoneOut() throws Exception {
		HttpResponse<String> signIn = post("/sign-in", "application/x-www-form-urlencoded",
				"username=staff&password=" + URLEncoder.encode(TEST_PASSWORD, StandardCharsets.UTF_8), List.of());
		String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		String[] parts = cookie.substring(cookie.indexOf('=') + 1).split("\\.");
		// Right name and shape, expiry far ahead, signatures made up.
		String forged = "UPSTAIRS_SESSION=" + parts[0] + ".9999999999." + parts[2] + ".AAAA.AAAA";
		assertThat(post("/sign-out", "text/plain", "", List.of("Cookie", forged)).statusCode()).isEqualTo(204);
		HttpResponse<String> still = get("/session", List.of("Cookie", cookie));
		assertThat(JSON.readTree(still.body()).get("account").get("username").asString()).isEqualTo("staff");
		HttpResponse<String> nobody = get("/session", List.of("Cookie", forged));
		assertThat(JSON.readTree(nobody.body()).get("account").isNull()).isTrue();
	}

	@Test
	void aWrongSignInAnswers401WithoutInvitingTheBrowsersOwnDialog() throws Exception {
		HttpResponse<String> wrong = post("/sign-in", "application/x-www-form-urlencoded",
				"username=staff&password=wrong-password", List.of());
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void thePageAllowsOnlyItsOwnScriptsAndIsNeverCachedWhileItsAssetsAreForAYear() throws Exception {
		HttpResponse<String> page = get("/building", List.of("Accept-Language", "zh-CN,zh;q=0.9"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"zh-CN\">");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		String scripts = policy.substring(policy.indexOf("script-src"),
				policy.indexOf(';', policy.indexOf("script-src")));
		assertThat(scripts).doesNotContain("unsafe").contains("'self'", "'sha256-");
		assertThat(policy).contains("connect-src 'self' ws://localhost:" + this.port + ";");
		assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
		String app = page.body().replaceAll("(?s).*<script type=\"module\" src=\"([^\"]+)\".*", "$1");
		assertThat(app).matches("/assets/[0-9a-f]{12}/app.js");
		HttpResponse<String> script = get(app, List.of());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000",
				"immutable");
		String preact = page.body().replaceAll("(?s).*\"preact\":\"([^\"]+)\".*", "$1");
		HttpResponse<String> library = get(preact, List.of());
		assertThat(library.statusCode()).isEqualTo(200);
		assertThat(library.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
	}

	private HttpResponse<String> post(String path, String contentType, String body, List<String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		for (int i = 0; i < headers.size(); i += 2) {
			request.header(headers.get(i), headers.get(i + 1));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, List<String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		for (int i = 0; i < headers.size(); i += 2) {
			request.header(headers.get(i), headers.get(i + 1));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
