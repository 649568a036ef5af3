package org.upstairs.matching;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.upstairs.graphql.ServiceBusyException;

/**
 * Lets {@link MatchingConcurrency#maxRunning()} matching queries run at once, in the
 * order they asked, and at most {@link MatchingConcurrency#maxWaiting()} wait. The
 * controller takes a turn after checking the arguments and before the query's transaction
 * begins, so that a waiting request holds neither a database transaction nor its timeout.
 */
@Component
class MatchingBulkhead {

	private final Semaphore turns;

	private final MatchingConcurrency concurrency;

	MatchingBulkhead(MatchingConcurrency concurrency) {
		this.concurrency = concurrency;
		this.turns = new Semaphore(concurrency.maxRunning(), true);
	}

	/** How many queries wait for a turn now. */
	int waiting() {
		return this.turns.getQueueLength();
	}

	/**
	 * Runs a matching query when its turn comes.
	 * @param field the argument that names what is asked about, for the error
	 * @param query the query
	 * @return its answer
	 * @throws ServiceBusyException when no turn came within the allowed wait
	 */
	<T> T run(String field, Supplier<T> query) {
		try {
			// A free turn is taken at once (a zero timeout keeps the queue's order); the
			// queue length is a snapshot, so a burst may queue a few more than allowed.
			boolean turn = this.turns.tryAcquire(0, TimeUnit.NANOSECONDS)
					|| (this.turns.getQueueLength() < this.concurrency.maxWaiting()
							&& this.turns.tryAcquire(this.concurrency.maxWait().toNanos(), TimeUnit.NANOSECONDS));
			if (!turn) {
				throw new ServiceBusyException(field,
						"the service is answering as many matching queries as it can; try again in a moment");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServiceBusyException(field, "the request was cancelled while it waited for its turn");
		}
		try {
			return query.get();
		}
		finally {
			this.turns.release();
		}
	}

}
