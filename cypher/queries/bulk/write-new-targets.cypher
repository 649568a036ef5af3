// Adds the scenarios targeted by companies this import created: they have no targets to
// merge with, and the rows hold no duplicates.
UNWIND $rows AS row
MATCH (c:Company {id: row.company}), (s:Scenario {id: row.scenario})
CREATE (c)-[:TARGETS]->(s)
