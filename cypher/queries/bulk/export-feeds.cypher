// Every FEEDS link, by its ends, for export.
MATCH (from:Capability)-[:FEEDS]->(to:Capability)
RETURN from.id AS from, to.id AS to
ORDER BY from, to
