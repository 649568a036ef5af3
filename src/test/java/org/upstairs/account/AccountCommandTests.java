package org.upstairs.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.upstairs.UpstairsApplication;
import org.upstairs.config.EmbeddedNeo4jProperties;
import org.upstairs.config.EmbeddedNeo4jServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code account create}, run in this JVM as
 * {@code java -jar upstairs.jar account create} runs it: on an embedded store, and
 * through a running server's Bolt port.
 */
class AccountCommandTests {

	private static final String PASSWORD = "first-admin-secret";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void createsAnAdministratorOnTheEmbeddedStoreWithThePasswordFromStandardInputAndRefusesTheNameTwice() {
		Path store = this.temp.resolve("store");

		int status = run(PASSWORD + "\n", Map.of(), "account", "create", "--username", "root", "--role", "ADMIN",
				"--upstairs.neo4j.embedded.directory=" + store, "--upstairs.neo4j.embedded.bolt-port=0");

		assertThat(status).as(errors()).isZero();
		assertThat(output()).contains("Created the ADMIN account 'root'");
		assertThat(output() + errors()).doesNotContain(PASSWORD);

		// The same name again, the password from the environment this time.
		status = run("", Map.of(AccountCommand.PASSWORD_VARIABLE, "another-password"), "account", "create",
				"--username=root", "--role=STAFF", "--upstairs.neo4j.embedded.directory=" + store,
				"--upstairs.neo4j.embedded.bolt-port=0");

		assertThat(status).isEqualTo(1);
		assertThat(errors()).contains("Refused: --username: is taken.");
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(onFreePort(store));
				Driver driver = GraphDatabase.driver(server.boltUri(), server.credentials().authToken())) {
			List<Record> accounts = driver.executableQuery("MATCH (a:Account) RETURN a").execute().records();
			assertThat(accounts).singleElement().satisfies((record) -> {
				assertThat(record.get("a").get("username").asString()).isEqualTo("root");
				assertThat(record.get("a").get("role").asString()).isEqualTo("ADMIN");
				// What signing in checks: the password given on standard input.
				String hash = record.get("a").get("passwordHash").asString();
				assertThat(new BCryptPasswordEncoder().matches(PASSWORD, hash)).isTrue();
				assertThat(new BCryptPasswordEncoder().matches("another-password", hash)).isFalse();
			});
		}
	}

	@Test
	void worksThroughARunningServersBoltPortWithTheCredentialsOfItsStore() {
		Path store = this.temp.resolve("running");
		try (EmbeddedNeo4jServer running = EmbeddedNeo4jServer.start(onFreePort(store));
				Driver driver = GraphDatabase.driver(running.boltUri(), running.credentials().authToken())) {
			String[] throughBolt = { "--upstairs.neo4j.embedded.enabled=false",
					"--spring.neo4j.uri=" + running.boltUri() };

			int status = run(PASSWORD + "\n", Map.of(), args(throughBolt,
					"--upstairs.neo4j.embedded.directory=" + store, "--username", "ops", "--role", "STAFF"));

			assertThat(status).as(errors()).isZero();
			assertThat(driver.executableQuery("MATCH (a:Account {username: 'ops'}) RETURN a.role AS role")
				.execute()
				.records()).singleElement()
				.satisfies((record) -> assertThat(record.get("role").asString()).isEqualTo("STAFF"));

			// Pointed at a folder without the credentials: the message names the file.
			Path elsewhere = this.temp.resolve("elsewhere");
			status = run(PASSWORD + "\n", Map.of(), args(throughBolt,
					"--upstairs.neo4j.embedded.directory=" + elsewhere, "--username", "ops2", "--role", "STAFF"));

			assertThat(status).isEqualTo(1);
			assertThat(errors()).contains("refused the sign-in",
					elsewhere.toAbsolutePath().resolve("bolt-credentials.properties").toString());
		}
	}

	@Test
	void aPasswordOnTheCommandLineIsRefusedBeforeAnythingStarts() {
		Path store = this.temp.resolve("untouched");
		for (String password : new String[] { "--password=" + PASSWORD, "--password" }) {
			int status = run(PASSWORD + "\n", Map.of(), "account", "create", "--username", "root", "--role", "ADMIN",
					password, PASSWORD, "--upstairs.neo4j.embedded.directory=" + store);

			assertThat(status).isEqualTo(64);
			assertThat(errors()).contains("A password on the command line would be visible", "standard input",
					AccountCommand.PASSWORD_VARIABLE);
		}
		assertThat(store).doesNotExist();
	}

	@Test
	void badInputIsRefusedByTheRulesOfCreateAccountBeforeAnythingStarts() {
		Path store = this.temp.resolve("untouched");
		String directory = "--upstairs.neo4j.embedded.directory=" + store;

		assertThat(run("short\n", Map.of(), "account", "create", "--username", "root", "--role", "ADMIN", directory))
			.isEqualTo(1);
		assertThat(errors()).contains("Refused: the password: must be 10 to 72 bytes long.");

		assertThat(run(PASSWORD + "\n", Map.of(), "account", "create", "--username", "Root Admin", "--role", "ADMIN",
				directory))
			.isEqualTo(1);
		assertThat(errors()).contains("Refused: --username: must be 2 to 40 lower-case letters");

		assertThat(run("", Map.of(), "account", "create", "--username", "root", "--role", "ADMIN", directory))
			.isEqualTo(64);
		assertThat(errors()).contains("No password");

		for (String[] usage : new String[][] { { "account" }, { "account", "delete", "--username", "root" },
				{ "account", "create", "--username", "root" }, { "account", "create", "--role", "ADMIN" },
				{ "account", "create", "--username", "root", "--role", "ROOT" },
				{ "account", "create", "--username", "root", "--role", "ADMIN", "stray" } }) {
			assertThat(run(PASSWORD + "\n", Map.of(), usage)).as(String.join(" ", usage)).isEqualTo(64);
			assertThat(errors()).contains("Usage:");
		}
		assertThat(store).doesNotExist();
	}

	private int run(String stdin, Map<String, String> environment, String... args) {
		this.out.reset();
		this.err.reset();
		AccountCommand command = new AccountCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				null, environment::get, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		return command.execute(UpstairsApplication.class, args);
	}

	private static String[] args(String[] common, String... more) {
		List<String> all = new ArrayList<>(List.of("account", "create"));
		all.addAll(List.of(common));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	private static EmbeddedNeo4jProperties onFreePort(Path store) {
		String prefix = "upstairs.neo4j.embedded";
		return new Binder(new MapConfigurationPropertySource(Map.of(prefix + ".directory", store.toString(),
				prefix + ".bolt-port", "0", prefix + ".page-cache", "16MB")))
			.bindOrCreate(prefix, EmbeddedNeo4jProperties.class);
	}

}
