// Companies upstream of $companyId: they offer what it needs (hops 0), or offer a capability
// that FEEDS, in 1..$maxHops steps, one it offers or needs. Starts from the company by index
// seek and walks outwards, and returns the ids of the best $first, whose reasons
// upstream-partners-explain.cypher gives. Used when the in-memory graph cannot answer (an
// external server, the first build after start-up, a failure); otherwise the service picks in
// memory (PartnerPicker), which is far quicker and gives the same partners.
// Parameters: companyId, maxHops (0..4), scope, first, weights {offersWhatYouNeed,
// chainUpstream, nearbySameFloor, nearbySameBuilding, nearbySameHub}, all weights >= 0.
//
// Why it is shaped like this: a popular capability has thousands of offerers, and building the
// evidence of every one of them only to keep $first is what made this query slow. So it first
// picks the $first partners from cheap scores; evidence and reasons are built for those only.
// The pick is exact, not a heuristic:
// - Every direct supplier's final score is at least its supplier score (nearby weights are
//   >= 0), so the $first-th best supplier score is a bar no answer falls below. A chain partner
//   whose best possible score (chainUpstream / hops, plus the largest nearby weight if it may
//   be in my hub) is not above the bar cannot be in the answer: ties go to fewer hops, and the
//   suppliers at or above the bar have hops 0. Those capabilities are never expanded.
// - Outside my hub a partner's score does not depend on place, so the best $first by that
//   score ("elsewhere") are exact; inside my hub ("nearby") the scores include the nearby
//   weight and are exact too. The answer is the best $first of the two lists.
// - Scores are compared rounded to 1e-9 so that the order of float additions cannot reorder
//   partners that are really tied; the final order uses the same rounding.
MATCH (me:Company {id: $companyId})
OPTIONAL MATCH (me)-[myPlace:LOCATED_IN]->(myBuilding:Building)<-[:HAS_BUILDING]-(myHub:Hub)
// One entry per capability upstream of me: hops 0 with the urgency of my need, or the fewest
// FEEDS steps from it to something I need or offer.
CALL (me) {
  CALL (me) {
    MATCH (me)-[need:NEEDS]->(capability:Capability)
    RETURN capability, 0 AS hops, (4 - coalesce(need.priority, 2)) / 3.0 AS urgency
    UNION ALL
    MATCH (me)-[:NEEDS|OFFERS]->(target:Capability)
    MATCH chain = (capability:Capability)-[:FEEDS*1..4]->(target)
    WHERE length(chain) <= $maxHops
    RETURN capability, length(chain) AS hops, null AS urgency
  }
  WITH capability, min(hops) AS hops, max(urgency) AS urgency
  ORDER BY capability.id
  RETURN collect({capability: capability, hops: hops, urgency: urgency}) AS upstream
}
// Direct suppliers with their supplier score, best first.
CALL (me, upstream) {
  UNWIND [u IN upstream WHERE u.hops = 0] AS u
  WITH u.capability AS capability, u.urgency AS urgency
  MATCH (capability)<-[:OFFERS]-(partner)
  WHERE partner <> me AND NOT partner.archived
  WITH partner, collect(urgency) AS urgencies
  WITH partner, $weights.offersWhatYouNeed * reduce(total = 0.0, urgency IN urgencies | total + urgency) AS score
  ORDER BY round(score, 9) DESC
  RETURN collect({partner: partner, score: score}) AS suppliers
}
// The bar only holds when every supplier is eligible, that is in scope ANYWHERE.
WITH me, myPlace, myBuilding, myHub, upstream, suppliers,
     CASE WHEN $scope = 'ANYWHERE' AND size(suppliers) >= $first
       THEN round(suppliers[$first - 1].score, 9) ELSE -1.0 END AS bar
