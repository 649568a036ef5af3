// The buildings of each hub, by name.
UNWIND $hubIds AS hubId
MATCH (:Hub {id: hubId})-[:HAS_BUILDING]->(building:Building)
RETURN hubId, building
ORDER BY building.name, building.id
