package org.upstairs.matching.replica;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * Work arrays over company slots for one pick: per company reached, its fewest hops and
 * added-up urgencies upstream and downstream and its shared scenarios, with the slots
 * reached listed. At 100,000 companies they take 3 MB, which a pick per request would
 * otherwise allocate and the young collector clear (measured: 44% of what the service
 * allocated under matching load, and a young collection every tenth of a second). So a
 * few are kept and reused: {@link #take} one, and {@link #release} it clean, only the
 * slots reached being reset. One that a failed pick leaves behind is simply not released.
 */
final class CompanyScratch {

	/** Idle ones kept; more than the matching queries that run at once is waste. */
	private static final ArrayBlockingQueue<CompanyScratch> IDLE = new ArrayBlockingQueue<>(
			Math.max(2, Runtime.getRuntime().availableProcessors()));

	int[] upHops = new int[0];

	int[] downHops = new int[0];

	double[] upUrgencies = new double[0];

	double[] downUrgencies = new double[0];

	int[] sharedScenarios = new int[0];

	/**
	 * Counters a pick may fill for companies it has not reached, after
	 * {@link #useCounters()}; they are cleared whole on release.
	 */
	int[] commonPartners = new int[0];

	int[] mostGapCapabilities = new int[0];

	private boolean countersUsed;

	private boolean[] seen = new boolean[0];

	/** The slots reached, in the order first reached; {@link #count} of them. */
	int[] reached = new int[64];

	int count;

	private CompanyScratch() {
	}

	/** A clean scratch for a graph of {@code slots} company slots. */
	static CompanyScratch take(int slots) {
		CompanyScratch scratch = IDLE.poll();
		if (scratch == null) {
			scratch = new CompanyScratch();
		}
		scratch.fit(slots);
		return scratch;
	}

	/** Resets the slots reached and keeps this for another pick, if few are kept. */
	void release() {
		for (int i = 0; i < this.count; i++) {
			int slot = this.reached[i];
			this.upHops[slot] = Picking.FAR;
			this.downHops[slot] = Picking.FAR;
			this.upUrgencies[slot] = 0;
			this.downUrgencies[slot] = 0;
			this.sharedScenarios[slot] = 0;
			this.seen[slot] = false;
		}
		this.count = 0;
		if (this.countersUsed) {
			Arrays.fill(this.commonPartners, 0);
			Arrays.fill(this.mostGapCapabilities, 0);
			this.countersUsed = false;
		}
		IDLE.offer(this);
	}

	/** Marks the counters as filled, so that release clears them. */
	void useCounters() {
		this.countersUsed = true;
	}

	/** Lists a slot as reached, once. */
	void reach(int slot) {
		if (!this.seen[slot]) {
			this.seen[slot] = true;
			if (this.count == this.reached.length) {
				this.reached = Arrays.copyOf(this.reached, this.count * 2);
			}
			this.reached[this.count++] = slot;
		}
	}

	private void fit(int slots) {
		int had = this.upHops.length;
		if (had >= slots) {
			return;
		}
		// Room to grow, so that a graph gaining companies does not regrow every time.
		int size = Math.max(slots, had + had / 8);
		this.upHops = Arrays.copyOf(this.upHops, size);
		this.downHops = Arrays.copyOf(this.downHops, size);
		Arrays.fill(this.upHops, had, size, Picking.FAR);
		Arrays.fill(this.downHops, had, size, Picking.FAR);
		this.upUrgencies = Arrays.copyOf(this.upUrgencies, size);
		this.downUrgencies = Arrays.copyOf(this.downUrgencies, size);
		this.sharedScenarios = Arrays.copyOf(this.sharedScenarios, size);
		this.seen = Arrays.copyOf(this.seen, size);
		this.commonPartners = Arrays.copyOf(this.commonPartners, size);
		this.mostGapCapabilities = Arrays.copyOf(this.mostGapCapabilities, size);
	}

}
