// The shortest way two companies connect: through what they offer and need, FEEDS between
// capabilities, and partnerships; archived companies are not stepped through.
// The length cut stays outside the shortest-path pattern: inside it, the planner would fall
// back to an exhaustive expansion whenever the cut rejects the shortest path. The pattern
// bound is fixed (patterns take no parameters); $maxLength cuts below it. Of several
// equally short paths the one with the smallest list of node ids wins, so the answer does
// not depend on the order the store happens to hold relationships in.
// Needs are private: when a founder asks ($askerId, else null for staff), the path steps only
// through the needs of the founder's company and of companies it shares an introduction with
// (docs/security.md).
MATCH (from:Company {id: $fromId}), (to:Company {id: $toId})
WITH from, to,
     CASE WHEN $askerId IS NULL THEN null
          ELSE [$askerId] + COLLECT {
            MATCH (:Company {id: $askerId})<-[:FROM|TO]-(:Introduction)-[:FROM|TO]->(other:Company)
            RETURN DISTINCT other.id
          }
     END AS needsSeen
WHERE NOT from.archived
// The step predicates are inside the pattern, so the search applies them as it expands instead
// of filtering finished paths (which could fall back to an exhaustive search).
MATCH path = ALL SHORTEST (from)
  ((a)-[link:OFFERS|NEEDS|FEEDS|PARTNERS_WITH]-(b)
    WHERE (NOT b:Company OR NOT b.archived)
      AND (needsSeen IS NULL OR type(link) <> 'NEEDS' OR startNode(link).id IN needsSeen)){1,12}
  (to)
WITH path
WHERE length(path) <= $maxLength
WITH path
ORDER BY [node IN nodes(path) | node.id]
LIMIT 1
RETURN [node IN nodes(path) | {node: node, kind: CASE WHEN node:Company THEN 'COMPANY' ELSE 'CAPABILITY' END}] AS nodes,
       [r IN relationships(path) | {type: type(r), startId: startNode(r).id}] AS links