// Elsewhere: the best $first by the score that ignores place (exact outside my hub, a lower
// bound inside it). Only in scope ANYWHERE.
CALL (me, upstream, suppliers, bar) {
  WITH me, suppliers, bar, CASE WHEN $scope = 'ANYWHERE'
         THEN [u IN upstream WHERE u.hops > 0 AND round($weights.chainUpstream / u.hops, 9) > bar]
         ELSE [] END AS chained,
       CASE WHEN $scope = 'ANYWHERE' THEN suppliers ELSE [] END AS eligible
  CALL (me, chained, eligible, bar) {
    UNWIND chained AS u
    WITH me, u.capability AS capability, u.hops AS hops
    MATCH (capability)<-[:OFFERS]-(partner)
    WHERE partner <> me AND NOT partner.archived
    RETURN partner, hops, null AS score
    UNION ALL
    // With no chain candidates only the suppliers at the bar matter; with some, every
    // supplier goes in so that one who also offers a chain capability keeps hops 0.
    UNWIND CASE WHEN chained = [] THEN [s IN eligible WHERE round(s.score, 9) >= bar] ELSE eligible END AS s
    RETURN s.partner AS partner, 0 AS hops, s.score AS score
  }
  WITH bar, partner, min(hops) AS hops, max(score) AS supplierScore
  WITH partner, hops, CASE WHEN hops = 0 THEN supplierScore ELSE $weights.chainUpstream / hops END AS score
  WHERE round(score, 9) >= bar
  ORDER BY round(score, 9) DESC, hops, partner.name, partner.id
  LIMIT $first
  RETURN collect({partner: partner, score: score, hops: hops}) AS elsewhere
}
// Nearby: partners in my hub, with the nearby weight, walking from whichever side is smaller:
// the residents of the buildings in scope, or the offerers of the capabilities still in play.
CALL (me, myPlace, myBuilding, myHub, upstream, bar) {
  WITH me, myPlace, myBuilding, myHub,
       [u IN upstream WHERE u.hops = 0 OR round($weights.chainUpstream / u.hops + reduce(most = 0.0,
         weight IN [$weights.nearbySameFloor, $weights.nearbySameBuilding, $weights.nearbySameHub] |
         CASE WHEN weight > most THEN weight ELSE most END), 9) > bar] AS reachable
  WHERE myPlace IS NOT NULL AND reachable <> []
  WITH me, myPlace, myBuilding, reachable, [u IN reachable | u.capability] AS capabilities,
       CASE WHEN $scope IN ['SAME_BUILDING', 'SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS'] THEN [myBuilding]
         ELSE COLLECT { MATCH (myHub)-[:HAS_BUILDING]->(building:Building) RETURN building } END AS buildings
  WITH me, myPlace, myBuilding, reachable, capabilities, buildings,
       reduce(total = 0, building IN buildings | total + COUNT { (building)<-[:LOCATED_IN]-() }) AS residents,
       reduce(total = 0, capability IN capabilities | total + COUNT { (capability)<-[:OFFERS]-() }) AS offerers
  CALL (me, capabilities, buildings, residents, offerers) {
    WITH me, capabilities, buildings WHERE residents <= offerers
    UNWIND buildings AS building
    MATCH (building)<-[place:LOCATED_IN]-(partner)-[:OFFERS]->(capability)
    WHERE capability IN capabilities AND partner <> me AND NOT partner.archived
    RETURN partner, place, building, capability
    UNION ALL
    WITH me, capabilities, buildings WHERE residents > offerers
    UNWIND capabilities AS capability
    MATCH (capability)<-[:OFFERS]-(partner)-[place:LOCATED_IN]->(building)
    WHERE building IN buildings AND partner <> me AND NOT partner.archived
    RETURN partner, place, building, capability
  }
  WITH reachable, partner, capability,
       CASE
         WHEN building = myBuilding AND place.floor = myPlace.floor THEN 'SAME_FLOOR'
         WHEN building = myBuilding AND place.floor > myPlace.floor THEN 'UPSTAIRS'
         WHEN building = myBuilding THEN 'DOWNSTAIRS'
         ELSE 'SAME_HUB'
       END AS proximity
  WHERE $scope IN ['ANYWHERE', 'SAME_HUB', proximity] OR ($scope = 'SAME_BUILDING' AND proximity <> 'SAME_HUB')
  WITH partner, proximity, [u IN reachable WHERE u.capability = capability][0] AS u
  ORDER BY u.capability.id
  WITH partner, proximity, min(u.hops) AS hops, collect(u.urgency) AS urgencies
  WITH partner, hops,
       CASE WHEN hops = 0
         THEN $weights.offersWhatYouNeed * reduce(total = 0.0, urgency IN urgencies | total + urgency)
         ELSE $weights.chainUpstream / hops END
       + CASE proximity
           WHEN 'SAME_FLOOR' THEN $weights.nearbySameFloor
           WHEN 'SAME_HUB' THEN $weights.nearbySameHub
           ELSE $weights.nearbySameBuilding
         END AS score
  ORDER BY round(score, 9) DESC, hops, partner.name, partner.id
  LIMIT $first
  RETURN collect({partner: partner, score: score, hops: hops}) AS nearby
}
UNWIND elsewhere + nearby AS candidate
WITH me, myPlace, myBuilding, myHub, upstream, candidate.partner AS partner,
     max(candidate.score) AS bound, min(candidate.hops) AS fewestHops
ORDER BY round(bound, 9) DESC, fewestHops, partner.name, partner.id
LIMIT $first
RETURN partner.id AS id
