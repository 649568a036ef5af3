// Included by recommend-collaborations.cypher and recommend-explain.cypher, after one row per
// candidate partner with its evidence (unordered) and the prelude's lists: the reasons, the
// score, and the best $first by score, hops, name and id.
// The evidence in order (fewest hops first, then by the ids along the path), for each
// candidate.
CALL (unordered) {
  UNWIND unordered AS e
  WITH e ORDER BY e.hops, [node IN e.path | node.id], e.shared.name, e.shared.id
  RETURN collect(e) AS evidence
}
WITH me, myPlace, myBuilding, myHub, myOffers, myLayers, myPartners, myScenarioNeeds, partner,
     [e IN evidence WHERE e.direction = 'UP'] AS up, [e IN evidence WHERE e.direction = 'DOWN'] AS down,
     [e IN evidence WHERE e.shared IS NOT NULL | e.shared] AS sharedScenarios,
     COLLECT { MATCH (partner)-[:OFFERS]->(c:Capability) RETURN c } AS theirOffers
// Competitors: no supply relation either way, and at least half of what I offer they offer too.
WHERE size(up) > 0 OR size(down) > 0
   OR size(myOffers) = 0 OR size([c IN theirOffers WHERE c IN myOffers]) * 2 < size(myOffers)
WITH me, myPlace, myBuilding, myHub, myOffers, myPartners, partner, up, down, theirOffers, sharedScenarios,
     [c IN theirOffers WHERE NOT c.layer IN myLayers] AS otherLayers,
     // Scenarios either targets where each brings something required the other lacks. Mine
     // and their requirements were read once at the top; only the partner's own are read here.
     COLLECT {
       UNWIND myScenarioNeeds + COLLECT {
         MATCH (partner)-[:TARGETS]->(s:Scenario)
         WHERE NONE(mine IN myScenarioNeeds WHERE mine.scenario = s)
         RETURN {scenario: s, required: COLLECT { MATCH (s)-[:REQUIRES]->(c:Capability) RETURN c ORDER BY c.id }}
       } AS candidate
       WITH candidate.scenario AS s,
            [c IN candidate.required WHERE c IN theirOffers AND NOT c IN myOffers] AS theyBring,
            [c IN candidate.required WHERE c IN myOffers AND NOT c IN theirOffers] AS iBring
       WHERE size(theyBring) > 0 AND size(iBring) > 0
       // Scenarios by name and their requirements by id (above and in the prelude), so that
       // the reason reads the same each time, whatever order the store keeps them in.
       RETURN {scenario: s, capabilities: theyBring} ORDER BY s.name, s.id
     } AS gaps,
     COLLECT {
       MATCH (partner)-[:PARTNERS_WITH]-(common:Company) WHERE common IN myPartners AND NOT common.archived
       RETURN common ORDER BY common.name, common.id
     } AS commonPartners
OPTIONAL MATCH (partner)-[place:LOCATED_IN]->(building:Building)<-[:HAS_BUILDING]-(hub:Hub)
WITH partner, up, down, sharedScenarios, gaps, commonPartners,
     // A common scenario complements only from another layer; offering nothing, I have none.
     CASE WHEN size(otherLayers) > 0 THEN sharedScenarios ELSE [] END AS complementScenarios,
     CASE
       WHEN myPlace IS NULL OR place IS NULL THEN 'ANYWHERE'
       WHEN building = myBuilding AND place.floor = myPlace.floor THEN 'SAME_FLOOR'
       WHEN building = myBuilding AND place.floor > myPlace.floor THEN 'UPSTAIRS'
       WHEN building = myBuilding THEN 'DOWNSTAIRS'
       WHEN hub = myHub THEN 'SAME_HUB'
       ELSE 'ANYWHERE'
     END AS proximity,
     CASE WHEN myPlace IS NOT NULL AND building = myBuilding THEN place.floor - myPlace.floor END AS floorDelta
WHERE ($scope = 'ANYWHERE'
   OR proximity = $scope
   OR ($scope = 'SAME_BUILDING' AND proximity IN ['SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS'])
   OR ($scope = 'SAME_HUB' AND proximity IN ['SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS', 'SAME_HUB']))
  AND (size(up) > 0 OR size(down) > 0 OR size(complementScenarios) > 0 OR size(gaps) > 0 OR size(commonPartners) > 0)
