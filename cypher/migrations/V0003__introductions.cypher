// At most one open introduction per unordered pair of companies: an open introduction holds
// the pair's key in openPair, a closed one does not, and the constraint refuses a second
// holder even when twenty requests race.
CREATE CONSTRAINT introduction_open_pair IF NOT EXISTS FOR (n:Introduction) REQUIRE n.openPair IS UNIQUE;
CREATE INDEX introduction_created_at IF NOT EXISTS FOR (n:Introduction) ON (n.createdAt);
