package org.upstairs.company;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

	/**
	 * Sends the documents in parallel; returns each request's errors as text, "[]" for
	 * none.
	 */
	private List<String> runConcurrently(int requests, java.util.function.IntFunction<String> documents)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				String document = documents.apply(i);
				Callable<String> call = () -> {
					StringBuilder errors = new StringBuilder();
					graphQl().document(document).execute().errors().satisfy((list) -> errors.append(list));
					return errors.toString();
				};
				results.add(pool.submit(call));
			}
			List<String> errors = new ArrayList<>();
			for (Future<String> result : results) {
				errors.add(result.get());
			}
			return errors;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
	}

}
