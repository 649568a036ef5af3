// Records partnerships: one PARTNERS_WITH per pair, from the smaller id to the larger.
UNWIND $rows AS row
MATCH (low:Company {id: row.low}), (high:Company {id: row.high})
MERGE (low)-[p:PARTNERS_WITH]->(high)
SET p.since = coalesce(date(row.since), p.since)
