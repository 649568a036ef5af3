package org.upstairs.account;

import java.time.ZonedDateTime;

import org.neo4j.driver.Value;

/**
 * An account as the API shows it: never its password hash.
 *
 * @param id the account's id
 * @param username what it signs in with
 * @param role what it may do
 * @param companyId the founder's company, or null
 * @param disabled whether it may no longer sign in
 * @param createdAt when it was created
 */
public record Account(String id, String username, Role role, String companyId, boolean disabled,
		ZonedDateTime createdAt) {

	static Account from(Value node) {
		return new Account(node.get("id").asString(), node.get("username").asString(),
				Role.valueOf(node.get("role").asString()), node.get("companyId").asString(null),
				node.get("disabled").asBoolean(false),
				node.get("createdAt").isNull() ? null : node.get("createdAt").asZonedDateTime());
	}

}
