// Adds the offers of companies this import created: they have none to merge with, and the
// rows hold no duplicates. updatedAt was set when the company was created.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
CREATE (c)-[:OFFERS]->(k)
