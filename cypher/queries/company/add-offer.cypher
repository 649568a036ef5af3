MATCH (c:Company {id: $companyId}), (capability:Capability {id: $capabilityId})
MERGE (c)-[:OFFERS]->(capability)
  ON CREATE SET c.updatedAt = datetime()
RETURN c
