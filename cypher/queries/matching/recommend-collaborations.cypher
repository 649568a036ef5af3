// Collaboration recommendations for $companyId, with their reasons and scores, in one round
// trip. Candidates are found from the company outwards (index seek on its id): suppliers and
// customers within 2 FEEDS steps, companies targeting a scenario it targets, companies that
// offer what a scenario it targets requires and it lacks, and partners of its active partners.
// Never the company itself, its partners or archived companies; competitors (offering largely
// what it offers, with no supply relation either way) are dropped. A score is the sum of its
// reasons' weights.
// Used when the in-memory graph cannot answer (an external server, the first build after
// start-up, a failure); otherwise the service picks the partners in memory
// (CollaborationPicker) and explains them with recommend-explain.cypher.
// Parameters: companyId, scope, first, weights (see ScoreWeights).
// @include queries/matching/recommend-prelude
// For the bound on COVERS_SCENARIO_GAP below: how many capabilities a partner could bring to
// each scenario I target where I bring something, and at most to any other such scenario.
WITH me, myPlace, myBuilding, myHub, myOffers, myLayers, myPartners, introduced, myScenarioNeeds,
     [mine IN myScenarioNeeds WHERE any(c IN mine.required WHERE c IN myOffers)
       | size([c IN mine.required WHERE NOT c IN myOffers])] AS myGapSizes,
     reduce(most = 0, size IN COLLECT {
       MATCH (me)-[:OFFERS]->(:Capability)<-[:REQUIRES]-(s:Scenario)
       WITH DISTINCT s
       RETURN COUNT { (s)-[:REQUIRES]->(c:Capability) WHERE NOT c IN myOffers } AS size
     } | CASE WHEN size > most THEN size ELSE most END) AS otherGapSize
// The bar for pruning: the $first-th best weight of the direct supply reasons (what a partner
// offers that I need, and needs that I offer), which a partner keeps whatever else is true of
// it. Only in scope ANYWHERE, where no partner with a supply relation is filtered out. The
// direct rows are read again below: holding every candidate's evidence to read them once cost
// more transaction memory than the second read costs time.
CALL (me, myPartners, introduced) {
  CALL (me) {
    MATCH (me)-[need:NEEDS]->(:Capability)<-[:OFFERS]-(partner:Company)
    RETURN partner, (4 - coalesce(need.priority, 2)) / 3.0 AS supplied, 0.0 AS bought
    UNION ALL
    MATCH (me)-[:OFFERS]->(:Capability)<-[need:NEEDS]-(partner:Company)
    RETURN partner, 0.0 AS supplied, (4 - coalesce(need.priority, 2)) / 3.0 AS bought
  }
  WITH partner, supplied, bought
  WHERE $scope = 'ANYWHERE'
    AND partner <> me AND NOT partner.archived AND NOT partner IN myPartners AND NOT partner IN introduced
  WITH partner, $weights.offersWhatYouNeed * sum(supplied) + $weights.needsWhatYouOffer * sum(bought) AS weight
  ORDER BY weight DESC
  LIMIT $first
  RETURN collect(weight) AS best
}
WITH me, myPlace, myBuilding, myHub, myOffers, myLayers, myPartners, introduced, myScenarioNeeds, myGapSizes,
     otherGapSize, CASE WHEN size(best) = $first THEN best[$first - 1] - 1e-6 END AS bar
