package org.upstairs.search;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void findsInEnglishAndChineseWithKindAndScore() {
		assertThat(hits("alpha")).first().isEqualTo("COMPANY:alpha-compute");
		assertThat(hits("算力")).contains("CAPABILITY:gpu", "COMPANY:alpha-compute");
		assertThat(hits("智能客服")).first().isEqualTo("SCENARIO:customer-service");
		// The last word also matches as a prefix, for type-ahead.
		assertThat(hits("fine-tun")).contains("CAPABILITY:fine-tuning");
		graphQl().document("{ search(text: \"gpu\") { kind score capability { id name } } }")
			.execute()
			.path("search[0].score")
			.entity(Double.class)
			.satisfies((score) -> assertThat(score).isPositive());
	}

	@Test
	void archivedCompaniesAreNotFound() {
		assertThat(hits("theta")).isEmpty();
	}

	@Test
	void archivedCompaniesThatOutscoreTheRestDoNotHideIt() {
		// Lucene is asked for a few more hits than wanted; here archived companies, which
		// are not hits, fill all of those and more, so the search must ask again.
		this.driver.executableQuery("""
				UNWIND range(1, 60) AS i
				CREATE (:Company {id: 'kappa-archived-' + i, name: 'Kappa', kind: 'STARTUP', archived: true,
				                  updatedAt: datetime()})""").execute();
		this.driver.executableQuery("""
				UNWIND range(1, 3) AS i
				CREATE (:Company {id: 'kappa-live-' + i, name: 'Kappa Robotics Data Lab ' + i, kind: 'STARTUP',
				                  archived: false,
				                  updatedAt: datetime()})""").execute();

		assertThat(hits("kappa", 2)).containsExactly("COMPANY:kappa-live-1", "COMPANY:kappa-live-2");
	}

	@Test
	void bestHitsComeFirstAndEqualScoresInIdOrder() {
		this.driver.executableQuery("""
				UNWIND ['lambda-c', 'lambda-a', 'lambda-d', 'lambda-b'] AS id
				CREATE (:Company {id: id, name: 'Lambda Works', kind: 'STARTUP', archived: false,
				                  updatedAt: datetime()})""").execute();
		this.driver.executableQuery("""
				CREATE (:Company {id: 'lambda-z', name: 'Lambda', kind: 'STARTUP', archived: false,
				                  updatedAt: datetime()})""").execute();

		// The shorter name matches best; the four equal ones follow in id order, and only
		// as many as asked for.
		assertThat(hits("lambda", 4)).containsExactly("COMPANY:lambda-z", "COMPANY:lambda-a", "COMPANY:lambda-b",
				"COMPANY:lambda-c");
	}

	@Test
	void luceneSyntaxIsSearchedLiterallyAndNeverFails() {
		List<String> before = graphSnapshot();
		for (String text : List.of("AND OR \"( *", "gpu AND", "\"unclosed", "a:b", "(", ")", "*", "?", "~2", "\\",
				"/regex/", "NOT", "[1 TO 5]", "{", "!gpu", "+gpu -chat", "&& ||", "'; MATCH (n) DETACH DELETE n //")) {
			graphQl().document("query($text: String!) { search(text: $text) { kind } }")
				.variable("text", text)
				.execute()
				.errors()
				.verify();
		}
		assertThat(hits("gpu AND")).contains("CAPABILITY:gpu");
		assertThat(graphSnapshot()).as("the graph after searching hostile text").isEqualTo(before);
	}

	@Test
	void blankOrOverlongTextIsABadRequest() {
		for (String text : List.of("   ", "x".repeat(201))) {
			graphQl().document("query($text: String!) { search(text: $text) { kind } }")
				.variable("text", text)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "text")));
		}
	}

	private List<String> hits(String text) {
		return hits(text, 10);
	}

	private List<String> hits(String text, int first) {
		return graphQl()
			.document("query($text: String!, $first: Int) { search(text: $text, first: $first) { kind company { id } "
					+ "capability { id } scenario { id } } }")
			.variable("text", text)
			.variable("first", first)
			.execute()
			.path("search")
			.entityList(java.util.Map.class)
			.get()
			.stream()
			.map((hit) -> hit.get("kind") + ":" + idOf(hit))
			.toList();
	}

	@SuppressWarnings("rawtypes")
	private static Object idOf(java.util.Map hit) {
		for (String key : List.of("company", "capability", "scenario")) {
			if (hit.get(key) instanceof java.util.Map found) {
				return found.get("id");
			}
		}
		return null;
	}

}
