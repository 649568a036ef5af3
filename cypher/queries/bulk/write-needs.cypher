// Adds needs or changes their priority and note; updatedAt moves only on a real change.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
MERGE (c)-[need:NEEDS]->(k)
  ON CREATE SET need.created = true
WITH c, need, row,
     coalesce(need.created, false) OR need.priority <> row.priority
       OR coalesce(need.note, '') <> coalesce(row.note, '') AS changed
SET need.priority = row.priority, need.note = row.note
REMOVE need.created
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET c.updatedAt = datetime())
