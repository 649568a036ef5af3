package org.upstairs.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.upstairs.UpstairsApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code prod} profile: no introspection and no GraphiQL page, while the public
 * directory still answers.
 */
class ProdProfileTests {

	@TempDir
	Path store;

	/**
	 * Spring Boot turns introspection off JVM-wide (GraphQL Java has no per-schema
	 * switch), so the other tests in this JVM get it back here.
	 */
	@AfterEach
	void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionAndGraphiQlAreOffWhileQueriesAreAnswered() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(UpstairsApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--spring.main.banner-mode=off", "--upstairs.neo4j.embedded.bolt-port=0",
					"--upstairs.neo4j.embedded.directory=" + this.store)) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");

			HttpResponse<String> schema = postGraphQl(base, "{ __schema { types { name } } }");
			assertThat(schema.body()).contains("FORBIDDEN", "graphql-schema").doesNotContain("\"types\"");

			HttpResponse<String> type = postGraphQl(base, "{ __type(name: \"Company\") { fields { name } } }");
			assertThat(type.body()).contains("FORBIDDEN").doesNotContain("\"fields\"");

			HttpResponse<String> graphiQl = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + "/graphiql")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(graphiQl.statusCode()).isEqualTo(404);
			assertThat(HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + "/graphiql/index.html")).build(),
						HttpResponse.BodyHandlers.ofString())
				.statusCode()).isEqualTo(404);

			assertThat(postGraphQl(base, "{ hubs { id } }").body()).isEqualTo("{\"data\":{\"hubs\":[]}}");
		}
	}

	private static HttpResponse<String> postGraphQl(String base, String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(new tools.jackson.databind.ObjectMapper().writeValueAsString(Map.of("query", query))))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
