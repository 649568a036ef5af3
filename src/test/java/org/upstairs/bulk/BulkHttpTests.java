package org.upstairs.bulk;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /bulk/import} and {@code /bulk/export} over HTTP, per role: staff only.
 */
class BulkHttpTests extends IntegrationTest {

	private static final Path EXAMPLES = Path.of("docs", "examples", "import");

	@BeforeEach
	void empty() {
		resetGraphTo();
	}

	@Test
	void staffImportJsonAndExportIt() throws IOException {
		httpAs(STAFF).post()
			.uri("/bulk/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Files.readString(EXAMPLES.resolve("example.json")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.imported")
			.isEqualTo(true)
			.jsonPath("$.rowsWritten.companies")
			.isEqualTo(3);

		String exported = httpAs(STAFF).get()
			.uri("/bulk/export")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(exported).contains("\"ex-portmind\"", "\"format\": \"upstairs/v1\"");
	}

	@Test
	void staffImportCsvFilesAsAMultipartForm() throws IOException {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		try (Stream<Path> files = Files.list(EXAMPLES.resolve("csv"))) {
			files.sorted().forEach((file) -> form.part("files", new FileSystemResource(file)));
		}

		httpAs(STAFF).post()
			.uri("/bulk/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.rowsWritten.companies")
			.isEqualTo(3)
			.jsonPath("$.problemCount")
			.isEqualTo(0);
	}

	@Test
	void aFileWithProblemsIsAnsweredWith422AndItsProblems() {
		List<String> before = graphSnapshot();

		httpAs(STAFF).post()
			.uri("/bulk/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"format\": \"upstairs/v1\",\n \"companies\": [{\"id\": \"x-co\", \"name\": \"X\"}]}")
			.exchange()
			.expectStatus()
			.isEqualTo(422)
			.expectBody()
			.jsonPath("$.imported")
			.isEqualTo(false)
			.jsonPath("$.problems[0].line")
			.isEqualTo(2)
			.jsonPath("$.problems[0].field")
			.isEqualTo("kind");

		assertThat(graphSnapshot()).isEqualTo(before);
	}

	// A dry run is refused alike: it would show staff's view of the graph.
	@ParameterizedTest
	@ValueSource(strings = { "/bulk/import", "/bulk/import?dryRun=true" })
	void foundersAreForbiddenAndAnonymousCallersUnauthorized(String path) {
		List<String> before = graphSnapshot();
		String body = "{\"format\": \"upstairs/v1\", \"hubs\": [{\"id\": \"x-hub\", \"name\": \"X\", \"district\": \"Y\"}]}";

		httpAs(FOUNDER_ALPHA).post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.classification")
			.isEqualTo("FORBIDDEN");
		httpAs(null).post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		httpAs(FOUNDER_ALPHA).get().uri("/bulk/export").exchange().expectStatus().isForbidden();
		httpAs(null).get().uri("/bulk/export").exchange().expectStatus().isUnauthorized();

		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void largeBodiesOfCallersWhoAreNotStaffAreRefusedUnread() throws Exception {
		List<String> before = graphSnapshot();
		for (String username : java.util.Arrays.asList(null, FOUNDER_ALPHA)) {
			for (String type : List.of("application/json", "multipart/form-data; boundary=" + BOUNDARY)) {
				long start = System.nanoTime();
				String answer = rawAnswer(username, type, 10L * 1024 * 1024);
				long millis = (System.nanoTime() - start) / 1_000_000;

				assertThat(answer).as("the first answer is the refusal, not 100 Continue")
					.startsWith("HTTP/1.1 " + ((username == null) ? 401 : 403));
				assertThat(millis).as("answered after %d ms", millis).isLessThan(5_000);
			}
		}
		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void aBodyDeclaredLargerThanMaxRequestSizeIsRefusedWith413Unread() throws Exception {
		for (String type : List.of("application/json", "multipart/form-data; boundary=" + BOUNDARY)) {
			assertThat(rawAnswer(STAFF, type, 300L * 1024 * 1024)).as(type)
				.startsWith("HTTP/1.1 413")
				.contains("\"classification\":\"BAD_REQUEST\"", "at most 64 MB a file and 256 MB in all");
		}
	}

	/**
	 * Sends the head of a POST to /bulk/import declaring a body, and asks for
	 * {@code 100 Continue} before sending it, as curl does for large bodies; reads the
	 * whole answer. The service refuses before it reads a body, so none is needed. (JDK
	 * 17's HttpClient waits forever for a 100 that does not come, and without the
	 * question it fails on the refusal of a body it is still sending.)
	 */
	private String rawAnswer(String username, String contentType, long contentLength) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			String credentials = (username != null)
					? "Authorization: Basic "
							+ java.util.Base64.getEncoder()
								.encodeToString((username + ":" + TEST_PASSWORD).getBytes(StandardCharsets.UTF_8))
							+ "\r\n"
					: "";
			socket.getOutputStream()
				.write(("POST /bulk/import HTTP/1.1\r\nHost: localhost\r\n" + credentials + "Content-Type: "
						+ contentType + "\r\nContent-Length: " + contentLength
						+ "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static final String BOUNDARY = "upstairs-test-boundary";

}
