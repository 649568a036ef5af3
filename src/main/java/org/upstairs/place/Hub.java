package org.upstairs.place;

import org.neo4j.driver.Value;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An incubator hub, such as the Model Speed Space at Xuhui's West Bund.
 *
 * @param id readable slug, such as {@code smc-xuhui}
 * @param name English name
 * @param nameZh Chinese name
 * @param district Shanghai district
 * @param description what the hub is and offers
 */
@Node("Hub")
public record Hub(@Id String id, String name, String nameZh, String district, String description) {

	static Hub from(Value node) {
		return new Hub(node.get("id").asString(), node.get("name").asString(), node.get("nameZh").asString(null),
				node.get("district").asString(), node.get("description").asString(null));
	}

}
