// The ids of the companies with an open or declined introduction to $companyId, which are not
// recommended to it (the same rule as recommend-prelude.cypher). Read from the company found
// by its id, inside a subquery: a hint on the outer pattern still let the planner join the
// company with a scan of every introduction by status, depending on the statistics.
MATCH (me:Company {id: $companyId})
UNWIND COLLECT {
  MATCH (me)<-[:FROM|TO]-(introduction:Introduction)-[:FROM|TO]->(other:Company)
  WHERE introduction.status IN ['REQUESTED', 'PROPOSED', 'ACCEPTED', 'MET', 'DECLINED']
  RETURN DISTINCT other.id
} AS id
RETURN id
