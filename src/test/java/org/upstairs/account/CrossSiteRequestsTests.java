package org.upstairs.account;

import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page on another site cannot make the browser change anything with the credentials it
 * remembers for the service: a form posted to {@code /bulk/import} or a mutation posted
 * to {@code /graphql} from a foreign origin is refused with 403 and changes nothing, as
 * is a WebSocket opened from one; the same requests from curl (no Origin) or from the
 * service's own pages go through. A mutation cannot be sent with GET at all.
 */
class CrossSiteRequestsTests extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String BOUNDARY = "cross-site-boundary";

	private static final String HUB = """
			{"format": "upstairs/v1", "hubs": [{"id": "forged-hub", "name": "Forged", "district": "Elsewhere"}]}""";

	private static final String MUTATION = """
			{"query": "mutation { upsertCompany(input: {id: \\"forged-co\\", name: \\"Forged\\", kind: STARTUP}) \
			{ company { id } } }"}""";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void aFormPostedFromAnotherSiteWithTheBrowsersCredentialsImportsNothing() throws Exception {
		List<String> before = graphSnapshot();

		for (UnaryOperator<HttpRequest.Builder> foreign : List.<UnaryOperator<HttpRequest.Builder>>of(
				(request) -> request.header("Origin", "https://evil.example"),
				(request) -> request.header("Sec-Fetch-Site", "cross-site"),
				(request) -> request.header("Sec-Fetch-Site", "same-site"),
				(request) -> request.header("Origin", "null"))) {
			HttpResponse<String> response = HTTP.send(foreign.apply(importForm()).build(), BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(403);
			assertThat(response.body()).contains("\"classification\":\"FORBIDDEN\"");
		}
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void theSameFormFromCurlOrFromTheServicesOwnPagesImports() throws Exception {
		assertThat(HTTP.send(importForm().build(), BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		assertThat(HTTP
			.send(importForm().header("Origin", "http://localhost:" + this.port).build(), BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		assertThat(HTTP.send(importForm().header("Sec-Fetch-Site", "same-origin").build(), BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
		assertThat(hubIds()).contains("forged-hub");
	}

	@Test
	void aMutationPostedFromAnotherSiteChangesNothingAndFromCurlItDoes() throws Exception {
		List<String> before = graphSnapshot();

		HttpResponse<String> foreign = HTTP.send(mutationPost().header("Origin", "https://evil.example").build(),
				BodyHandlers.ofString());
		assertThat(foreign.statusCode()).isEqualTo(403);
		assertThat(foreign.body()).contains("\"classification\":\"FORBIDDEN\"");
		assertThat(graphSnapshot()).isEqualTo(before);

		HttpResponse<String> curl = HTTP.send(mutationPost().build(), BodyHandlers.ofString());
		assertThat(curl.body()).contains("\"forged-co\"").doesNotContain("errors");
	}

	@Test
	void aMutationCannotBeSentWithGet() throws Exception {
		List<String> before = graphSnapshot();
		String query = URLEncoder.encode(
				"mutation { upsertCompany(input: {id: \"forged-co\", name: \"Forged\", kind: STARTUP}) { company { id } } }",
				StandardCharsets.UTF_8);

		HttpResponse<String> response = HTTP.send(withStaffCredentials(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?query=" + query)))
			.GET()
			.build(), BodyHandlers.ofString());

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void aWebSocketOpenedFromAnotherSiteIsRefusedAndFromTheServicesOwnPagesOpens() throws Exception {
		assertThat(webSocketHandshake("https://evil.example")).isEqualTo("HTTP/1.1 403");
		assertThat(webSocketHandshake("http://localhost:" + this.port)).isEqualTo("HTTP/1.1 101");
	}

	/** Opens a WebSocket by hand (HttpClient sends no Upgrade) and reads the status. */
	private String webSocketHandshake(String origin) throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("GET /graphql HTTP/1.1\r\nHost: localhost:" + this.port
						+ "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
						+ Base64.getEncoder().encodeToString(new byte[16])
						+ "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\nOrigin: "
						+ origin + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
		}
	}

	private HttpRequest.Builder importForm() {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"hub.json\""
				+ "\r\nContent-Type: application/json\r\n\r\n" + HUB + "\r\n--" + BOUNDARY + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
		return withStaffCredentials(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/bulk/import")))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(BodyPublishers.ofByteArray(head));
	}

	private HttpRequest.Builder mutationPost() {
		return withStaffCredentials(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql")))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(MUTATION));
	}

	/** As a browser adds the Basic credentials it remembers for the service. */
	private static HttpRequest.Builder withStaffCredentials(HttpRequest.Builder request) {
		return request.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((STAFF + ":" + TEST_PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> hubIds() {
		return this.driver.executableQuery("MATCH (h:Hub) RETURN h.id AS id")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList();
	}

}
