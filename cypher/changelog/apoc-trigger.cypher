// The change log for deployments where clients other than the service write to the
// database: an APOC trigger that appends a (:__Change) entry for every committed
// transaction, just as the service does for its own writes.
//
// Needs APOC Core 5.x with, in apoc.conf, apoc.trigger.enabled=true (and in neo4j.conf,
// dbms.security.procedures.unrestricted=apoc.*). Run it against the system database, on
// its leader in a cluster:
//     cypher-shell -d system -f apoc-trigger.cypher
// It replaces an installed trigger of the same name. The database is named in the first
// argument: change 'neo4j' if yours has another name. A database picks new triggers up
// only every apoc.trigger.refresh milliseconds (60000 by default): writes in that time are
// not logged, so install the trigger before other clients write, or let the service
// rebuild its graph afterwards. CALL apoc.trigger.list() on the database shows it once
// it is live.
//
// The statement runs in the writing transaction just before it commits (phase 'before'),
// so the entry's seq follows commit order with no holes. It reads only the trigger's
// parameters for deleted nodes, whose labels and properties the transaction can no
// longer read: their labels come from $removedLabels and their id from
// $removedNodeProperties. Nodes are grouped by node rather than searched in lists, so a
// transaction of many thousand nodes costs time in proportion to its size.
//
// A transaction that already created a __Change (a write of the service, which logs
// itself) is left alone, and so is one that touched no Company, Capability, Scenario or
// Building (such as pruning the log). A node whose id changed is logged under its old id
// and its new one.
CALL apoc.trigger.install('neo4j', 'upstairs-matching-changes', "
WITH 1 AS once
WHERE none(node IN $createdNodes WHERE node:__Change)
CALL {
  UNWIND $deletedNodes AS node
  RETURN node, true AS deleted, null AS removedLabel, null AS oldId
  UNION ALL
  UNWIND $createdNodes AS node
  RETURN node, false AS deleted, null AS removedLabel, null AS oldId
  UNION ALL
  UNWIND keys($assignedLabels) AS label
  UNWIND $assignedLabels[label] AS node
  RETURN node, false AS deleted, null AS removedLabel, null AS oldId
  UNION ALL
  UNWIND keys($removedLabels) AS label
  UNWIND $removedLabels[label] AS node
  RETURN node, false AS deleted, label AS removedLabel, null AS oldId
  UNION ALL
  UNWIND [$assignedNodeProperties, $removedNodeProperties] AS changes
  UNWIND keys(changes) AS key
  UNWIND changes[key] AS change
  RETURN change.node AS node, false AS deleted, null AS removedLabel,
         CASE key WHEN 'id' THEN change.old END AS oldId
  UNION ALL
  UNWIND $createdRelationships + $deletedRelationships AS relationship
  UNWIND [startNode(relationship), endNode(relationship)] AS node
  RETURN node, false AS deleted, null AS removedLabel, null AS oldId
  UNION ALL
  UNWIND [$assignedRelationshipProperties, $removedRelationshipProperties] AS changes
  UNWIND keys(changes) AS key
  UNWIND changes[key] AS change
  UNWIND [startNode(change.relationship), endNode(change.relationship)] AS node
  RETURN node, false AS deleted, null AS removedLabel, null AS oldId
}
WITH node, any(flag IN collect(deleted) WHERE flag) AS deleted,
     collect(removedLabel) AS removedLabels, collect(oldId) AS oldIds
WITH CASE WHEN deleted THEN removedLabels ELSE labels(node) + removedLabels END AS labels,
     CASE WHEN deleted THEN oldIds ELSE oldIds + [node.id] END AS ids
UNWIND labels AS label
WITH label, ids
WHERE label IN ['Company', 'Capability', 'Scenario', 'Building']
UNWIND ids AS id
WITH label, id
WHERE id IS NOT NULL
WITH DISTINCT label + ':' + id AS key
ORDER BY key
WITH collect(key) AS nodes
WHERE size(nodes) > 0
MATCH (log:__ChangeLog {name: 'matching'})
SET log._lock = true
WITH log, log.last + 1 AS seq, nodes
SET log.last = seq
REMOVE log._lock
CREATE (:__Change {seq: seq, nodes: nodes, at: datetime()})
", {phase: 'before'});
