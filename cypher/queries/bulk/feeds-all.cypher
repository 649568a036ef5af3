// Every FEEDS link, to keep the chain acyclic when an import adds links.
MATCH (from:Capability)-[:FEEDS]->(to:Capability)
RETURN from.id AS from, to.id AS to
