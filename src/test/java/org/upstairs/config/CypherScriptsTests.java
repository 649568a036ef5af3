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
		String state = scripts.query("queries/matching/replica/node-state").strip();

		String states = scripts.query("queries/matching/replica/node-states");

		assertThat(states).doesNotContain("@include").contains(state);
		assertThat(states.indexOf(state)).isGreaterThan(states.indexOf("UNWIND $nodes"));
	}

	@Test
	void loadsQueriesAndSeedFoldersFromTheClasspath() {
		CypherScripts scripts = new CypherScripts();

		assertThat(scripts.folder("seed/demo")).isNotEmpty()
			.allSatisfy((script) -> assertThat(script.statements()).isNotEmpty());
	}

}
