// Records partnerships of which at least one end is a company this import wrote as new;
// one PARTNERS_WITH per pair, from the smaller id to the larger, the last date given wins.
UNWIND $rows AS row
MATCH (low:Company {id: row.low}), (high:Company {id: row.high})
MERGE (low)-[p:PARTNERS_WITH]->(high)
SET p.since = coalesce(date(row.since), p.since)
