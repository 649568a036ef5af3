// Every node label the service uses is keyed by a readable slug `id`; the uniqueness
// constraints make MERGE on id safe under concurrent, repeated writes and back the id lookups.
CREATE CONSTRAINT hub_id IF NOT EXISTS FOR (n:Hub) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT building_id IF NOT EXISTS FOR (n:Building) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT capability_id IF NOT EXISTS FOR (n:Capability) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (n:Scenario) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT introduction_id IF NOT EXISTS FOR (n:Introduction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT account_username IF NOT EXISTS FOR (n:Account) REQUIRE n.username IS UNIQUE;

// Ordering and filtering of lists.
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX company_kind IF NOT EXISTS FOR (n:Company) ON (n.kind);
CREATE INDEX capability_layer IF NOT EXISTS FOR (n:Capability) ON (n.layer);
CREATE INDEX scenario_sector IF NOT EXISTS FOR (n:Scenario) ON (n.sector);
CREATE INDEX introduction_status IF NOT EXISTS FOR (n:Introduction) ON (n.status);

// Search in English and Chinese: the CJK analyzer indexes Han characters as bigrams, so
// "算力" finds "算力调度", and Latin words as lower-cased tokens.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Company|Capability|Scenario|Hub)
ON EACH [n.name, n.nameZh, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
