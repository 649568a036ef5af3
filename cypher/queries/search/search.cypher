// Full-text search; $query is already escaped (LuceneQuery). Lucene hands over only its $fetch
// best hits by score, so a common word costs a page of hits, not a read and sort of the
// thousands it matches. Hubs share the index but are not hits (kind is null), and archived
// companies are not hits either: Searches drops both, orders what is left by score and id, and
// asks again for more when they took too many of the $fetch.
CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $fetch}) YIELD node, score
RETURN node, score,
       CASE
         WHEN node:Company THEN 'COMPANY'
         WHEN node:Capability THEN 'CAPABILITY'
         WHEN node:Scenario THEN 'SCENARIO'
       END AS kind,
       coalesce(node.archived, false) AS archived
