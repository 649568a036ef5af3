// Creates or updates buildings and files each under its hub (moving it if the hub changed).
UNWIND $rows AS row
MERGE (b:Building {id: row.id})
SET b += row.properties
WITH b, row
WHERE row.hub IS NOT NULL
MATCH (hub:Hub {id: row.hub})
CALL (b, hub) {
  OPTIONAL MATCH (other:Hub)-[old:HAS_BUILDING]->(b)
  WHERE other <> hub
  DELETE old
}
MERGE (hub)-[:HAS_BUILDING]->(b)
