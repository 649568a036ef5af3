// The change log every write of the service appends to (docs/architecture.md, "The change
// feed"): one sequence node, made by the first append; one entry per write transaction,
// read by sequence number.
CREATE CONSTRAINT change_log_name IF NOT EXISTS FOR (n:__ChangeLog) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (n:__Change) REQUIRE n.seq IS UNIQUE;
