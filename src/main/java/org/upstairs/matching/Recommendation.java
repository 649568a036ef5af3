package org.upstairs.matching;

import java.util.List;

import org.upstairs.matching.replica.RecommendationKind;
import org.upstairs.company.Company;

/**
 * A suggested collaboration.
 *
 * @param company whom to work with
 * @param score the sum of the reasons' weights
 * @param kind SUPPLIER, CUSTOMER, MUTUAL, COMPLEMENT or NETWORK
 * @param hops the fewest FEEDS steps of a supply relation (0 direct), null for
 * complements
 * @param reasons why
 */
public record Recommendation(Company company, double score, RecommendationKind kind, Integer hops,
		List<Reason> reasons) {
}
