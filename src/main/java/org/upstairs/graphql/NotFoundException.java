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
		super("No " + what + " with id '" + id + "'");
		this.field = field;
	}

	/**
	 * The field holding the unknown id.
	 * @return the field path
	 */
	public String getField() {
		return this.field;
	}

}
