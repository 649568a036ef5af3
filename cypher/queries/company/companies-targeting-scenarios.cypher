// One page of the companies targeting each scenario, by name.
UNWIND $keys AS key
MATCH (:Scenario {id: key.parentId})<-[:TARGETS]-(c:Company)
WHERE NOT c.archived
WITH key, c ORDER BY c.name, c.id
WITH key, collect(c) AS companies
RETURN key.key AS key, size(companies) AS total,
       [c IN companies WHERE key.afterId IS NULL OR c.name > key.afterName
          OR (c.name = key.afterName AND c.id > key.afterId) | {company: c}][0..(key.first + 1)] AS page
