package org.upstairs.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /graphql} bodies over 1 MB are refused with 413 and a GraphQL-shaped error
 * before they are read, whether they declare their length or come in chunks; a large body
 * within the limit is answered as usual.
 */
class RequestBodyLimitTests extends IntegrationTest {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeEach
	void demoData() {
		// GraphQL requests wait for it.
		awaitDemoData();
	}

	@Test
	void anAnonymousTwoMegabyteBodyIsRefusedWith413AtOnce() throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = post(BodyPublishers.ofString(queryOfSize(2 * 1024 * 1024)));
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"", "\"limit\":\"maxBodySize\"",
				"\"max\":1048576", "\"actual\":" + (2 * 1024 * 1024), "larger than 1 MB");
		assertThat(millis).as("answered after %d ms", millis).isLessThan(5_000);
	}

	@Test
	void aChunkedBodyIsCountedAsItArrives() throws Exception {
		// Without a declared length: the client streams it in pieces.
		byte[] large = queryOfSize(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> refused = post(chunked(large));
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("\"limit\":\"maxBodySize\"").doesNotContain("\"actual\"");

		HttpResponse<String> answered = post(chunked(queryOfSize(900 * 1024).getBytes(StandardCharsets.UTF_8)));
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.body()).contains("\"hubs\"").doesNotContain("errors");
	}

	@Test
	void aBodyJustWithinTheLimitIsAnswered() throws Exception {
		HttpResponse<String> response = post(BodyPublishers.ofString(queryOfSize(1024 * 1024)));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"hubs\"").doesNotContain("errors");
	}

	/**
	 * A query for the hubs' ids, padded to exactly this many bytes in its extensions,
	 * which the service ignores (padding the document would time its parser instead).
	 */
	private static String queryOfSize(int bytes) {
		String head = "{\"query\":\"{ hubs { id } }\",\"extensions\":{\"padding\":\"";
		String tail = "\"}}";
		return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
	}

	/** A body in 64 KB pieces, without a Content-Length. */
	private static BodyPublisher chunked(byte[] body) {
		List<byte[]> pieces = Stream.iterate(0, (from) -> from < body.length, (from) -> from + 65536)
			.map((from) -> java.util.Arrays.copyOfRange(body, from, Math.min(body.length, from + 65536)))
			.toList();
		return BodyPublishers.ofByteArrays(pieces);
	}

	private HttpResponse<String> post(BodyPublisher body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(body)
			.build(), BodyHandlers.ofString());
	}

}
