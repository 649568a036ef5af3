// The hub of each building.
UNWIND $buildingIds AS buildingId
MATCH (hub:Hub)-[:HAS_BUILDING]->(:Building {id: buildingId})
RETURN buildingId, hub
