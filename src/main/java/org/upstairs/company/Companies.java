package org.upstairs.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.capability.Capability;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Connection;
import org.upstairs.graphql.PageRequest;
import org.upstairs.place.Location;
import org.upstairs.scenario.Scenario;

/**
 * Reads companies and what hangs off them. Every method that takes many ids answers in
 * one statement, so GraphQL's batch loaders cost one query per field, whatever the page
 * size.
 */
@Service
@Transactional(readOnly = true)
public class Companies {

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	Companies(Neo4jClient neo4j, CypherScripts cypher) {
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	/**
	 * One company, archived or not.
	 * @param id its id
	 * @return the company, if any
	 */
	public Optional<Company> company(String id) {
		return Optional.ofNullable(companies(List.of(id)).get(id));
	}

	/**
	 * Companies by id, archived ones included.
	 * @param ids the ids
	 * @return the companies found, by id
	 */
	public Map<String, Company> companies(Collection<String> ids) {
		return rows("queries/company/companies-by-id", Map.of("ids", List.copyOf(ids)),
				(row) -> Company.from(row.get("company")))
			.stream()
			.collect(Collectors.toMap(Company::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * A page of companies, with the fields the request asks for read in the same
	 * statement.
	 *
	 * @param connection the page
	 * @param fields each company of the page with its fields
	 */
	record Page(Connection<Company> connection, Map<Company, CompanyPageFields.Values> fields) {
	}

	Page page(CompanyFilter filter, CompanyOrdering ordering, PageRequest page, boolean withTotal,
			CompanyPageFields fields) {
		String filtered = this.cypher.query("queries/company/companies");
		Map<String, Object> parameters = filterParameters((filter != null) ? filter : CompanyFilter.NONE);
		parameters.put("afterKey", page.afterKey(0));
		parameters.put("afterId", page.afterKey(1));
		parameters.put("limit", page.first() + 1);
		parameters.putAll(fields.parameters());
		List<Map.Entry<Company, CompanyPageFields.Values>> rows = rows(
				pageStatement(filter, ordering, page.afterKey(0) != null), parameters,
				(row) -> Map.entry(Company.from(row.get("c")), CompanyPageFields.Values.from(row)));
		long total = withTotal ? this.neo4j.query(filtered.replace("/*TAIL*/", CompanyOrdering.COUNT_TAIL))
			.bindAll(parameters)
			.fetchAs(Long.class)
			.mappedBy((types, row) -> row.get("total").asLong())
			.one()
			.orElse(0L) : -1;
		Connection<Company> connection = Connection.of(rows.stream().map(Map.Entry::getKey).toList(), page,
				ordering::cursor, total);
		// Not the extra row, which only tells whether a next page exists.
		Map<Company, CompanyPageFields.Values> onPage = new LinkedHashMap<>();
		rows.stream().limit(connection.edges().size()).forEach((row) -> onPage.put(row.getKey(), row.getValue()));
		return new Page(connection, onPage);
	}

	/**
	 * The statement for a page: read in order from the name index when nothing filters
	 * the list, otherwise every matching company sorted.
	 */
	String pageStatement(CompanyFilter filter, CompanyOrdering ordering, boolean afterCursor) {
		boolean unfiltered = filter == null || filter.equals(CompanyFilter.NONE);
		String range = unfiltered ? ordering.indexRange(afterCursor) : null;
		String listing = (range != null)
				? this.cypher.query("queries/company/companies-by-name").replace("/*RANGE*/", range)
				: this.cypher.query("queries/company/companies");
		return listing.replace("/*TAIL*/", ordering.pageTail(this.cypher.query("queries/company/page-fields")));
	}

	Map<String, List<Capability>> offers(Collection<String> companyIds) {
		return grouped("queries/company/offers-of-companies", companyIds,
				(row) -> Capability.from(row.get("capability")))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> alongTheChain(entry.getValue())));
	}

	Map<String, List<Capability>> claimedOffers(Collection<String> companyIds) {
		return grouped("queries/company/claimed-offers-of-companies", companyIds,
				(row) -> Capability.from(row.get("capability")))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> alongTheChain(entry.getValue())));
	}

