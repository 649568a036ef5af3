MATCH (c:Company {id: $companyId})
OPTIONAL MATCH (c)-[need:NEEDS]->(:Capability {id: $capabilityId})
FOREACH (_ IN CASE WHEN need IS NOT NULL THEN [1] ELSE [] END | SET c.updatedAt = datetime())
DELETE need
RETURN c
