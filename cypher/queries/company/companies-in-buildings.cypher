// One page of the companies of each building, by floor then name, optionally one floor only.
// Each key: {key, parentId, floor, first, afterFloor, afterName, afterId}.
UNWIND $keys AS key
MATCH (:Building {id: key.parentId})<-[located:LOCATED_IN]-(c:Company)
WHERE NOT c.archived AND (key.floor IS NULL OR located.floor = key.floor)
WITH key, c, located.floor AS floor ORDER BY floor, c.name, c.id
WITH key, collect({company: c, floor: floor}) AS rows
RETURN key.key AS key, size(rows) AS total,
       [r IN rows WHERE key.afterId IS NULL OR r.floor > key.afterFloor
          OR (r.floor = key.afterFloor AND (r.company.name > key.afterName
              OR (r.company.name = key.afterName AND r.company.id > key.afterId)))][0..(key.first + 1)] AS page
