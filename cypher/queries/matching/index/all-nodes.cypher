// Every node the in-memory matching graph holds, by element id, to read in batches.
MATCH (n)
WHERE n:Company OR n:Capability OR n:Scenario OR n:Building
RETURN elementId(n) AS node
