package org.upstairs.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.capability.Capability;
import org.upstairs.capability.ChainLayer;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.NotFoundException;

/**
 * A hub's chain by layer, for the staff dashboard: what the hub's companies offer and
 * need, counted, in one query that also reads the capabilities, so that nothing is read
 * per row.
 */
@Service
@Transactional(readOnly = true)
class HubChains {

	private static final List<String> LAYERS = Arrays.stream(ChainLayer.values()).map(ChainLayer::name).toList();

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	HubChains(Neo4jClient neo4j, CypherScripts cypher) {
		this.neo4j = neo4j;
		this.cypher = cypher;
	}

	/**
	 * A hub's chain.
	 * @param hubId the hub
	 * @param withSeekers whether to tell how many companies need what; when false needs
	 * are not read, every {@code seekers} is null and a capability only needed in the hub
	 * is left out
	 * @return every layer, in chain order
	 * @throws NotFoundException when there is no such hub
	 */
	List<ChainLayerSummary> hubChain(String hubId, boolean withSeekers) {
		List<ChainLayerSummary> layers = List.copyOf(this.neo4j.query(this.cypher.query("queries/matching/hub-chain"))
			.bindAll(Map.of("hubId", hubId, "layers", LAYERS, "withNeeds", withSeekers))
			.fetchAs(ChainLayerSummary.class)
			.mappedBy((types, row) -> new ChainLayerSummary(ChainLayer.valueOf(row.get("layer").asString()),
					row.get("capabilities").asList((supply) -> supply(supply, withSeekers)),
					row.get("providers").asInt(), withSeekers ? row.get("seekers").asInt() : null))
			.all());
		if (layers.isEmpty()) {
			throw new NotFoundException("hubId", "Hub", hubId);
		}
		return layers;
	}

	private static CapabilitySupply supply(Value supply, boolean withSeekers) {
		return new CapabilitySupply(Capability.from(supply.get("capability")), supply.get("providers").asInt(),
				withSeekers ? supply.get("seekers").asInt() : null);
	}

}
