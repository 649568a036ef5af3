// An offer a founder adds is a claim (CLAIMS_OFFER) until staff verify it: matching does not
// count it, so a founder cannot learn other companies' private needs by claiming to offer
// everything (docs/security.md). A capability already offered stays offered.
MATCH (c:Company {id: $companyId}), (capability:Capability {id: $capabilityId})
CALL (c, capability) {
  WITH c, capability
  WHERE NOT EXISTS { (c)-[:OFFERS]->(capability) }
  MERGE (c)-[:CLAIMS_OFFER]->(capability)
    ON CREATE SET c.updatedAt = datetime()
}
RETURN c
