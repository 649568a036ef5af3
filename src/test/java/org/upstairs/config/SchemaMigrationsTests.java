package org.upstairs.config;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTests extends IntegrationTest {

	@Test
	void everyLabelHasAUniqueId() {
		List<String> uniqueIdLabels = this.driver.executableQuery("""
				SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
				WHERE type = 'UNIQUENESS' AND properties = ['id'] AND NOT labelsOrTypes[0] STARTS WITH '__'
				RETURN labelsOrTypes[0] AS label ORDER BY label""")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("label").asString())
			.toList();

		assertThat(uniqueIdLabels).containsExactlyInAnyOrder("Account", "Building", "Capability", "Company", "Hub",
				"Introduction", "Scenario");
	}

	@Test
	@SuppressWarnings("unchecked")
	void searchIndexUsesTheCjkAnalyzer() {
		Map<String, Object> index = this.driver.executableQuery("""
				SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state
				WHERE name = 'search_text'
				RETURN labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer, state""")
			.execute()
			.records()
			.get(0)
			.asMap();

		assertThat(index.get("analyzer")).isEqualTo("cjk");
		assertThat((List<Object>) index.get("labelsOrTypes")).contains("Company", "Capability", "Scenario");
		assertThat((List<Object>) index.get("properties")).contains("name", "nameZh", "description");
	}

	@Test
	void chineseTextIsSearchable() {
		resetGraphToDemoData();
		List<String> hits = this.driver
			.executableQuery("CALL db.index.fulltext.queryNodes('search_text', $text) YIELD node RETURN node.id AS id")
			.withParameters(Map.of("text", "模速"))
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList();

		assertThat(hits).contains("smc-xuhui");
	}

	@Test
	void appliedMigrationsAreRecorded() {
		List<String> versions = this.driver
			.executableQuery("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS version")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("version").asString())
			.toList();

		assertThat(versions).contains("0001");
	}

}
