// A page of introductions, newest first. $visibleTo limits a founder to their company's;
// $companyId is the client's filter.
MATCH (i:Introduction)-[:FROM]->(from:Company), (i)-[:TO]->(to:Company)
WHERE ($status IS NULL OR i.status = $status)
  AND ($companyId IS NULL OR $companyId IN [from.id, to.id])
  AND ($visibleTo IS NULL OR $visibleTo IN [from.id, to.id])
WITH i, from, to
WHERE $afterId IS NULL OR i.createdAt < $afterAt OR (i.createdAt = $afterAt AND i.id < $afterId)
RETURN i, from.id AS fromId, to.id AS toId
ORDER BY i.createdAt DESC, i.id DESC
LIMIT $limit
