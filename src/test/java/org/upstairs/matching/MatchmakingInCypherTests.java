package org.upstairs.matching;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.upstairs.company.Companies;
import org.upstairs.config.CypherScripts;
import org.upstairs.config.EmbeddedNeo4jServer;
import org.upstairs.support.IntegrationTest;
import org.upstairs.support.Neo4jBackend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the in-memory graph (an external server, the first build, a failure) matching
 * picks and explains its partners in Cypher; the answers must be the same, reasons and
 * all. Compared on the hand-built fixture (src/test/resources/fixtures/chain.cypher) for
 * every company and scope, and every pair assessed, against the service's own
 * {@link Matchmaking}.
 */
class MatchmakingInCypherTests extends IntegrationTest {

	private static final List<String> COMPANIES = List.of("alpha-compute", "beta-data", "gamma-models", "delta-apps",
			"epsilon-tuning", "zeta-market", "eta-capital");

	@Autowired
	private Matchmaking matchmaking;

	@Autowired
	private MatchingIndex index;

	@Autowired
	private Neo4jClient neo4j;

	@Autowired
	private CypherScripts cypher;

	@Autowired
	private Companies companies;

	@Autowired
	private ScoreWeights weights;

	private Matchmaking inCypher;

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
		MatchingIndex off = new MatchingIndex(
				new StaticListableBeanFactory().getBeanProvider(EmbeddedNeo4jServer.class), this.driver, this.cypher,
				new MatchingIndexProperties(false, Duration.ZERO));
		this.inCypher = new Matchmaking(this.neo4j, this.cypher, this.companies, this.weights, off);
	}

	@Test
	void partnersRecommendationsAndAssessmentsAreTheSameWhenMadeInCypher() {
		int answers = 0;
		for (String company : COMPANIES) {
			for (Scope scope : Scope.values()) {
				List<PartnerMatch> upstream = this.matchmaking.upstreamPartners(company, scope, 2, 10);
				assertThat(this.inCypher.upstreamPartners(company, scope, 2, 10))
					.as("upstream of %s, %s", company, scope)
					.isEqualTo(upstream);
				List<PartnerMatch> downstream = this.matchmaking.downstreamPartners(company, scope, 4, 10);
				assertThat(this.inCypher.downstreamPartners(company, scope, 4, 10))
					.as("downstream of %s, %s", company, scope)
					.isEqualTo(downstream);
				List<Recommendation> recommended = this.matchmaking.recommendCollaborations(company, scope, 10,
						this.weights);
				assertThat(this.inCypher.recommendCollaborations(company, scope, 10, this.weights))
					.as("recommendations for %s, %s", company, scope)
					.isEqualTo(recommended);
				answers += upstream.size() + downstream.size() + recommended.size();
			}
		}
		// Not a comparison of empty lists.
		assertThat(answers).isGreaterThan(50);
		int assessed = 0;
		for (String company : COMPANIES) {
			for (String partner : COMPANIES) {
				Optional<Recommendation> assessment = this.matchmaking.assessPair(company, partner);
				assertThat(this.inCypher.assessPair(company, partner)).as("%s assessing %s", company, partner)
					.isEqualTo(assessment);
				assessed += assessment.isPresent() ? 1 : 0;
			}
		}
		assertThat(assessed).isGreaterThan(10);
		assertThat(this.index.enabled()).isEqualTo(!Neo4jBackend.isContainer());
	}

	@Test
	void partnersOfPartnersAreTheSameWhenFoundInCypher() {
		resetGraphTo("chain", "partners-of-partners");
		List<String> companies = List.of("delta-apps", "zeta-market", "lambda-studio", "delta-rival", "nu-ventures");
		int network = 0;
		for (String company : companies) {
			for (Scope scope : Scope.values()) {
				List<Recommendation> recommended = this.matchmaking.recommendCollaborations(company, scope, 10,
						this.weights);
				assertThat(this.inCypher.recommendCollaborations(company, scope, 10, this.weights))
					.as("recommendations for %s, %s", company, scope)
					.isEqualTo(recommended);
				network += (int) recommended.stream().filter((r) -> r.kind().equals("NETWORK")).count();
			}
			for (String partner : companies) {
				assertThat(this.inCypher.assessPair(company, partner)).as("%s assessing %s", company, partner)
					.isEqualTo(this.matchmaking.assessPair(company, partner));
			}
		}
		// lambda for delta, and delta for lambda, in the scope ANYWHERE at least.
		assertThat(network).isGreaterThanOrEqualTo(2);
	}

}
