package org.upstairs.bulk;

import java.util.Map;

/**
 * One row as read from a file, before validation.
 *
 * @param section what kind of row
 * @param file the file it came from (its name, not its path)
 * @param line the line it starts on
 * @param values its fields as read; a field that is present with a null value is given as
 * empty, a field that is missing is left alone
 * @param fieldNames how to name a field in a report when the file names it differently
 * (JSON nests links: the capability of an offer is {@code offers[2]})
 */
record RawRow(Section section, String file, long line, Map<String, Object> values, Map<String, String> fieldNames) {

	String fieldName(String field) {
		return this.fieldNames.getOrDefault(field, field);
	}

	boolean has(String field) {
		return this.values.containsKey(field);
	}

	Object get(String field) {
		return this.values.get(field);
	}

}
