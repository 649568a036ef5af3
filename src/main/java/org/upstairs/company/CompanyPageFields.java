package org.upstairs.company;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.upstairs.account.Caller;
import org.upstairs.capability.Capability;
import org.upstairs.graphql.BatchFields;
import org.upstairs.place.Building;
import org.upstairs.place.Location;
import org.upstairs.scenario.Scenario;

/**
 * The fields of Company a page request asks for. They are read in the page's own
 * statement ({@code page-fields.cypher}) and handed to the fields' batch loaders, which
 * would otherwise read them in one statement each: a page with offers, needs, targets and
 * location costs one round trip instead of six. Lists of companies nested in other types
 * still load their fields through the batch loaders.
 *
 * @param offers whether {@code offers} is asked for
 * @param needs whether {@code needs} is asked for
 * @param targets whether {@code targets} is asked for
 * @param location whether {@code location} is asked for
 * @param building whether {@code location.building} is asked for
 * @param caller who asks: needs are read only where the caller may see them
 */
record CompanyPageFields(boolean offers, boolean needs, boolean targets, boolean location, boolean building,
		Caller caller) {

	/**
	 * What a {@code companies} field's selection asks for.
	 * @param selection the selection of the connection
	 * @param caller who asks
	 * @return the fields to read with the page
	 */
	static CompanyPageFields of(DataFetchingFieldSelectionSet selection, Caller caller) {
		return new CompanyPageFields(selection.contains("edges/node/offers"), selection.contains("edges/node/needs"),
				selection.contains("edges/node/targets"), selection.contains("edges/node/location"),
				selection.contains("edges/node/location/building"), caller);
	}

	/**
	 * The statement's switches: a field not asked for is not read.
	 * @return the parameters of {@code page-fields.cypher}
	 */
	Map<String, Object> parameters() {
		String ownCompany = this.caller.companyId();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("withOffers", this.offers);
		parameters.put("withTargets", this.targets);
		parameters.put("withLocation", this.location);
		parameters.put("needsOfAll", this.needs && this.caller.isStaff());
		parameters.put("needsOfCompany",
				(this.needs && ownCompany != null && this.caller.actsFor(ownCompany)) ? ownCompany : null);
		return parameters;
	}

	/**
	 * Hands what the page read to the fields' batch loaders; the rest of the request
	 * resolves these fields from them without asking the database.
	 * @param env the environment of the {@code companies} field
	 * @param read each company of the page with its fields
	 */
	void prime(DataFetchingEnvironment env, Map<Company, Values> read) {
		Map<Company, List<Capability>> offered = new LinkedHashMap<>();
		Map<Company, List<Need>> needed = new LinkedHashMap<>();
		Map<Company, List<Scenario>> targeted = new LinkedHashMap<>();
		Map<Company, Location> located = new LinkedHashMap<>();
		Map<Location, Building> buildings = new LinkedHashMap<>();
		read.forEach((company, values) -> {
			offered.put(company, values.offers());
			// The same rule as the needs field: null to anyone who may not see them.
			needed.put(company, this.caller.actsFor(company.id()) ? values.needs() : null);
			targeted.put(company, values.targets());
			located.put(company, values.location());
			if (values.location() != null) {
				buildings.put(values.location(), values.building());
			}
		});
		if (this.offers) {
			BatchFields.prime(env, "Company", "offers", offered);
		}
		if (this.needs) {
			BatchFields.prime(env, "Company", "needs", needed);
		}
		if (this.targets) {
			BatchFields.prime(env, "Company", "targets", targeted);
		}
		if (this.location) {
			BatchFields.prime(env, "Company", "location", located);
		}
		if (this.location && this.building) {
			BatchFields.prime(env, "Location", "building", buildings);
		}
	}

	/**
	 * A company's fields as read with its page; lists are empty and the location null
	 * where not asked for.
	 *
	 * @param offers what it offers, along the chain
	 * @param needs what it needs, most urgent first
	 * @param targets the scenarios it targets, by name
	 * @param location where it sits, or null
	 * @param building the building of its location, or null
	 */
	record Values(List<Capability> offers, List<Need> needs, List<Scenario> targets, Location location,
			Building building) {

		static Values from(Record row) {
			List<Capability> offers = row.get("offers").asList(Capability::from);
			List<Need> needs = row.get("needs").asList(Companies::need);
			List<Scenario> targets = row.get("targets").asList(Scenario::from);
			List<Value> locations = row.get("locations").asList((value) -> value);
			Location location = null;
			Building building = null;
			if (!locations.isEmpty()) {
				Value first = locations.get(0);
				building = Building.from(first.get("building"));
				location = new Location(building.id(), first.get("floor").asInt(), first.get("unit").asString(null));
			}
			return new Values(Companies.alongTheChain(offers), Companies.byUrgency(needs), targets, location, building);
		}

	}

}