	Map<String, List<Need>> needs(Collection<String> companyIds) {
		return grouped("queries/company/needs-of-companies", companyIds, Companies::need).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> byUrgency(entry.getValue())));
	}

	/** A need from a row or map with its capability, priority and note. */
	static Need need(MapAccessor row) {
		return new Need(Capability.from(row.get("capability")), row.get("priority").asInt(2),
				row.get("note").asString(null));
	}

	/** Offers as the schema lists them: along the chain. */
	static List<Capability> alongTheChain(List<Capability> offers) {
		return offers.stream().sorted(Capability.ALONG_THE_CHAIN).toList();
	}

	/** Needs as the schema lists them: most urgent first, then along the chain. */
	static List<Need> byUrgency(List<Need> needs) {
		return needs.stream()
			.sorted(Comparator.comparingInt(Need::priority).thenComparing(Need::capability, Capability.ALONG_THE_CHAIN))
			.toList();
	}

	Map<String, List<Scenario>> targets(Collection<String> companyIds) {
		return grouped("queries/company/targets-of-companies", companyIds, (row) -> Scenario.from(row.get("scenario")));
	}

	Map<String, Location> locations(Collection<String> companyIds) {
		Map<String, Location> locations = new HashMap<>();
		grouped("queries/company/locations-of-companies", companyIds,
				(row) -> new Location(row.get("buildingId").asString(), row.get("floor").asInt(),
						row.get("unit").asString(null)))
			.forEach((id, found) -> locations.put(id, found.get(0)));
		return locations;
	}

	Map<String, List<Partnership>> partners(Collection<String> companyIds) {
		return grouped("queries/company/partners-of-companies", companyIds,
				(row) -> new Partnership(Company.from(row.get("partner")),
						row.get("since").isNull() ? null : row.get("since").asLocalDate()));
	}

	Map<CompanyPageKey, Connection<Company>> nestedPages(Collection<CompanyPageKey> keys) {
		Map<CompanyPageKey, Connection<Company>> pages = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(CompanyPageKey::list)).forEach((list, listKeys) -> {
			Map<String, CompanyPageKey> byName = new HashMap<>();
			List<Map<String, Object>> parameters = new ArrayList<>();
			for (CompanyPageKey key : listKeys) {
				String name = Integer.toString(byName.size());
				byName.put(name, key);
				parameters.add(nestedKey(name, key));
			}
			this.neo4j.query(this.cypher.query(list.query()))
				.bind(parameters)
				.to("keys")
				.fetchAs(Object.class)
				.mappedBy((types, row) -> {
					CompanyPageKey key = byName.get(row.get("key").asString());
					pages.put(key, nestedPage(key, row));
					return key;
				})
				.all();
			for (CompanyPageKey key : listKeys) {
				pages.computeIfAbsent(key, (empty) -> Connection.of(List.of(), empty.page(), (c) -> "", 0));
			}
		});
		return pages;
	}

	private static Connection<Company> nestedPage(CompanyPageKey key, Record row) {
		Map<Company, Long> floors = new HashMap<>();
		List<Company> companies = new ArrayList<>();
		for (Value item : row.get("page").values()) {
			Company company = Company.from(item.get("company"));
			companies.add(company);
			if (!item.get("floor").isNull()) {
				floors.put(company, item.get("floor").asLong());
			}
		}
		String ordering = key.list().name();
		return Connection.of(companies, key.page(),
				(company) -> key.list().byFloor()
						? PageRequest.cursor(ordering, floors.get(company), company.name(), company.id())
						: PageRequest.cursor(ordering, company.name(), company.id()),
				row.get("total").asLong());
	}

	private static Map<String, Object> nestedKey(String name, CompanyPageKey key) {
		PageRequest page = key.page();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("key", name);
		parameters.put("parentId", key.parentId());
		parameters.put("floor", key.floor());
		parameters.put("first", page.first());
		int offset = key.list().byFloor() ? 1 : 0;
		parameters.put("afterFloor", key.list().byFloor() ? page.afterKey(0) : null);
		parameters.put("afterName", page.afterKey(offset));
		parameters.put("afterId", page.afterKey(offset + 1));
		return parameters;
	}

	static Map<String, Object> filterParameters(CompanyFilter filter) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("hubId", filter.hubId());
		parameters.put("buildingId", filter.buildingId());
		parameters.put("minFloor", filter.minFloor());
		parameters.put("maxFloor", filter.maxFloor());
		parameters.put("offersLayer", (filter.offersLayer() != null) ? filter.offersLayer().name() : null);
		parameters.put("kind", (filter.kind() != null) ? filter.kind().name() : null);
		parameters.put("offersCapabilityId", filter.offersCapabilityId());
		parameters.put("needsCapabilityId", filter.needsCapabilityId());
		parameters.put("targetsScenarioId", filter.targetsScenarioId());
		return parameters;
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> rows(String queryOrName, Map<String, Object> parameters, Function<Record, T> mapper) {
		String query = queryOrName.startsWith("queries/") ? this.cypher.query(queryOrName) : queryOrName;
		return this.neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(Object.class)
			.mappedBy((types, row) -> mapper.apply(row))
			.all()
			.stream()
			.map((row) -> (T) row)
			.toList();
	}

	private <T> Map<String, List<T>> grouped(String query, Collection<String> ids, Function<Record, T> mapper) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		this.neo4j.query(this.cypher.query(query))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Object.class)
			.mappedBy((types, row) -> Map.entry(row.get("id").asString(), mapper.apply(row)))
			.all()
			.forEach((entry) -> {
				@SuppressWarnings("unchecked")
				Map.Entry<String, T> pair = (Map.Entry<String, T>) entry;
				grouped.computeIfAbsent(pair.getKey(), (id) -> new ArrayList<>()).add(pair.getValue());
			});
		return grouped;
	}

}
