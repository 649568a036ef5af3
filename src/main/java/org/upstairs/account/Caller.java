package org.upstairs.account;

import java.security.Principal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.upstairs.graphql.AccessDeniedException;

/**
 * Who is asking: an account's name, role and (for founders) company, or nobody. Every
 * rule of {@code docs/security.md} is one of these checks, made before anything is read
 * or written.
 *
 * @param username the account's username, {@code jwt:} and the token's username for a
 * bearer token, or null for an anonymous caller
 * @param role the account's role, or null for an anonymous caller
 * @param companyId the founder's company, or null
 */
public record Caller(String username, Role role, String companyId) {

	/** Nobody signed in. */
	public static final Caller ANONYMOUS = new Caller(null, null, null);

	/**
	 * The caller behind a request's principal.
	 * @param principal the principal Spring Security established, or null
	 * @return the caller, {@link #ANONYMOUS} when nobody is signed in
	 */
	public static Caller of(Principal principal) {
		if (principal instanceof Authentication authentication
				&& !(authentication instanceof AnonymousAuthenticationToken) && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Caller caller) {
			return caller;
		}
		return ANONYMOUS;
	}

	/**
	 * Whether someone is signed in.
	 * @return false for an anonymous caller
	 */
	public boolean isSignedIn() {
		return this.role != null;
	}

	/**
	 * Whether the caller is staff (or admin).
	 * @return true for STAFF and ADMIN
	 */
	public boolean isStaff() {
		return this.role == Role.STAFF || this.role == Role.ADMIN;
	}

	/**
	 * Whether the caller speaks for a company: its founder, or staff.
	 * @param id the company's id
	 * @return true if the caller may act for it
	 */
	public boolean actsFor(String id) {
		return isStaff() || (this.role == Role.FOUNDER && this.companyId != null && this.companyId.equals(id));
	}

	/**
	 * Requires a signed-in account of any role.
	 * @param field the field that needs it
	 */
	public void requireSignedIn(String field) {
		if (!isSignedIn()) {
			throw AccessDeniedException.signInRequired(field);
		}
	}

	/**
	 * Requires staff (or admin).
	 * @param field the field that needs it
	 */
	public void requireStaff(String field) {
		requireSignedIn(field);
		if (!isStaff()) {
			throw AccessDeniedException.forbidden(field, "only center staff may do this");
		}
	}

	/**
	 * Requires admin.
	 * @param field the field that needs it
	 */
	public void requireAdmin(String field) {
		requireSignedIn(field);
		if (this.role != Role.ADMIN) {
			throw AccessDeniedException.forbidden(field, "only an administrator may do this");
		}
	}

	/**
	 * Requires the founder of this company, or staff.
	 * @param field the input holding the company's id
	 * @param id the company's id
	 */
	public void requireActsFor(String field, String id) {
		requireSignedIn(field);
		if (!actsFor(id)) {
			throw AccessDeniedException.forbidden(field, "a founder may act only for their own company");
		}
	}

}