// The evidence, gathered per partner inside a subquery that holds nothing else: an eager
// step that carried the lists above would have them counted against the transaction memory
// once for every row, and a company with many needs has tens of thousands.
CALL (me, myPartners, introduced) {
  CALL (me) {
    MATCH (me)-[need:NEEDS]->(capability:Capability)<-[:OFFERS]-(partner:Company)
    RETURN partner, 'UP' AS direction, 0 AS hops, [capability] AS path, need.priority AS priority, null AS shared
    UNION ALL
    MATCH (me)-[:NEEDS|OFFERS]->(target:Capability)
    MATCH chain = (source:Capability)-[:FEEDS*1..2]->(target)
    MATCH (partner:Company)-[:OFFERS]->(source)
    RETURN partner, 'UP' AS direction, length(chain) AS hops, nodes(chain) AS path, null AS priority, null AS shared
    UNION ALL
    MATCH (me)-[:OFFERS]->(capability:Capability)<-[need:NEEDS]-(partner:Company)
    RETURN partner, 'DOWN' AS direction, 0 AS hops, [capability] AS path, need.priority AS priority, null AS shared
    UNION ALL
    MATCH (me)-[:OFFERS]->(source:Capability)
    MATCH chain = (source)-[:FEEDS*1..2]->(target:Capability)
    MATCH (partner:Company)-[:NEEDS|OFFERS]->(target)
    RETURN partner, 'DOWN' AS direction, length(chain) AS hops, nodes(chain) AS path, null AS priority, null AS shared
    UNION ALL
    MATCH (me)-[:TARGETS]->(scenario:Scenario)<-[:TARGETS]-(partner:Company)
    RETURN partner, 'SCENARIO' AS direction, null AS hops, [] AS path, null AS priority, scenario AS shared
    UNION ALL
    MATCH (me)-[:TARGETS]->(:Scenario)-[:REQUIRES]->(capability:Capability)<-[:OFFERS]-(partner:Company)
    WHERE NOT (me)-[:OFFERS]->(capability)
    RETURN partner, 'SCENARIO' AS direction, null AS hops, [] AS path, null AS priority, null AS shared
    UNION ALL
    MATCH (me)-[:PARTNERS_WITH]-(common:Company)-[:PARTNERS_WITH]-(partner:Company)
    WHERE NOT common.archived
    RETURN partner, 'NETWORK' AS direction, null AS hops, [] AS path, null AS priority, null AS shared
  }
  WITH me, myPartners, introduced, partner, direction, hops, path, priority, shared
  WHERE partner <> me AND NOT partner.archived AND NOT partner IN myPartners
    // A pair with an open or declined introduction is in staff's hands or has said no.
    AND NOT partner IN introduced
  RETURN partner, collect(DISTINCT {direction: direction, hops: hops, path: path, priority: priority, shared: shared}) AS unordered
}
// Pruning, exact: a candidate whose best possible score (its supply reasons as the evidence
// weighs them, every shared scenario, the most gap capabilities it could bring, every partner
// it has in common with me, the largest nearby weight) is under the bar cannot be recommended,
// so it is dropped before the per-candidate reads below. The bar sits 1e-6 low so that float
// noise can only keep a candidate, never drop one.
WITH me, myPlace, myBuilding, myHub, myOffers, myLayers, myPartners, myScenarioNeeds, myGapSizes, otherGapSize, bar,
     partner, unordered, COUNT { (partner)-[:OFFERS]->() } AS offerCount,
     COUNT { (partner)-[:PARTNERS_WITH]-() } AS partnershipCount,
     [e IN unordered WHERE e.direction = 'UP'] AS up, [e IN unordered WHERE e.direction = 'DOWN'] AS down
WHERE bar IS NULL
   OR CASE WHEN any(e IN up WHERE e.hops = 0)
        THEN $weights.offersWhatYouNeed * reduce(total = 0.0, e IN [e IN up WHERE e.hops = 0] | total + (4 - coalesce(e.priority, 2)) / 3.0)
        WHEN size(up) > 0 THEN $weights.chainUpstream / reduce(fewest = 4, e IN up | CASE WHEN e.hops < fewest THEN e.hops ELSE fewest END)
        ELSE 0.0 END
    + CASE WHEN any(e IN down WHERE e.hops = 0)
        THEN $weights.needsWhatYouOffer * reduce(total = 0.0, e IN [e IN down WHERE e.hops = 0] | total + (4 - coalesce(e.priority, 2)) / 3.0)
        WHEN size(down) > 0 THEN $weights.chainDownstream / reduce(fewest = 4, e IN down | CASE WHEN e.hops < fewest THEN e.hops ELSE fewest END)
        ELSE 0.0 END
    + $weights.sharedScenario * size([e IN unordered WHERE e.shared IS NOT NULL])
    + $weights.coversScenarioGap * (reduce(total = 0, size IN myGapSizes | total + CASE WHEN size < offerCount THEN size ELSE offerCount END)
        + COUNT { (partner)-[:TARGETS]->() } * CASE WHEN otherGapSize < offerCount THEN otherGapSize ELSE offerCount END)
    + $weights.mutualPartners * CASE WHEN size(myPartners) < partnershipCount THEN size(myPartners) ELSE partnershipCount END
    + reduce(most = 0.0, weight IN [$weights.nearbySameFloor, $weights.nearbySameBuilding, $weights.nearbySameHub] |
        CASE WHEN weight > most THEN weight ELSE most END) >= bar
// @include queries/matching/recommend-reasons
