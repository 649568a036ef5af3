// The downstream partners in $partnerIds of $companyId, with their evidence (up to three
// FEEDS paths), place, reasons and score, best first: what downstream-partners.cypher
// chose, explained (PartnerExplainer does the same in memory). Parameters: companyId, partnerIds,
// maxHops (0..4), scope, first (the number of partnerIds), weights {needsWhatYouOffer,
// chainDownstream, nearbySameFloor, nearbySameBuilding, nearbySameHub}.
MATCH (me:Company {id: $companyId})
OPTIONAL MATCH (me)-[myPlace:LOCATED_IN]->(myBuilding:Building)<-[:HAS_BUILDING]-(myHub:Hub)
// What I offer, and what lies downstream of it within $maxHops, read once: testing a
// capability against these lists is cheaper than testing for a relationship from a
// capability that thousands of companies need or offer.
WITH me, myPlace, myBuilding, myHub,
     COLLECT { MATCH (me)-[:OFFERS]->(c:Capability) RETURN c } AS offered,
     COLLECT {
       MATCH (me)-[:OFFERS]->(:Capability)-[chain:FEEDS*1..4]->(c:Capability)
       WHERE size(chain) <= $maxHops
       RETURN DISTINCT c
     } AS downstream
UNWIND $partnerIds AS partnerId
MATCH (partner:Company {id: partnerId})
WHERE partner <> me AND NOT partner.archived
CALL (partner, offered, downstream) {
  MATCH (partner)-[need:NEEDS]->(capability:Capability)
  WHERE capability IN offered
  RETURN 0 AS hops, [capability] AS path, need.priority AS priority
  UNION ALL
  MATCH (partner)-[:NEEDS|OFFERS]->(target:Capability)
  WHERE target IN downstream
  MATCH chain = (source:Capability)-[:FEEDS*1..4]->(target)
  WHERE length(chain) <= $maxHops AND source IN offered
  RETURN length(chain) AS hops, nodes(chain) AS path, null AS priority
}
WITH me, myPlace, myBuilding, myHub, partner, hops, path, priority
ORDER BY hops, [node IN path | node.id]
WITH me, myPlace, myBuilding, myHub, partner,
     collect(DISTINCT {hops: hops, path: path, priority: priority}) AS evidence
OPTIONAL MATCH (partner)-[place:LOCATED_IN]->(building:Building)<-[:HAS_BUILDING]-(hub:Hub)
WITH partner, evidence, evidence[0].hops AS hops,
     CASE
       WHEN myPlace IS NULL OR place IS NULL THEN 'ANYWHERE'
       WHEN building = myBuilding AND place.floor = myPlace.floor THEN 'SAME_FLOOR'
       WHEN building = myBuilding AND place.floor > myPlace.floor THEN 'UPSTAIRS'
       WHEN building = myBuilding THEN 'DOWNSTAIRS'
       WHEN hub = myHub THEN 'SAME_HUB'
       ELSE 'ANYWHERE'
     END AS proximity,
     CASE WHEN myPlace IS NOT NULL AND building = myBuilding THEN place.floor - myPlace.floor END AS floorDelta
WHERE $scope = 'ANYWHERE'
   OR proximity = $scope
   OR ($scope = 'SAME_BUILDING' AND proximity IN ['SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS'])
   OR ($scope = 'SAME_HUB' AND proximity IN ['SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS', 'SAME_HUB'])
WITH partner, hops, proximity, floorDelta,
     [e IN evidence | e.path][0..3] AS paths,
     [e IN evidence WHERE e.hops = 0 | {capability: e.path[0], priority: e.priority}] AS direct
WITH partner, hops, proximity, floorDelta, paths, [reason IN [
       CASE WHEN size(direct) > 0 THEN {
         code: 'NEEDS_WHAT_YOU_OFFER',
         weight: $weights.needsWhatYouOffer * reduce(total = 0.0, d IN direct | total + (4 - coalesce(d.priority, 2)) / 3.0),
         capabilities: [d IN direct | d.capability]} END,
       CASE WHEN hops > 0 THEN {
         code: 'CHAIN_DOWNSTREAM', weight: $weights.chainDownstream / hops, hops: hops, capabilities: paths[0]} END,
       CASE proximity
         WHEN 'SAME_FLOOR' THEN {code: 'NEARBY', weight: $weights.nearbySameFloor, proximity: proximity, floorDelta: floorDelta}
         WHEN 'UPSTAIRS' THEN {code: 'NEARBY', weight: $weights.nearbySameBuilding, proximity: proximity, floorDelta: floorDelta}
         WHEN 'DOWNSTAIRS' THEN {code: 'NEARBY', weight: $weights.nearbySameBuilding, proximity: proximity, floorDelta: floorDelta}
         WHEN 'SAME_HUB' THEN {code: 'NEARBY', weight: $weights.nearbySameHub, proximity: proximity}
       END] WHERE reason IS NOT NULL] AS reasons
WITH partner, hops, proximity, floorDelta, paths, reasons,
     reduce(total = 0.0, reason IN reasons | total + reason.weight) AS score
RETURN partner, score, hops, proximity, floorDelta, paths, reasons
ORDER BY round(score, 9) DESC, hops ASC, partner.name ASC, partner.id ASC
LIMIT $first
