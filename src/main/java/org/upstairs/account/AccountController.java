package org.upstairs.account;

import java.security.Principal;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.graphql.Connection;
import org.upstairs.graphql.PageRequest;

/**
 * The signed-in account, and the administrator's account management.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@QueryMapping
	Account me(Principal principal) {
		Caller caller = Caller.of(principal);
		return caller.isSignedIn()
				? this.accounts.byUsername(caller.username())
					.orElse(new Account(null, caller.username(), caller.role(), caller.companyId(), false, null))
				: null;
	}

	@QueryMapping
	Connection<Account> accounts(@Argument Integer first, @Argument String after, Principal principal) {
		Caller.of(principal).requireAdmin("accounts");
		return this.accounts.page(PageRequest.of(first, after, "ACCOUNTS", PageRequest.KeyPart.TEXT));
	}

	@MutationMapping
	AccountPayload createAccount(@Argument CreateAccountInput input, Principal principal) {
		Caller.of(principal).requireAdmin("createAccount");
		return new AccountPayload(
				this.accounts.create(input.username(), input.password(), input.role(), input.companyId()));
	}

	@MutationMapping
	AccountPayload updateAccount(@Argument UpdateAccountInput input, Principal principal) {
		Caller.of(principal).requireAdmin("updateAccount");
		return new AccountPayload(this.accounts.update(input.username(), input.role(), input.companyId(),
				input.disabled(), input.password()));
	}

	record CreateAccountInput(String username, String password, Role role, String companyId) {
	}

	record UpdateAccountInput(String username, Role role, String companyId, Boolean disabled, String password) {
	}

	record AccountPayload(Account account) {
	}

}
