MATCH (c:Company {id: $companyId}), (scenario:Scenario {id: $scenarioId})
MERGE (c)-[:TARGETS]->(scenario)
  ON CREATE SET c.updatedAt = datetime()
RETURN c
