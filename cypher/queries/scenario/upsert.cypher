MERGE (scenario:Scenario {id: $id})
SET scenario += $changes
RETURN scenario
