// The nodes named by element id in $nodes as the in-memory matching graph holds them: a
// company with its offers, needs, targets, partners and place; a capability with its layer
// and what it FEEDS; a scenario with what it requires; a building with its hub. A node that
// is gone comes back with kind OTHER. A company without an archived flag counts as archived,
// as it does in the matching queries (NOT partner.archived is not true for it).
UNWIND $nodes AS node
OPTIONAL MATCH (n) WHERE elementId(n) = node
RETURN node,
       CASE
         WHEN n:Company THEN 'COMPANY'
         WHEN n:Capability THEN 'CAPABILITY'
         WHEN n:Scenario THEN 'SCENARIO'
         WHEN n:Building THEN 'BUILDING'
         ELSE 'OTHER'
       END AS kind,
       n.id AS id, n.name AS name, coalesce(n.archived, true) AS archived, n.layer AS layer,
       [(n)-[:OFFERS]->(c:Capability) | elementId(c)] AS offers,
       [(n)-[need:NEEDS]->(c:Capability) | {capability: elementId(c), priority: coalesce(need.priority, 0)}] AS needs,
       [(n)-[:TARGETS]->(s:Scenario) | elementId(s)] AS targets,
       [(n)-[:PARTNERS_WITH]-(p:Company) | elementId(p)] AS partners,
       [(n)-[place:LOCATED_IN]->(b:Building) | {building: elementId(b), floor: place.floor}][0] AS place,
       [(n)-[:FEEDS]->(c:Capability) | elementId(c)] AS feeds,
       [(n)-[:REQUIRES]->(c:Capability) | elementId(c)] AS requirements,
       [(h:Hub)-[:HAS_BUILDING]->(n) | elementId(h)][0] AS hub
