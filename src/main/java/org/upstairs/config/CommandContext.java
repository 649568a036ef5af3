package org.upstairs.config;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * The Spring context a command line command runs in: the whole service without its web
 * server, on the embedded store or, with {@code --upstairs.neo4j.embedded.enabled=false
 * --spring.neo4j.uri=...}, on a running server's database.
 */
public final class CommandContext {

	private CommandContext() {
	}

	/**
	 * Starts the context.
	 * @param application the Spring Boot application class
	 * @param springArgs the command's arguments that are Spring properties
	 * @return the started context, for the caller to close
	 */
	public static ConfigurableApplicationContext start(Class<?> application, List<String> springArgs) {
		RunningServerCredentials credentials = new RunningServerCredentials();
		try {
			return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.listeners(new CommandProperties(), credentials)
				.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			if (causeOfType(ex, AuthenticationException.class) != null) {
				throw new CommandFailedException(credentials.refused(ex), ex);
			}
			throw ex;
		}
	}

	/**
	 * Why a command failed, in one line for the person who ran it.
	 * @param ex the failure
	 * @return the message of a failure written for people, else the root cause's
	 */
	public static String failureMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof CommandFailedException || cause instanceof EmbeddedStoreLockedException) {
				return cause.getMessage();
			}
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * The settings a command runs with. A command works on the data it is given: no demo
	 * data loaded on the side, and no matching, so no in-memory matching graph re-reading
	 * every batch the import writes; and only warnings logged, under the progress bar.
	 * <p>
	 * They rank just below the command line and above {@code application.yml}. Spring's
	 * default properties would rank below the YAML, which turns the matching graph on.
	 */
	static final class CommandProperties implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		private static final Map<String, Object> SETTINGS = Map.of("upstairs.demo.auto-activate", false,
				"upstairs.matching.replica.enabled", false, "logging.level.root", "warn", "logging.level.org.upstairs",
				"warn",
				// A command that cannot start says why on one line of its own; these
				// would add the stack trace, the failure analysis and the cancelled
				// refresh.
				"logging.level.org.springframework.boot.SpringApplication", "off",
				"logging.level.org.springframework.boot.diagnostics", "off",
				"logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "error");

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			MutablePropertySources sources = event.getEnvironment().getPropertySources();
			MapPropertySource settings = new MapPropertySource("upstairsCommand", SETTINGS);
			if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
				sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, settings);
			}
			else {
				sources.addFirst(settings);
			}
		}

		/**
		 * Before the YAML is read and logging is set up, which both happen on this event.
		 */
		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	/**
	 * A command pointed at a server on this machine, with no credentials of its own,
	 * signs in with those of the embedded store in
	 * {@code upstairs.neo4j.embedded.directory}: the running service's, when the command
	 * runs as its user with its settings. Never sent to another machine.
	 */
	static final class RunningServerCredentials
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		private Path file;

		private URI uri;

		private String readFailure;

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			ConfigurableEnvironment environment = event.getEnvironment();
			this.uri = URI.create(environment.getProperty("spring.neo4j.uri", "bolt://localhost:7687"));
			Path store = Path.of(environment.getProperty("upstairs.neo4j.embedded.directory", "data/neo4j"));
			this.file = BoltCredentials.file(store);
			if (environment.getProperty("upstairs.neo4j.embedded.enabled", Boolean.class, true)
					|| environment.containsProperty("spring.neo4j.authentication.username") || !isLoopback(this.uri)) {
				return;
			}
			try {
				BoltCredentials.read(store)
					.ifPresent((credentials) -> environment.getPropertySources()
						.addLast(new MapPropertySource("embeddedBoltCredentials",
								Map.of("spring.neo4j.authentication.username", credentials.username(),
										"spring.neo4j.authentication.password", credentials.password()))));
			}
			catch (RuntimeException ex) {
				this.readFailure = failureMessage(ex);
			}
		}

		String refused(Throwable ex) {
			return "Neo4j at " + this.uri + " refused the sign-in (" + failureMessage(ex) + "). A command pointed at "
					+ "the embedded Neo4j of a service on this machine signs in with the credentials in " + this.file
					+ ((this.readFailure != null) ? " (unreadable here: " + this.readFailure + ")" : "")
					+ ": run it as the service's user, with the service's upstairs.neo4j.embedded.directory; for "
					+ "another server give --spring.neo4j.authentication.username and the password in "
					+ "SPRING_NEO4J_AUTHENTICATION_PASSWORD.";
		}

		private static boolean isLoopback(URI uri) {
			try {
				return uri.getHost() != null && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
			}
			catch (java.net.UnknownHostException ex) {
				return false;
			}
		}

		/** After the YAML is read, so that its settings count. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/** A command's failure, explained for the person who ran it. */
	static final class CommandFailedException extends RuntimeException {

		CommandFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
