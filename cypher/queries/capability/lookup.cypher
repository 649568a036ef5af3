// Whether both capabilities exist, and the FEEDS path that a new link from -> to would close
// into a cycle (to -> ... -> from), if any.
OPTIONAL MATCH (from:Capability {id: $fromId})
OPTIONAL MATCH (to:Capability {id: $toId})
OPTIONAL MATCH path = shortestPath((to)-[:FEEDS*1..]->(from))
WHERE from <> to
RETURN from IS NOT NULL AS fromExists, to IS NOT NULL AS toExists,
       [node IN nodes(path) | node.id] AS cycle
