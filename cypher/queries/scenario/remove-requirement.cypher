MATCH (scenario:Scenario {id: $scenarioId}), (capability:Capability {id: $capabilityId})
OPTIONAL MATCH (scenario)-[requirement:REQUIRES]->(capability)
DELETE requirement
RETURN scenario
