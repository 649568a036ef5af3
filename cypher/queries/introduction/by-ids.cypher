UNWIND $ids AS id
MATCH (i:Introduction {id: id})-[:FROM]->(from:Company), (i)-[:TO]->(to:Company)
RETURN i, from.id AS fromId, to.id AS toId
