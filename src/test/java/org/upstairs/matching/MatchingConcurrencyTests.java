package org.upstairs.matching;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.graphql.ServiceBusyException;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Matching queries take turns: beyond the configured number running at once they wait,
 * and one that waits too long is told the service is busy instead of failing inside the
 * database, and beyond the waiting limit is refused at once. The test configuration waits
 * at most 1 s.
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
	void letGo() throws InterruptedException {
		this.release.countDown();
		this.pool.shutdown();
		assertThat(this.pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void beyondTheWaitingLimitAQueryIsRefusedAtOnce() throws Exception {
		MatchingBulkhead oneTurnNoQueue = new MatchingBulkhead(new MatchingConcurrency(1, 0, Duration.ofSeconds(30)));
		takeEveryTurn(oneTurnNoQueue, 1);
		long started = System.nanoTime();

		assertThatExceptionOfType(ServiceBusyException.class)
			.isThrownBy(() -> oneTurnNoQueue.run("hubId", () -> "answered"))
			.satisfies((busy) -> assertThat(busy.getField()).isEqualTo("hubId"));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		this.release.countDown();
	}

	@Test
	void aQueryThatFindsEveryTurnTakenWaitsThenIsToldTheServiceIsBusy() throws Exception {
		takeEveryTurn(this.bulkhead, this.concurrency.maxRunning());
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
	void waitingQueriesRunInTheOrderTheyAskedAsSoonAsATurnIsFree() throws Exception {
		MatchingBulkhead oneTurn = new MatchingBulkhead(new MatchingConcurrency(1, 4, Duration.ofSeconds(30)));
		takeEveryTurn(oneTurn, 1);
		List<String> answered = new CopyOnWriteArrayList<>();
		Future<?> first = this.pool.submit(() -> oneTurn.run("companyId", () -> answered.add("first")));
		awaitWaiting(oneTurn, 1);
		Future<?> second = this.pool.submit(() -> oneTurn.run("companyId", () -> answered.add("second")));
		awaitWaiting(oneTurn, 2);
		assertThat(answered).isEmpty();

		this.release.countDown();

		first.get(10, TimeUnit.SECONDS);
		second.get(10, TimeUnit.SECONDS);
		assertThat(answered).containsExactly("first", "second");
	}

	private static void awaitWaiting(MatchingBulkhead bulkhead, int queries) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (bulkhead.waiting() < queries && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(bulkhead.waiting()).isEqualTo(queries);
	}

	/** Occupies every turn with a query that lasts until the test lets go. */
	private void takeEveryTurn(MatchingBulkhead bulkhead, int turns) throws InterruptedException {
		CountDownLatch running = new CountDownLatch(turns);
		for (int i = 0; i < turns; i++) {
			this.pool.submit(() -> bulkhead.run("companyId", () -> {
				running.countDown();
				return awaitRelease();
			}));
		}
		assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private boolean awaitRelease() {
		try {
			return this.release.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
