package org.upstairs.demo;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate in front of GraphQL while the demo data loads; the load itself is stood in for
 * by a future, the rest of the request by a flag.
 */
class RequestsWaitForDemoDataTests {

	private final CompletableFuture<Void> loading = new CompletableFuture<>();

	private final RequestsWaitForDemoData gate = new RequestsWaitForDemoData(this.loading, Duration.ofMinutes(1));

	@Test
	void aRequestRunsOnlyOnceTheDemoDataIsLoaded() {
		AtomicBoolean ran = new AtomicBoolean();
		var subscription = this.gate.after(run(ran)).subscribe();
		assertThat(ran).isFalse();

		this.loading.complete(null);
		assertThat(ran).isTrue();
		subscription.dispose();
	}

	@Test
	void onceLoadedRequestsRunAtOnce() {
		this.loading.complete(null);
		AtomicBoolean ran = new AtomicBoolean();
		this.gate.after(run(ran)).block(Duration.ofSeconds(1));
		assertThat(ran).isTrue();
	}

	@Test
	void aFailedLoadDoesNotHoldRequestsForEver() {
		AtomicBoolean ran = new AtomicBoolean();
		this.loading.completeExceptionally(new IllegalStateException("seed failed"));
		this.gate.after(run(ran)).block(Duration.ofSeconds(1));
		assertThat(ran).isTrue();
	}

	@Test
	void aLoadThatTakesTooLongHoldsRequestsNoLongerThanTheLongestWait() {
		RequestsWaitForDemoData impatient = new RequestsWaitForDemoData(this.loading, Duration.ofMillis(50));
		AtomicBoolean ran = new AtomicBoolean();
		impatient.after(run(ran)).block(Duration.ofSeconds(5));
		assertThat(ran).isTrue();
	}

	private static Mono<String> run(AtomicBoolean ran) {
		return Mono.fromSupplier(() -> {
			ran.set(true);
			return "done";
		});
	}

}
