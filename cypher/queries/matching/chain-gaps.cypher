// Capabilities demanded in a hub that no company of the hub offers: needed by its companies,
// required by the scenarios its companies target, or by $scenarioId. Most demanded first, with
// who asks and who offers them in other hubs (the recruitment leads).
MATCH (hub:Hub {id: $hubId})
WITH hub, COLLECT {
  MATCH (hub)-[:HAS_BUILDING]->(:Building)<-[:LOCATED_IN]-(member:Company)
  WHERE NOT member.archived
  RETURN member
} AS members
// What the hub offers, once: testing each demanded capability's providers against the
// members instead costs providers x members comparisons, and memory, in a large hub.
WITH hub, members, COLLECT {
  UNWIND members AS member
  MATCH (member)-[:OFFERS]->(offered:Capability)
  RETURN DISTINCT offered
} AS offeredHere
CALL (members, offeredHere) {
  UNWIND members AS member
  MATCH (member)-[:NEEDS]->(capability:Capability)
  WHERE NOT capability IN offeredHere
  RETURN capability, member AS seeker, null AS scenario
  UNION
  UNWIND members AS member
  MATCH (member)-[:TARGETS]->(scenario:Scenario)-[:REQUIRES]->(capability:Capability)
  WHERE NOT capability IN offeredHere
  RETURN capability, member AS seeker, scenario
  UNION
  MATCH (scenario:Scenario {id: $scenarioId})-[:REQUIRES]->(capability:Capability)
  WHERE NOT capability IN offeredHere
  RETURN capability, null AS seeker, scenario
}
WITH hub, capability, collect(DISTINCT seeker) AS seekers, collect(DISTINCT scenario) AS scenarios
RETURN capability,
       size(seekers) + size(scenarios) AS demand,
       seekers,
       scenarios,
       COLLECT {
         MATCH (capability)<-[:OFFERS]-(provider:Company)-[:LOCATED_IN]->(:Building)<-[:HAS_BUILDING]-(elsewhere:Hub)
         WHERE elsewhere <> hub AND NOT provider.archived
         RETURN provider ORDER BY provider.name, provider.id
       } AS providersElsewhere
ORDER BY demand DESC, capability.name, capability.id
