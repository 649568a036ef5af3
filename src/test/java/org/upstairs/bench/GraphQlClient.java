package org.upstairs.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL requests over HTTP as a frontend does, signed in with HTTP Basic.
 */
final class GraphQlClient {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI endpoint;

	private final String authorization;

	GraphQlClient(int port, String username, String password) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Asks without signing in.
	 * @param query the document
	 * @return whether the service answered with data
	 */
	boolean answers(String query) {
		try {
			HttpResponse<String> response = this.http.send(request(query, Map.of()).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && JSON.readTree(response.body()).has("data");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Asks, signed in; every error is a failure of the benchmark, not a data point.
	 * @param query the document
	 * @param variables its variables
	 * @return the {@code data} of the answer
	 */
	JsonNode data(String query, Map<String, Object> variables) {
		try {
			HttpResponse<String> response = this.http.send(
					request(query, variables).header("Authorization", this.authorization).build(),
					HttpResponse.BodyHandlers.ofString());
			JsonNode body = JSON.readTree(response.body());
			if (response.statusCode() != 200 || body.has("errors")) {
				throw new IllegalStateException("GraphQL request failed (" + response.statusCode() + "): "
						+ body.path("errors") + " for variables " + variables);
			}
			return body.get("data");
		}
		catch (IOException ex) {
			throw new IllegalStateException("GraphQL request failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private HttpRequest.Builder request(String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		return HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
	}

}
