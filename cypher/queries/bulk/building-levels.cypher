// Floors and basements of these buildings, to check the floors of imported locations, and the
// highest and deepest floor a company sits on, so that an import cannot take those away.
UNWIND $ids AS id
MATCH (b:Building {id: id})
OPTIONAL MATCH (:Company)-[located:LOCATED_IN]->(b)
WITH b, max(CASE WHEN located.floor > 0 THEN located.floor END) AS highest,
     min(CASE WHEN located.floor < 0 THEN located.floor END) AS deepest
RETURN b.id AS id, b.floors AS floors, b.basements AS basements, highest, deepest
