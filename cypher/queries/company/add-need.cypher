MATCH (c:Company {id: $companyId}), (capability:Capability {id: $capabilityId})
MERGE (c)-[need:NEEDS]->(capability)
  ON CREATE SET c.updatedAt = datetime()
SET need.priority = $priority, need.note = $note
RETURN c
