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
 * @param newCompanies the valid companies that are not in the graph yet: they have no
 * links there, so theirs can be created without looking for one to merge with
 */
record ValidatedImport(Map<Section, List<Map<String, Object>>> rows, List<ImportProblem> problems, int refusedRows,
		Set<String> newCompanies) {

	int goodRows() {
		return this.rows.values().stream().mapToInt(List::size).sum();
	}

}
