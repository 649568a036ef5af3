// Adds FEEDS links. The lock node serialises this with the linkCapabilities mutation, whose
// cycle check must see every link; the import checked its own links before writing.
MERGE (lock:__Lock {name: 'feeds'})
SET lock.at = timestamp()
WITH lock
UNWIND $rows AS row
MATCH (from:Capability {id: row.from}), (to:Capability {id: row.to})
MERGE (from)-[:FEEDS]->(to)
