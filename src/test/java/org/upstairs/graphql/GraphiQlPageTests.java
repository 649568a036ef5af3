package org.upstairs.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.upstairs.support.Browser;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL draws on a machine without internet: every script and stylesheet its page
 * names is served by the service itself.
 */
class GraphiQlPageTests extends IntegrationTest {

	private static final Pattern ASSET = Pattern.compile("<(?:script|link)\\b[^>]*?(?:src|href)=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void fixture() {
		// Other classes share the database; the browser asks for this fixture's hubs.
		resetGraphTo("chain");
	}

	@Test
	void everyScriptAndStylesheetOfTheGraphiQlPageIsServedByTheService() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));

		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(page.body());
		while (matcher.find()) {
			assets.add(matcher.group(1));
		}
		assertThat(assets).as("the page's scripts and stylesheets")
			.contains("/webjars/graphiql/2.4.7/graphiql.min.js", "/graphiql/graphiql.js")
			.allSatisfy(
					(asset) -> assertThat(asset).as("served from this service").startsWith("/").doesNotStartWith("//"));
		for (String asset : assets) {
			HttpResponse<String> served = get(asset);
			assertThat(served.statusCode()).as(asset).isEqualTo(200);
			assertThat(served.body()).as(asset).isNotBlank();
			assertThat(served.headers().firstValue("Content-Type")).as(asset)
				.hasValueSatisfying((type) -> assertThat(type)
					.matches(asset.endsWith(".css") ? "text/css.*" : "(text|application)/javascript.*"));
		}
		// The page's own script asks this service, never another host.
		assertThat(get("/graphiql/graphiql.js").body()).doesNotContain("http://", "https://");
	}

	@Test
	void graphiQlDrawsAndAnswersAQueryInARealBrowser() {
		try (Browser browser = Browser.open(this.port)) {
			browser.get("/graphiql?query=" + URLEncoder.encode("query Hubs { hubs { id } }", StandardCharsets.UTF_8));
			browser.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-execute-button"))).click();
			browser.await(
					ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".result-window"), "other-hub"));
			// Everything it needed was allowed by the Content-Security-Policy.
			assertThat(browser.driver().manage().logs().get(LogType.BROWSER).getAll())
				.noneSatisfy((entry) -> assertThat(entry.getMessage()).contains("Content Security Policy"));
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
