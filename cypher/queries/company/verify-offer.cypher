// Staff verify a founder's claim: it becomes an OFFERS link that matching counts. No row when
// the company has no such claim.
MATCH (c:Company {id: $companyId})-[claim:CLAIMS_OFFER]->(capability:Capability {id: $capabilityId})
MERGE (c)-[:OFFERS]->(capability)
DELETE claim
SET c.updatedAt = datetime()
RETURN c
