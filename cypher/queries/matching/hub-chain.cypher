// A hub's chain, layer by layer: for each capability, how many of the hub's companies (in its
// buildings, not archived) offer it and how many need it. Verified offers only: a founder's
// claim (CLAIMS_OFFER) counts for nobody until staff verify it. One row per layer of $layers,
// in their order, an empty layer included; no row at all when there is no such hub. Needs are
// private: without $withNeeds (a caller who is not staff) they are not read at all, so that a
// capability only needed in the hub is not even listed.
MATCH (hub:Hub {id: $hubId})
WITH COLLECT {
  MATCH (hub)-[:HAS_BUILDING]->(:Building)<-[:LOCATED_IN]-(member:Company)
  WHERE NOT member.archived
  RETURN DISTINCT member
} AS members
// Every offer and need of the hub, read once; each layer then takes its own.
WITH COLLECT {
  UNWIND members AS member
  MATCH (member)-[link:OFFERS|NEEDS]->(capability:Capability)
  WHERE $withNeeds OR type(link) = 'OFFERS'
  RETURN {layer: capability.layer, capability: capability, company: member, offers: type(link) = 'OFFERS'}
} AS links
UNWIND range(0, size($layers) - 1) AS position
WITH position, $layers[position] AS layer, links
WITH position, layer, [link IN links WHERE link.layer = layer] AS here
RETURN position, layer,
       size(COLLECT { UNWIND here AS link WITH link WHERE link.offers RETURN DISTINCT link.company }) AS providers,
       size(COLLECT { UNWIND here AS link WITH link WHERE NOT link.offers RETURN DISTINCT link.company }) AS seekers,
       COLLECT {
         UNWIND here AS link
         WITH link.capability AS capability,
              count(DISTINCT CASE WHEN link.offers THEN link.company END) AS providers,
              count(DISTINCT CASE WHEN link.offers THEN null ELSE link.company END) AS seekers
         RETURN {capability: capability, providers: providers, seekers: seekers}
         ORDER BY capability.name, capability.id
       } AS capabilities
ORDER BY position
