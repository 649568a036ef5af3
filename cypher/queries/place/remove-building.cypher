// Removes a building in which no company sits (removeBuilding checks that first, holding its lock).
MATCH (b:Building {id: $id})
WHERE NOT EXISTS { (b)<-[:LOCATED_IN]-() }
DETACH DELETE b
