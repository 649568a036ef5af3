// The companies matching a filter; every filter parameter may be null (no filter). The
// keyset condition and the order come from CompanyOrdering, an allow-list of fixed fragments.
MATCH (c:Company)
WHERE NOT c.archived
  AND ($kind IS NULL OR c.kind = $kind)
  AND ($offersCapabilityId IS NULL OR EXISTS { (c)-[:OFFERS]->(:Capability {id: $offersCapabilityId}) })
  AND ($needsCapabilityId IS NULL OR EXISTS { (c)-[:NEEDS]->(:Capability {id: $needsCapabilityId}) })
  AND ($targetsScenarioId IS NULL OR EXISTS { (c)-[:TARGETS]->(:Scenario {id: $targetsScenarioId}) })
  AND ($offersLayer IS NULL OR EXISTS { (c)-[:OFFERS]->(cap:Capability) WHERE cap.layer = $offersLayer })
  AND (($hubId IS NULL AND $buildingId IS NULL AND $minFloor IS NULL AND $maxFloor IS NULL) OR EXISTS {
        MATCH (c)-[l:LOCATED_IN]->(b:Building)<-[:HAS_BUILDING]-(h:Hub)
        WHERE ($hubId IS NULL OR h.id = $hubId)
          AND ($buildingId IS NULL OR b.id = $buildingId)
          AND ($minFloor IS NULL OR l.floor >= $minFloor)
          AND ($maxFloor IS NULL OR l.floor <= $maxFloor) })
/*TAIL*/
