MATCH (from:Capability {id: $fromId}), (to:Capability {id: $toId})
OPTIONAL MATCH (from)-[link:FEEDS]->(to)
DELETE link
RETURN from, to
