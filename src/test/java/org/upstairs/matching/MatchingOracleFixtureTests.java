package org.upstairs.matching;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.upstairs.matching.replica.RecommendationKind;
import org.upstairs.matching.replica.Scope;
import org.upstairs.matching.replica.ScoreWeights;
import org.upstairs.matching.replica.Side;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine gives the oracle's answers ({@link OracleAnswers}) on the hand-built
 * fixtures too (src/test/resources/fixtures/), where every company is asked in every
 * scope and every pair is assessed: small graphs reach corners a generated hub may not.
 */
class MatchingOracleFixtureTests extends IntegrationTest {

	private static final List<String> COMPANIES = List.of("alpha-compute", "beta-data", "gamma-models", "delta-apps",
			"epsilon-tuning", "zeta-market", "eta-capital");

	@Autowired
	private Matchmaking matchmaking;

	@Autowired
	private ScoreWeights weights;

	private OracleAnswers oracle;

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
		this.oracle = new OracleAnswers(this.driver);
	}

	@Test
	void partnersRecommendationsAndAssessmentsAreTheOraclesOnTheChain() {
		int answers = 0;
		for (String company : COMPANIES) {
			for (Scope scope : Scope.values()) {
				List<PartnerMatch> upstream = this.matchmaking.upstreamPartners(company, scope, 2, 10);
				assertThat(upstream).as("upstream of %s, %s", company, scope)
					.isEqualTo(this.oracle.partners(Side.UPSTREAM, company, scope, 2, 10, this.weights));
				List<PartnerMatch> downstream = this.matchmaking.downstreamPartners(company, scope, 4, 10);
				assertThat(downstream).as("downstream of %s, %s", company, scope)
					.isEqualTo(this.oracle.partners(Side.DOWNSTREAM, company, scope, 4, 10, this.weights));
				List<Recommendation> recommended = this.matchmaking.recommendCollaborations(company, scope, 10,
						this.weights);
				assertThat(recommended).as("recommendations for %s, %s", company, scope)
					.isEqualTo(this.oracle.recommendations(company, scope, 10, this.weights));
				answers += upstream.size() + downstream.size() + recommended.size();
			}
		}
		// Not a comparison of empty lists.
		assertThat(answers).isGreaterThan(50);
		int assessed = 0;
		for (String company : COMPANIES) {
			for (String partner : COMPANIES) {
				Optional<Recommendation> assessment = this.matchmaking.assessPair(company, partner);
				assertThat(assessment).as("%s assessing %s", company, partner)
					.isEqualTo(this.oracle.assessment(company, partner, this.weights).stream().findFirst());
				assessed += assessment.isPresent() ? 1 : 0;
			}
		}
		assertThat(assessed).isGreaterThan(10);
	}

	@Test
	void partnersOfPartnersAreTheOraclesToo() {
		resetGraphTo("chain", "partners-of-partners");
		List<String> companies = List.of("delta-apps", "zeta-market", "lambda-studio", "delta-rival", "nu-ventures");
		int network = 0;
		for (String company : companies) {
			for (Scope scope : Scope.values()) {
				List<Recommendation> recommended = this.matchmaking.recommendCollaborations(company, scope, 10,
						this.weights);
				assertThat(recommended).as("recommendations for %s, %s", company, scope)
					.isEqualTo(this.oracle.recommendations(company, scope, 10, this.weights));
				network += (int) recommended.stream().filter((r) -> r.kind() == RecommendationKind.NETWORK).count();
			}
			for (String partner : companies) {
				assertThat(this.matchmaking.assessPair(company, partner)).as("%s assessing %s", company, partner)
					.isEqualTo(this.oracle.assessment(company, partner, this.weights).stream().findFirst());
			}
		}
		// lambda for delta, and delta for lambda, in the scope ANYWHERE at least.
		assertThat(network).isGreaterThanOrEqualTo(2);
	}

}
