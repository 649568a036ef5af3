// Adds offers; a company's updatedAt moves when it gains one.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
MERGE (c)-[:OFFERS]->(k)
  ON CREATE SET c.updatedAt = datetime()
