// Introductions link to their companies with FROM and TO. Until the first introduction,
// those types are unknown to a new store, and Neo4j answers every recommendation (which
// looks for open introductions) with a "relationship type does not exist" notification,
// logged with the whole query. Creating the types up front keeps that warning for real typos.
CALL db.createRelationshipType('FROM');
CALL db.createRelationshipType('TO');
