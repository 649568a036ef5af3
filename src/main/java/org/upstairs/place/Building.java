package org.upstairs.place;

import org.neo4j.driver.Value;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A building of a hub.
 *
 * @param id readable slug, such as {@code smc-phase-1}
 * @param name English name
 * @param nameZh Chinese name
 * @param floors number of floors above ground (floors 1 to {@code floors})
 * @param basements number of basement levels (floors -1 to {@code -basements})
 */
@Node("Building")
public record Building(@Id String id, String name, String nameZh, int floors, int basements) {

	/**
	 * Whether a floor exists in this building.
	 * @param floor the floor, negative for basements
	 * @return true when it is 1 to {@code floors} or -1 to {@code -basements}
	 */
	public boolean hasFloor(int floor) {
		return PlaceRules.hasFloor(floor, this.floors, this.basements);
	}

	/**
	 * Reads a building node.
	 * @param node the node value
	 * @return the building
	 */
	public static Building from(Value node) {
		return new Building(node.get("id").asString(), node.get("name").asString(), node.get("nameZh").asString(null),
				node.get("floors").asInt(), node.get("basements").asInt(0));
	}

}
