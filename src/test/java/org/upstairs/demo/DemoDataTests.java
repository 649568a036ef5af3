package org.upstairs.demo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTests extends IntegrationTest {

	@Autowired
	DemoData demoData;

	@Test
	void loadingTheDemoDataAgainChangesNothing() {
		Map<String, Object> before = graphSummary();

		this.demoData.load();

		assertThat(graphSummary()).isEqualTo(before);
		assertThat((Long) before.get("nodes")).isPositive();
	}

	private Map<String, Object> graphSummary() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__')
				OPTIONAL MATCH (n)-[r]->()
				WITH n, count(r) AS outgoing
				RETURN count(n) AS nodes, sum(outgoing) AS relationships,
				       collect(n.id + ':' + coalesce(n.name, '')) AS names""")
			.execute()
			.records()
			.get(0)
			.asMap((value) -> (value.type().name().equals("LIST")) ? value.asList().stream().sorted().toList()
					: value.asObject());
	}

}
