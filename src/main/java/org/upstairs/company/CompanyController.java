package org.upstairs.company;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.upstairs.account.Account;
import org.upstairs.account.Caller;
import org.upstairs.capability.Capability;
import org.upstairs.graphql.Connection;
import org.upstairs.graphql.PageRequest;
import org.upstairs.place.Building;
import org.upstairs.place.Hub;
import org.upstairs.place.Location;
import org.upstairs.scenario.Scenario;

/**
 * Company queries, the fields of Company, and the company lists of hubs, buildings,
 * capabilities and scenarios. Every list field is batched: one statement per field per
 * request, whatever the number of parents.
 */
@Controller
class CompanyController {

	private static final String PAGES = "companyPages";

	private final Companies companies;

	CompanyController(Companies companies, BatchLoaderRegistry loaders) {
		this.companies = companies;
		loaders.<CompanyPageKey, Connection<Company>>forName(PAGES)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> companies.nestedPages(keys)));
	}

	@QueryMapping
	Company company(@Argument String id) {
		return this.companies.company(id).orElse(null);
	}

	@QueryMapping
	Connection<Company> companies(@Argument CompanyFilter filter, @Argument Map<String, Object> orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection,
			Principal principal, DataFetchingEnvironment env) {
		Caller caller = Caller.of(principal);
		if (filter != null && filter.needsCapabilityId() != null) {
			// Needs are private: filtering by them would reveal them.
			caller.requireStaff("filter.needsCapabilityId");
		}
		CompanyOrdering ordering = CompanyOrdering.of(orderBy);
		PageRequest page = PageRequest.of(first, after, ordering.name(), ordering.keyShape());
		CompanyPageFields fields = CompanyPageFields.of(selection, caller);
		Companies.Page read = this.companies.page(filter, ordering, page, selection.contains("totalCount"), fields);
		fields.prime(env, read.fields());
		return read.connection();
	}

	@BatchMapping
	Map<Company, List<Capability>> offers(List<Company> companies) {
		return byCompany(companies, this.companies.offers(ids(companies)), List.of());
	}

	/**
	 * Offers its founder added that staff have not verified yet: to staff, and to its own
	 * founder; null to everyone else.
	 */
	@BatchMapping
	Map<Company, List<Capability>> claimedOffers(List<Company> companies, Principal principal) {
		List<Company> visible = actedForBy(Caller.of(principal), companies);
		return visible.isEmpty() ? Map.of() : byCompany(visible, this.companies.claimedOffers(ids(visible)), List.of());
	}

	/** A company's needs: to staff, and to its own founder; null to everyone else. */
	@BatchMapping
	Map<Company, List<Need>> needs(List<Company> companies, Principal principal) {
		List<Company> visible = actedForBy(Caller.of(principal), companies);
		return visible.isEmpty() ? Map.of() : byCompany(visible, this.companies.needs(ids(visible)), List.of());
	}

	/**
	 * The companies whose private fields the caller may see: their own, or all for staff.
	 */
	private static List<Company> actedForBy(Caller caller, List<Company> companies) {
		return companies.stream().filter((company) -> caller.actsFor(company.id())).toList();
	}

	@BatchMapping
	Map<Company, List<Scenario>> targets(List<Company> companies) {
		return byCompany(companies, this.companies.targets(ids(companies)), List.of());
	}

	@BatchMapping
	Map<Company, Location> location(List<Company> companies) {
		return byCompany(companies, this.companies.locations(ids(companies)), null);
	}

	/** Partnerships: to any signed-in account; null to anonymous callers. */
	@BatchMapping
	Map<Company, List<Partnership>> partners(List<Company> companies, Principal principal) {
		if (!Caller.of(principal).isSignedIn()) {
			return Map.of();
		}
		return byCompany(companies, this.companies.partners(ids(companies)), List.of());
	}

	/** A founder's company. */
	@BatchMapping(typeName = "Account")
	Map<Account, Company> company(List<Account> accounts) {
		Map<String, Company> found = this.companies.companies(
				accounts.stream().map(Account::companyId).filter(java.util.Objects::nonNull).distinct().toList());
		Map<Account, Company> byAccount = new java.util.HashMap<>();
		accounts.forEach((account) -> {
			if (account.companyId() != null && found.containsKey(account.companyId())) {
				byAccount.put(account, found.get(account.companyId()));
			}
		});
		return byAccount;
	}

	@SchemaMapping(typeName = "Hub", field = "companies")
	CompletableFuture<Connection<Company>> hubCompanies(Hub hub, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return page(env, NestedCompanyList.HUB, hub.id(), null, first, after);
	}

	@SchemaMapping(typeName = "Building", field = "companies")
	CompletableFuture<Connection<Company>> buildingCompanies(Building building, @Argument Integer floor,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return page(env, NestedCompanyList.BUILDING, building.id(), floor, first, after);
	}

	@SchemaMapping(typeName = "Capability", field = "providers")
	CompletableFuture<Connection<Company>> providers(Capability capability, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return page(env, NestedCompanyList.PROVIDERS, capability.id(), null, first, after);
	}

	/** Who needs a capability: staff only (needs are private); null to everyone else. */
	@SchemaMapping(typeName = "Capability", field = "seekers")
	CompletableFuture<Connection<Company>> seekers(Capability capability, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env, Principal principal) {
		if (!Caller.of(principal).isStaff()) {
			return CompletableFuture.completedFuture(null);
		}
		return page(env, NestedCompanyList.SEEKERS, capability.id(), null, first, after);
	}

	@SchemaMapping(typeName = "Scenario", field = "companies")
	CompletableFuture<Connection<Company>> scenarioCompanies(Scenario scenario, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return page(env, NestedCompanyList.SCENARIO, scenario.id(), null, first, after);
	}

	private static CompletableFuture<Connection<Company>> page(DataFetchingEnvironment env, NestedCompanyList list,
			String parentId, Integer floor, Integer first, String after) {
		DataLoader<CompanyPageKey, Connection<Company>> loader = env.getDataLoader(PAGES);
		return loader.load(
				new CompanyPageKey(list, parentId, floor, PageRequest.of(first, after, list.name(), list.keyShape())));
	}

	private static List<String> ids(List<Company> companies) {
		return companies.stream().map(Company::id).distinct().toList();
	}

	private static <T> Map<Company, T> byCompany(List<Company> companies, Map<String, T> byId, T missing) {
		Map<Company, T> result = new java.util.HashMap<>();
		for (Company company : companies) {
			T value = byId.getOrDefault(company.id(), missing);
			if (value != null) {
				result.put(company, value);
			}
		}
		return result;
	}

}
