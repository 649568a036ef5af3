package org.upstairs.config;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded Bolt port asks for the credentials kept in the store, so that another
 * local user or process cannot run Cypher (and make itself an administrator).
 */
class EmbeddedBoltAuthenticationTests {

	@TempDir
	Path store;

	@Test
	void noOrWrongCredentialsAreRefusedAndManyWrongTriesLockNobodyOut() {
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store))) {
			assertRefused(server, AuthTokens.none());
			assertRefused(server, AuthTokens.basic("neo4j", "neo4j"));
			for (int i = 0; i < 5; i++) {
				assertRefused(server, AuthTokens.basic("neo4j", server.credentials().password() + "x"));
			}
			assertThat(count(server, server.credentials().authToken())).isZero();
		}
	}

	@Test
	void theCredentialsFileIsTheOwnersAloneAndARestartReusesIt() throws Exception {
		BoltCredentials first;
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store))) {
			first = server.credentials();
		}
		Path file = this.store.resolve("bolt-credentials.properties");
		assertThat(Files.readString(file)).contains("username=neo4j", "password=" + first.password());
		assertThat(first.password()).hasSizeGreaterThanOrEqualTo(32);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		// Neo4j's initial-password file has served its purpose.
		assertThat(this.store.resolve("data/dbms/auth.ini")).doesNotExist();

		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store))) {
			assertThat(server.credentials()).isEqualTo(first);
			assertThat(count(server, first.authToken())).isZero();
		}
	}

	@Test
	void aStoreFromBeforeAuthenticationKeepsItsDataAndAsksForTheNewCredentials() {
		DatabaseManagementService old = new DatabaseManagementServiceBuilder(this.store.toAbsolutePath())
			.setConfig(BoltConnector.enabled, false)
			.build();
		old.database("neo4j").executeTransactionally("CREATE (:Hub {id: 'old-hub'})");
		old.shutdown();
		assertThat(this.store.resolve("bolt-credentials.properties")).doesNotExist();

		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store))) {
			assertRefused(server, AuthTokens.none());
			assertThat(count(server, server.credentials().authToken())).isEqualTo(1);
		}
	}

	@Test
	void aLostCredentialsFileIsReplacedAndNeo4jTakesTheNewPassword() throws Exception {
		BoltCredentials lost;
		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store))) {
			lost = server.credentials();
		}
		Files.delete(this.store.resolve("bolt-credentials.properties"));

		try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store))) {
			assertThat(server.credentials().password()).isNotEqualTo(lost.password());
			assertThat(count(server, server.credentials().authToken())).isZero();
			assertRefused(server, lost.authToken());
		}
	}

	@Test
	void anUnreadableCredentialsFileStopsTheStartNamingIt() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path file = this.store.resolve("bolt-credentials.properties");
		Files.writeString(file, "username=neo4j\npassword=whatever-it-was\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeTrue(!Files.isReadable(file), "running as root, who reads any file");

		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> EmbeddedNeo4jServer.start(EmbeddedNeo4jServerTests.onFreePort(this.store)).close())
			.withMessageContaining(file.toAbsolutePath().toString());
	}

	private static void assertRefused(EmbeddedNeo4jServer server, AuthToken token) {
		assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> count(server, token));
	}

	private static long count(EmbeddedNeo4jServer server, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(server.boltUri(), token)) {
			return driver.executableQuery("MATCH (h:Hub) RETURN count(h) AS n")
				.execute()
				.records()
				.get(0)
				.get("n")
				.asLong();
		}
	}

}
