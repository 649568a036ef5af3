// The shortest way two companies connect: through what they offer and need, FEEDS between
// capabilities, and partnerships; archived companies are not stepped through.
// The length cut stays outside the shortest-path pattern: inside it, the planner would fall
// back to an exhaustive expansion whenever the cut rejects the shortest path. The pattern
// bound is fixed (patterns take no parameters); $maxLength cuts below it. Of several
// equally short paths the one with the smallest list of node ids wins, so the answer does
// not depend on the order the store happens to hold relationships in.
MATCH (from:Company {id: $fromId}), (to:Company {id: $toId})
MATCH path = allShortestPaths((from)-[:OFFERS|NEEDS|FEEDS|PARTNERS_WITH*..12]-(to))
WHERE all(node IN nodes(path) WHERE NOT node:Company OR NOT node.archived)
WITH path
WHERE length(path) <= $maxLength
WITH path
ORDER BY [node IN nodes(path) | node.id]
LIMIT 1
RETURN [node IN nodes(path) | {node: node, kind: CASE WHEN node:Company THEN 'COMPANY' ELSE 'CAPABILITY' END}] AS nodes,
       [r IN relationships(path) | {type: type(r), startId: startNode(r).id}] AS links
