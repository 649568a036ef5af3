// Creates or updates a company. updatedAt moves only when a field really changes, so that
// repeating the same upsert changes nothing.
MERGE (c:Company {id: $id})
  ON CREATE SET c.archived = false, c.createdAt = datetime(), c.updatedAt = datetime()
WITH c, [key IN keys($changes)
         WHERE NOT coalesce(c[key] = $changes[key], c[key] IS NULL AND $changes[key] IS NULL)] AS changed
SET c += $changes
FOREACH (_ IN CASE WHEN size(changed) > 0 THEN [1] ELSE [] END | SET c.updatedAt = datetime())
RETURN c
