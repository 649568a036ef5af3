// Appends one entry to the change log, as the last statement of the transaction that made
// the change. The log node's lock, taken before its counter is read and held to the
// commit, gives each entry the next number in commit order: a reader that sees entry n
// has every entry before it, and a rolled-back transaction takes its number back with it.
// $nodes: the keys ("Company:<id>", ...) of the nodes the transaction changed, as matching
// reads them; null with $everything true when it cannot say (a demo reload), which makes
// every reader read the whole graph again.
MERGE (log:__ChangeLog {name: 'matching'})
  ON CREATE SET log.last = 0, log.prunedThrough = 0
SET log._lock = true
WITH log, log.last + 1 AS seq
SET log.last = seq
REMOVE log._lock
CREATE (:__Change {seq: seq, token: randomUUID(), nodes: $nodes, everything: $everything, at: datetime()})
