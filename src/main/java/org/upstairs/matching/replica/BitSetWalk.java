package org.upstairs.matching.replica;

import java.util.BitSet;
import java.util.function.IntConsumer;

/** Visits the set bits of a bit set in order. */
final class BitSetWalk {

	private BitSetWalk() {
	}

	static void each(BitSet bits, IntConsumer action) {
		for (int bit = bits.nextSetBit(0); bit >= 0; bit = bits.nextSetBit(bit + 1)) {
			action.accept(bit);
		}
	}

}
