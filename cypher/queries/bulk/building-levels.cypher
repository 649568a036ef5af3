// Floors and basements of these buildings, to check the floors of imported locations.
UNWIND $ids AS id
MATCH (b:Building {id: id})
RETURN b.id AS id, b.floors AS floors, b.basements AS basements
