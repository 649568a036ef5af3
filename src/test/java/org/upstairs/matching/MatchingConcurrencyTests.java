package org.upstairs.matching;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching queries take turns: beyond the configured number running at once they wait,
 * and one that waits too long is told the service is busy instead of failing inside the
 * database. The test configuration waits at most 1 s.
 */
class MatchingConcurrencyTests extends IntegrationTest {

	private static final String UPSTREAM = "{ upstreamPartners(companyId: \"deepharbor-ai\") { company { id } } }";

	@Autowired
	MatchingBulkhead bulkhead;

	@Autowired
	MatchingConcurrency concurrency;

	private final CountDownLatch release = new CountDownLatch(1);

	private ExecutorService pool;

	@BeforeEach
	void demo() {
		resetGraphToDemoData();
		this.pool = Executors.newCachedThreadPool();
	}

	@AfterEach
	void letGo() {
		this.release.countDown();
		this.pool.shutdownNow();
	}

	@Test
	void aQueryThatFindsEveryTurnTakenWaitsThenIsToldTheServiceIsBusy() throws Exception {
		takeEveryTurn();
		long started = System.nanoTime();

		graphQl().document(UPSTREAM)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getExtensions()).containsEntry("classification", "UNAVAILABLE")
					.containsEntry("field", "companyId");
				assertThat(error.getMessage()).startsWith("companyId: the service is answering as many");
			}));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(this.concurrency.maxWait());
	}

	@Test
	void aWaitingQueryRunsAsSoonAsATurnIsFree() throws Exception {
		takeEveryTurn();
		Future<GraphQlTester.Response> waiting = this.pool.submit(() -> graphQl().document(UPSTREAM).execute());
		Thread.sleep(this.concurrency.maxWait().toMillis() / 4);
		assertThat(waiting).isNotDone();

		this.release.countDown();

		waiting.get(10, TimeUnit.SECONDS)
			.path("upstreamPartners[*].company.id")
			.entityList(String.class)
			.contains("infinigence-ai");
	}

	/** Occupies every turn with a query that lasts until the test lets go. */
	private void takeEveryTurn() throws InterruptedException {
		CountDownLatch running = new CountDownLatch(this.concurrency.maxRunning());
		for (int i = 0; i < this.concurrency.maxRunning(); i++) {
			this.pool.submit(() -> this.bulkhead.run("companyId", () -> {
				running.countDown();
				try {
					return this.release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
		}
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
	}

}
