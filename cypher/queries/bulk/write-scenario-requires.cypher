// Adds what scenarios require.
UNWIND $rows AS row
MATCH (s:Scenario {id: row.scenario}), (c:Capability {id: row.capability})
MERGE (s)-[:REQUIRES]->(c)
