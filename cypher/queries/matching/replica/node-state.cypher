// Included by the replica's reads (node-states, nodes-by-key, the pages), after a row per node with its
// element id (node) and the node itself (n, null when it is gone): the node as the in-memory
// matching graph holds it. A company with its offers, needs, targets, partners and place; a
// capability with its layer and what it FEEDS; a scenario with what it requires; a building
// with its hub; a node that is gone or of another kind comes back with kind OTHER. Values are
// coerced so that no stored value, whoever wrote it, can fail the read; a need's urgency is
// computed as the matching queries do.
RETURN node,
       CASE
         WHEN n:Company THEN 'COMPANY'
         WHEN n:Capability THEN 'CAPABILITY'
         WHEN n:Scenario THEN 'SCENARIO'
         WHEN n:Building THEN 'BUILDING'
         ELSE 'OTHER'
       END AS kind,
       toStringOrNull(n.id) AS id, toStringOrNull(n.name) AS name, toBooleanOrNull(n.archived) AS archived,
       toStringOrNull(n.layer) AS layer,
       [(n)-[:OFFERS]->(c:Capability) | elementId(c)] AS offers,
       [(n)-[need:NEEDS]->(c:Capability) |
         {capability: elementId(c), urgency: (4 - coalesce(toFloatOrNull(need.priority), 2)) / 3.0}] AS needs,
       [(n)-[:TARGETS]->(s:Scenario) | elementId(s)] AS targets,
       [(n)-[:PARTNERS_WITH]-(p:Company) | elementId(p)] AS partners,
       // The place, whether or not its building has a hub yet: it counts only while the building
       // has one (MatchingGraph.hubOf), as in the matching queries, so a building that gets its
       // hub later needs no re-read of its companies. Of several places, one in a building of a
       // hub. A floor that is not a whole number compares with nothing there, as no floor does
       // here.
       COLLECT {
         MATCH (n)-[place:LOCATED_IN]->(b:Building)
         RETURN {building: elementId(b), floor: CASE WHEN place.floor IS :: INTEGER NOT NULL THEN place.floor END}
         ORDER BY EXISTS { (b)<-[:HAS_BUILDING]-(:Hub) } DESC
       }[0] AS place,
       [(n)-[:FEEDS]->(c:Capability) | elementId(c)] AS feeds,
       [(n)-[:REQUIRES]->(c:Capability) | elementId(c)] AS requirements,
       [(h:Hub)-[:HAS_BUILDING]->(n) | elementId(h)][0] AS hub
