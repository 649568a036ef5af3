package org.upstairs.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ResultSummary;

import org.springframework.stereotype.Service;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.config.CypherScripts;

/**
 * Imports companies, places, capabilities, scenarios and their links from the files of
 * {@code docs/import-format.md}: reads every file, checks every row, and only then
 * writes, in batches of {@value #BATCH_SIZE} rows with {@code UNWIND}, one transaction
 * per batch. Every write is a MERGE on an id with a uniqueness constraint (or on a link
 * between two such items), so repeating an import, or a batch the driver retries, changes
 * nothing.
 */
@Service
public class BulkImport {

	/** Rows per write transaction. */
	static final int BATCH_SIZE = 5000;

	private static final Map<Section, String> WRITES = Map.ofEntries(Map.entry(Section.HUBS, "write-hubs"),
			Map.entry(Section.BUILDINGS, "write-buildings"), Map.entry(Section.CAPABILITIES, "write-capabilities"),
			Map.entry(Section.FEEDS, "write-feeds"), Map.entry(Section.SCENARIOS, "write-scenarios"),
			Map.entry(Section.SCENARIO_REQUIRES, "write-scenario-requires"),
			Map.entry(Section.COMPANIES, "write-companies"), Map.entry(Section.OFFERS, "write-offers"),
			Map.entry(Section.NEEDS, "write-needs"), Map.entry(Section.TARGETS, "write-targets"),
			Map.entry(Section.PARTNERSHIPS, "write-partnerships"));

	/**
	 * Node labels by section: the only labels {@code existing-ids.cypher} is run with.
	 */
	private static final Map<Section, String> LABELS = Map.of(Section.HUBS, "Hub", Section.BUILDINGS, "Building",
			Section.CAPABILITIES, "Capability", Section.SCENARIOS, "Scenario", Section.COMPANIES, "Company");

	/**
	 * Writes for companies the graph did not hold when the rows were checked, and their
	 * links.
	 */
	private static final Map<Section, String> LEAN_WRITES = Map.of(Section.COMPANIES, "write-new-companies",
			Section.OFFERS, "write-new-offers", Section.NEEDS, "write-new-needs", Section.TARGETS, "write-new-targets",
			Section.PARTNERSHIPS, "write-new-partnerships");

	/** The field naming the company a row of a company section belongs to. */
	private static final Map<Section, String> OWNERS = Map.of(Section.COMPANIES, "id", Section.OFFERS, "company",
			Section.NEEDS, "company", Section.TARGETS, "company", Section.PARTNERSHIPS, "low");

	/** The parameters of {@code write-locations.cypher}. */
	private static final String[] LOCATION_CHANGE_ROW = { "company", "location" };

	private final ChangeLog changes;

	private final Driver driver;

	private final CypherScripts cypher;

	BulkImport(Driver driver, CypherScripts cypher, ChangeLog changes) {
		this.driver = driver;
		this.cypher = cypher;
		this.changes = changes;
	}

	/**
	 * Imports files.
	 * @param files the files, JSON or CSV
	 * @param skipInvalid write the good rows even when others are refused
	 * @param progress told how far writing has got
	 * @return what happened
	 */
	public ImportReport importFiles(List<ImportFile> files, boolean skipInvalid, ImportProgress progress) {
		return importFiles(files, skipInvalid, false, progress);
	}

