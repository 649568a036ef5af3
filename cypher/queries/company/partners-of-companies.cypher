// A partnership is one relationship per pair, read in both directions.
UNWIND $ids AS id
MATCH (:Company {id: id})-[partnership:PARTNERS_WITH]-(partner:Company)
WHERE NOT partner.archived
RETURN id, partner, partnership.since AS since
ORDER BY partner.name, partner.id
