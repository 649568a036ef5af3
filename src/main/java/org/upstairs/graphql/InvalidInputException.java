package org.upstairs.graphql;

/**
 * A request the service refuses because of what one field holds; reported as BAD_REQUEST
 * naming the field, with nothing written.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	/**
	 * Creates the exception.
	 * @param field the input field at fault, as the client named it (such as
	 * {@code input.floor})
	 * @param message what is wrong, in words the client can act on
	 */
	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The field at fault.
	 * @return the field path
	 */
	public String getField() {
		return this.field;
	}

}
