package org.upstairs.bulk;

import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param imported whether anything was written: false when the files had problems and
 * invalid rows were not to be skipped
 * @param rowsWritten how many rows of each section were written (unchanged ones count)
 * @param rowsRefused how many rows were refused
 * @param problems what was wrong, at most {@value #MAX_PROBLEMS_LISTED} of them
 * @param problemCount how many problems there were in all
 * @param nodesCreated nodes the import created
 * @param relationshipsCreated relationships the import created
 * @param millis how long it took, reading and checking included
 */
public record ImportReport(boolean imported, Map<String, Integer> rowsWritten, int rowsRefused,
		List<ImportProblem> problems, int problemCount, long nodesCreated, long relationshipsCreated, long millis) {

	/** The most problems a report lists. */
	public static final int MAX_PROBLEMS_LISTED = 1000;

	/** How many companies were written. */
	public int companies() {
		return this.rowsWritten.getOrDefault(Section.COMPANIES.jsonName(), 0);
	}

}
