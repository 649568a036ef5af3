// Deletes the oldest entries of the change log, those older than $retentionSeconds, at
// most $limit a time, and records the last number deleted: a reader whose cursor is
// below it has missed entries and reads the whole graph again.
MATCH (log:__ChangeLog {name: 'matching'})
WITH log, COLLECT {
  MATCH (c:__Change)
  WHERE log.prunedThrough < c.seq <= log.prunedThrough + $limit
    AND c.at < datetime() - duration({seconds: $retentionSeconds})
  RETURN c.seq ORDER BY c.seq DESC LIMIT 1
}[0] AS upTo
WITH log, upTo WHERE upTo IS NOT NULL
SET log._lock = true
WITH log, upTo
CALL (log, upTo) {
  MATCH (c:__Change) WHERE log.prunedThrough < c.seq <= upTo
  DELETE c
}
SET log.prunedThrough = upTo
REMOVE log._lock
RETURN upTo
