// Takes a building's write lock until the transaction ends, before its floors or the floors
// companies sit on are read: upsertBuilding and setCompanyLocation both take it, so a
// building cannot lose a floor while a company moves onto it.
MATCH (b:Building {id: $buildingId})
SET b._lock = true
REMOVE b._lock
