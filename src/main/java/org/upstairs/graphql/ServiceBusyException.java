package org.upstairs.graphql;

/**
 * The service could not start the work in time because as much of it is running as it
 * allows. Nothing was read or written; asking again later may succeed. Answered as an
 * UNAVAILABLE error naming the field.
 */
public class ServiceBusyException extends RuntimeException {

	private final String field;

	public ServiceBusyException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
