MATCH (from:Capability {id: $fromId}), (to:Capability {id: $toId})
MERGE (from)-[:FEEDS]->(to)
RETURN from, to
