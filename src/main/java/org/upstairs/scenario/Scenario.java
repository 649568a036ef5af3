package org.upstairs.scenario;

import org.neo4j.driver.Value;

/**
 * An application scenario, such as telesurgery.
 *
 * @param id readable slug
 * @param name English name
 * @param nameZh Chinese name
 * @param sector its sector
 * @param description what it is
 */
public record Scenario(String id, String name, String nameZh, Sector sector, String description) {

	/**
	 * Reads a scenario node.
	 * @param node the node value
	 * @return the scenario
	 */
	public static Scenario from(Value node) {
		return new Scenario(node.get("id").asString(), node.get("name").asString(), node.get("nameZh").asString(null),
				Sector.valueOf(node.get("sector").asString()), node.get("description").asString(null));
	}

}
