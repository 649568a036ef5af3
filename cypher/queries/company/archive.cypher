MATCH (c:Company {id: $companyId})
FOREACH (_ IN CASE WHEN c.archived <> $archived THEN [1] ELSE [] END | SET c.updatedAt = datetime())
SET c.archived = $archived
RETURN c
