// Writes companies that were not in the graph when the import checked its rows, each with
// its location, in one pass and without comparing old and new values. Still a MERGE: a
// batch the driver retries after a commit it could not confirm, or a company someone
// created meanwhile, is updated rather than refused or doubled.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
  ON CREATE SET c.createdAt = datetime()
SET c += row.properties, c.updatedAt = datetime()
WITH c, row
CALL (c, row) {
  MATCH (c)-[old:LOCATED_IN]->(building:Building)
  WHERE row.setsLocation AND (row.location IS NULL OR building.id <> row.location.building)
  DELETE old
}
WITH c, row
WHERE row.location IS NOT NULL
MATCH (b:Building {id: row.location.building})
MERGE (c)-[at:LOCATED_IN]->(b)
SET at.floor = row.location.floor, at.unit = row.location.unit
