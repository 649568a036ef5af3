package org.upstairs.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CypherScriptsTests {

	@Test
	void splitsOnSemicolonsAtLineEndsAndDropsCommentLines() {
		String script = """
				// a comment; with a semicolon
				MERGE (h:Hub {id: 'a'})
				SET h.note = 'semicolon; inside';
				MERGE (h:Hub {id: 'b'});
				""";

		assertThat(CypherScripts.statements(script))
			.containsExactly("MERGE (h:Hub {id: 'a'})\nSET h.note = 'semicolon; inside'", "MERGE (h:Hub {id: 'b'})");
	}

	@Test
	void anIncludeLineIsReplacedByTheIncludedFile() {
		CypherScripts scripts = new CypherScripts();
		String reasons = scripts.query("queries/matching/recommend-reasons").strip();

		String explain = scripts.query("queries/matching/recommend-explain");

		assertThat(explain).doesNotContain("@include").contains(reasons);
		assertThat(explain.indexOf(reasons)).isGreaterThan(explain.indexOf("UNWIND $partnerIds"));
	}

	@Test
	void loadsQueriesAndSeedFoldersFromTheClasspath() {
		CypherScripts scripts = new CypherScripts();

		assertThat(scripts.folder("seed/demo")).isNotEmpty()
			.allSatisfy((script) -> assertThat(script.statements()).isNotEmpty());
	}

}
