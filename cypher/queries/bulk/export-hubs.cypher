// Every hub, by id, for export.
MATCH (h:Hub)
RETURN h.id AS id, h.name AS name, h.nameZh AS nameZh, h.district AS district, h.description AS description
ORDER BY id
