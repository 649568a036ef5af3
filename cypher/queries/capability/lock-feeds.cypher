// FEEDS writes are serialised on one lock node: the cycle check must see every other
// concurrent link, or two links could close a cycle together.
MERGE (lock:__Lock {name: 'feeds'})
SET lock.at = timestamp()
