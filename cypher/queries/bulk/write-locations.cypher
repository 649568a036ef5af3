// Replaces companies' locations (at most one each; a null location removes it). updatedAt
// moves only when the location really changes.
UNWIND $rows AS row
MATCH (c:Company {id: row.company})
OPTIONAL MATCH (c)-[old:LOCATED_IN]->(oldBuilding:Building)
WITH c, row, collect(old) AS olds,
     collect(CASE WHEN old IS NOT NULL
                  THEN {building: oldBuilding.id, floor: old.floor, unit: coalesce(old.unit, '')} END) AS was
WITH c, row, olds,
     was = CASE WHEN row.location IS NULL THEN []
                ELSE [{building: row.location.building, floor: row.location.floor,
                       unit: coalesce(row.location.unit, '')}] END AS unchanged
WHERE NOT unchanged
FOREACH (old IN olds | DELETE old)
SET c.updatedAt = datetime()
WITH c, row
WHERE row.location IS NOT NULL
MATCH (b:Building {id: row.location.building})
CREATE (c)-[:LOCATED_IN {floor: row.location.floor, unit: row.location.unit}]->(b)
