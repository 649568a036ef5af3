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
class WritesWaitForDemoDataTests {

	private final CompletableFuture<Void> loading = new CompletableFuture<>();

	private final WritesWaitForDemoData gate = new WritesWaitForDemoData(this.loading, Duration.ofMinutes(1));

	@Test
	void aMutationRunsOnlyOnceTheDemoDataIsLoaded() {
		AtomicBoolean ran = new AtomicBoolean();
		var subscription = this.gate
			.after("mutation { archiveCompany(input: {companyId: \"x\"}) { company { id } } }", null, run(ran))
			.subscribe();
		assertThat(ran).isFalse();

		this.loading.complete(null);
		assertThat(ran).isTrue();
		subscription.dispose();
	}

	@Test
	void queriesAndNamedQueriesInAMixedDocumentRunAtOnce() {
		AtomicBoolean ran = new AtomicBoolean();
		String document = "query Hubs { hubs { id } } mutation Archive { archiveCompany(input: {companyId: \"x\"}) "
				+ "{ company { id } } }";
		this.gate.after("{ hubs { id } }", null, run(ran)).block(Duration.ofSeconds(1));
		assertThat(ran).isTrue();
		ran.set(false);
		this.gate.after(document, "Hubs", run(ran)).block(Duration.ofSeconds(1));
		assertThat(ran).isTrue();
		ran.set(false);
		this.gate.after(document, "Archive", run(ran)).subscribe();
		assertThat(ran).isFalse();
	}

	@Test
	void aFailedLoadDoesNotHoldWritesForEver() {
		AtomicBoolean ran = new AtomicBoolean();
		this.loading.completeExceptionally(new IllegalStateException("seed failed"));
		this.gate.after("mutation { x }", null, run(ran)).block(Duration.ofSeconds(1));
		assertThat(ran).isTrue();
	}

	private static Mono<String> run(AtomicBoolean ran) {
		return Mono.fromSupplier(() -> {
			ran.set(true);
			return "done";
		});
	}

}