	/**
	 * Imports files, or with {@code dryRun} only checks them: the same reading and
	 * checking, and the same report, but nothing is written.
	 * @param files the files, JSON or CSV
	 * @param skipInvalid write the good rows even when others are refused
	 * @param dryRun check and report only; write nothing
	 * @param progress told how far writing has got
	 * @return what happened, or for a dry run what an import would do
	 */
	public ImportReport importFiles(List<ImportFile> files, boolean skipInvalid, boolean dryRun,
			ImportProgress progress) {
		long start = System.nanoTime();
		ImportReader reader = new ImportReader();
		for (ImportFile file : files) {
			try (InputStream content = file.content().open()) {
				reader.read(file.name(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + file.name(), ex);
			}
		}
		GraphLookups graph = new GraphLookups();
		ValidatedImport checked = new ImportValidator(graph).validate(reader.rows());
		List<ImportProblem> problems = new ArrayList<>(reader.problems());
		problems.addAll(checked.problems());
		int problemCount = problems.size();
		List<ImportProblem> listed = problems.subList(0, Math.min(problemCount, ImportReport.MAX_PROBLEMS_LISTED));
		boolean write = !dryRun && (problems.isEmpty() || skipInvalid);
		Map<String, Integer> valid = new LinkedHashMap<>();
		Map<String, Integer> newItems = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			List<Map<String, Object>> rows = checked.rows().get(section);
			if (!rows.isEmpty()) {
				valid.put(section.jsonName(), rows.size());
			}
			if (LABELS.containsKey(section) && !rows.isEmpty()) {
				newItems.put(section.jsonName(), newItems(section, rows, checked, graph));
			}
		}
		Map<String, Integer> written = new LinkedHashMap<>();
		long[] created = new long[2];
		if (write) {
			progress.writing(checked.goodRows());
			long done = 0;
			for (Section section : Section.values()) {
				List<Map<String, Object>> rows = checked.rows().get(section);
				done = write(section, rows, checked.newCompanies(), done, progress, created);
				if (!rows.isEmpty()) {
					written.put(section.jsonName(), rows.size());
				}
			}
		}
		return new ImportReport(write, dryRun, written, valid, newItems, checked.refusedRows(), List.copyOf(listed),
				problemCount, created[0], created[1], (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * How many of a node section's checked rows are items the graph does not hold yet:
	 * the companies the validator found new, or for the other sections (a few rows each)
	 * one more look-up of their ids.
	 */
	private static int newItems(Section section, List<Map<String, Object>> rows, ValidatedImport checked,
			GraphLookups graph) {
		if (section == Section.COMPANIES) {
			return checked.newCompanies().size();
		}
		List<String> ids = rows.stream().map((row) -> (String) row.get("id")).toList();
		return ids.size() - graph.existing(section, ids).size();
	}

	/**
	 * Writes one section. Companies the graph did not hold when the rows were checked,
	 * and their links, go through lean writes: no comparison of old and new values, no
	 * updatedAt for each link, and the location in the same statement. They still MERGE,
	 * so a retried batch changes nothing. Everything else goes through the full writes.
	 */
	private long write(Section section, List<Map<String, Object>> rows, Set<String> newCompanies, long done,
			ImportProgress progress, long[] created) {
		String full = WRITES.get(section);
		String owner = OWNERS.get(section);
		if (owner == null) {
			return writeBatches(section, full, rows, done, progress, created);
		}
		List<Map<String, Object>> fresh = new ArrayList<>();
		List<Map<String, Object>> known = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			boolean isNew = newCompanies.contains(row.get(owner))
					|| (section == Section.PARTNERSHIPS && newCompanies.contains(row.get("high")));
			(isNew ? fresh : known).add(row);
		}
		done = writeBatches(section, LEAN_WRITES.get(section), fresh, done, progress, created);
		done = writeBatches(section, full, known, done, progress, created);
		if (section == Section.COMPANIES) {
			List<Map<String, Object>> moves = known.stream()
				.filter((row) -> (Boolean) row.get("setsLocation"))
				.map((row) -> (Map<String, Object>) CompactRow.of(LOCATION_CHANGE_ROW, row.get("id"),
						row.get("location")))
				.toList();
			writeBatches(section, "write-locations", moves, 0, ImportProgress.NONE, created);
		}
		return done;
	}

	private long writeBatches(Section section, String query, List<Map<String, Object>> rows, long done,
			ImportProgress progress, long[] created) {
		String text = this.cypher.query("queries/bulk/" + query);
		try (Session session = this.driver.session()) {
			for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
				List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
				List<ChangedNode> changed = batch.stream().flatMap((row) -> changed(section, row).stream()).toList();
				ResultSummary summary = session.executeWrite((tx) -> {
					ResultSummary written = tx.run(text, Map.of("rows", batch)).consume();
					this.changes.append(tx, changed);
					return written;
				});
				created[0] += summary.counters().nodesCreated();
				created[1] += summary.counters().relationshipsCreated();
				done += batch.size();
				progress.written(section.jsonName(), done);
			}
		}
		return done;
	}

	/** The nodes a row changes as matching reads them, for the change log. */
	private static List<ChangedNode> changed(Section section, Map<String, Object> row) {
		return switch (section) {
			case HUBS -> List.of();
			case BUILDINGS -> List.of(ChangedNode.building((String) row.get("id")));
			case CAPABILITIES -> List.of(ChangedNode.capability((String) row.get("id")));
			case FEEDS -> List.of(ChangedNode.capability((String) row.get("from")),
					ChangedNode.capability((String) row.get("to")));
			case SCENARIOS -> List.of(ChangedNode.scenario((String) row.get("id")));
			case SCENARIO_REQUIRES -> List.of(ChangedNode.scenario((String) row.get("scenario")));
			// A company row, or a location change row of the companies section.
			case COMPANIES ->
				List.of(ChangedNode.company((String) ((row.get("id") != null) ? row.get("id") : row.get("company"))));
			case OFFERS, NEEDS, TARGETS -> List.of(ChangedNode.company((String) row.get("company")));
			case PARTNERSHIPS ->
				List.of(ChangedNode.company((String) row.get("low")), ChangedNode.company((String) row.get("high")));
		};
	}

	/** Answers the validator's questions about the graph, many ids per statement. */
	private final class GraphLookups implements ImportValidator.GraphIds {

		private static final int IDS_PER_STATEMENT = 10_000;

		@Override
		public Collection<String> existing(Section section, Collection<String> ids) {
			String query = cypher.query("queries/bulk/existing-ids")
				.replace(":Label ", ":" + LABELS.get(section) + " ");
			return chunks(ids).stream()
				.flatMap((chunk) -> read(query, chunk).stream())
				.map((record) -> record.get("id").asString())
				.toList();
		}

		@Override
		public Map<String, int[]> buildingLevels(Collection<String> ids) {
			Map<String, int[]> levels = new HashMap<>();
			for (List<String> chunk : chunks(ids)) {
				for (Record record : read(cypher.query("queries/bulk/building-levels"), chunk)) {
					levels.put(record.get("id").asString(),
							new int[] { record.get("floors").asInt(0), record.get("basements").asInt(0),
									record.get("highest").asInt(0), record.get("deepest").asInt(0) });
				}
			}
			return levels;
		}

		@Override
		public Map<String, Set<String>> feeds() {
			Map<String, Set<String>> downstream = new HashMap<>();
			try (Session session = driver.session()) {
				session.executeRead((tx) -> tx.run(cypher.query("queries/bulk/feeds-all")).list())
					.forEach((record) -> downstream
						.computeIfAbsent(record.get("from").asString(), (key) -> new HashSet<>())
						.add(record.get("to").asString()));
			}
			return downstream;
		}

		private List<Record> read(String query, List<String> ids) {
			try (Session session = driver.session()) {
				return session.executeRead((tx) -> tx.run(query, Map.of("ids", ids)).list());
			}
		}

		private static List<List<String>> chunks(Collection<String> ids) {
			List<String> all = List.copyOf(ids);
			List<List<String>> chunks = new ArrayList<>();
			for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
				chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT)));
			}
			return chunks;
		}

	}

}
