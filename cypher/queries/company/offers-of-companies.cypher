UNWIND $ids AS id
MATCH (:Company {id: id})-[:OFFERS]->(capability:Capability)
RETURN id, capability
