MATCH (c:Company {id: $companyId})
OPTIONAL MATCH (c)-[offer:OFFERS]->(:Capability {id: $capabilityId})
FOREACH (_ IN CASE WHEN offer IS NOT NULL THEN [1] ELSE [] END | SET c.updatedAt = datetime())
DELETE offer
RETURN c
