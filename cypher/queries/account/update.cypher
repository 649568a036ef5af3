MATCH (a:Account {username: $username})
SET a.role = $role, a.companyId = $companyId, a.disabled = $disabled,
    a.passwordHash = coalesce($hash, a.passwordHash)
RETURN a
