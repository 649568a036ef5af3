// Adds the needs of companies this import wrote as new; a need given twice keeps the
// last row's priority and note.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
MERGE (c)-[need:NEEDS]->(k)
SET need.priority = row.priority, need.note = row.note
