// Adds the scenarios targeted by companies this import wrote as new.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (s:Scenario {id: row.scenario})
MERGE (c)-[:TARGETS]->(s)
