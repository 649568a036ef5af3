// The unfiltered company list by name, read in name order from the company_name index, so a
// page costs about its own size instead of a sort of every company (companies.cypher, used
// with filters, must sort all that match). The two placeholders below are fixed fragments of
// CompanyOrdering: the index range (`c.name IS NOT NULL` on the first page, `c.name >=
// $afterKey` or `<=` after a cursor), then the exact keyset condition, the order and the limit.
MATCH (c:Company)
WHERE /*RANGE*/ AND NOT c.archived
/*TAIL*/
