// One FEEDS step downstream of each capability.
UNWIND $ids AS id
MATCH (:Capability {id: id})-[:FEEDS]->(capability:Capability)
RETURN id, capability
