// Creates or updates capabilities.
UNWIND $rows AS row
MERGE (c:Capability {id: row.id})
SET c += row.properties
