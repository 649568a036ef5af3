MATCH (i:Introduction)-[:FROM]->(from:Company), (i)-[:TO]->(to:Company)
WHERE ($status IS NULL OR i.status = $status)
  AND ($companyId IS NULL OR $companyId IN [from.id, to.id])
  AND ($visibleTo IS NULL OR $visibleTo IN [from.id, to.id])
RETURN count(i) AS total
