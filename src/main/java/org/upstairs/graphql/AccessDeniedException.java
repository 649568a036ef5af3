package org.upstairs.graphql;

/**
 * A caller may not do what it asked: UNAUTHORIZED when nobody is signed in, FORBIDDEN
 * when the signed-in account lacks the right. Checked before anything is read or written,
 * so a refused call changes nothing.
 */
public class AccessDeniedException extends RuntimeException {

	private final boolean signedIn;

	private final String field;

	private AccessDeniedException(boolean signedIn, String field, String message) {
		super(message);
		this.signedIn = signedIn;
		this.field = field;
	}

	/**
	 * Nobody is signed in, and this needs an account.
	 * @param field the field or input that needs it
	 * @return the exception, reported as UNAUTHORIZED
	 */
	public static AccessDeniedException signInRequired(String field) {
		return new AccessDeniedException(false, field, "sign in to use this");
	}

	/**
	 * The caller signed in once, but that sign-in no longer holds (the account changed,
	 * the token expired).
	 * @param field the field or operation that needs a valid sign-in
	 * @param reason why, in words
	 * @return the exception, reported as UNAUTHORIZED
	 */
	public static AccessDeniedException signInAgain(String field, String reason) {
		return new AccessDeniedException(false, field, reason);
	}

	/**
	 * The signed-in account may not do this.
	 * @param field the field or input at fault
	 * @param reason why, in words
	 * @return the exception, reported as FORBIDDEN
	 */
	public static AccessDeniedException forbidden(String field, String reason) {
		return new AccessDeniedException(true, field, reason);
	}

	/**
	 * Whether someone was signed in (FORBIDDEN) or not (UNAUTHORIZED).
	 * @return true for FORBIDDEN
	 */
	public boolean isSignedIn() {
		return this.signedIn;
	}

	/**
	 * The field or input the rule is on.
	 * @return the field path
	 */
	public String getField() {
		return this.field;
	}

}
