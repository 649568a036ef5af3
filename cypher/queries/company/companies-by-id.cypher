// Companies by id, archived ones included.
UNWIND $ids AS id
MATCH (company:Company {id: id})
RETURN company
