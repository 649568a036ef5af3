package org.upstairs.matching;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.matching.replica.ScoreWeights;
import org.upstairs.matching.replica.Scope;
import org.upstairs.account.Caller;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;

/**
 * The matchmaking queries: thin; the work is in {@link Matchmaking}, each query in its
 * turn ({@link MatchingBulkhead}) once its arguments are checked.
 */
@Controller
class MatchingController {

	private final Matchmaking matchmaking;

	private final HubChains hubChains;

	private final MatchingBulkhead bulkhead;

	private final ScoreWeights defaultWeights;

	MatchingController(Matchmaking matchmaking, HubChains hubChains, MatchingBulkhead bulkhead,
			ScoreWeights defaultWeights) {
		this.matchmaking = matchmaking;
		this.hubChains = hubChains;
		this.bulkhead = bulkhead;
		this.defaultWeights = defaultWeights;
	}

	@QueryMapping
	List<PartnerMatch> upstreamPartners(@Argument String companyId, @Argument Scope scope, @Argument Integer maxHops,
			@Argument Integer first, Principal principal) {
		Caller.of(principal).requireActsFor("companyId", companyId);
		Scope where = scope(scope);
		int hops = maxHops(maxHops);
		int size = first(first);
		return this.bulkhead.run("companyId", () -> this.matchmaking.upstreamPartners(companyId, where, hops, size));
	}

	@QueryMapping
	List<PartnerMatch> downstreamPartners(@Argument String companyId, @Argument Scope scope, @Argument Integer maxHops,
			@Argument Integer first, Principal principal) {
		Caller.of(principal).requireActsFor("companyId", companyId);
		Scope where = scope(scope);
		int hops = maxHops(maxHops);
		int size = first(first);
		return this.bulkhead.run("companyId", () -> this.matchmaking.downstreamPartners(companyId, where, hops, size));
	}

	@QueryMapping
	List<Recommendation> recommendCollaborations(@Argument String companyId, @Argument Scope scope,
			@Argument Integer first, @Argument Map<String, Object> weights, Principal principal) {
		Caller.of(principal).requireActsFor("companyId", companyId);
		Scope where = scope(scope);
		int size = first(first);
		ScoreWeights scoring = this.defaultWeights.with(weights);
		return this.bulkhead.run("companyId",
				() -> this.matchmaking.recommendCollaborations(companyId, where, size, scoring));
	}

	@QueryMapping
	ChainPath chainPath(@Argument String fromCompanyId, @Argument String toCompanyId, @Argument Integer maxLength,
			Principal principal) {
		Caller caller = Caller.of(principal);
		// A founder may ask how their own company connects to another, from either end.
		if (!caller.actsFor(toCompanyId)) {
			caller.requireActsFor("fromCompanyId", fromCompanyId);
		}
		int length = Inputs.range("maxLength", (maxLength != null) ? maxLength : 6, 1, 12);
		if (fromCompanyId.equals(toCompanyId)) {
			throw new InvalidInputException("toCompanyId", "must differ from fromCompanyId");
		}
		String askerId = caller.isStaff() ? null : caller.companyId();
		return this.bulkhead.run("fromCompanyId",
				() -> this.matchmaking.chainPath(fromCompanyId, toCompanyId, length, askerId));
	}

	@QueryMapping
	List<ChainGap> chainGaps(@Argument String hubId, @Argument String scenarioId, Principal principal) {
		// The gaps name who needs what: needs are private, so this is for staff.
		Caller.of(principal).requireStaff("chainGaps");
		return this.bulkhead.run("hubId", () -> this.matchmaking.chainGaps(hubId, scenarioId));
	}

	@QueryMapping
	List<ChainLayerSummary> hubChain(@Argument String hubId, Principal principal) {
		// Needs are private: counted only for whom Capability.seekers shows them, staff.
		boolean withSeekers = Caller.of(principal).isStaff();
		return this.bulkhead.run("hubId", () -> this.hubChains.hubChain(hubId, withSeekers));
	}

	/** An explicit null means the default, as an absent argument does. */
	private static Scope scope(Scope scope) {
		return (scope != null) ? scope : Scope.ANYWHERE;
	}

	private static int maxHops(Integer maxHops) {
		return Inputs.range("maxHops", (maxHops != null) ? maxHops : 2, 0, 4);
	}

	private static int first(Integer first) {
		return Inputs.range("first", (first != null) ? first : 10, 1, 100);
	}

}
