// Replaces a company's location (at most one). Writing updatedAt first locks the company, so
// concurrent moves cannot leave two locations.
MATCH (c:Company {id: $companyId})
SET c.updatedAt = datetime()
WITH c
OPTIONAL MATCH (c)-[old:LOCATED_IN]->()
DELETE old
WITH DISTINCT c
OPTIONAL MATCH (b:Building {id: $buildingId})
FOREACH (_ IN CASE WHEN b IS NOT NULL THEN [1] ELSE [] END |
  CREATE (c)-[:LOCATED_IN {floor: $floor, unit: $unit}]->(b))
RETURN c
