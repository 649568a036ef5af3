// The ids of the companies with an open or declined introduction to $companyId, which are not
// recommended to it (the same rule as recommend-prelude.cypher). The hint keeps the start at
// the company: on a small graph the planner would rather start from the introductions.
MATCH (me:Company {id: $companyId})<-[:FROM|TO]-(introduction:Introduction)-[:FROM|TO]->(other:Company)
USING INDEX me:Company(id)
WHERE introduction.status IN ['REQUESTED', 'PROPOSED', 'ACCEPTED', 'MET', 'DECLINED']
RETURN DISTINCT other.id AS id
