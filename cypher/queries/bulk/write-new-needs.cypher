// Adds the needs of companies this import created: they have none to merge with, and the
// rows hold no duplicates (the last row of a need wins, as with MERGE).
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
CREATE (c)-[:NEEDS {priority: row.priority, note: row.note}]->(k)
