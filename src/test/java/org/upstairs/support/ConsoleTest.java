package org.upstairs.support;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test of the console in a real browser against the demo data, which it loads once for
 * its class (other classes share the database and load their own fixtures).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConsoleTest extends IntegrationTest {

	/** The demo accounts' password, which signs in from this machine. */
	protected static final String DEMO_PASSWORD = "upstairs-demo";

	@BeforeAll
	void demoData() {
		resetGraphToDemoData();
	}

	/**
	 * Opens a browser signed in as a demo account.
	 * @param username the account
	 * @param lang {@code en} or {@code zh}
	 * @return the browser, on the account's landing view
	 */
	protected Browser signedIn(String username, String lang) {
		Browser browser = Browser.open(this.port);
		try {
			return browser.signIn(username, passwordOf(username), lang);
		}
		catch (RuntimeException | Error ex) {
			browser.close();
			throw ex;
		}
	}

	/**
	 * The password of an account: the test accounts (staff, admin, founder-alpha,
	 * founder-delta), which replace the demo's staff and admin, have their own.
	 * @param username the account
	 * @return its password
	 */
	protected static String passwordOf(String username) {
		return java.util.List.of(STAFF, ADMIN, FOUNDER_ALPHA, FOUNDER_DELTA).contains(username) ? TEST_PASSWORD
				: DEMO_PASSWORD;
	}

	/**
	 * Saves a screenshot under {@code target/screenshots}, and under
	 * {@code docs/screenshots} when {@code -Dupstairs.screenshots.docs=true} (how the
	 * README's pictures are renewed).
	 * @param browser the browser
	 * @param name the file name without {@code .png}
	 */
	protected static void screenshot(Browser browser, String name) {
		browser.screenshot(Path.of("target", "screenshots", name + ".png"));
		if (Boolean.getBoolean("upstairs.screenshots.docs")) {
			browser.screenshot(Path.of("docs", "screenshots", name + ".png"));
		}
	}

}
