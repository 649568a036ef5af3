UNWIND $ids AS id
MATCH (:Introduction {id: id})-[:HAS_EVENT]->(event:IntroductionEvent)
RETURN id, event
ORDER BY id, event.sequence
