// Included by recommend-collaborations.cypher and recommend-explain.cypher: the asking
// company, its place, what it offers (and from which layers), its partners, the companies it
// has an open or declined introduction with, and the requirements of the scenarios it targets.
MATCH (me:Company {id: $companyId})
OPTIONAL MATCH (me)-[myPlace:LOCATED_IN]->(myBuilding:Building)<-[:HAS_BUILDING]-(myHub:Hub)
WITH me, myPlace, myBuilding, myHub,
     COLLECT { MATCH (me)-[:OFFERS]->(c:Capability) RETURN c } AS myOffers,
     COLLECT { MATCH (me)-[:OFFERS]->(c:Capability) RETURN DISTINCT c.layer } AS myLayers,
     COLLECT { MATCH (me)-[:PARTNERS_WITH]-(p:Company) RETURN p } AS myPartners,
     // Asked once here rather than for each of what can be thousands of candidates: who
     // has an open or declined introduction with me, and what the scenarios I target
     // require. Both lists are small; a large one would be counted against the transaction
     // memory once for every evidence row the sort below holds.
     COLLECT {
       MATCH (me)<-[:FROM|TO]-(introduction:Introduction)-[:FROM|TO]->(other:Company)
       WHERE introduction.status IN ['REQUESTED', 'PROPOSED', 'ACCEPTED', 'MET', 'DECLINED']
       RETURN other
     } AS introduced,
     COLLECT {
       MATCH (me)-[:TARGETS]->(s:Scenario)
       RETURN {scenario: s, required: COLLECT { MATCH (s)-[:REQUIRES]->(c:Capability) RETURN c ORDER BY c.id }}
     } AS myScenarioNeeds
