package org.upstairs.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTests extends IntegrationTest {

	@Autowired
	DemoData demoData;

	@BeforeEach
	void demo() {
		resetGraphToDemoData();
	}

	@Test
	void loadingTheDemoDataAgainChangesNothing() {
		List<String> before = graphSnapshot();

		this.demoData.load();

		assertThat(graphSnapshot()).isEqualTo(before);
	}

	@Test
	void theDatasetIsAsLargeAsPromised() {
		Map<String, Object> counts = this.driver.executableQuery("""
				RETURN COUNT { (:Hub) } AS hubs, COUNT { (:Company) } AS companies,
				       COUNT { (:Capability) } AS capabilities, COUNT { (:Scenario) } AS scenarios,
				       COUNT { ()-[:PARTNERS_WITH]->() } AS partnerships,
				       COUNT { (c:Capability)-[:FEEDS*]->(c) } AS cycles,
				       size(collect { MATCH (c:Capability) RETURN DISTINCT c.layer }) AS layers,
				       size(collect { MATCH (s:Scenario) RETURN DISTINCT s.sector }) AS sectors""")
			.execute()
			.records()
			.get(0)
			.asMap();

		assertThat((Long) counts.get("hubs")).isEqualTo(3);
		assertThat((Long) counts.get("companies")).isGreaterThanOrEqualTo(80);
		assertThat((Long) counts.get("capabilities")).isGreaterThanOrEqualTo(60);
		assertThat((Long) counts.get("scenarios")).isGreaterThanOrEqualTo(12);
		assertThat((Long) counts.get("partnerships")).isPositive();
		assertThat((Long) counts.get("cycles")).isZero();
		assertThat((Long) counts.get("layers")).isEqualTo(8);
		assertThat((Long) counts.get("sectors")).isEqualTo(8);
	}

	@Test
	void everyCompanyNamedInTheSourceArticlesIsThere() {
		List<String> named = List.of("infinigence-ai", "volcengine", "ucloud", "microport-medbot", "ruijin-hospital");
		List<String> found = this.driver
			.executableQuery("MATCH (c:Company) WHERE c.id IN $ids RETURN c.id AS id ORDER BY id")
			.withParameters(Map.of("ids", named))
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("id").asString())
			.toList();
		assertThat(found).containsExactlyInAnyOrderElementsOf(named);
	}

}
