UNWIND $ids AS id
MATCH (:Company {id: id})-[:TARGETS]->(scenario:Scenario)
RETURN id, scenario
ORDER BY scenario.name, scenario.id
