MATCH (c:Company {id: $companyId})
OPTIONAL MATCH (c)-[target:TARGETS]->(:Scenario {id: $scenarioId})
FOREACH (_ IN CASE WHEN target IS NOT NULL THEN [1] ELSE [] END | SET c.updatedAt = datetime())
DELETE target
RETURN c
