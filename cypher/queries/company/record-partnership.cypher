// One PARTNERS_WITH per pair, always from the smaller id to the larger, so MERGE finds it
// whichever company asks.
MATCH (low:Company {id: $lowId}), (high:Company {id: $highId})
MERGE (low)-[partnership:PARTNERS_WITH]->(high)
SET partnership.since = coalesce($since, partnership.since)
RETURN low, high
