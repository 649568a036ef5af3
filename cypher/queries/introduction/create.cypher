// Creates an introduction with its first event. openPair is the pair's key while the
// introduction is open; its unique constraint refuses a second open one for the pair.
MATCH (from:Company {id: $fromId}), (to:Company {id: $toId})
CREATE (i:Introduction {id: $id, status: $status, pairKey: $pairKey, openPair: $pairKey, note: $note,
                        score: $score, kind: $kind, reasonCodes: $reasonCodes, reasonWeights: $reasonWeights,
                        reasonTexts: $reasonTexts, createdAt: datetime(), updatedAt: datetime()})
CREATE (i)-[:FROM]->(from), (i)-[:TO]->(to)
CREATE (i)-[:HAS_EVENT]->(:IntroductionEvent {sequence: 1, at: i.createdAt, from: null, to: $status, note: $note,
                                              actor: $actor, actorRole: $actorRole})
RETURN i, from.id AS fromId, to.id AS toId
