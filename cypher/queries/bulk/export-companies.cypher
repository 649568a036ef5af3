// Every company with its location, offers, needs and targets, by id, for export. Streamed:
// the driver fetches records in batches as the export writes them.
MATCH (c:Company)
OPTIONAL MATCH (c)-[located:LOCATED_IN]->(building:Building)
RETURN c.id AS id, c.name AS name, c.nameZh AS nameZh, c.kind AS kind, c.stage AS stage,
       c.foundedYear AS foundedYear, c.headcount AS headcount, c.website AS website,
       c.description AS description, coalesce(c.archived, false) AS archived,
       CASE WHEN building IS NULL THEN null
            ELSE {building: building.id, floor: located.floor, unit: located.unit} END AS location,
       COLLECT { MATCH (c)-[:OFFERS]->(k:Capability) RETURN k.id ORDER BY k.id } AS offers,
       COLLECT { MATCH (c)-[need:NEEDS]->(k:Capability)
                 WITH k, need ORDER BY k.id
                 RETURN {capability: k.id, priority: need.priority, note: need.note} } AS needs,
       COLLECT { MATCH (c)-[:TARGETS]->(s:Scenario) RETURN s.id ORDER BY s.id } AS targets
ORDER BY id
