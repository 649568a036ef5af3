// The end of a company page (companies.cypher, companies-by-name.cypher): the keyset
// condition and the order, two fixed fragments of the CompanyOrdering allow-list, then each
// company of the page with the fields the request asks for, so that a page with its offers,
// needs, targets and locations is one statement instead of one per field (measured at
// 100,000 companies: 6.6 ms p50 against 20 ms for six). A field the request does not ask for
// is switched off by its parameter and costs about nothing. Needs are private: $needsOfAll
// for staff, $needsOfCompany for a founder's own company. The page's rows are sorted again at
// the end: a WITH's order is not promised to outlive the clauses after it, and sorting the
// page's own rows is cheap.
WITH c WHERE /*KEYSET*/
WITH c ORDER BY /*ORDER*/ LIMIT $limit
RETURN c,
  COLLECT { MATCH (c)-[:OFFERS]->(capability:Capability) WHERE $withOffers RETURN capability } AS offers,
  COLLECT {
    MATCH (c)-[need:NEEDS]->(capability:Capability)
    WHERE $needsOfAll OR c.id = $needsOfCompany
    RETURN {capability: capability, priority: need.priority, note: need.note}
  } AS needs,
  COLLECT {
    MATCH (c)-[:TARGETS]->(scenario:Scenario) WHERE $withTargets
    RETURN scenario ORDER BY scenario.name, scenario.id
  } AS targets,
  COLLECT {
    MATCH (c)-[located:LOCATED_IN]->(building:Building) WHERE $withLocation
    RETURN {building: building, floor: located.floor, unit: located.unit}
  } AS locations
ORDER BY /*ORDER*/
