// What upsertBuilding and removeBuilding check before they write, read once lock-building holds
// the building: whether it exists, its floors, whether the hub it is filed under exists, and
// where companies sit in it (archived ones too: they keep their place). The highest floor above
// ground and the deepest below, and how many companies.
OPTIONAL MATCH (b:Building {id: $id})
OPTIONAL MATCH (hub:Hub {id: $hubId})
OPTIONAL MATCH (:Company)-[located:LOCATED_IN]->(b)
RETURN b IS NOT NULL AS exists, hub IS NOT NULL AS hubExists,
       b.floors AS floors, coalesce(b.basements, 0) AS basements,
       max(CASE WHEN located.floor > 0 THEN located.floor END) AS highest,
       min(CASE WHEN located.floor < 0 THEN located.floor END) AS deepest,
       count(located) AS companies
