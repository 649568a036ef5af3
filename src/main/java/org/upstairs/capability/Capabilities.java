package org.upstairs.capability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.config.CypherScripts;

/**
 * Reads capabilities and the FEEDS links between them.
 */
@Service
@Transactional(readOnly = true)
public class Capabilities {

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	Capabilities(Neo4jClient neo4j, CypherScripts cypher) {
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	/**
	 * One capability.
	 * @param id its id
	 * @return the capability, if any
	 */
	public Optional<Capability> capability(String id) {
		return this.neo4j.query("MATCH (capability:Capability {id: $id}) RETURN capability")
			.bind(id)
			.to("id")
			.fetchAs(Capability.class)
			.mappedBy((types, row) -> Capability.from(row.get("capability")))
			.one();
	}

	/**
	 * Capabilities along the chain, optionally of one layer.
	 * @param layer the layer, or null for all
	 * @return the capabilities, upstream first
	 */
	public List<Capability> capabilities(ChainLayer layer) {
		return this.neo4j
			.query("MATCH (capability:Capability) WHERE $layer IS NULL OR capability.layer = $layer RETURN capability")
			.bind((layer != null) ? layer.name() : null)
			.to("layer")
			.fetchAs(Capability.class)
			.mappedBy((types, row) -> Capability.from(row.get("capability")))
			.all()
			.stream()
			.sorted(Capability.ALONG_THE_CHAIN)
			.toList();
	}

	Map<String, List<Capability>> linked(String query, Collection<String> ids) {
		Map<String, List<Capability>> linked = new LinkedHashMap<>();
		this.neo4j.query(this.cypher.query(query))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Linked.class)
			.mappedBy((types, row) -> new Linked(row.get("id").asString(), Capability.from(row.get("capability"))))
			.all()
			.forEach((link) -> linked.computeIfAbsent(link.id(), (id) -> new ArrayList<>()).add(link.capability()));
		linked.values().forEach((list) -> list.sort(Capability.ALONG_THE_CHAIN));
		return linked;
	}

	private record Linked(String id, Capability capability) {
	}

}
