// One page of the companies of each hub, by name. Each key: {key, parentId, first, afterName, afterId}.
UNWIND $keys AS key
MATCH (:Hub {id: key.parentId})-[:HAS_BUILDING]->(:Building)<-[:LOCATED_IN]-(c:Company)
WHERE NOT c.archived
WITH key, c ORDER BY c.name, c.id
WITH key, collect(c) AS companies
RETURN key.key AS key, size(companies) AS total,
       [c IN companies WHERE key.afterId IS NULL OR c.name > key.afterName
          OR (c.name = key.afterName AND c.id > key.afterId) | {company: c}][0..(key.first + 1)] AS page
