// One page of the replica's full read: the Company nodes with ids after $after, in id order
// (the id constraint's index gives it), at most $limit. Each page is its own short read
// transaction, so the read of a large graph never meets the transaction timeout; what
// changes between pages is in the change feed, which the replica applies after the last.
MATCH (n:Company) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
// Collected and unwound again: Neo4j 5.26 fails to plan the ordered page followed by the
// node-state projections ("insertCachedProperties") without this break.
WITH collect(n) AS page
UNWIND page AS n
WITH elementId(n) AS node, n
// @include queries/matching/replica/node-state
