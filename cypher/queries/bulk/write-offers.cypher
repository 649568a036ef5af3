// Adds offers; a company's updatedAt moves when it gains one. An imported offer is verified:
// it replaces a founder's claim of the same capability, as add-offer.cypher does.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (k:Capability {id: row.capability})
MERGE (c)-[:OFFERS]->(k)
  ON CREATE SET c.updatedAt = datetime()
WITH c, k
OPTIONAL MATCH (c)-[claim:CLAIMS_OFFER]->(k)
DELETE claim
