// Creates or updates hubs; only the properties the import gives are touched.
UNWIND $rows AS row
MERGE (h:Hub {id: row.id})
SET h += row.properties
