package org.upstairs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The README is executable: every GraphQL block in it runs, in the README's order,
 * against the demo data as the account its first line names ({@code # as staff},
 * {@code # as anyone}), and answers without errors and with data; every curl line runs
 * too. A variable an operation declares takes the value of the latest answer's field of
 * the same name, as the README tells its reader to copy it.
 */
class ReadmeExamplesTests extends IntegrationTest {

	/** The password of the README's demo accounts. */
	private static final String DEMO_PASSWORD = "upstairs-demo";

	private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w+)\\n(.*?)^```$");

	private static final Pattern ACCOUNT = Pattern.compile("\\A# as (\\S+)\\n");

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Disposable> subscriptions = new ArrayList<>();

	@AfterEach
	void demoDataAsItWas() {
		this.subscriptions.forEach(Disposable::dispose);
		// The examples write (a company, introductions, an import): the next class reads
		// the demo data as loaded.
		resetGraphToDemoData();
	}

	@Test
	void everyExampleInTheReadmeRunsAsTheAccountItNames() throws Exception {
		resetGraphToDemoData();
		// The test base keeps staff and admin of its own, with its own password; here
		// they
		// take the demo accounts' password, as the README says.
		this.driver.executableQuery("""
				MATCH (demo:Account {username: 'deepharbor'}), (a:Account) WHERE a.username IN ['staff', 'admin']
				SET a.passwordHash = demo.passwordHash""").execute();
		List<Block> blocks = blocks();
		assertThat(blocks).filteredOn((block) -> block.language().equals("graphql")).hasSizeGreaterThanOrEqualTo(10);

		Map<String, JsonNode> answers = new HashMap<>();
		List<JsonNode> updates = new CopyOnWriteArrayList<>();
		int curlLines = 0;
		for (Block block : blocks) {
			if (block.language().equals("graphql")) {
				runGraphQl(block.text(), answers, updates);
			}
			else if (block.language().equals("bash")) {
				for (String command : commands(block.text())) {
					if (command.startsWith("curl ")) {
						runCurl(command);
						curlLines++;
					}
				}
			}
		}
		assertThat(curlLines).as("curl lines in the README").isGreaterThanOrEqualTo(4);

		// The subscription heard the walk-through: each step, with every field it asked
		// for.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(updates).extracting((update) -> update.get("status").asString())
				.contains("REQUESTED", "PROPOSED", "ACCEPTED", "MET"));
		assertThat(updates).allSatisfy((update) -> {
			assertThat(update.get("from").get("name").asString()).isNotBlank();
			assertThat(update.get("to").get("name").asString()).isNotBlank();
			assertThat(update.get("history").size()).isPositive();
		});
	}

	private void runGraphQl(String block, Map<String, JsonNode> answers, List<JsonNode> updates) throws Exception {
		Matcher account = ACCOUNT.matcher(block);
		assertThat(account.find()).as("the first line of a GraphQL block names its account: %n%s", block).isTrue();
		String username = account.group(1);
		assertThat(username).isIn("anyone", "admin", "staff", "infinigence", "deepharbor", "medbot", "tagwise");
		List<OperationDefinition> operations = Parser.parse(block).getDefinitionsOfType(OperationDefinition.class);
		assertThat(operations).isNotEmpty();
		for (OperationDefinition operation : operations) {
			assertThat(operation.getName())
				.as("every operation is named, so that GraphiQL runs a block as it is: %n%s", block)
				.isNotBlank();
			Map<String, Object> variables = new LinkedHashMap<>();
			for (VariableDefinition variable : operation.getVariableDefinitions()) {
				assertThat(answers).as("an earlier answer gives $%s", variable.getName())
					.containsKey(variable.getName());
				variables.put(variable.getName(), answers.get(variable.getName()).asString());
			}
			if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
				subscribe(username, block, operation.getName(), updates);
				continue;
			}
			JsonNode answer = post(username, block, operation.getName(), variables);
			assertThat(answer.has("errors")).as("%s as %s: %s", operation.getName(), username, answer).isFalse();
			JsonNode data = answer.get("data");
			assertThat(data.properties()).as("%s answers", operation.getName()).isNotEmpty();
			data.properties()
				.forEach((field) -> assertThat(isEmpty(field.getValue()))
					.as("%s.%s has data: %s", operation.getName(), field.getKey(), field.getValue())
					.isFalse());
			remember(data, answers);
		}
	}

	private JsonNode post(String username, String document, String operationName, Map<String, Object> variables)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("operationName", operationName);
		body.put("variables", variables);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		if (!username.equals("anyone")) {
			request.header("Authorization", basic(username));
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s: %s", operationName, response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private void subscribe(String username, String document, String operationName, List<JsonNode> updates) {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + this.port + "/graphql"), new StandardWebSocketClient())
			.headers((headers) -> headers.set("Authorization", basic(username)))
			.build();
		List<Object> errors = new CopyOnWriteArrayList<>();
		this.subscriptions.add(tester.document(document)
			.operationName(operationName)
			.executeSubscription()
			.toFlux("introductionUpdated", Map.class)
			.subscribe((update) -> updates.add(this.json.valueToTree(update)), errors::add));
		this.subscriptions.add(() -> tester.stop().block(Duration.ofSeconds(5)));
		this.subscriptions.add(() -> assertThat(errors).as("the subscription's errors").isEmpty());
		// The subscription is set up asynchronously; the walk-through begins once it is
		// listening (an update of an introduction nobody else watches proves it).
		await().atMost(Duration.ofSeconds(20)).until(() -> probeHeard(updates));
		updates.clear();
	}

	private boolean probeHeard(List<JsonNode> updates) throws Exception {
		JsonNode created = post("staff", """
				mutation Probe { proposeIntroduction(input: {fromCompanyId: "volcengine", toCompanyId: "ucloud"}) {
				  introduction { id } } }""", "Probe", Map.of());
		String id = created.at("/data/proposeIntroduction/introduction/id").asString();
		post("staff", """
				mutation Withdraw($id: ID!) { moveIntroduction(input: {introductionId: $id, status: WITHDRAWN}) {
				  introduction { id } } }""", "Withdraw", Map.of("id", id));
		Thread.sleep(500);
		return updates.stream().anyMatch((update) -> update.get("id").asString().equals(id));
	}

	private void runCurl(String command) throws Exception {
		assumeThat(onPath("curl")).as("curl on the PATH").isTrue();
		// The README's paths are relative to the project folder; what curl writes goes to
		// a
		// scratch copy of data/ instead.
		Path scratch = Files.createTempDirectory("readme-curl");
		Files.createSymbolicLink(scratch.resolve("docs"), Path.of("docs").toAbsolutePath());
		Files.createDirectories(scratch.resolve("data"));
		String local = command.replace("localhost:8080", "localhost:" + this.port);
		Process curl = new ProcessBuilder("bash", "-c", local + " -sS -w '\\n%{http_code}'").directory(scratch.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(curl.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
		String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(curl.exitValue()).as("%s%n%s", command, output).isZero();
		String status = output.substring(output.lastIndexOf('\n') + 1);
		String body = output.substring(0, Math.max(output.lastIndexOf('\n'), 0));
		assertThat(status).as("%s%n%s", command, output).startsWith("2");
		assertThat(body).as(command).doesNotContain("\"errors\"");
		if (command.contains(" -o ")) {
			String written = command.substring(command.indexOf(" -o ") + 4).strip().split("\\s+")[0];
			assertThat(Files.size(scratch.resolve(written))).as(written).isPositive();
		}
		else {
			assertThat(body).as(command).isNotBlank();
		}
	}

	private static boolean onPath(String program) {
		try {
			return new ProcessBuilder(program, "--version").start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** Every field anywhere in an answer, by name; later answers win. */
	private static void remember(JsonNode node, Map<String, JsonNode> answers) {
		if (node.isObject()) {
			node.properties().forEach((field) -> {
				if (field.getValue().isValueNode()) {
					answers.put(field.getKey(), field.getValue());
				}
				remember(field.getValue(), answers);
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> remember(element, answers));
		}
	}

	private static boolean isEmpty(JsonNode value) {
		return value == null || value.isNull() || (value.isArray() && value.isEmpty())
				|| (value.has("edges") && value.get("edges").isEmpty());
	}

	/** The commands of a shell block, a line each once continuations are joined. */
	private static List<String> commands(String block) {
		List<String> commands = new ArrayList<>();
		for (String line : block.replace("\\\n", " ").split("\n")) {
			String command = line.replaceAll("\\s+#.*$", "").strip();
			if (!command.isEmpty()) {
				commands.add(command.replaceAll("\\s+", " "));
			}
		}
		return commands;
	}

	private static List<Block> blocks() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		List<Block> blocks = new ArrayList<>();
		Matcher fence = FENCE.matcher(readme);
		while (fence.find()) {
			blocks.add(new Block(fence.group(1), fence.group(2)));
		}
		return blocks;
	}

	private record Block(String language, String text) {
	}

}
