// The nodes named by kind and id in $keys ([{kind: 'COMPANY', id: ...}, ...]), as the change
// log names them, to read again. A node that is gone gives no row.
UNWIND $keys AS key
OPTIONAL MATCH (company:Company {id: key.id}) WHERE key.kind = 'COMPANY'
OPTIONAL MATCH (capability:Capability {id: key.id}) WHERE key.kind = 'CAPABILITY'
OPTIONAL MATCH (scenario:Scenario {id: key.id}) WHERE key.kind = 'SCENARIO'
OPTIONAL MATCH (building:Building {id: key.id}) WHERE key.kind = 'BUILDING'
WITH coalesce(company, capability, scenario, building) AS n
WHERE n IS NOT NULL
WITH elementId(n) AS node, n
// @include queries/matching/replica/node-state
