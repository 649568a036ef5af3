// Lock nodes serialise writes that must see each other (such as FEEDS cycle checks); the
// constraint makes their MERGE create exactly one node under concurrency.
CREATE CONSTRAINT lock_name IF NOT EXISTS FOR (n:__Lock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT demo_data_name IF NOT EXISTS FOR (n:__DemoData) REQUIRE n.name IS UNIQUE;
