package org.upstairs.matching.replica;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.upstairs.graphql.InvalidInputException;

/**
 * The weight of each kind of reason; a score is the sum of its reasons' weights. Defaults
 * are configured under {@code upstairs.matching.weights} and can be overridden per
 * request. The defaults weigh place and shared partners about as much as supply: with
 * them, recommendCollaborations finds more hidden partnerships than Adamic-Adar on the
 * partnership graph (docs/performance.md, "Recommendation quality").
 *
 * @param offersWhatYouNeed per capability they offer that you need, times the need's
 * urgency (priority 1: 1, 2: 2/3, 3: 1/3)
 * @param needsWhatYouOffer per capability they need that you offer, times its urgency
 * @param chainUpstream divided by the FEEDS steps from what they offer to what you work
 * with
 * @param chainDownstream divided by the FEEDS steps from what you offer to what they work
 * with
 * @param sharedScenario per scenario you both target from different chain layers
 * @param coversScenarioGap per required capability of a scenario that they bring and you
 * lack
 * @param nearbySameFloor when they sit on your floor
 * @param nearbySameBuilding when they sit upstairs or downstairs in your building
 * @param nearbySameHub when they sit in another building of your hub
 * @param mutualPartners per partner you share
 */
@ConfigurationProperties("upstairs.matching.weights")
public record ScoreWeights(@DefaultValue("3.0") double offersWhatYouNeed, @DefaultValue("3.0") double needsWhatYouOffer,
		@DefaultValue("1.5") double chainUpstream, @DefaultValue("1.5") double chainDownstream,
		@DefaultValue("1.0") double sharedScenario, @DefaultValue("1.0") double coversScenarioGap,
		@DefaultValue("3.0") double nearbySameFloor, @DefaultValue("2.5") double nearbySameBuilding,
		@DefaultValue("2.0") double nearbySameHub, @DefaultValue("4.0") double mutualPartners) {

	/** The largest weight a client may set. */
	static final double MAX_WEIGHT = 100;

	/**
	 * Configured weights are checked like a client's: the matching queries prune
	 * candidates on the understanding that no reason lowers a score.
	 */
	public ScoreWeights {
		named(offersWhatYouNeed, needsWhatYouOffer, chainUpstream, chainDownstream, sharedScenario, coversScenarioGap,
				nearbySameFloor, nearbySameBuilding, nearbySameHub, mutualPartners)
			.forEach((name, weight) -> {
				if (!Double.isFinite(weight) || weight < 0) {
					throw new IllegalArgumentException(
							"upstairs.matching.weights." + name + " must be 0 or more, was " + weight);
				}
			});
	}

	/**
	 * These weights with a client's overrides.
	 * @param overrides weight names to values; absent or null keeps the default
	 * @return the weights to score with
	 */
	public ScoreWeights with(Map<String, Object> overrides) {
		Map<String, Double> values = asMap();
		if (overrides != null) {
			overrides.forEach((name, value) -> {
				if (value != null) {
					double weight = ((Number) value).doubleValue();
					if (!Double.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
						throw new InvalidInputException("weights." + name,
								"must be between 0 and " + (int) MAX_WEIGHT + ", was " + value);
					}
					values.put(name, weight);
				}
			});
		}
		return new ScoreWeights(values.get("offersWhatYouNeed"), values.get("needsWhatYouOffer"),
				values.get("chainUpstream"), values.get("chainDownstream"), values.get("sharedScenario"),
				values.get("coversScenarioGap"), values.get("nearbySameFloor"), values.get("nearbySameBuilding"),
				values.get("nearbySameHub"), values.get("mutualPartners"));
	}

	public Map<String, Double> asMap() {
		return named(this.offersWhatYouNeed, this.needsWhatYouOffer, this.chainUpstream, this.chainDownstream,
				this.sharedScenario, this.coversScenarioGap, this.nearbySameFloor, this.nearbySameBuilding,
				this.nearbySameHub, this.mutualPartners);
	}

	/** The weights by the names the queries and clients use, in declaration order. */
	private static Map<String, Double> named(double offersWhatYouNeed, double needsWhatYouOffer, double chainUpstream,
			double chainDownstream, double sharedScenario, double coversScenarioGap, double nearbySameFloor,
			double nearbySameBuilding, double nearbySameHub, double mutualPartners) {
		Map<String, Double> map = new LinkedHashMap<>();
		map.put("offersWhatYouNeed", offersWhatYouNeed);
		map.put("needsWhatYouOffer", needsWhatYouOffer);
		map.put("chainUpstream", chainUpstream);
		map.put("chainDownstream", chainDownstream);
		map.put("sharedScenario", sharedScenario);
		map.put("coversScenarioGap", coversScenarioGap);
		map.put("nearbySameFloor", nearbySameFloor);
		map.put("nearbySameBuilding", nearbySameBuilding);
		map.put("nearbySameHub", nearbySameHub);
		map.put("mutualPartners", mutualPartners);
		return map;
	}

}
