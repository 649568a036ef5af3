// Changes that may take away an active administrator are serialised on one lock node,
// held to the end of the transaction: of two administrators demoting each other at once,
// the second counts after the first has committed, and is refused.
MERGE (lock:__Lock {name: 'admins'})
SET lock.at = timestamp()
