package org.upstairs.place;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.upstairs.config.CypherScripts;

/**
 * Reads hubs and buildings, in batches where GraphQL asks for many.
 */
@Service
public class Places {

	private final HubRepository hubs;

	private final BuildingRepository buildings;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	Places(HubRepository hubs, BuildingRepository buildings, Neo4jClient neo4j, CypherScripts cypher) {
		this.hubs = hubs;
		this.buildings = buildings;
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	/**
	 * Every hub by name.
	 * @return the hubs
	 */
	public List<Hub> hubs() {
		return this.hubs.findAllByOrderByNameAsc();
	}

	/**
	 * One hub.
	 * @param id the hub's id
	 * @return the hub, if any
	 */
	public Optional<Hub> hub(String id) {
		return this.hubs.findById(id);
	}

	/**
	 * One building.
	 * @param id the building's id
	 * @return the building, if any
	 */
	public Optional<Building> building(String id) {
		return this.buildings.findById(id);
	}

	/**
	 * Buildings by id, in one query.
	 * @param ids the ids
	 * @return the buildings found, by id
	 */
	public Map<String, Building> buildings(Collection<String> ids) {
		return this.buildings.findAllById(ids).stream().collect(Collectors.toMap(Building::id, Function.identity()));
	}

	Map<String, List<Building>> buildingsOfHubs(Collection<String> hubIds) {
		return this.neo4j.query(this.cypher.query("queries/place/buildings-of-hubs"))
			.bind(List.copyOf(hubIds))
			.to("hubIds")
			.fetchAs(KeyedBuilding.class)
			.mappedBy(
					(types, row) -> new KeyedBuilding(row.get("hubId").asString(), Building.from(row.get("building"))))
			.all()
			.stream()
			.collect(Collectors.groupingBy(KeyedBuilding::hubId,
					Collectors.mapping(KeyedBuilding::building, Collectors.toList())));
	}

	Map<String, Hub> hubsOfBuildings(Collection<String> buildingIds) {
		return this.neo4j.query(this.cypher.query("queries/place/hubs-of-buildings"))
			.bind(List.copyOf(buildingIds))
			.to("buildingIds")
			.fetchAs(KeyedHub.class)
			.mappedBy((types, row) -> new KeyedHub(row.get("buildingId").asString(), Hub.from(row.get("hub"))))
			.all()
			.stream()
			.collect(Collectors.toMap(KeyedHub::buildingId, KeyedHub::hub));
	}

	private record KeyedBuilding(String hubId, Building building) {
	}

	private record KeyedHub(String buildingId, Hub hub) {
	}

}
