package org.upstairs.place;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points and relationship fields for hubs, buildings and locations.
 */
@Controller
class PlaceController {

	private final Places places;

	PlaceController(Places places) {
		this.places = places;
	}

	@QueryMapping
	List<Hub> hubs() {
		return this.places.hubs();
	}

	@QueryMapping
	Hub hub(@Argument String id) {
		return this.places.hub(id).orElse(null);
	}

	@QueryMapping
	Building building(@Argument String id) {
		return this.places.building(id).orElse(null);
	}

	@BatchMapping
	Map<Hub, List<Building>> buildings(List<Hub> hubs) {
		Map<String, List<Building>> byHub = this.places.buildingsOfHubs(hubs.stream().map(Hub::id).toList());
		return hubs.stream()
			.collect(Collectors.toMap(Function.identity(), (hub) -> byHub.getOrDefault(hub.id(), List.of()),
					(a, b) -> a));
	}

	@BatchMapping
	Map<Building, Hub> hub(List<Building> buildings) {
		Map<String, Hub> byBuilding = this.places.hubsOfBuildings(buildings.stream().map(Building::id).toList());
		return buildings.stream()
			.filter((building) -> byBuilding.containsKey(building.id()))
			.collect(Collectors.toMap(Function.identity(), (building) -> byBuilding.get(building.id()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Location", field = "building")
	Map<Location, Building> locationBuilding(List<Location> locations) {
		Map<String, Building> buildings = this.places
			.buildings(locations.stream().map(Location::buildingId).distinct().toList());
		return locations.stream()
			.filter((location) -> buildings.containsKey(location.buildingId()))
			.collect(Collectors.toMap(Function.identity(), (location) -> buildings.get(location.buildingId()),
					(a, b) -> a));
	}

}
