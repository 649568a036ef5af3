// The nodes named by element id in $nodes, to read again after commits touched them.
UNWIND $nodes AS node
OPTIONAL MATCH (n) WHERE elementId(n) = node
// @include queries/matching/replica/node-state
