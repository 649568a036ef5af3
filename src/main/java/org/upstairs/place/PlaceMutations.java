package org.upstairs.place;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.account.Caller;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.NotFoundException;

/**
 * Hub and building mutations, for staff. The fields are checked by {@link PlaceRules}, as
 * the import checks them, and written by the import's own statements; each mutation runs
 * in one transaction that checks everything before it writes, so a refused one leaves the
 * graph as it was.
 */
@Controller
class PlaceMutations {

	private final ChangeLog changes;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final TransactionTemplate transactions;

	private final Places places;

	PlaceMutations(Neo4jClient neo4j, CypherScripts cypher, TransactionTemplate transactions, Places places,
			ChangeLog changes) {
		this.changes = changes;
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.transactions = transactions;
		this.places = places;
	}

	@MutationMapping
	HubPayload upsertHub(@Argument Map<String, Object> input, Principal principal) {
		Caller.of(principal).requireStaff("upsertHub");
		return this.transactions.execute((status) -> {
			String id = PlaceRules.id("input.id", input.get("id"));
			Map<String, Object> changes = PlaceRules.HUB.check(input, this.places.hub(id).isEmpty(), "input.");
			write("queries/bulk/write-hubs", row(id, null, changes));
			return new HubPayload(this.places.hub(id).orElseThrow());
		});
	}

	@MutationMapping
	BuildingPayload upsertBuilding(@Argument Map<String, Object> input, Principal principal) {
		Caller.of(principal).requireStaff("upsertBuilding");
		return this.transactions.execute((status) -> {
			String id = PlaceRules.id("input.id", input.get("id"));
			String hubId = (input.get("hubId") != null) ? PlaceRules.id("input.hubId", input.get("hubId")) : null;
			Record found = lockAndRead(id, hubId);
			boolean creating = !found.get("exists").asBoolean();
			if (hubId == null && creating) {
				throw new InvalidInputException("input.hubId", "is required for a new building");
			}
			if (hubId == null && input.containsKey("hubId")) {
				throw new InvalidInputException("input.hubId", "cannot be removed: every building belongs to a hub");
			}
			Map<String, Object> changes = PlaceRules.BUILDING.check(input, creating, "input.");
			if (hubId != null && !found.get("hubExists").asBoolean()) {
				throw new NotFoundException("input.hubId", "Hub", hubId);
			}
			if (!creating) {
				int floors = (changes.get("floors") instanceof Integer given) ? given : found.get("floors").asInt(0);
				int basements = (changes.get("basements") instanceof Integer given) ? given
						: found.get("basements").asInt(0);
				PlaceRules.keepsOccupiedFloors("input.", floors, basements, orNull(found.get("highest")),
						orNull(found.get("deepest")));
			}
			this.changes.touched(ChangedNode.building(id));
			write("queries/bulk/write-buildings", row(id, hubId, changes));
			return new BuildingPayload(this.places.building(id).orElseThrow());
		});
	}

	@MutationMapping
	RemoveBuildingPayload removeBuilding(@Argument RemoveBuildingInput input, Principal principal) {
		Caller.of(principal).requireStaff("removeBuilding");
		return this.transactions.execute((status) -> {
			String id = PlaceRules.id("input.id", input.id());
			Record found = lockAndRead(id, null);
			if (!found.get("exists").asBoolean()) {
				return new RemoveBuildingPayload(id, false);
			}
			long companies = found.get("companies").asLong();
			if (companies > 0) {
				throw new InvalidInputException("input.id", "cannot be removed while " + companies
						+ ((companies == 1) ? " company sits" : " companies sit") + " in it (move them first)");
			}
			this.changes.touched(ChangedNode.building(id));
			this.neo4j.query(this.cypher.query("queries/place/remove-building")).bind(id).to("id").run();
			return new RemoveBuildingPayload(id, true);
		});
	}

	/**
	 * Locks the building (when it exists), then reads what a change of it is checked
	 * against.
	 */
	private Record lockAndRead(String id, String hubId) {
		this.neo4j.query(this.cypher.query("queries/place/lock-building")).bind(id).to("buildingId").run();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("hubId", hubId);
		return this.neo4j.query(this.cypher.query("queries/place/building-to-change"))
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.orElseThrow();
	}

	/**
	 * One row of the import's write statement: the mutation writes as the import does.
	 */
	private static Map<String, Object> row(String id, String hubId, Map<String, Object> properties) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("hub", hubId);
		row.put("properties", properties);
		return row;
	}

	private void write(String query, Map<String, Object> row) {
		this.neo4j.query(this.cypher.query(query)).bind(List.of(row)).to("rows").run();
	}

	private static Integer orNull(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	record HubPayload(Hub hub) {
	}

	record BuildingPayload(Building building) {
	}

	record RemoveBuildingInput(String id) {
	}

	record RemoveBuildingPayload(String id, boolean removed) {
	}

}
