package org.upstairs.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.upstairs.config.SchemaMigrations;
import org.upstairs.graphql.InvalidInputException;

/**
 * Creates the first administrator at start-up from {@code upstairs.bootstrap-admin}
 * (environment variables {@code UPSTAIRS_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code _PASSWORD}), so that a new installation needs neither an identity provider nor
 * Cypher. It does so only while no active administrator exists, under the same lock as
 * account changes, so that of several instances starting at once one creates it.
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final Accounts accounts;

	private final BootstrapAdminProperties properties;

	// The migrations (the username constraint among them) come first.
	BootstrapAdmin(Accounts accounts, BootstrapAdminProperties properties, SchemaMigrations migrations) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String username = this.properties.username();
		String password = this.properties.password();
		if (!StringUtils.hasText(username) && !StringUtils.hasText(password)) {
			return;
		}
		if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
			throw new IllegalStateException("Set both upstairs.bootstrap-admin.username and .password "
					+ "(UPSTAIRS_BOOTSTRAP_ADMIN_USERNAME and UPSTAIRS_BOOTSTRAP_ADMIN_PASSWORD), or neither");
		}
		try {
			this.accounts.createFirstAdmin(username, password)
				.ifPresentOrElse(
						(admin) -> log.info("Created the first administrator, '{}', from upstairs.bootstrap-admin",
								admin.username()),
						() -> log.info("An active administrator exists: upstairs.bootstrap-admin ('{}') is ignored "
								+ "and may be removed", username));
		}
		catch (InvalidInputException ex) {
			String property = ex.getField().equals("input.password") ? "password" : "username";
			throw new IllegalStateException("upstairs.bootstrap-admin." + property + " " + ex.getMessage(), ex);
		}
	}

}
