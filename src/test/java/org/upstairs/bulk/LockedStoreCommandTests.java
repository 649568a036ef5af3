package org.upstairs.bulk;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;
import org.upstairs.UpstairsApplication;
import org.upstairs.config.EmbeddedNeo4jProperties;
import org.upstairs.config.EmbeddedNeo4jServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command run on the store of a running service: one line that says so and how to go
 * through the service's Bolt port instead (which BulkImportTests shows working).
 */
@ExtendWith(OutputCaptureExtension.class)
class LockedStoreCommandTests {

	@TempDir
	Path temp;

	@Test
	void anExportOnAStoreInUseSaysSoOnOneLineAndNamesTheRunningServersBoltPort(CapturedOutput output) {
		Path store = this.temp.resolve("store");
		try (EmbeddedNeo4jServer running = EmbeddedNeo4jServer.start(new EmbeddedNeo4jProperties(true, store,
				"127.0.0.1", 0, DataSize.ofMegabytes(8), DataSize.ofMegabytes(64), Duration.ofMillis(100),
				Duration.ofSeconds(10), DataSize.ofMegabytes(1), "1M size"))) {
			int port = running.boltUri().getPort();
			Path exported = this.temp.resolve("export.json");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			BulkCommand command = new BulkCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));

			// As the service runs it: same store, same Bolt port.
			int status = command.execute(UpstairsApplication.class, new String[] { "export", exported.toString(),
					"--upstairs.neo4j.embedded.directory=" + store, "--upstairs.neo4j.embedded.bolt-port=" + port });

			String way = "--upstairs.neo4j.embedded.enabled=false --spring.neo4j.uri=bolt://127.0.0.1:" + port;
			assertThat(status).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("upstairs export failed: ")
				.contains(store.toAbsolutePath().toString(), "in use", way)
				.endsWith(way + System.lineSeparator())
				.hasLineCount(1);
			assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
			// Nothing else on the console: no stack trace, failure analysis or cancelled
			// refresh.
			assertThat(output.getAll()).doesNotContain("in use by another process", "APPLICATION FAILED TO START",
					"Application run failed", "Exception encountered", "\tat ");
			assertThat(exported).doesNotExist();
		}
	}

}
