package org.upstairs.company;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that clients may retry or send at the same time keep the graph's rules.
 */
class ConcurrentWritesTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void concurrentMovesLeaveExactlyOneLocation() throws Exception {
		List<String> errors = runConcurrently(20,
				(i) -> "mutation { setCompanyLocation(input: {companyId: \"eta-capital\", "
						+ "buildingId: \"tower-a\", floor: " + (1 + i % 10) + "}) { company { id } } }");

		assertThat(errors).containsOnly("[]");
		assertThat(count("MATCH (:Company {id: 'eta-capital'})-[l:LOCATED_IN]->() RETURN count(l)")).isEqualTo(1);
	}

	@Test
	void concurrentPartnershipsFromBothSidesMakeOne() throws Exception {
		List<String> errors = runConcurrently(20,
				(i) -> "mutation { recordPartnership(input: {companyId: \""
						+ ((i % 2 == 0) ? "beta-data" : "eta-capital") + "\", partnerId: \""
						+ ((i % 2 == 0) ? "eta-capital" : "beta-data") + "\"}) { company { id } } }");

		assertThat(errors).containsOnly("[]");
		assertThat(count("MATCH (:Company {id: 'beta-data'})-[p:PARTNERS_WITH]-(:Company {id: 'eta-capital'}) "
				+ "RETURN count(p)"))
			.isEqualTo(1);
	}

	@Test
	void concurrentLinksCannotCloseACycleTogether() throws Exception {
		this.driver.executableQuery("""
				CREATE (:Capability {id: 'left', name: 'Left', layer: 'TOOLING'}),
				       (:Capability {id: 'right', name: 'Right', layer: 'TOOLING'})""").execute();

		List<String> errors = runConcurrently(20,
				(i) -> "mutation { linkCapabilities(input: {fromCapabilityId: \"" + ((i % 2 == 0) ? "left" : "right")
						+ "\", toCapabilityId: \"" + ((i % 2 == 0) ? "right" : "left") + "\"}) { from { id } } }");

		assertThat(count("MATCH (:Capability {id: 'left'})-[f:FEEDS]-(:Capability {id: 'right'}) RETURN count(f)"))
			.isEqualTo(1);
		assertThat(count("MATCH p = (c:Capability)-[:FEEDS*]->(c) RETURN count(p)")).isZero();
		// The direction that won is repeated harmlessly; every request the other way is
		// refused.
		assertThat(errors).allMatch((error) -> error.equals("[]") || error.contains("would close a FEEDS cycle"));
	}

}
