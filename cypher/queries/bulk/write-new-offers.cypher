// Adds the offers of companies this import wrote as new. MERGE from a company with only a
// few links is cheap and keeps a retried batch or a repeated row from doubling a link; the
// company's updatedAt was set when it was written.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
MERGE (c)-[:OFFERS]->(k)
