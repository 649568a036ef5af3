// The shortest way two companies connect: through what they offer and need, FEEDS between
// capabilities, and partnerships; archived companies are not stepped through. The bound of
// the pattern is fixed (patterns take no parameters); $maxLength cuts below it.
MATCH (from:Company {id: $fromId}), (to:Company {id: $toId})
MATCH path = shortestPath((from)-[:OFFERS|NEEDS|FEEDS|PARTNERS_WITH*..12]-(to))
WHERE length(path) <= $maxLength
  AND all(node IN nodes(path) WHERE NOT node:Company OR NOT node.archived)
RETURN [node IN nodes(path) | {node: node, kind: CASE WHEN node:Company THEN 'COMPANY' ELSE 'CAPABILITY' END}] AS nodes,
       [r IN relationships(path) | {type: type(r), startId: startNode(r).id}] AS links
