UNWIND $ids AS id
MATCH (:Company {id: id})-[need:NEEDS]->(capability:Capability)
RETURN id, capability, need.priority AS priority, need.note AS note
