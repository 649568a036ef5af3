package org.upstairs.bulk;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param imported whether anything was written: false when the files had problems and
 * invalid rows were not to be skipped, and always for a dry run
 * @param dryRun whether this was a dry run: checked as an import is, nothing written
 * @param rowsWritten how many rows of each section were written (unchanged ones count);
 * empty when nothing was
 * @param rowsValid how many rows of each section passed the checks: what an import of the
 * files writes (with problems, what skipping invalid rows writes)
 * @param newItems of the valid rows of the sections of items (hubs, buildings,
 * capabilities, scenarios, companies), how many are items the graph does not hold yet and
 * are created; the others update items it holds
 * @param rowsRefused how many rows were refused
 * @param problems what was wrong, at most {@value #MAX_PROBLEMS_LISTED} of them
 * @param problemCount how many problems there were in all
 * @param nodesCreated nodes the import created
 * @param relationshipsCreated relationships the import created
 * @param millis how long it took, reading and checking included
 */
public record ImportReport(boolean imported, boolean dryRun, Map<String, Integer> rowsWritten,
		Map<String, Integer> rowsValid, Map<String, Integer> newItems, int rowsRefused, List<ImportProblem> problems,
		int problemCount, long nodesCreated, long relationshipsCreated, long millis) {

	/** The most problems a report lists. */
	public static final int MAX_PROBLEMS_LISTED = 1000;

	/** How many companies were written. */
	public int companies() {
		return this.rowsWritten.getOrDefault(Section.COMPANIES.jsonName(), 0);
	}

}
