// Full-text search; $query is already escaped (LuceneQuery). Hubs share the index but are not hits.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WITH node, score,
     CASE
       WHEN node:Company THEN 'COMPANY'
       WHEN node:Capability THEN 'CAPABILITY'
       WHEN node:Scenario THEN 'SCENARIO'
     END AS kind
WHERE kind IS NOT NULL AND NOT coalesce(node.archived, false)
RETURN node, score, kind
ORDER BY score DESC, node.id
LIMIT $limit
