// The key that signs console session cookies: one per database, so that every instance
// signs and checks with the same key; the constraint makes two instances starting at once
// agree on the first one made.
CREATE CONSTRAINT session_key_name IF NOT EXISTS FOR (n:__SessionKey) REQUIRE n.name IS UNIQUE;
