package org.upstairs.company;

import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.graphql.UpsertChanges;
import org.upstairs.place.PlaceRules;

/**
 * Changes companies and their relationships. Each change runs in one transaction that
 * checks everything before it writes anything, so a refused change leaves the graph as it
 * was; each can be repeated safely.
 */
@Service
@Transactional
class CompanyWriter {

	private final ChangeLog changes;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final Companies companies;

	CompanyWriter(Neo4jClient neo4j, CypherScripts cypher, Companies companies, ChangeLog changes) {
		this.changes = changes;
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.companies = companies;
	}

	Company upsert(Map<String, Object> input) {
		String id = Inputs.slug("input.id", (String) input.get("id"));
		this.changes.touched(ChangedNode.company(id));
		Map<String, Object> changes = UpsertChanges.of(input, this.companies.company(id).isEmpty(), "kind", "company")
			.optional("stage", (value) -> (value != null) ? value.toString() : null)
			.optional("foundedYear",
					(value) -> Inputs.range("input.foundedYear", (Integer) value, 1800, Year.now().getValue()))
			.optional("headcount", (value) -> Inputs.range("input.headcount", (Integer) value, 0, 10_000_000))
			.optional("website", (value) -> Inputs.website("input.website", value))
			.changes();
		return this.neo4j.query(this.cypher.query("queries/company/upsert"))
			.bind(id)
			.to("id")
			.bind(changes)
			.to("changes")
			.fetchAs(Company.class)
			.mappedBy((types, row) -> Company.from(row.get("c")))
			.one()
			.orElseThrow();
	}

	Company setLocation(CompanyInputs.SetLocation input) {
		Map<String, Object> parameters = lookup(input.companyId(), "buildingId", input.buildingId());
		if (input.buildingId() != null) {
			// Locked before its floors are read: upsertBuilding, which takes the same
			// lock,
			// cannot take the floor away between this check and the move.
			this.neo4j.query(this.cypher.query("queries/place/lock-building"))
				.bind(input.buildingId())
				.to("buildingId")
				.run();
		}
		Record found = find(parameters);
		if (input.buildingId() != null) {
			if (found.get("building").isNull()) {
				throw new NotFoundException("input.buildingId", "Building", input.buildingId());
			}
			PlaceRules.floor("input.floor", input.floor(), found.get("building").get("floors").asInt(),
					found.get("building").get("basements").asInt(), "the building");
		}
		parameters.put("floor", input.floor());
		parameters.put("unit", Inputs.optionalName("input.unit", input.unit(), 50));
		return write("queries/company/set-location", parameters);
	}

	/**
	 * Adds an offer: verified at once when staff add it, else a claim that staff verify
	 * ({@link #verifyOffer}) before matching counts it.
	 * @param input the company and capability
	 * @param byStaff whether staff add it
	 * @return the company
	 */
	Company addOffer(CompanyInputs.CompanyCapability input, boolean byStaff) {
		return write(byStaff ? "queries/company/add-offer" : "queries/company/claim-offer",
				checked(input.companyId(), "capabilityId", input.capabilityId()));
	}

	Company verifyOffer(CompanyInputs.CompanyCapability input) {
		this.changes.touched(ChangedNode.company(input.companyId()));
		return this.neo4j.query(this.cypher.query("queries/company/verify-offer"))
			.bindAll(checked(input.companyId(), "capabilityId", input.capabilityId()))
			.fetchAs(Company.class)
			.mappedBy((types, row) -> Company.from(row.get("c")))
			.one()
			.orElseThrow(() -> new NotFoundException("input.capabilityId", "Offer awaiting verification",
					input.capabilityId()));
	}

	Company removeOffer(CompanyInputs.CompanyCapability input) {
		return write("queries/company/remove-offer", checked(input.companyId(), "capabilityId", input.capabilityId()));
	}

	Company addNeed(CompanyInputs.AddNeed input) {
		Map<String, Object> parameters = checked(input.companyId(), "capabilityId", input.capabilityId());
		parameters.put("priority",
				Inputs.range("input.priority", (input.priority() != null) ? input.priority() : 2, 1, 3));
		parameters.put("note", Inputs.optionalText("input.note", input.note(), 500));
		return write("queries/company/add-need", parameters);
	}

