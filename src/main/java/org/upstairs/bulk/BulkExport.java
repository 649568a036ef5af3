package org.upstairs.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.upstairs.config.CypherScripts;

/**
 * Exports the directory as the JSON document of {@code docs/import-format.md}: every
 * section sorted by id (links by their ends), every field written ({@code null} where
 * absent), one item per line. Exporting, importing into an empty store and exporting
 * again gives the same bytes.
 */
@Service
public class BulkExport {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** The sections in document order, each with its query and the fields of an item. */
	private static final List<Part> PARTS = List.of(
			new Part("hubs", "export-hubs", List.of("id", "name", "nameZh", "district", "description")),
			new Part("buildings", "export-buildings", List.of("id", "hub", "name", "nameZh", "floors", "basements")),
			new Part("capabilities", "export-capabilities", List.of("id", "name", "nameZh", "layer", "description")),
			new Part("feeds", "export-feeds", List.of("from", "to")),
			new Part("scenarios", "export-scenarios",
					List.of("id", "name", "nameZh", "sector", "description", "requires")),
			new Part("companies", "export-companies",
					List.of("id", "name", "nameZh", "kind", "stage", "foundedYear", "headcount", "website",
							"description", "archived", "location", "offers", "needs", "targets")),
			new Part("partnerships", "export-partnerships", List.of("companies", "since")));

	private final Driver driver;

	private final CypherScripts cypher;

	BulkExport(Driver driver, CypherScripts cypher) {
		this.driver = driver;
		this.cypher = cypher;
	}

	/**
	 * Writes the whole directory.
	 * @param out where to; left open
	 * @return how many items of each section were written
	 */
	public Map<String, Integer> export(OutputStream out) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("{\n  \"format\": " + JSON.writeValueAsString(ImportReader.FORMAT));
			try (Session session = this.driver.session()) {
				for (Part part : PARTS) {
					writer.write(",\n  \"" + part.name() + "\": [");
					// An auto-commit query streams its records and is never replayed, so
					// nothing is written twice.
					Result result = session.run(this.cypher.query("queries/bulk/" + part.query()));
					int count = 0;
					while (result.hasNext()) {
						writer.write((count == 0) ? "\n    " : ",\n    ");
						writer.write(JSON.writeValueAsString(item(part, result.next())));
						count++;
					}
					writer.write((count == 0) ? "]" : "\n  ]");
					counts.put(part.name(), count);
				}
			}
			writer.write("\n}\n");
			writer.flush();
			return counts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Object> item(Part part, Record record) {
		Map<String, Object> item = new LinkedHashMap<>();
		if (part.name().equals("partnerships")) {
			item.put("companies", List.of(record.get("low").asString(), record.get("high").asString()));
			item.put("since", plain(record.get("since")));
			return item;
		}
		for (String field : part.fields()) {
			item.put(field, plain(record.get(field)));
		}
		return item;
	}

	/** A driver value as plain Java, with map keys in the order the query gave them. */
	private static Object plain(Value value) {
		if (value.isNull()) {
			return null;
		}
		return switch (value.type().name()) {
			case "MAP" -> {
				Map<String, Object> map = new LinkedHashMap<>();
				List<String> keys = new java.util.ArrayList<>();
				value.keys().forEach(keys::add);
				keys.sort(java.util.Comparator.comparing(BulkExport::keyRank).thenComparing(String::valueOf));
				for (String key : keys) {
					map.put(key, plain(value.get(key)));
				}
				yield map;
			}
			case "LIST" -> value.asList(BulkExport::plain);
			default -> value.asObject();
		};
	}

	/** Nested objects keep the key order of the format, whatever order Neo4j gives. */
	private static int keyRank(String key) {
		int rank = NESTED_KEY_ORDER.indexOf(key);
		return (rank >= 0) ? rank : NESTED_KEY_ORDER.size();
	}

	private static final List<String> NESTED_KEY_ORDER = List.of("building", "floor", "unit", "capability", "priority",
			"note");

	private record Part(String name, String query, List<String> fields) {
	}

}
