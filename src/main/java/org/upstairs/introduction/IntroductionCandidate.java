package org.upstairs.introduction;

import java.util.List;

import org.upstairs.matching.replica.RecommendationKind;
import org.upstairs.company.Company;
import org.upstairs.matching.Reason;

/**
 * A pair in a hub worth introducing, as the recommendation for {@code from} sees it.
 *
 * @param from the company the recommendation was made for
 * @param to the company recommended to it
 * @param kind SUPPLIER, CUSTOMER, MUTUAL, COMPLEMENT or NETWORK, from {@code from}'s side
 * @param score the recommendation's score
 * @param reasons why
 */
record IntroductionCandidate(Company from, Company to, RecommendationKind kind, double score, List<Reason> reasons) {
}
