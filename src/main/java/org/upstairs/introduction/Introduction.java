package org.upstairs.introduction;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;

/**
 * An introduction between two companies, with the recommendation it was made from as it
 * stood then.
 *
 * @param id stable id
 * @param status where it stands
 * @param fromCompanyId the company that asked (or for which staff proposed it)
 * @param toCompanyId the company it is introduced to
 * @param note why, in the words of whoever created it
 * @param score the recommendation's score when it was created, or null when nothing
 * recommended the pair
 * @param kind the recommendation's kind then, or null
 * @param reasons the recommendation's reasons then
 * @param createdAt when it was created
 * @param updatedAt when its status last changed
 */
public record Introduction(String id, IntroductionStatus status, String fromCompanyId, String toCompanyId, String note,
		Double score, String kind, List<SnapshotReason> reasons, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

	/**
	 * A reason as recorded when the introduction was made.
	 *
	 * @param code the reason's code
	 * @param weight what it added to the score
	 * @param text the reason in words
	 */
	public record SnapshotReason(String code, double weight, String text) {
	}

	/**
	 * Whether a caller takes part in it through their company.
	 * @param companyId the caller's company
	 * @return true if the company is either side
	 */
	boolean involves(String companyId) {
		return companyId != null && (companyId.equals(this.fromCompanyId) || companyId.equals(this.toCompanyId));
	}

	static Introduction from(Value node, String fromId, String toId) {
		List<SnapshotReason> reasons = new ArrayList<>();
		List<String> codes = node.get("reasonCodes").isNull() ? List.of()
				: node.get("reasonCodes").asList(Value::asString);
		List<Double> weights = node.get("reasonWeights").isNull() ? List.of()
				: node.get("reasonWeights").asList(Value::asDouble);
		List<String> texts = node.get("reasonTexts").isNull() ? List.of()
				: node.get("reasonTexts").asList(Value::asString);
		for (int i = 0; i < codes.size(); i++) {
			reasons.add(new SnapshotReason(codes.get(i), weights.get(i), texts.get(i)));
		}
		return new Introduction(node.get("id").asString(), IntroductionStatus.valueOf(node.get("status").asString()),
				fromId, toId, node.get("note").asString(null),
				node.get("score").isNull() ? null : node.get("score").asDouble(), node.get("kind").asString(null),
				List.copyOf(reasons), node.get("createdAt").asZonedDateTime(), node.get("updatedAt").asZonedDateTime());
	}

}
