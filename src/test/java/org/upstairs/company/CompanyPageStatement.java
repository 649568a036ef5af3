package org.upstairs.company;

import java.util.Map;

import org.upstairs.account.Caller;
import org.upstairs.account.Role;
import org.upstairs.config.CypherScripts;

/**
 * The statement {@code companies(first: n, after: ...)} runs for its page, ordered by
 * name and without a filter, with each company's offers, needs, targets and location as
 * staff ask for them, for the benchmark suite to run the same Cypher straight over Bolt.
 */
public final class CompanyPageStatement {

	private static final Companies STATEMENTS = new Companies(null, new CypherScripts());

	private static final CompanyPageFields EVERY_FIELD_FOR_STAFF = new CompanyPageFields(true, true, true, true, true,
			new Caller("bench", Role.STAFF, null));

	private CompanyPageStatement() {
	}

	/**
	 * @param afterCursor whether the page follows another
	 * @return the statement for a page by name
	 */
	public static String byName(boolean afterCursor) {
		return STATEMENTS.pageStatement(null, CompanyOrdering.NAME_ASC, afterCursor);
	}

	/**
	 * @param afterName the name of the previous page's last company, or null
	 * @param afterId its id, or null
	 * @param first the page size
	 * @return the statement's parameters
	 */
	public static Map<String, Object> parameters(String afterName, String afterId, int first) {
		Map<String, Object> parameters = Companies.filterParameters(CompanyFilter.NONE);
		parameters.put("afterKey", afterName);
		parameters.put("afterId", afterId);
		parameters.put("limit", first + 1);
		parameters.putAll(EVERY_FIELD_FOR_STAFF.parameters());
		return parameters;
	}

}
