package org.upstairs.introduction;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.account.Caller;
import org.upstairs.account.StillSignedIn;
import org.upstairs.company.Companies;
import org.upstairs.company.Company;
import org.upstairs.graphql.Connection;
import org.upstairs.graphql.Inputs;

/**
 * Introductions: thin; the rules and writes are in {@link Introductions} and
 * {@link Transition}.
 */
@Controller
class IntroductionController {

	private final Introductions introductions;

	private final IntroductionUpdates updates;

	private final Companies companies;

	private final StillSignedIn stillSignedIn;

	IntroductionController(Introductions introductions, IntroductionUpdates updates, Companies companies,
			StillSignedIn stillSignedIn) {
		this.introductions = introductions;
		this.updates = updates;
		this.companies = companies;
		this.stillSignedIn = stillSignedIn;
	}

	@QueryMapping
	Introduction introduction(@Argument String id, Principal principal) {
		return this.introductions.visible(Caller.of(principal), "id", id);
	}

	@QueryMapping
	Connection<Introduction> introductions(@Argument IntroductionStatus status, @Argument String companyId,
			@Argument Integer first, @Argument String after, Principal principal) {
		return this.introductions.page(Caller.of(principal), status, companyId, first, after);
	}

	@QueryMapping
	List<IntroductionCandidate> introductionQueue(@Argument String hubId, @Argument Integer first,
			Principal principal) {
		Caller.of(principal).requireStaff("introductionQueue");
		return this.introductions.queue(hubId, Inputs.range("first", (first != null) ? first : 10, 1, 100));
	}

	@MutationMapping
	IntroductionPayload requestIntroduction(@Argument IntroductionInput input, Principal principal) {
		Caller caller = Caller.of(principal);
		caller.requireActsFor("input.fromCompanyId", input.fromCompanyId());
		return new IntroductionPayload(this.introductions.create(caller, input.fromCompanyId(), input.toCompanyId(),
				input.note(), IntroductionStatus.REQUESTED));
	}

	@MutationMapping
	IntroductionPayload proposeIntroduction(@Argument IntroductionInput input, Principal principal) {
		Caller caller = Caller.of(principal);
		caller.requireStaff("proposeIntroduction");
		return new IntroductionPayload(this.introductions.create(caller, input.fromCompanyId(), input.toCompanyId(),
				input.note(), IntroductionStatus.PROPOSED));
	}

	@MutationMapping
	IntroductionPayload moveIntroduction(@Argument MoveInput input, Principal principal) {
		return new IntroductionPayload(
				this.introductions.move(Caller.of(principal), input.introductionId(), input.status(), input.note()));
	}

	@SubscriptionMapping
	Flux<Introduction> introductionUpdated(Principal principal) {
		Caller caller = Caller.of(principal);
		// Refused inside the stream, so that the subscription ends with a classified
		// error.
		return Flux.defer(() -> {
			caller.requireSignedIn("introductionUpdated");
			// Every event is checked against the account as it is now (ending the
			// subscription with UNAUTHORIZED when it no longer holds), heard or not.
			return this.updates.feed()
				.doOnNext((introduction) -> this.stillSignedIn.require(principal, "introductionUpdated"))
				.filter((introduction) -> caller.isStaff() || introduction.involves(caller.companyId()));
		});
	}

	@BatchMapping(typeName = "Introduction", field = "from")
	Map<Introduction, Company> fromCompany(List<Introduction> introductions) {
		return companiesOf(introductions, Introduction::fromCompanyId);
	}

	@BatchMapping(typeName = "Introduction", field = "to")
	Map<Introduction, Company> toCompany(List<Introduction> introductions) {
		return companiesOf(introductions, Introduction::toCompanyId);
	}

	@BatchMapping
	Map<Introduction, List<IntroductionEvent>> history(List<Introduction> introductions) {
		Map<String, List<IntroductionEvent>> histories = this.introductions
			.histories(introductions.stream().map(Introduction::id).distinct().toList());
		return introductions.stream()
			.collect(Collectors.toMap(Function.identity(),
					(introduction) -> histories.getOrDefault(introduction.id(), List.of()), (a, b) -> a));
	}

	private Map<Introduction, Company> companiesOf(List<Introduction> introductions,
			Function<Introduction, String> side) {
		Map<String, Company> found = this.companies.companies(introductions.stream().map(side).distinct().toList());
		return introductions.stream()
			.filter((introduction) -> found.containsKey(side.apply(introduction)))
			.collect(Collectors.toMap(Function.identity(), (introduction) -> found.get(side.apply(introduction)),
					(a, b) -> a));
	}

	record IntroductionInput(String fromCompanyId, String toCompanyId, String note) {
	}

	record MoveInput(String introductionId, IntroductionStatus status, String note) {
	}

	record IntroductionPayload(Introduction introduction) {
	}

}
