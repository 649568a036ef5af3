// Every partnership once, its ends in id order, for export.
MATCH (a:Company)-[p:PARTNERS_WITH]->(b:Company)
WITH CASE WHEN a.id < b.id THEN a.id ELSE b.id END AS low,
     CASE WHEN a.id < b.id THEN b.id ELSE a.id END AS high, p.since AS since
RETURN low, high, CASE WHEN since IS NULL THEN null ELSE toString(since) END AS since
ORDER BY low, high