WITH partner, up, down, complementScenarios, gaps, commonPartners, proximity, floorDelta,
     [e IN up WHERE e.hops = 0 | {capability: e.path[0], priority: e.priority}] AS supplies,
     [e IN down WHERE e.hops = 0 | {capability: e.path[0], priority: e.priority}] AS buys
WITH partner, proximity, floorDelta,
     CASE WHEN size(up) > 0 THEN up[0].hops END AS upHops,
     CASE WHEN size(down) > 0 THEN down[0].hops END AS downHops,
     CASE
       WHEN size(up) > 0 AND size(down) > 0 THEN 'MUTUAL'
       WHEN size(up) > 0 THEN 'SUPPLIER'
       WHEN size(down) > 0 THEN 'CUSTOMER'
       WHEN size(complementScenarios) > 0 OR size(gaps) > 0 THEN 'COMPLEMENT'
       ELSE 'NETWORK'
     END AS kind,
     [reason IN [
       CASE WHEN size(supplies) > 0 THEN {
         code: 'OFFERS_WHAT_YOU_NEED',
         weight: $weights.offersWhatYouNeed * reduce(total = 0.0, s IN supplies | total + (4 - coalesce(s.priority, 2)) / 3.0),
         capabilities: [s IN supplies | s.capability]} END,
       CASE WHEN size(supplies) = 0 AND size(up) > 0 THEN {
         code: 'CHAIN_UPSTREAM', weight: $weights.chainUpstream / up[0].hops, hops: up[0].hops,
         capabilities: [node IN up[0].path | node]} END,
       CASE WHEN size(buys) > 0 THEN {
         code: 'NEEDS_WHAT_YOU_OFFER',
         weight: $weights.needsWhatYouOffer * reduce(total = 0.0, b IN buys | total + (4 - coalesce(b.priority, 2)) / 3.0),
         capabilities: [b IN buys | b.capability]} END,
       CASE WHEN size(buys) = 0 AND size(down) > 0 THEN {
         code: 'CHAIN_DOWNSTREAM', weight: $weights.chainDownstream / down[0].hops, hops: down[0].hops,
         capabilities: [node IN down[0].path | node]} END,
       CASE WHEN size(complementScenarios) > 0 THEN {
         code: 'SHARED_SCENARIO', weight: $weights.sharedScenario * size(complementScenarios),
         scenarios: [s IN complementScenarios | s]} END,
       CASE WHEN size(gaps) > 0 THEN {
         code: 'COVERS_SCENARIO_GAP',
         weight: $weights.coversScenarioGap * reduce(total = 0, g IN gaps | total + size(g.capabilities)),
         scenarios: [g IN gaps | g.scenario],
         capabilities: reduce(all = [], g IN gaps | all + [c IN g.capabilities WHERE NOT c IN all])} END,
       CASE proximity
         WHEN 'SAME_FLOOR' THEN {code: 'NEARBY', weight: $weights.nearbySameFloor, proximity: proximity, floorDelta: floorDelta}
         WHEN 'UPSTAIRS' THEN {code: 'NEARBY', weight: $weights.nearbySameBuilding, proximity: proximity, floorDelta: floorDelta}
         WHEN 'DOWNSTAIRS' THEN {code: 'NEARBY', weight: $weights.nearbySameBuilding, proximity: proximity, floorDelta: floorDelta}
         WHEN 'SAME_HUB' THEN {code: 'NEARBY', weight: $weights.nearbySameHub, proximity: proximity}
       END,
       CASE WHEN size(commonPartners) > 0 THEN {
         code: 'MUTUAL_PARTNERS', weight: $weights.mutualPartners * size(commonPartners),
         companies: commonPartners} END
     ] WHERE reason IS NOT NULL] AS reasons
WITH partner, kind, proximity, floorDelta, reasons,
     CASE WHEN upHops IS NULL THEN downHops WHEN downHops IS NULL THEN upHops
          WHEN upHops < downHops THEN upHops ELSE downHops END AS hops,
     reduce(total = 0.0, reason IN reasons | total + reason.weight) AS score
RETURN partner, score, kind, hops, proximity, floorDelta, reasons
ORDER BY round(score, 9) DESC, coalesce(hops, 99) ASC, partner.name ASC, partner.id ASC
LIMIT $first
