// Moves an introduction one step, if it still stands where the caller saw it. Touching a
// property first takes the introduction's write lock, so of two racing moves the second
// sees the first's status and does nothing. Appends the event; PARTNERED records the
// partnership (one PARTNERS_WITH per pair, from the smaller id to the larger).
MATCH (i:Introduction {id: $id})
SET i._lock = true
REMOVE i._lock
WITH i
WHERE i.status = $expected
MATCH (i)-[:FROM]->(from:Company), (i)-[:TO]->(to:Company)
WITH i, from, to, COUNT { (i)-[:HAS_EVENT]->() } AS events
SET i.status = $status, i.updatedAt = datetime(), i.openPair = CASE WHEN $open THEN i.pairKey END
CREATE (i)-[:HAS_EVENT]->(:IntroductionEvent {sequence: events + 1, at: i.updatedAt, from: $expected, to: $status,
                                              note: $note, actor: $actor, actorRole: $actorRole})
WITH i, from, to,
     CASE WHEN from.id < to.id THEN from ELSE to END AS low,
     CASE WHEN from.id < to.id THEN to ELSE from END AS high
CALL (low, high) {
  WITH low, high WHERE $status = 'PARTNERED'
  MERGE (low)-[partnership:PARTNERS_WITH]->(high)
    ON CREATE SET partnership.since = date()
}
RETURN i, from.id AS fromId, to.id AS toId
