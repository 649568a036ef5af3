// Creates or updates companies; updatedAt moves only when a property really changes, so
// re-importing the same file changes nothing.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
  ON CREATE SET c.createdAt = datetime(), c.updatedAt = datetime()
WITH c, row,
     [key IN keys(row.properties)
      WHERE NOT coalesce(c[key] = row.properties[key], c[key] IS NULL AND row.properties[key] IS NULL)] AS changed
SET c += row.properties
FOREACH (_ IN CASE WHEN size(changed) > 0 THEN [1] ELSE [] END | SET c.updatedAt = datetime())
