// One FEEDS step upstream of each capability.
UNWIND $ids AS id
MATCH (:Capability {id: id})<-[:FEEDS]-(capability:Capability)
RETURN id, capability
