MATCH (:Hub {id: $hubId})-[:HAS_BUILDING]->(:Building)<-[:LOCATED_IN]-(c:Company)
WHERE NOT c.archived
RETURN c.id AS id
ORDER BY id
