// Adds the scenarios companies target.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (s:Scenario {id: row.scenario})
MERGE (c)-[:TARGETS]->(s)
  ON CREATE SET c.updatedAt = datetime()
