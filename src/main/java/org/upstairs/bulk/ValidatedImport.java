package org.upstairs.bulk;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of checking an import.
 *
 * @param rows the good rows of each section, as write parameters
 * @param problems what is wrong with the other rows
 * @param refusedRows how many rows were refused
 * @param newCompanies the valid companies the graph did not hold when the rows were
 * checked: they are written without comparing old and new values
 */
record ValidatedImport(Map<Section, List<Map<String, Object>>> rows, List<ImportProblem> problems, int refusedRows,
		Set<String> newCompanies) {

	int goodRows() {
		return this.rows.values().stream().mapToInt(List::size).sum();
	}

}
