UNWIND $ids AS id
MATCH (:Company {id: id})-[located:LOCATED_IN]->(building:Building)
RETURN id, building.id AS buildingId, located.floor AS floor, located.unit AS unit
