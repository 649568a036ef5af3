package org.upstairs.capability;

import java.util.Comparator;

import org.neo4j.driver.Value;

/**
 * Something a company can offer or need, such as GPU compute or fine-tuning.
 *
 * @param id readable slug
 * @param name English name
 * @param nameZh Chinese name
 * @param layer where on the chain it sits
 * @param description what it is
 */
public record Capability(String id, String name, String nameZh, ChainLayer layer, String description) {

	/**
	 * Upstream first, then by name and id: the order lists of capabilities are shown in.
	 */
	public static final Comparator<Capability> ALONG_THE_CHAIN = Comparator.comparing(Capability::layer)
		.thenComparing(Capability::name)
		.thenComparing(Capability::id);

	/**
	 * Reads a capability node.
	 * @param node the node value
	 * @return the capability
	 */
	public static Capability from(Value node) {
		return new Capability(node.get("id").asString(), node.get("name").asString(), node.get("nameZh").asString(null),
				ChainLayer.valueOf(node.get("layer").asString()), node.get("description").asString(null));
	}

}
