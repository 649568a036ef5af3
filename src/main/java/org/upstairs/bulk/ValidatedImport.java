package org.upstairs.bulk;

import java.util.List;
import java.util.Map;

/**
 * The outcome of checking an import.
 *
 * @param rows the good rows of each section, as write parameters
 * @param problems what is wrong with the other rows
 * @param refusedRows how many rows were refused
 */
record ValidatedImport(Map<Section, List<Map<String, Object>>> rows, List<ImportProblem> problems, int refusedRows) {

	int goodRows() {
		return this.rows.values().stream().mapToInt(List::size).sum();
	}

}
