package org.upstairs.config;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.upstairs.UpstairsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The service pointed at a Neo4j it did not start, as in production. Another embedded
 * server plays that external instance, reached only through {@code spring.neo4j.uri}.
 */
class ExternalNeo4jTests {

	@TempDir
	Path store;

	@Test
	void servesTheDataOfTheExternalInstanceAndWritesNoDemoDataIntoIt() throws Exception {
		try (EmbeddedNeo4jServer external = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store));
				Driver driver = GraphDatabase.driver(external.boltUri(), external.credentials().authToken())) {
			driver.executableQuery("CREATE (:Hub {id: 'lingang-hub', name: 'Lingang Test Hub', district: 'Pudong'})")
				.execute();

			try (ConfigurableApplicationContext app = start("--spring.neo4j.uri=" + external.boltUri(),
					"--spring.neo4j.authentication.username=" + external.credentials().username(),
					"--spring.neo4j.authentication.password=" + external.credentials().password())) {
				String body = postGraphQl(app, "{ hubs { id name district } }");

				assertThat(body).isEqualTo(
						"{\"data\":{\"hubs\":[{\"id\":\"lingang-hub\",\"name\":\"Lingang Test Hub\",\"district\":\"Pudong\"}]}}");
				// The demo profile is only for the embedded store: no loader, nothing
				// written.
				assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain("demo");
				assertThat(app.containsBean("demoData")).isFalse();
			}
			long nodes = driver.executableQuery("""
					MATCH (n) WHERE NOT n:Hub AND NOT any(label IN labels(n) WHERE label STARTS WITH '__')
					RETURN count(n) AS n""").execute().records().get(0).get("n").asLong();
			assertThat(nodes).as("nodes other than the hub and migration records").isZero();
			long constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
			assertThat(constraints).as("migrations applied to the external instance").isGreaterThanOrEqualTo(7);
		}
	}

	@Test
	void anUnreachableUriFailsStartUpNamingTheUri() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String uri = "bolt://127.0.0.1:" + closedPort;

		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(
				() -> start("--spring.neo4j.uri=" + uri).close())
			.satisfies((ex) -> assertThat(causeOfType(ex, Neo4jUnavailableException.class)).hasMessageContaining(uri)));
	}

	private static Throwable causeOfType(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return cause;
			}
		}
		throw new AssertionError("No " + type.getSimpleName() + " in " + ex, ex);
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] common = { "--upstairs.neo4j.embedded.enabled=false", "--server.port=0",
				"--spring.main.banner-mode=off" };
		String[] all = new String[common.length + args.length];
		System.arraycopy(common, 0, all, 0, common.length);
		System.arraycopy(args, 0, all, common.length, args.length);
		return new SpringApplicationBuilder(UpstairsApplication.class).run(all);
	}

	private static String postGraphQl(ConfigurableApplicationContext app, String query) throws Exception {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(new tools.jackson.databind.ObjectMapper().writeValueAsString(Map.of("query", query))))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

}
