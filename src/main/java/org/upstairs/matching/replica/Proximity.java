package org.upstairs.matching.replica;

/**
 * Where a partner sits, seen from the asking company, named like the narrowest
 * {@link Scope} that includes it. A place counts only in a building of a hub.
 */
public enum Proximity {

	/** On the same floor of the same building. */
	SAME_FLOOR,
	/** Higher in the same building. */
	UPSTAIRS,
	/** Lower in the same building, or in it without a floor to compare. */
	DOWNSTAIRS,
	/** In another building of the same hub. */
	SAME_HUB,
	/** Elsewhere, or one of the two has no place in a hub. */
	ANYWHERE;

	/**
	 * Whether a partner here is one the scope asks for.
	 * @param scope the scope asked for
	 * @return true when this place lies within it
	 */
	public boolean within(Scope scope) {
		return switch (scope) {
			case ANYWHERE -> true;
			case SAME_HUB -> this != ANYWHERE;
			case SAME_BUILDING -> this == SAME_FLOOR || this == UPSTAIRS || this == DOWNSTAIRS;
			case SAME_FLOOR -> this == SAME_FLOOR;
			case UPSTAIRS -> this == UPSTAIRS;
			case DOWNSTAIRS -> this == DOWNSTAIRS;
		};
	}

	/**
	 * What sitting here adds to a score: the one place where the NEARBY weights apply.
	 * @param weights the weights scored with
	 * @return the weight of a NEARBY reason here; 0 for ANYWHERE
	 */
	public double weight(ScoreWeights weights) {
		return switch (this) {
			case SAME_FLOOR -> weights.nearbySameFloor();
			case UPSTAIRS, DOWNSTAIRS -> weights.nearbySameBuilding();
			case SAME_HUB -> weights.nearbySameHub();
			case ANYWHERE -> 0;
		};
	}

}
