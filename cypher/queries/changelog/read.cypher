// What a reader at $cursor needs: where the log stands, the token of the entry it read last
// (to tell a log restored from a backup from the one it read), and up to $limit entries
// after it, oldest first.
OPTIONAL MATCH (log:__ChangeLog {name: 'matching'})
RETURN coalesce(log.last, 0) AS last, coalesce(log.prunedThrough, 0) AS prunedThrough,
       COLLECT { MATCH (at:__Change {seq: $cursor}) RETURN at.token }[0] AS cursorToken,
       COLLECT {
         MATCH (c:__Change) WHERE $cursor < c.seq <= $cursor + $limit
         RETURN c {.seq, .token, .nodes, .everything} ORDER BY c.seq
       } AS changes
