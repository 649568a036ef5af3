// Companies downstream of $companyId: they need what it offers (hops 0), or offer or need a
// capability that one it offers FEEDS, in 1..$maxHops steps. Mirrors upstream-partners.cypher,
// whose header explains the pruning: the $first-th best customer score is a bar, chain
// capabilities that cannot beat it are not expanded, my hub's companies are scored with the
// nearby weight from the smaller side; downstream-partners-explain.cypher gives the reasons of
// the ids returned. Used when the in-memory graph cannot answer (an external server, the first
// build after start-up, a failure); otherwise the service picks in memory (PartnerPicker).
// Parameters: companyId, maxHops (0..4), scope, first, weights {needsWhatYouOffer,
// chainDownstream, nearbySameFloor, nearbySameBuilding, nearbySameHub}, all weights >= 0.
MATCH (me:Company {id: $companyId})
OPTIONAL MATCH (me)-[myPlace:LOCATED_IN]->(myBuilding:Building)<-[:HAS_BUILDING]-(myHub:Hub)
// What I offer (their needs of it are direct), and one entry per capability downstream of it
// with the fewest FEEDS steps (their needs or offers of it are chain evidence).
WITH me, myPlace, myBuilding, myHub,
     COLLECT { MATCH (me)-[:OFFERS]->(capability:Capability) RETURN capability ORDER BY capability.id } AS offered,
     COLLECT {
       MATCH (me)-[:OFFERS]->(:Capability)-[chain:FEEDS*1..4]->(capability:Capability)
       WHERE size(chain) <= $maxHops
       WITH capability, min(size(chain)) AS hops
       RETURN {capability: capability, hops: hops} ORDER BY capability.id
     } AS downstream
// The best $first direct customers by their customer score.
CALL (me, offered) {
  UNWIND offered AS capability
  MATCH (capability)<-[need:NEEDS]-(partner)
  WHERE partner <> me AND NOT partner.archived
  WITH partner, capability, (4 - coalesce(need.priority, 2)) / 3.0 AS urgency
  ORDER BY capability.id
  WITH partner, collect(urgency) AS urgencies
  WITH partner, $weights.needsWhatYouOffer * reduce(total = 0.0, urgency IN urgencies | total + urgency) AS score
  ORDER BY round(score, 9) DESC
  RETURN collect({partner: partner, score: score}) AS customers
}
WITH me, myPlace, myBuilding, myHub, offered, downstream, customers,
     CASE WHEN $scope = 'ANYWHERE' AND size(customers) >= $first
       THEN round(customers[$first - 1].score, 9) ELSE -1.0 END AS bar
