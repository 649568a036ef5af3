package org.upstairs.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created at start-up while no active administrator exists.
 *
 * @param username its username; unset (the default) creates none
 * @param password its password, by the rules of {@code createAccount}
 */
@ConfigurationProperties("upstairs.bootstrap-admin")
record BootstrapAdminProperties(String username, String password) {

	@Override
	public String toString() {
		return "BootstrapAdminProperties[username=" + this.username + ", password=<hidden>]";
	}

}
