package org.upstairs.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Checks of client input shared by every mutation. Each failure names the field.
 */
public final class Inputs {

	/** Ids are readable slugs: lower-case letters, digits and single hyphens. */
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** The longest name a client may give. */
	public static final int NAME_LENGTH = 200;

	/** The longest description a client may give. */
	public static final int DESCRIPTION_LENGTH = 2000;

	private Inputs() {
	}

	/**
	 * Checks an id.
	 * @param field the field name
	 * @param id the id
	 * @return the id
	 */
	public static String slug(String field, String id) {
		if (id == null || id.length() < 2 || id.length() > 64 || !SLUG.matcher(id).matches()) {
			throw new InvalidInputException(field,
					"must be 2 to 64 lower-case letters, digits and single hyphens, such as 'gpu-compute'");
		}
		return id;
	}

	/**
	 * Checks a required name: present, not blank, not too long.
	 * @param field the field name
	 * @param value the name
	 * @return the name without surrounding white space
	 */
	public static String requiredName(String field, Object value) {
		String name = optionalName(field, value, NAME_LENGTH);
		if (name == null) {
			throw new InvalidInputException(field, "must not be blank");
		}
		return name;
	}

	/**
	 * Checks an optional name or other text shown on one line (a Chinese name, a unit):
	 * as {@link #optionalText}, and invisible formatting characters (Unicode category Cf:
	 * bidirectional controls, zero-width spaces and joiners, the byte order mark) are
	 * refused, so that "Infinigence" with a zero-width space or a right-to-left override
	 * in it cannot pose as Infinigence. Descriptions and notes keep them: right-to-left
	 * text and emoji sequences (joined by U+200D) need them there.
	 * @param field the field name
	 * @param value the name, or null
	 * @param maxLength the most characters allowed
	 * @return the name, or null when absent or blank
	 */
	public static String optionalName(String field, Object value, int maxLength) {
		String name = optionalText(field, value, maxLength);
		if (name != null && name.codePoints().anyMatch((c) -> Character.getType(c) == Character.FORMAT)) {
			throw new InvalidInputException(field,
					"must not contain invisible characters (bidirectional controls, zero-width spaces or joiners)");
		}
		return name;
	}

	/**
	 * Checks an optional text: blank becomes null, surrounding white space goes, control
	 * characters (but line breaks and tabs) and broken Unicode are refused.
	 * @param field the field name
	 * @param value the text, or null
	 * @param maxLength the most characters allowed
	 * @return the text, or null when absent or blank
	 */
	public static String optionalText(String field, Object value, int maxLength) {
		if (value == null) {
			return null;
		}
		String text = value.toString().strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > maxLength) {
			throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
				throw new InvalidInputException(field, "must not contain control characters");
			}
			if (Character.isHighSurrogate(c)
					&& (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
					|| Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
				throw new InvalidInputException(field, "is not valid Unicode text");
			}
		}
		return text;
	}

	/**
	 * Reads a whole number given as a number or, as CSV gives it, as text.
	 * @param field the field name
	 * @param value the number, its text, or null
	 * @return the number, or null
	 */
	public static Integer wholeNumber(String field, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Integer number) {
			return number;
		}
		if (value instanceof String text) {
			try {
				return Integer.valueOf(text.strip());
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		throw new InvalidInputException(field, "must be a whole number");
	}

	/**
	 * Checks a whole number against a range.
	 * @param field the field name
	 * @param value the number, or null
	 * @param min the smallest allowed
	 * @param max the largest allowed
	 * @return the number, or null
	 */
	public static Integer range(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw new InvalidInputException(field, "must be between " + min + " and " + max + ", was " + value);
		}
		return value;
	}

	/**
	 * Checks a web address.
	 * @param field the field name
	 * @param value the address, or null
	 * @return the address, or null
	 */
	public static String website(String field, Object value) {
		String text = optionalText(field, value, 500);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					|| uri.getHost() == null) {
				throw new InvalidInputException(field, "must be an http or https address");
			}
			return text;
		}
		catch (URISyntaxException ex) {
			throw new InvalidInputException(field, "must be an http or https address");
		}
	}

}
