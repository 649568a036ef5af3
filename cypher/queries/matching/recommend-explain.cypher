// The recommendations of the partners in $partnerIds for $companyId, with their reasons and
// scores, exactly as recommend-collaborations.cypher would give them: the same evidence, read
// from the partner's side (it is known) instead of from the company outwards, and the same
// reasons. Without the in-memory graph, the service asks this for the reasons of one pair
// (introduced or not); with it, CollaborationExplainer gives the same reasons in Java.
// Parameters: companyId, partnerIds, includeIntroduced, scope, first (the number of
// partnerIds), weights (see ScoreWeights).
// @include queries/matching/recommend-prelude
// What I need, work with and lack for my scenarios, read once: testing a capability against
// these lists is cheaper than testing for a relationship from a capability that thousands of
// companies offer.
WITH me, myPlace, myBuilding, myHub, myOffers, myLayers, myPartners, introduced, myScenarioNeeds,
     COLLECT { MATCH (me)-[need:NEEDS]->(c:Capability) RETURN {capability: c, priority: need.priority} } AS myNeeds,
     COLLECT { MATCH (me)-[:NEEDS|OFFERS]->(c:Capability) RETURN DISTINCT c } AS myWork,
     COLLECT {
       MATCH (me)-[:TARGETS]->(:Scenario)-[:REQUIRES]->(c:Capability) WHERE NOT c IN myOffers RETURN DISTINCT c
     } AS lacking
UNWIND $partnerIds AS partnerId
MATCH (partner:Company {id: partnerId})
WHERE partner <> me AND NOT partner.archived AND NOT partner IN myPartners
  AND ($includeIntroduced OR NOT partner IN introduced)
// The same evidence rows as the seven branches of recommend-collaborations.cypher.
CALL (me, partner, myNeeds, myWork, myOffers, myPartners, lacking) {
  MATCH (partner)-[:OFFERS]->(capability:Capability)
  UNWIND [need IN myNeeds WHERE need.capability = capability] AS need
  RETURN 'UP' AS direction, 0 AS hops, [capability] AS path, need.priority AS priority, null AS shared
  UNION ALL
  MATCH (partner)-[:OFFERS]->(source:Capability)
  MATCH chain = (source)-[:FEEDS*1..2]->(target:Capability)
  WHERE target IN myWork
  RETURN 'UP' AS direction, length(chain) AS hops, nodes(chain) AS path, null AS priority, null AS shared
  UNION ALL
  MATCH (partner)-[need:NEEDS]->(capability:Capability)
  WHERE capability IN myOffers
  RETURN 'DOWN' AS direction, 0 AS hops, [capability] AS path, need.priority AS priority, null AS shared
  UNION ALL
  MATCH (partner)-[:NEEDS|OFFERS]->(target:Capability)
  MATCH chain = (source:Capability)-[:FEEDS*1..2]->(target)
  WHERE source IN myOffers
  RETURN 'DOWN' AS direction, length(chain) AS hops, nodes(chain) AS path, null AS priority, null AS shared
  UNION ALL
  MATCH (me)-[:TARGETS]->(scenario:Scenario)<-[:TARGETS]-(partner)
  RETURN 'SCENARIO' AS direction, null AS hops, [] AS path, null AS priority, scenario AS shared
  UNION ALL
  MATCH (partner)-[:OFFERS]->(capability:Capability)
  WHERE capability IN lacking
  RETURN 'SCENARIO' AS direction, null AS hops, [] AS path, null AS priority, null AS shared
  UNION ALL
  MATCH (partner)-[:PARTNERS_WITH]-(common:Company)
  WHERE common IN myPartners AND NOT common.archived
  RETURN 'NETWORK' AS direction, null AS hops, [] AS path, null AS priority, null AS shared
}
WITH me, myPlace, myBuilding, myHub, myOffers, myLayers, myPartners, myScenarioNeeds, partner,
     collect(DISTINCT {direction: direction, hops: hops, path: path, priority: priority, shared: shared}) AS unordered
// @include queries/matching/recommend-reasons
