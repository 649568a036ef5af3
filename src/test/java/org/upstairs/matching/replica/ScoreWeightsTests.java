package org.upstairs.matching.replica;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.upstairs.graphql.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The matching queries prune on the understanding that no reason lowers a score, so a
 * negative weight is refused whether it is configured or sent by a client.
 */
class ScoreWeightsTests {

	private static final ScoreWeights DEFAULTS = new ScoreWeights(3, 3, 1.5, 1.5, 1, 1, 1, 0.75, 0.5, 0.5);

	@Test
	void aNegativeConfiguredWeightStopsStartUpNamingTheProperty() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScoreWeights(3, 3, 1.5, 1.5, 1, 1, -1, 0.75, 0.5, 0.5))
			.withMessage("upstairs.matching.weights.nearbySameFloor must be 0 or more, was -1.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScoreWeights(3, 3, Double.NaN, 1.5, 1, 1, 1, 0.75, 0.5, 0.5))
			.withMessageContaining("chainUpstream");
	}

	@Test
	void aClientsNegativeWeightIsBadInputNamingTheField() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> DEFAULTS.with(Map.of("nearbySameHub", -0.5)))
			.withMessageContaining("must be between 0 and 100")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("weights.nearbySameHub"));
		assertThat(DEFAULTS.with(Map.of("nearbySameHub", 0)).nearbySameHub()).isZero();
	}

}
