// The key that signs console session cookies, made once and shared by every instance
// that uses this database. A bookkeeping node (label __...), so exports and graph
// snapshots leave it out. $candidate is used only when no key exists yet.
MERGE (key:__SessionKey {name: 'console'})
  ON CREATE SET key.value = $candidate
RETURN key.value AS value
