package org.upstairs.company;

import java.util.Map;

import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.PageRequest;

/**
 * The orders a client may list companies in: an allow-list of fixed Cypher fragments (the
 * keyset condition and the order), so that no client text ever reaches the query. Each
 * order ends with the id, so it is total and keyset cursors are exact.
 */
enum CompanyOrdering {

	NAME_ASC("$afterId IS NULL OR c.name > $afterKey OR (c.name = $afterKey AND c.id > $afterId)",
			"c.name ASC, c.id ASC"),

	NAME_DESC("$afterId IS NULL OR c.name < $afterKey OR (c.name = $afterKey AND c.id < $afterId)",
			"c.name DESC, c.id DESC"),

	UPDATED_AT_ASC("$afterId IS NULL OR c.updatedAt > $afterKey OR (c.updatedAt = $afterKey AND c.id > $afterId)",
			"c.updatedAt ASC, c.id ASC"),

	UPDATED_AT_DESC("$afterId IS NULL OR c.updatedAt < $afterKey OR (c.updatedAt = $afterKey AND c.id < $afterId)",
			"c.updatedAt DESC, c.id DESC");

	/** The tail that counts instead of listing. */
	static final String COUNT_TAIL = "RETURN count(c) AS total";

	private final String keyset;

	private final String order;

	CompanyOrdering(String keyset, String order) {
		this.keyset = keyset;
		this.order = order;
	}

	static CompanyOrdering of(Map<String, Object> orderBy) {
		if (orderBy == null) {
			return NAME_ASC;
		}
		String field = String.valueOf(orderBy.getOrDefault("field", "NAME"));
		String direction = String.valueOf(orderBy.getOrDefault("direction", "ASC"));
		try {
			return valueOf(field + "_" + direction);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("orderBy", "cannot order by " + field + " " + direction);
		}
	}

	PageRequest.KeyPart[] keyShape() {
		return new PageRequest.KeyPart[] {
				name().startsWith("NAME") ? PageRequest.KeyPart.TEXT : PageRequest.KeyPart.INSTANT,
				PageRequest.KeyPart.TEXT };
	}

	/**
	 * The end of a page's statement, with this order's keyset condition and order in the
	 * placeholders of {@code page-fields.cypher}.
	 * @param template the text of {@code page-fields.cypher}
	 * @return a statement fragment made of project files and this allow-list only
	 */
	String pageTail(String template) {
		return template.replace("/*KEYSET*/", this.keyset).replace("/*ORDER*/", this.order);
	}

	/**
	 * The condition that lets an unfiltered page be read in order from the company_name
	 * index ({@code companies-by-name.cypher}), or null when this order has no index.
	 * @param after whether the page starts after a cursor
	 * @return a fixed Cypher fragment, or null
	 */
	String indexRange(boolean after) {
		return switch (this) {
			case NAME_ASC -> after ? "c.name >= $afterKey" : "c.name IS NOT NULL";
			case NAME_DESC -> after ? "c.name <= $afterKey" : "c.name IS NOT NULL";
			default -> null;
		};
	}

	String cursor(Company company) {
		Object key = name().startsWith("NAME") ? company.name() : company.updatedAt().toOffsetDateTime().toString();
		return PageRequest.cursor(name(), key, company.id());
	}

}
