// Where the change log stands: its last entry's number and token (null for an empty log).
OPTIONAL MATCH (log:__ChangeLog {name: 'matching'})
RETURN coalesce(log.last, 0) AS last,
       COLLECT { MATCH (at:__Change) WHERE at.seq = log.last RETURN at.token }[0] AS token
