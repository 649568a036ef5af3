// The pair keys of every introduction touching a hub's companies, whatever its status.
MATCH (:Hub {id: $hubId})-[:HAS_BUILDING]->(:Building)<-[:LOCATED_IN]-(c:Company)<-[:FROM|TO]-(i:Introduction)
RETURN DISTINCT i.pairKey AS pairKey
