MATCH (scenario:Scenario {id: $scenarioId}), (capability:Capability {id: $capabilityId})
MERGE (scenario)-[:REQUIRES]->(capability)
RETURN scenario
