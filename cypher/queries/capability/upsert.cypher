MERGE (capability:Capability {id: $id})
SET capability += $changes
RETURN capability