// Elsewhere: the best $first by the score that ignores place. Only in scope ANYWHERE.
CALL (me, downstream, customers, bar) {
  WITH me, bar, CASE WHEN $scope = 'ANYWHERE'
         THEN [d IN downstream WHERE round($weights.chainDownstream / d.hops, 9) > bar]
         ELSE [] END AS chained,
       CASE WHEN $scope = 'ANYWHERE' THEN customers ELSE [] END AS eligible
  CALL (me, chained, eligible, bar) {
    UNWIND chained AS d
    WITH me, d.capability AS capability, d.hops AS hops
    MATCH (capability)<-[:NEEDS|OFFERS]-(partner)
    WHERE partner <> me AND NOT partner.archived
    RETURN partner, hops, null AS score
    UNION ALL
    // With no chain candidates only the customers at the bar matter; with some, every
    // customer goes in so that one who also needs or offers a chain capability keeps hops 0.
    UNWIND CASE WHEN chained = [] THEN [c IN eligible WHERE round(c.score, 9) >= bar] ELSE eligible END AS c
    RETURN c.partner AS partner, 0 AS hops, c.score AS score
  }
  WITH bar, partner, min(hops) AS hops, max(score) AS customerScore
  WITH partner, hops, CASE WHEN hops = 0 THEN customerScore ELSE $weights.chainDownstream / hops END AS score
  WHERE round(score, 9) >= bar
  ORDER BY round(score, 9) DESC, hops, partner.name, partner.id
  LIMIT $first
  RETURN collect({partner: partner, score: score, hops: hops}) AS elsewhere
}
// Nearby: companies in my hub, with the nearby weight, from the smaller side.
CALL (me, myPlace, myBuilding, myHub, offered, downstream, bar) {
  WITH me, myPlace, myBuilding, myHub, offered,
       [d IN downstream WHERE round($weights.chainDownstream / d.hops + reduce(most = 0.0,
         weight IN [$weights.nearbySameFloor, $weights.nearbySameBuilding, $weights.nearbySameHub] |
         CASE WHEN weight > most THEN weight ELSE most END), 9) > bar] AS reachable
  WHERE myPlace IS NOT NULL AND (offered <> [] OR reachable <> [])
  WITH me, myPlace, myBuilding, offered, reachable,
       offered + [d IN reachable WHERE NOT d.capability IN offered | d.capability] AS capabilities,
       CASE WHEN $scope IN ['SAME_BUILDING', 'SAME_FLOOR', 'UPSTAIRS', 'DOWNSTAIRS'] THEN [myBuilding]
         ELSE COLLECT { MATCH (myHub)-[:HAS_BUILDING]->(building:Building) RETURN building } END AS buildings
  WITH me, myPlace, myBuilding, offered, reachable, capabilities, buildings,
       reduce(total = 0, building IN buildings | total + COUNT { (building)<-[:LOCATED_IN]-() }) AS residents,
       reduce(total = 0, capability IN capabilities | total + COUNT { (capability)<-[:NEEDS|OFFERS]-() }) AS related
  CALL (me, capabilities, buildings, residents, related) {
    WITH me, capabilities, buildings WHERE residents <= related
    UNWIND buildings AS building
    MATCH (building)<-[place:LOCATED_IN]-(partner)-[relation:NEEDS|OFFERS]->(capability)
    WHERE capability IN capabilities AND partner <> me AND NOT partner.archived
    RETURN partner, place, building, capability, relation
    UNION ALL
    WITH me, capabilities, buildings WHERE residents > related
    UNWIND capabilities AS capability
    MATCH (capability)<-[relation:NEEDS|OFFERS]-(partner)-[place:LOCATED_IN]->(building)
    WHERE building IN buildings AND partner <> me AND NOT partner.archived
    RETURN partner, place, building, capability, relation
  }
  WITH partner, capability,
       CASE WHEN type(relation) = 'NEEDS' AND capability IN offered
         THEN (4 - coalesce(relation.priority, 2)) / 3.0 END AS urgency,
       [d IN reachable WHERE d.capability = capability | d.hops][0] AS chainHops,
       CASE
         WHEN building = myBuilding AND place.floor = myPlace.floor THEN 'SAME_FLOOR'
         WHEN building = myBuilding AND place.floor > myPlace.floor THEN 'UPSTAIRS'
         WHEN building = myBuilding THEN 'DOWNSTAIRS'
         ELSE 'SAME_HUB'
       END AS proximity
  WHERE (urgency IS NOT NULL OR chainHops IS NOT NULL)
    AND ($scope IN ['ANYWHERE', 'SAME_HUB', proximity] OR ($scope = 'SAME_BUILDING' AND proximity <> 'SAME_HUB'))
  WITH partner, proximity, urgency, CASE WHEN urgency IS NOT NULL THEN 0 ELSE chainHops END AS hops
  ORDER BY partner, hops, capability.id
  WITH partner, proximity, min(hops) AS hops, collect(urgency) AS urgencies
  WITH partner, hops,
       CASE WHEN hops = 0
         THEN $weights.needsWhatYouOffer * reduce(total = 0.0, urgency IN urgencies | total + urgency)
         ELSE $weights.chainDownstream / hops END
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
WITH me, myPlace, myBuilding, myHub, downstream, candidate.partner AS partner,
     max(candidate.score) AS bound, min(candidate.hops) AS fewestHops
ORDER BY round(bound, 9) DESC, fewestHops, partner.name, partner.id
LIMIT $first
RETURN partner.id AS id
