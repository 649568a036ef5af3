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
record RawRow(Section section, String file, long line, Map<String, Object> values, FieldNames fieldNames) {

	/** No field is named differently. */
	static final FieldNames AS_THEY_ARE = (field) -> field;

	/**
	 * Names fields as the file does. A function rather than a map: a large import holds
	 * hundreds of thousands of rows at once, most of them links named the same way.
	 */
	@FunctionalInterface
	interface FieldNames {

		String inFile(String field);

	}

	/**
	 * @param names how the file names some fields; the others as they are
	 * @return names from the map
	 */
	static FieldNames renamed(Map<String, String> names) {
		return (field) -> names.getOrDefault(field, field);
	}

	String fieldName(String field) {
		return this.fieldNames.inFile(field);
	}

	boolean has(String field) {
		return this.values.containsKey(field);
	}

	Object get(String field) {
		return this.values.get(field);
	}

}
