// Every building with its hub, by id, for export.
MATCH (b:Building)
OPTIONAL MATCH (hub:Hub)-[:HAS_BUILDING]->(b)
WITH b, min(hub.id) AS hub
RETURN b.id AS id, hub, b.name AS name, b.nameZh AS nameZh, b.floors AS floors, b.basements AS basements
ORDER BY id
