// Every scenario with what it requires, by id, for export.
MATCH (s:Scenario)
RETURN s.id AS id, s.name AS name, s.nameZh AS nameZh, s.sector AS sector, s.description AS description,
       COLLECT { MATCH (s)-[:REQUIRES]->(c:Capability) RETURN c.id ORDER BY c.id } AS requires
ORDER BY id
