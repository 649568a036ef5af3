// Demo accounts, listed in the README; all share the password "upstairs-demo" (BCrypt hash
// below). Only in the demo profile: a real deployment creates its accounts through an
// administrator. ON CREATE only, so a changed password survives a reload.
UNWIND [
  {username: 'admin', role: 'ADMIN', companyId: null},
  {username: 'staff', role: 'STAFF', companyId: null},
  {username: 'infinigence', role: 'FOUNDER', companyId: 'infinigence-ai'},
  {username: 'deepharbor', role: 'FOUNDER', companyId: 'deepharbor-ai'},
  {username: 'medbot', role: 'FOUNDER', companyId: 'microport-medbot'},
  {username: 'tagwise', role: 'FOUNDER', companyId: 'tagwise-data'}
] AS account
MERGE (a:Account {username: account.username})
  ON CREATE SET a.id = 'account-' + account.username, a.role = account.role, a.companyId = account.companyId,
                a.disabled = false, a.createdAt = datetime(),
                a.passwordHash = '$2a$10$fyLxRUZZ2HAF.TiLzXZ6PODlW2A6YWCUKq0CHBDaNiAYxi66kwCNa';
