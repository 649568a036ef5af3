// Replaces a company's location (at most one). Touching a property first takes the company's
// write lock, so concurrent moves cannot leave two locations; updatedAt moves only when the
// location really changes, so repeating the same move changes nothing.
MATCH (c:Company {id: $companyId})
SET c._lock = true
REMOVE c._lock
WITH c
OPTIONAL MATCH (c)-[old:LOCATED_IN]->(oldBuilding:Building)
WITH c, collect(old) AS olds,
     collect(CASE WHEN old IS NOT NULL
                  THEN {building: oldBuilding.id, floor: old.floor, unit: coalesce(old.unit, '')} END) AS was
WITH c, olds,
     coalesce(was = CASE WHEN $buildingId IS NULL THEN []
                         ELSE [{building: $buildingId, floor: $floor, unit: coalesce($unit, '')}] END,
              false) AS unchanged
FOREACH (old IN CASE WHEN unchanged THEN [] ELSE olds END | DELETE old)
WITH c, unchanged
OPTIONAL MATCH (b:Building {id: $buildingId})
FOREACH (_ IN CASE WHEN b IS NOT NULL AND NOT unchanged THEN [1] ELSE [] END |
  CREATE (c)-[:LOCATED_IN {floor: $floor, unit: $unit}]->(b))
FOREACH (_ IN CASE WHEN unchanged THEN [] ELSE [1] END | SET c.updatedAt = datetime())
RETURN c
