// Records partnerships of which at least one end is a company this import created, so
// there is none to merge with; one row per pair, from the smaller id to the larger.
UNWIND $rows AS row
MATCH (low:Company {id: row.low}), (high:Company {id: row.high})
CREATE (low)-[:PARTNERS_WITH {since: date(row.since)}]->(high)
