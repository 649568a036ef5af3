package org.upstairs.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads import files into rows, remembering the file and line of each, and reports what
 * cannot be read at all (broken JSON, an unknown section or column). Checking the values
 * is {@link ImportValidator}'s job.
 */
final class ImportReader {

	/** The value of the JSON document's {@code format} field. */
	static final String FORMAT = "upstairs/v1";

	/**
	 * Reads one section element at a time from a parser that goes on past it. A field or
	 * section given twice is refused rather than the last one taken (or both imported).
	 */
	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final List<RawRow> rows = new ArrayList<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	List<RawRow> rows() {
		return this.rows;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	/**
	 * Reads a file, JSON or CSV by its name.
	 * @param fileName the file's name: {@code *.json}, or one of the CSV names of
	 * {@link Section}
	 * @param content the file's bytes, UTF-8
	 * @throws IOException when the content cannot be read
	 */
	void read(String fileName, InputStream content) throws IOException {
		if (fileName.endsWith(".json")) {
			readJson(fileName, content);
		}
		else if (fileName.endsWith(".csv")) {
			readCsv(fileName, content);
		}
		else {
			this.problems.add(new ImportProblem(fileName, 0, null, "file",
					"is neither .json nor .csv; see docs/import-format.md"));
		}
	}

	/**
	 * Reads a JSON document. One that is not well formed (broken, a key given twice,
	 * something after its end) gives no rows at all, even when invalid rows are to be
	 * skipped: which of its rows are meant cannot be told.
	 */
	private void readJson(String file, InputStream content) {
		int firstRow = this.rows.size();
		try (JsonParser parser = JSON.createParser(content)) {
			if (!readJsonDocument(file, parser)) {
				this.rows.subList(firstRow, this.rows.size()).clear();
			}
		}
	}

	/** Reads the document's rows; false when it is not well formed. */
	private boolean readJsonDocument(String file, JsonParser parser) {
		try {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				problem(file, parser, "document", "must be a JSON object");
				return false;
			}
			boolean formatSeen = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("format")) {
					formatSeen = true;
					if (value != JsonToken.VALUE_STRING || !FORMAT.equals(parser.getString())) {
						problem(file, parser, "format", "must be \"" + FORMAT + "\"");
					}
					continue;
				}
				Section section = jsonSection(name);
				if (section == null) {
					problem(file, parser, name, "is not a section of " + FORMAT);
					parser.skipChildren();
				}
				else if (value != JsonToken.START_ARRAY) {
					problem(file, parser, name, "must be an array");
					parser.skipChildren();
				}
				else {
					readJsonSection(file, parser, section);
				}
			}
			if (!formatSeen) {
				this.problems.add(new ImportProblem(file, 1, null, "format", "is missing; must be \"" + FORMAT + "\""));
			}
			if (parser.nextToken() != null) {
				problem(file, parser, "document", "goes on after its end; a file holds one JSON document");
				return false;
			}
			return true;
		}
		catch (JacksonException ex) {
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			// STRICT_DUPLICATE_DETECTION tells a repeated key only by its message.
			if (ex instanceof StreamReadException && ex.getOriginalMessage().startsWith("Duplicate ")) {
				this.problems.add(new ImportProblem(file, line, null, parser.streamReadContext().currentName(),
						"is given twice in the same object; give each section and each field once"));
			}
			else {
				this.problems.add(new ImportProblem(file, line, null, "document", "is not valid JSON"));
			}
			return false;
		}
	}

	private static Section jsonSection(String name) {
		for (Section section : Section.values()) {
			if (section.jsonName().equals(name)) {
				return section;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private void readJsonSection(String file, JsonParser parser, Section section) {
		int index = 0;
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			long line = parser.currentTokenLocation().getLineNr();
			String path = section.jsonName() + "[" + index++ + "]";
			if (parser.currentToken() != JsonToken.START_OBJECT) {
				problem(file, parser, path, "must be an object");
				parser.skipChildren();
				continue;
			}
			Map<String, Object> values = JSON.readValue(parser, LinkedHashMap.class);
			switch (section) {
				case SCENARIOS -> {
					Object requires = values.remove("requires");
					this.rows.add(new RawRow(section, file, line, compact(values), RawRow.AS_THEY_ARE));
					links(file, line, values, "requires", requires, Section.SCENARIO_REQUIRES, "scenario",
							"capability");
				}
				case COMPANIES -> {
					Object offers = values.remove("offers");
					Object needs = values.remove("needs");
					Object targets = values.remove("targets");
					this.rows.add(new RawRow(section, file, line, compact(values), RawRow.AS_THEY_ARE));
					links(file, line, values, "offers", offers, Section.OFFERS, "company", "capability");
					links(file, line, values, "needs", needs, Section.NEEDS, "company", "capability");
					links(file, line, values, "targets", targets, Section.TARGETS, "company", "scenario");
				}
				case PARTNERSHIPS -> {
					Map<String, Object> pair = new LinkedHashMap<>();
					Object companies = values.remove("companies");
					if (companies instanceof List<?> list && list.size() == 2) {
						pair.put("company", list.get(0));
						pair.put("partner", list.get(1));
					}
					pair.putAll(values);
					this.rows.add(new RawRow(section, file, line, compact(pair), PARTNERSHIP_NAMES));
				}
				default -> this.rows.add(new RawRow(section, file, line, compact(values), RawRow.AS_THEY_ARE));
			}
		}
	}

	/** Splits a nested list of links (a company's offers, say) into rows of their own. */
	private void links(String file, long line, Map<String, Object> owner, String field, Object list, Section section,
			String ownerKey, String targetKey) {
		if (list == null) {
			return;
		}
		Object ownerId = owner.get("id");
		if (!(list instanceof List<?> items)) {
			this.problems.add(new ImportProblem(file, line, String.valueOf(ownerId), field, "must be an array"));
			return;
		}
		String[] shape = this.shapes.keys(List.of(ownerKey, targetKey));
		for (int i = 0; i < items.size(); i++) {
			// Compact rows, shared id strings, and the item's path in the file made only
			// when a problem names it: links are most of a large import's rows.
			int index = i;
			if (items.get(i) instanceof Map<?, ?> map) {
				Map<String, Object> values = new LinkedHashMap<>(4);
				values.put(ownerKey, ownerId);
				map.forEach((key, value) -> values.put(String.valueOf(key), shared(value)));
				this.rows.add(new RawRow(section, file, line, compact(values),
						(name) -> name.equals(ownerKey) ? "id" : field + "[" + index + "]." + name));
			}
			else {
				this.rows.add(new RawRow(section, file, line, CompactRow.of(shape, ownerId, shared(items.get(i))),
						(name) -> name.equals(ownerKey) ? "id"
								: name.equals(targetKey) ? field + "[" + index + "]" : name));
			}
		}
	}

	/** One String object per distinct id, however many links name it. */
	private Object shared(Object value) {
		return (value instanceof String text && text.length() <= 100) ? this.ids.computeIfAbsent(text, (key) -> key)
				: value;
	}

	private final Map<String, String> ids = new HashMap<>();

	/** Rows in a fraction of a LinkedHashMap's memory. */
	private final CompactRow.Shapes shapes = new CompactRow.Shapes();

	private Map<String, Object> compact(Map<String, Object> values) {
		return this.shapes.compact(values);
	}

	private static final RawRow.FieldNames PARTNERSHIP_NAMES = RawRow
		.renamed(Map.of("company", "companies[0]", "partner", "companies[1]"));

	private static final RawRow.FieldNames CSV_LOCATION_NAMES = RawRow
		.renamed(Map.of("location.building", "building", "location.floor", "floor", "location.unit", "unit"));

	private void readCsv(String path, InputStream content) throws IOException {
		String file = path.substring(path.lastIndexOf('/') + 1);
		Section section = Section.ofCsvFile(file);
		if (section == null) {
			this.problems
				.add(new ImportProblem(file, 0, null, "file", "is not one of the CSV files of docs/import-format.md"));
			return;
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(false)
			.get();
		Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			List<String> header = parser.getHeaderNames();
			boolean headerFine = true;
			for (String column : header) {
				if (!section.csvColumns().contains(column)) {
					this.problems.add(new ImportProblem(file, 1, null, column, "is not a column of " + file
							+ "; the columns are " + String.join(",", section.csvColumns())));
					headerFine = false;
				}
			}
			if (!headerFine) {
				return;
			}
			boolean linkSection = section.csvColumns().contains("capability")
					|| section.csvColumns().contains("scenario") || section == Section.PARTNERSHIPS;
			long nextLine = parser.getCurrentLineNumber() + 1;
			for (CSVRecord record : parser) {
				long line = nextLine;
				nextLine = parser.getCurrentLineNumber() + 1;
				Map<String, Object> values = new LinkedHashMap<>();
				for (String column : header) {
					String cell = record.isSet(column) ? record.get(column) : "";
					values.put(column, cell.isEmpty() ? null : linkSection ? shared(cell) : cell);
				}
				if (section == Section.COMPANIES && header.contains("building")) {
					values.put("location", (values.get("building") != null) ? locationOf(values) : null);
				}
				values.remove("building");
				values.remove("floor");
				values.remove("unit");
				this.rows.add(new RawRow(section, file, line, compact(values), CSV_LOCATION_NAMES));
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			this.problems.add(new ImportProblem(file, 0, null, "document", "is not valid CSV"));
		}
	}

	private static Map<String, Object> locationOf(Map<String, Object> values) {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("building", values.get("building"));
		location.put("floor", values.get("floor"));
		location.put("unit", values.get("unit"));
		return location;
	}

	private void problem(String file, JsonParser parser, String field, String message) {
		this.problems.add(new ImportProblem(file, parser.currentTokenLocation().getLineNr(), null, field, message));
	}

}
