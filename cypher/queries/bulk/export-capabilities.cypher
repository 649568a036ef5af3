// Every capability, by id, for export.
MATCH (c:Capability)
RETURN c.id AS id, c.name AS name, c.nameZh AS nameZh, c.layer AS layer, c.description AS description
ORDER BY id
