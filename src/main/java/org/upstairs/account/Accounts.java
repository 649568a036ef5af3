package org.upstairs.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Connection;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.graphql.PageRequest;

/**
 * Accounts in the graph: look-ups for signing in, and the administrator's changes.
 */
@Service
@Transactional
class Accounts {

	// No colon: a bearer token's caller, named "jwt:<name>", never matches an account.
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final PasswordEncoder passwords;

	private final CredentialCache credentials;

	Accounts(Neo4jClient neo4j, CypherScripts cypher, PasswordEncoder passwords, CredentialCache credentials) {
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.passwords = passwords;
		this.credentials = credentials;
	}

	/**
	 * The stored credentials of an account, for signing in.
	 *
	 * @param account the account
	 * @param passwordHash its BCrypt hash
	 * @param sessionEpoch raised by a sign-out from the console, which ends every console
	 * session the account had
	 */
	record Credentials(Account account, String passwordHash, long sessionEpoch) {
	}

	@Transactional(readOnly = true)
	Optional<Credentials> credentials(String username) {
		return this.neo4j.query("MATCH (a:Account {username: $username}) RETURN a")
			.bind(username)
			.to("username")
			.fetchAs(Credentials.class)
			.mappedBy((types, row) -> new Credentials(Account.from(row.get("a")),
					row.get("a").get("passwordHash").asString(), row.get("a").get("sessionEpoch").asLong(0)))
			.one();
	}

	/**
	 * Ends every console session of an account (they are signed cookies, kept nowhere).
	 */
	@Transactional
	void endSessions(String username) {
		this.neo4j.query("MATCH (a:Account {username: $username}) SET a.sessionEpoch = coalesce(a.sessionEpoch, 0) + 1")
			.bind(username)
			.to("username")
			.run();
	}

	@Transactional(readOnly = true)
	Optional<Account> byUsername(String username) {
		return credentials(username).map(Credentials::account);
	}

	@Transactional(readOnly = true)
	Connection<Account> page(PageRequest page) {
		List<Account> rows = List.copyOf(this.neo4j.query("""
				MATCH (a:Account) WHERE $after IS NULL OR a.username > $after
				RETURN a ORDER BY a.username LIMIT $limit""")
			.bindAll(parameters("after", page.afterKey(0), "limit", page.first() + 1))
			.fetchAs(Account.class)
			.mappedBy((types, row) -> Account.from(row.get("a")))
			.all());
		long total = this.neo4j.query("MATCH (a:Account) RETURN count(a) AS n").fetchAs(Long.class).one().orElse(0L);
		return Connection.of(rows, page, (account) -> PageRequest.cursor("ACCOUNTS", account.username()), total);
	}

	Account create(String username, String password, Role role, String companyId) {
		String name = checkedUsername(username);
		String hash = this.passwords.encode(checkedPassword(password));
		checkCompany(role, companyId);
		Map<String, Object> parameters = parameters("id", "account-" + name, "username", name, "hash", hash, "role",
				role.name(), "companyId", (role == Role.FOUNDER) ? companyId : null);
		Value created = this.neo4j.query(this.cypher.query("queries/account/create"))
			.bindAll(parameters)
			.fetchAs(Value.class)
			.mappedBy((types, row) -> row.get("a"))
			.one()
			.orElseThrow();
		if (!created.get("passwordHash").asString().equals(hash)) {
			throw new InvalidInputException("input.username", "is taken");
		}
		return Account.from(created);
	}

	Account update(String username, Role role, String companyId, Boolean disabled, String password) {
		// A change that may take away an administrator locks before it reads, so that
		// the count below sees every such change committed before it.
		if ((role != null && role != Role.ADMIN) || Boolean.TRUE.equals(disabled)) {
			lockAdmins();
		}
		Account current = byUsername(username)
			.orElseThrow(() -> new NotFoundException("input.username", "Account", username));
		Role newRole = (role != null) ? role : current.role();
		String newCompany = (companyId != null) ? companyId : current.companyId();
		boolean newDisabled = (disabled != null) ? disabled : current.disabled();
		checkCompany(newRole, newCompany);
		if (current.role() == Role.ADMIN && !current.disabled() && (newRole != Role.ADMIN || newDisabled)
				&& activeAdmins() == 1) {
			throw new InvalidInputException((newRole != Role.ADMIN) ? "input.role" : "input.disabled",
					"would leave no active administrator: make another account ADMIN first");
		}
		Map<String, Object> parameters = parameters("username", username, "role", newRole.name(), "companyId",
				(newRole == Role.FOUNDER) ? newCompany : null, "disabled", newDisabled, "hash",
				(password != null) ? this.passwords.encode(checkedPassword(password)) : null);
		Account updated = this.neo4j.query(this.cypher.query("queries/account/update"))
			.bindAll(parameters)
			.fetchAs(Account.class)
			.mappedBy((types, row) -> Account.from(row.get("a")))
			.one()
			.orElseThrow();
		this.credentials.forget(username);
		return updated;
	}

	/**
	 * Creates the first administrator, unless there is an active one; of several
	 * instances starting at once, one creates it.
	 * @return the new administrator, or empty when there already is one
	 */
	Optional<Account> createFirstAdmin(String username, String password) {
		lockAdmins();
		return (activeAdmins() > 0) ? Optional.empty() : Optional.of(create(username, password, Role.ADMIN, null));
	}

	/** Holds the admins lock until the transaction ends. */
	private void lockAdmins() {
		this.neo4j.query(this.cypher.query("queries/account/lock-admins")).run();
	}

	private long activeAdmins() {
		return this.neo4j
			.query("MATCH (a:Account {role: 'ADMIN'}) WHERE NOT coalesce(a.disabled, false) RETURN count(a) AS n")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	private void checkCompany(Role role, String companyId) {
		if (role != Role.FOUNDER) {
			return;
		}
		if (companyId == null) {
			throw new InvalidInputException("input.companyId", "is required for a founder");
		}
		boolean exists = this.neo4j.query("MATCH (c:Company {id: $id}) RETURN count(c) > 0 AS found")
			.bind(companyId)
			.to("id")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!exists) {
			throw new NotFoundException("input.companyId", "Company", companyId);
		}
	}

	// The account command checks these too, before it starts the database.
	static String checkedUsername(String username) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new InvalidInputException("input.username",
					"must be 2 to 40 lower-case letters, digits, dots, dashes or underscores");
		}
		return username;
	}

	static String checkedPassword(String password) {
		// BCrypt reads at most 72 bytes: longer passwords would be silently cut.
		if (password == null || password.length() < 10
				|| password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
			throw new InvalidInputException("input.password", "must be 10 to 72 bytes long");
		}
		// Broken Unicode would be encoded as '?' and match other passwords; NUL is
		// refused too.
		Inputs.optionalText("input.password", password, 72);
		return password;
	}

	private static Map<String, Object> parameters(Object... keysAndValues) {
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			parameters.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return parameters;
	}

}
