package org.upstairs.graphql;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code first} and {@code after} arguments of a connection, checked.
 * <p>
 * A cursor is the sort key of an item (its name and id, say) with the name of the
 * ordering it belongs to, base64url-encoded JSON: the next page starts strictly after
 * that key, so it stays correct while items are added or removed (keyset pagination).
 *
 * @param first how many items, 1 to {@value #MAX_PAGE_SIZE}
 * @param after the decoded key of the item to start after, or null for the first page
 */
public record PageRequest(int first, List<Object> after) {

	/** The largest page a client may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The kinds of value a sort key is made of; a cursor whose key does not have the
	 * ordering's shape is refused before it reaches a query.
	 */
	public enum KeyPart {

		/** A string, such as a name or an id. */
		TEXT,

		/** A whole number, such as a floor. */
		INTEGER,

		/** An instant with its offset, such as {@code updatedAt}. */
		INSTANT

	}

	/**
	 * Checks and decodes the arguments.
	 * @param first the page size argument
	 * @param after the cursor argument, or null
	 * @param ordering the name of the ordering the cursor must belong to
	 * @param keyShape the kinds of the parts of that ordering's sort key, in order
	 * @return the page request
	 * @throws InvalidInputException when {@code first} is out of range or the cursor is
	 * not one of this ordering
	 */
	public static PageRequest of(Integer first, String after, String ordering, KeyPart... keyShape) {
		int size = (first != null) ? first : 20;
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("first", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
		}
		return new PageRequest(size, (after != null) ? decode(after, ordering, keyShape) : null);
	}

	/**
	 * The cursor of an item.
	 * @param ordering the name of the ordering
	 * @param key the item's sort key, in order
	 * @return the opaque cursor
	 */
	public static String cursor(String ordering, Object... key) {
		byte[] bytes = json.writeValueAsBytes(new CursorBody(ordering, List.of(key)));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The part of the sort key at a position, or null on the first page.
	 * @param index the position in the key
	 * @return the value, or null
	 */
	public Object afterKey(int index) {
		return (this.after != null) ? this.after.get(index) : null;
	}

	private static List<Object> decode(String cursor, String ordering, KeyPart[] keyShape) {
		CursorBody body;
		try {
			body = json.readValue(Base64.getUrlDecoder().decode(cursor), CursorBody.class);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw notACursor();
		}
		if (body == null || !ordering.equals(body.o())) {
			throw new InvalidInputException("after", "is a cursor of another list or ordering");
		}
		if (body.k() == null || body.k().size() != keyShape.length) {
			throw notACursor();
		}
		List<Object> key = new ArrayList<>(keyShape.length);
		for (int i = 0; i < keyShape.length; i++) {
			key.add(part(body.k().get(i), keyShape[i]));
		}
		return Collections.unmodifiableList(key);
	}

	private static Object part(Object value, KeyPart kind) {
		switch (kind) {
			case TEXT -> {
				if (value instanceof String text) {
					return text;
				}
			}
			case INTEGER -> {
				if (value instanceof Integer || value instanceof Long) {
					return ((Number) value).longValue();
				}
			}
			case INSTANT -> {
				if (value instanceof String text) {
					try {
						return OffsetDateTime.parse(text);
					}
					catch (DateTimeParseException ex) {
						throw notACursor();
					}
				}
			}
		}
		throw notACursor();
	}

	private static InvalidInputException notACursor() {
		return new InvalidInputException("after", "is not a cursor returned by this service");
	}

	private record CursorBody(String o, List<Object> k) {
	}

}
