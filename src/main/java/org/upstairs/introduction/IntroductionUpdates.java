package org.upstairs.introduction;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The live feed behind the {@code introductionUpdated} subscription. An introduction is
 * published only after its transaction has committed, so nobody hears of a change that
 * was rolled back. Slow subscribers miss updates rather than hold others back.
 * <p>
 * Subscribers hear of an update on a thread of their own: the committing thread still has
 * the committed transaction bound to it, and a subscription's nested fields (the two
 * companies, the history) would be read in that transaction and fail.
 */
@Component
class IntroductionUpdates {

	private final Sinks.Many<Introduction> sink = Sinks.many().multicast().directBestEffort();

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(Introductions.Changed changed) {
		this.sink.emitNext(changed.introduction(),
				Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(100)));
	}

	Flux<Introduction> feed() {
		return this.sink.asFlux().publishOn(Schedulers.boundedElastic());
	}

}
