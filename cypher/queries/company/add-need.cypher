// Adds a need or changes its priority and note; updatedAt moves only on a real change.
MATCH (c:Company {id: $companyId}), (capability:Capability {id: $capabilityId})
MERGE (c)-[need:NEEDS]->(capability)
  ON CREATE SET need.created = true
WITH c, need,
     coalesce(need.created, false) OR need.priority <> $priority
       OR coalesce(need.note, '') <> coalesce($note, '') AS changed
SET need.priority = $priority, need.note = $note
REMOVE need.created
FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END | SET c.updatedAt = datetime())
RETURN c
