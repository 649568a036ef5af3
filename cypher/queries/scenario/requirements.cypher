// The capabilities each scenario requires.
UNWIND $ids AS id
MATCH (:Scenario {id: id})-[:REQUIRES]->(capability:Capability)
RETURN id, capability
