// Which of these ids the graph already holds. `Label` is replaced by a label from the
// Section enum (never client text) before the query runs, so that the id index is used.
UNWIND $ids AS id
MATCH (n:Label {id: id})
RETURN n.id AS id
