package org.upstairs.bulk;

/**
 * Something wrong with one row of an import.
 *
 * @param file the file
 * @param line the line the row starts on
 * @param id the id of the row's item (for a link, the item it belongs to), when known
 * @param field the field at fault, as the file names it
 * @param message what is wrong
 */
public record ImportProblem(String file, long line, String id, String field, String message) {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.field + ((this.id != null) ? " (" + this.id + ")" : "") + ": "
				+ this.message;
	}

}
