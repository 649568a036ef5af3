package org.upstairs.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;
import org.upstairs.config.CommandContext;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.NotFoundException;

/**
 * {@code account create --username NAME --role ADMIN|STAFF|FOUNDER [--company ID]}: makes
 * an account, such as the first administrator, on the embedded store or a running
 * server's database, as the import command does. The password comes from standard input
 * or {@value #PASSWORD_VARIABLE}, never from the command line, where other users of the
 * machine could read it; the rules are those of the {@code createAccount} mutation.
 */
public final class AccountCommand {

	/** The environment variable that may hold the new account's password. */
	public static final String PASSWORD_VARIABLE = "UPSTAIRS_ACCOUNT_PASSWORD";

	private static final Map<String, String> OPTIONS = Map.of("--username", "input.username", "--role", "input.role",
			"--company", "input.companyId");

	private final InputStream in;

	private final Console console;

	private final Function<String, String> environment;

	private final PrintStream out;

	private final PrintStream err;

	AccountCommand(InputStream in, Console console, Function<String, String> environment, PrintStream out,
			PrintStream err) {
		this.in = in;
		this.console = console;
		this.environment = environment;
		this.out = out;
		this.err = err;
	}

	/**
	 * Whether the arguments name this command.
	 * @param args the program arguments
	 * @return true for {@code account}
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && args[0].equals("account");
	}

	/**
	 * Runs the command.
	 * @param application the Spring Boot application class
	 * @param args the program arguments, {@code account} first
	 * @return the exit status: 0 created, 1 refused or failed (nothing written), 64 wrong
	 * usage
	 */
	public static int run(Class<?> application, String[] args) {
		return new AccountCommand(System.in, System.console(), System::getenv, System.out, System.err)
			.execute(application, args);
	}

	int execute(Class<?> application, String[] args) {
		if (args.length < 2 || !args[1].equals("create")) {
			return usage();
		}
		Map<String, String> options = new HashMap<>();
		List<String> springArgs = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.equals("--password")) {
				this.err.println("A password on the command line would be visible to every user of the machine: "
						+ "give it on standard input, or in " + PASSWORD_VARIABLE + ".");
				return 64;
			}
			if (OPTIONS.containsKey(name)) {
				String value = arg.contains("=") ? arg.substring(name.length() + 1)
						: (i + 1 < args.length) ? args[++i] : null;
				if (value == null || options.put(name, value) != null) {
					return usage();
				}
			}
			else if (arg.startsWith("--")) {
				springArgs.add(arg);
			}
			else {
				return usage();
			}
		}
		Role role = role(options.get("--role"));
		if (role == null || !options.containsKey("--username")) {
			return usage();
		}
		String password = password(options.get("--username"));
		if (password == null) {
			return 64;
		}
		String username = options.get("--username");
		try {
			Accounts.checkedUsername(username);
			Accounts.checkedPassword(password);
			try (ConfigurableApplicationContext context = CommandContext.start(application, springArgs)) {
				Account account = context.getBean(Accounts.class)
					.create(username, password, role, options.get("--company"));
				this.out.println("Created the " + account.role() + " account '" + account.username() + "'"
						+ ((account.companyId() != null) ? " for company '" + account.companyId() + "'" : "") + ".");
				return 0;
			}
		}
		catch (InvalidInputException ex) {
			return refused(ex.getField(), ex.getMessage());
		}
		catch (NotFoundException ex) {
			return refused(ex.getField(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			this.err.println("upstairs account create failed: " + CommandContext.failureMessage(ex));
			return 1;
		}
	}

	private static Role role(String name) {
		return Arrays.stream(Role.values()).filter((role) -> role.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * The password from the environment, a prompt without echo on a terminal, or the
	 * first line of standard input; null, with the reason told, when there is none.
	 */
	private String password(String username) {
		String fromEnvironment = this.environment.apply(PASSWORD_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return fromEnvironment;
		}
		if (this.console != null) {
			char[] first = this.console.readPassword("Password for %s: ", username);
			char[] again = this.console.readPassword("The same password again: ");
			if (first == null || again == null || !Arrays.equals(first, again)) {
				this.err.println("The two passwords differ.");
				return null;
			}
			return new String(first);
		}
		try {
			String line = new BufferedReader(new InputStreamReader(this.in, StandardCharsets.UTF_8)).readLine();
			if (line != null && !line.isEmpty()) {
				return line;
			}
		}
		catch (IOException ex) {
			// Told below, as no password.
		}
		this.err.println("No password: give it as one line on standard input, or in " + PASSWORD_VARIABLE + ".");
		return null;
	}

	private int refused(String field, String message) {
		String option = OPTIONS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().equals(field))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse("the password");
		this.err.println("Refused: " + option + ": " + message + ".");
		return 1;
	}

	private int usage() {
		this.err.println("""
				Usage:
				  java -jar upstairs.jar account create --username NAME --role ADMIN|STAFF|FOUNDER [--company ID]
				The password is read from standard input (one line; a terminal asks for it twice, without echo)
				or from %s, never from the command line.
				Spring properties may follow, such as --upstairs.neo4j.embedded.enabled=false
				--spring.neo4j.uri=bolt://127.0.0.1:7688 to work through a running service's database."""
			.formatted(PASSWORD_VARIABLE));
		return 64;
	}

}
