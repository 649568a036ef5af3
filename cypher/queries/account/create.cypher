// Creates an account once: MERGE on the unique username, so a retried create cannot make
// two; the caller compares the returned hash with its own to tell "taken" from "created".
MERGE (a:Account {username: $username})
  ON CREATE SET a.id = $id, a.passwordHash = $hash, a.role = $role, a.companyId = $companyId,
                a.disabled = false, a.createdAt = datetime()
RETURN a
