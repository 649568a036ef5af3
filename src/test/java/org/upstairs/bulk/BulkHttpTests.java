package org.upstairs.bulk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
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
		http(STAFF).post()
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

		String exported = http(STAFF).get()
			.uri("/bulk/export")
			.exchange()
			.expectStatus()
			.isOk()
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

		http(STAFF).post()
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

		http(STAFF).post()
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

	@Test
	void foundersAreForbiddenAndAnonymousCallersUnauthorized() {
		List<String> before = graphSnapshot();
		String body = "{\"format\": \"upstairs/v1\", \"hubs\": [{\"id\": \"x-hub\", \"name\": \"X\", \"district\": \"Y\"}]}";

		http(FOUNDER_ALPHA).post()
			.uri("/bulk/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.classification")
			.isEqualTo("FORBIDDEN");
		http(null).post()
			.uri("/bulk/import")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isUnauthorized();
		http(FOUNDER_ALPHA).get().uri("/bulk/export").exchange().expectStatus().isForbidden();
		http(null).get().uri("/bulk/export").exchange().expectStatus().isUnauthorized();

		assertThat(graphSnapshot()).isEqualTo(before);
	}

	private WebTestClient http(String username) {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).defaultHeaders((headers) -> {
			if (username != null) {
				headers.setBasicAuth(username, TEST_PASSWORD, StandardCharsets.UTF_8);
			}
		}).defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).build();
	}

}
