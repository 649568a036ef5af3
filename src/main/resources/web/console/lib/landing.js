// Where someone lands after signing in (and at "/"): a founder on their building, staff
// and administrators on the hub dashboard, anyone else in the directory.
export function homeOf(account) {
  if (!account) return '/directory';
  return account.role === 'FOUNDER' ? '/building' : '/staff';
}
