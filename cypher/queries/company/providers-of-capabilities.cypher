// One page of the companies offering each capability, by name.
UNWIND $keys AS key
MATCH (:Capability {id: key.parentId})<-[:OFFERS]-(c:Company)
WHERE NOT c.archived
WITH key, c ORDER BY c.name, c.id
WITH key, collect(c) AS companies
RETURN key.key AS key, size(companies) AS total,
       [c IN companies WHERE key.afterId IS NULL OR c.name > key.afterName
          OR (c.name = key.afterName AND c.id > key.afterId) | {company: c}][0..(key.first + 1)] AS page