	Company removeNeed(CompanyInputs.CompanyCapability input) {
		return write("queries/company/remove-need", checked(input.companyId(), "capabilityId", input.capabilityId()));
	}

	Company addTarget(CompanyInputs.CompanyScenario input) {
		return write("queries/company/add-target", checked(input.companyId(), "scenarioId", input.scenarioId()));
	}

	Company removeTarget(CompanyInputs.CompanyScenario input) {
		return write("queries/company/remove-target", checked(input.companyId(), "scenarioId", input.scenarioId()));
	}

	void recordPartnership(CompanyInputs.RecordPartnership input) {
		checkPartners(input.companyId(), input.partnerId());
		boolean ordered = input.companyId().compareTo(input.partnerId()) < 0;
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("lowId", ordered ? input.companyId() : input.partnerId());
		parameters.put("highId", ordered ? input.partnerId() : input.companyId());
		parameters.put("since", input.since());
		this.changes.touched(ChangedNode.company(input.companyId()), ChangedNode.company(input.partnerId()));
		this.neo4j.query(this.cypher.query("queries/company/record-partnership")).bindAll(parameters).run();
	}

	void removePartnership(CompanyInputs.RemovePartnership input) {
		checkPartners(input.companyId(), input.partnerId());
		this.changes.touched(ChangedNode.company(input.companyId()), ChangedNode.company(input.partnerId()));
		this.neo4j.query(this.cypher.query("queries/company/remove-partnership"))
			.bindAll(Map.of("companyId", input.companyId(), "partnerId", input.partnerId()))
			.run();
	}

	Company archive(CompanyInputs.Archive input) {
		Map<String, Object> parameters = checked(input.companyId(), null, null);
		parameters.put("archived", input.archived() == null || input.archived());
		return write("queries/company/archive", parameters);
	}

	private void checkPartners(String companyId, String partnerId) {
		if (companyId.equals(partnerId)) {
			throw new InvalidInputException("input.partnerId", "a company cannot partner with itself");
		}
		checked(companyId, "partnerId", partnerId);
	}

	/**
	 * Checks that the company and the other node exist; returns the parameters to write
	 * with.
	 */
	private Map<String, Object> checked(String companyId, String otherField, String otherId) {
		Map<String, Object> parameters = lookup(companyId, otherField, otherId);
		Record found = find(parameters);
		if (otherField != null) {
			String label = switch (otherField) {
				case "capabilityId" -> "capability";
				case "scenarioId" -> "scenario";
				default -> "partner";
			};
			if (!found.get(label).asBoolean()) {
				throw new NotFoundException("input." + otherField, label.equals("partner") ? "Company"
						: Character.toUpperCase(label.charAt(0)) + label.substring(1), otherId);
			}
		}
		return parameters;
	}

	private Map<String, Object> lookup(String companyId, String otherField, String otherId) {
		Map<String, Object> parameters = new HashMap<>();
		for (String field : new String[] { "capabilityId", "scenarioId", "buildingId", "partnerId" }) {
			parameters.put(field, null);
		}
		parameters.put("companyId", companyId);
		if (otherField != null) {
			parameters.put(otherField, otherId);
		}
		return parameters;
	}

	private Record find(Map<String, Object> parameters) {
		Record found = this.neo4j.query(this.cypher.query("queries/company/lookup"))
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.orElseThrow();
		if (!found.get("company").asBoolean()) {
			throw new NotFoundException("input.companyId", "Company", (String) parameters.get("companyId"));
		}
		return found;
	}

	private Company write(String query, Map<String, Object> parameters) {
		this.changes.touched(ChangedNode.company((String) parameters.get("companyId")));
		return this.neo4j.query(this.cypher.query(query))
			.bindAll(parameters)
			.fetchAs(Company.class)
			.mappedBy((types, row) -> Company.from(row.get("c")))
			.one()
			.orElseThrow();
	}

}
