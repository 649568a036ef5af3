// An offer made by staff (or verified by them): an OFFERS link, which matching counts. It
// replaces a founder's pending claim of the same capability.
MATCH (c:Company {id: $companyId}), (capability:Capability {id: $capabilityId})
MERGE (c)-[:OFFERS]->(capability)
  ON CREATE SET c.updatedAt = datetime()
WITH c, capability
OPTIONAL MATCH (c)-[claim:CLAIMS_OFFER]->(capability)
DELETE claim
RETURN c
