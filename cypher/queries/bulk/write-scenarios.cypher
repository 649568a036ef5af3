// Creates or updates scenarios.
UNWIND $rows AS row
MERGE (s:Scenario {id: row.id})
SET s += row.properties
