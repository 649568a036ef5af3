// Founders' offers that staff have not verified yet.
UNWIND $ids AS id
MATCH (:Company {id: id})-[:CLAIMS_OFFER]->(capability:Capability)
RETURN id, capability
