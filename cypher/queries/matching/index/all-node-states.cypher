// Every node the in-memory matching graph holds, in one pass by label, to build it.
MATCH (n)
WHERE n:Company OR n:Capability OR n:Scenario OR n:Building
WITH elementId(n) AS node, n
// @include queries/matching/index/node-state
