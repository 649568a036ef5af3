// Creates companies the import found absent from the graph, each with its location: no
// MERGE and no second pass for locations. If someone else creates one of these ids in the
// meantime, the id constraint fails the batch instead of merging into their company.
UNWIND $rows AS row
CREATE (c:Company {id: row.id})
SET c += row.properties, c.createdAt = datetime(), c.updatedAt = datetime()
WITH c, row
WHERE row.location IS NOT NULL
MATCH (b:Building {id: row.location.building})
CREATE (c)-[:LOCATED_IN {floor: row.location.floor, unit: row.location.unit}]->(b)
