package org.upstairs.company;

import org.upstairs.graphql.PageRequest;

/**
 * The lists of companies that hang off other nodes as connections, each with the query
 * that reads a page of it for many parents at once.
 */
enum NestedCompanyList {

	HUB("queries/company/companies-in-hubs"),

	BUILDING("queries/company/companies-in-buildings"),

	PROVIDERS("queries/company/providers-of-capabilities"),

	SEEKERS("queries/company/seekers-of-capabilities"),

	SCENARIO("queries/company/companies-targeting-scenarios");

	private final String query;

	NestedCompanyList(String query) {
		this.query = query;
	}

	String query() {
		return this.query;
	}

	/** Buildings list by floor first, the others by name. */
	boolean byFloor() {
		return this == BUILDING;
	}

	/** The shape of this list's sort key: floor, name and id, or name and id. */
	PageRequest.KeyPart[] keyShape() {
		return byFloor()
				? new PageRequest.KeyPart[] { PageRequest.KeyPart.INTEGER, PageRequest.KeyPart.TEXT,
						PageRequest.KeyPart.TEXT }
				: new PageRequest.KeyPart[] { PageRequest.KeyPart.TEXT, PageRequest.KeyPart.TEXT };
	}

}
