package org.upstairs.graphql;

/**
 * A request names something that does not exist; reported as NOT_FOUND naming the field.
 */
public class NotFoundException extends RuntimeException {

	private final String field;

	/**
	 * Creates the exception.
	 * @param field the input field holding the unknown id
	 * @param what what was looked for, such as {@code Company}
	 * @param id the id that matched nothing
	 */
	public NotFoundException(String field, String what, String id) {
		super("No " + what + " with " + shown(id));
		this.field = field;
	}

	// Only an id that could be one is repeated back: anything else may be long or
	// hostile.
	private static String shown(String id) {
		return (id != null && id.length() <= 64 && id.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) ? "id '" + id + "'"
				: "the given id";
	}

	/**
	 * The field holding the unknown id.
	 * @return the field path
	 */
	public String getField() {
		return this.field;
	}

}
