package org.upstairs.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Docker files as {@code docker compose up} would use them: nothing published beyond
 * this machine, no demo data written into a real Neo4j unasked, a service that restarts
 * and reports readiness. Reads the compose file through {@code docker-compose config},
 * which needs no Docker engine; skipped where docker-compose is not installed.
 */
class ComposeFileTests {

	private static final Path PROJECT = Path.of("").toAbsolutePath();

	@TempDir
	Path temp;

	@Test
	void byDefaultThePortsStayOnThisMachineAndNoDemoDataIsLoaded() throws Exception {
		Map<String, Map<String, Object>> services = composeConfig(Map.of());

		assertThat(services).containsOnlyKeys("neo4j", "upstairs");
		services.forEach(
				(name, service) -> assertThat(hostAddresses(service)).as(name).isNotEmpty().containsOnly("127.0.0.1"));
		assertThat(environment(services.get("upstairs")).get("SPRING_PROFILES_ACTIVE")).isIn(null, "");
	}

	@Test
	void theDocumentedVariablesOpenThePortsAndLoadTheDemoData() throws Exception {
		Map<String, Map<String, Object>> services = composeConfig(
				Map.of("UPSTAIRS_BIND", "0.0.0.0", "UPSTAIRS_PROFILES", "demo"));

		services.forEach((name, service) -> assertThat(hostAddresses(service)).as(name).containsOnly("0.0.0.0"));
		assertThat(environment(services.get("upstairs"))).containsEntry("SPRING_PROFILES_ACTIVE", "demo");
	}

	@Test
	void bothServicesRestartAndTheServiceReportsReadiness() throws Exception {
		Map<String, Map<String, Object>> services = composeConfig(Map.of());

		assertThat(services.get("upstairs")).containsEntry("restart", "unless-stopped");
		assertThat(services.get("neo4j")).containsEntry("restart", "unless-stopped");
		@SuppressWarnings("unchecked")
		Map<String, Object> healthcheck = (Map<String, Object>) services.get("upstairs").get("healthcheck");
		assertThat(healthcheck).isNotNull();
		assertThat(String.valueOf(healthcheck.get("test"))).contains("/actuator/health/readiness");
	}

	@Test
	void theImageChecksReadinessWithWhatTheJreImageHas() throws IOException {
		String dockerfile = Files.readString(PROJECT.resolve("Dockerfile"));
		// The instruction with its continuation lines.
		Matcher healthcheck = Pattern.compile("(?m)^HEALTHCHECK (?:.*\\\\\n)*.*$").matcher(dockerfile);

		assertThat(healthcheck.find()).as("a HEALTHCHECK instruction").isTrue();
		assertThat(healthcheck.group()).contains("/dev/tcp/127.0.0.1/8080", "/actuator/health/readiness")
			.doesNotContain("curl", "wget");
	}

	@Test
	void theBuildContextLeavesOutTheStoreBuildOutputAndHistoryButNotWhatTheBuildCopies() throws IOException {
		List<String> ignored = Files.readAllLines(PROJECT.resolve(".dockerignore"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();

		assertThat(ignored).contains("data/", "target/", ".git");
		for (String copied : List.of("mvnw", "pom.xml", ".mvn", "src", "cypher", "graphql-schema")) {
			assertThat(ignored).as(copied)
				.noneMatch((pattern) -> pattern.equals(copied) || pattern.equals(copied + "/")
						|| pattern.startsWith(copied + "/") || pattern.equals("*"));
		}
	}

	/**
	 * The services as docker-compose resolves them, with only these variables set: no
	 * {@code .env} file, nothing from this shell.
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> composeConfig(Map<String, String> variables)
			throws IOException, InterruptedException {
		Path noEnvFile = Files.createFile(this.temp.resolve("empty.env"));
		Path stderr = this.temp.resolve("stderr");
		ProcessBuilder builder = new ProcessBuilder("docker-compose", "--env-file", noEnvFile.toString(), "-f",
				"docker-compose.yml", "config")
			.directory(PROJECT.toFile())
			.redirectError(stderr.toFile());
		List.of("UPSTAIRS_BIND", "UPSTAIRS_PROFILES", "NEO4J_PASSWORD", "COMPOSE_FILE", "COMPOSE_PROJECT_NAME")
			.forEach(builder.environment()::remove);
		builder.environment().putAll(variables);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			assumeTrue(false, "docker-compose is not installed");
			throw ex;
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(() -> output + readQuietly(stderr)).isZero();
		Map<String, Object> config = new Yaml().load(output);
		return (Map<String, Map<String, Object>>) config.get("services");
	}

	/**
	 * The host addresses a service's ports are published on, whichever form they take.
	 */
	private static List<String> hostAddresses(Map<String, Object> service) {
		List<?> ports = (List<?>) service.get("ports");
		if (ports == null) {
			return List.of();
		}
		return ports.stream().map((port) -> {
			if (port instanceof Map<?, ?> longForm) {
				Object host = longForm.get("host_ip");
				return (host != null) ? host.toString() : "0.0.0.0";
			}
			// host:published:target[/protocol]; without a host, every interface.
			String[] parts = port.toString().split(":");
			return (parts.length == 3) ? parts[0] : "0.0.0.0";
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> environment(Map<String, Object> service) {
		Object environment = service.get("environment");
		return (environment != null) ? (Map<String, Object>) environment : Map.of();
	}

	private static String readQuietly(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
