package org.upstairs.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.ResultTransformer;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user and password the embedded Neo4j's Bolt port asks for. They are generated on
 * the store's first start with authentication and kept in {@value #FILE_NAME} in the
 * store directory, readable by its owner only; the service, the commands and a person's
 * {@code cypher-shell} read them from there.
 *
 * @param username the Neo4j user, always {@code neo4j}
 * @param password the generated password
 */
public record BoltCredentials(String username, String password) {

	/** The file in the store directory that holds the credentials. */
	public static final String FILE_NAME = "bolt-credentials.properties";

	private static final String USERNAME = "neo4j";

	private static final Logger log = LoggerFactory.getLogger(BoltCredentials.class);

	/**
	 * Where a store keeps its credentials.
	 * @param storeDirectory the embedded store directory
	 * @return the credentials file
	 */
	public static Path file(Path storeDirectory) {
		return storeDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
	}

	/**
	 * Reads a store's credentials.
	 * @param storeDirectory the embedded store directory
	 * @return the credentials, or empty when there is no file
	 * @throws UncheckedIOException when the file cannot be read, such as by another user
	 */
	public static Optional<BoltCredentials> read(Path storeDirectory) {
		Path file = file(storeDirectory);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Neo4j credentials in " + file, ex);
		}
		String password = properties.getProperty("password");
		if (password == null || password.isBlank()) {
			throw new IllegalStateException("No password in " + file + ": delete the file to have a new one made");
		}
		// The user is Neo4j's initial one whatever the file says: that is whose password
		// is set.
		return Optional.of(new BoltCredentials(USERNAME, password));
	}

	/**
	 * A driver's sign-in with these credentials.
	 * @return a basic auth token
	 */
	public AuthToken authToken() {
		return AuthTokens.basic(this.username, this.password);
	}

	@Override
	public String toString() {
		return "BoltCredentials[username=" + this.username + ", password=<hidden>]";
	}

	/**
	 * Reads the store's credentials, or generates them on its first start with
	 * authentication, and offers the password to Neo4j as the initial one. Neo4j takes it
	 * only while user {@code neo4j} still has the default password: on a new store, and
	 * on a store created before authentication was on. Either way before the Bolt port
	 * opens.
	 */
	static BoltCredentials prepare(Path home) {
		BoltCredentials credentials = read(home).orElseGet(() -> create(home));
		try {
			Path initial = initialPasswordFile(home);
			Files.createDirectories(initial.getParent());
			Files.deleteIfExists(initial);
			FileUserRepository repository = new FileUserRepository(new DefaultFileSystemAbstraction(), initial,
					NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
			repository.start();
			repository.create(new User(credentials.username(), null,
					SystemGraphCredential.createCredentialForPassword(
							credentials.password().getBytes(StandardCharsets.UTF_8), new SecureHasher()),
					false, false));
			repository.shutdown();
			return credentials;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot offer Neo4j the password in " + file(home), ex);
		}
	}

	/**
	 * Makes sure the running server accepts the credentials, once the initial password
	 * had its chance. It does not when the file was lost or the password changed since:
	 * then the file's password is set, which takes Neo4j seconds.
	 */
	void enforce(DatabaseManagementService dbms, Path home) {
		try {
			Files.deleteIfExists(initialPasswordFile(home));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		AuthManager auth = db.getDependencyResolver().resolveDependency(AuthManager.class);
		AuthenticationResult result;
		try {
			result = auth
				.login(org.neo4j.kernel.api.security.AuthToken.newBasicAuthToken(this.username, this.password),
						ClientConnectionInfo.EMBEDDED_CONNECTION)
				.subject()
				.getAuthenticationResult();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot check the Neo4j credentials in " + file(home), ex);
		}
		if (result != AuthenticationResult.SUCCESS) {
			log.warn("Neo4j did not accept the credentials in {} ({}); setting that password for user {}", file(home),
					result, this.username);
			// Neo4j's first administration command compiles for seconds: more than the
			// transaction timeout on a busy machine.
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER " + USERNAME + " SET PASSWORD $password CHANGE NOT REQUIRED",
						Map.of("password", this.password), ResultTransformer.EMPTY_TRANSFORMER, Duration.ofMinutes(5));
		}
	}

	private static BoltCredentials create(Path home) {
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		BoltCredentials credentials = new BoltCredentials(USERNAME,
				Base64.getUrlEncoder().withoutPadding().encodeToString(random));
		Path file = file(home);
		try {
			Files.createDirectories(home);
			// Written aside and moved in, so that no reader sees half a file and of two
			// first starts at once only one makes it.
			Path draft = Files.createTempFile(home, FILE_NAME, ".new", ownerOnly());
			try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
				writer
					.write("# Sign-in of the embedded Neo4j's Bolt port, made on its first start. Keep it private.\n");
				writer.write("username=" + credentials.username() + "\npassword=" + credentials.password() + "\n");
			}
			try {
				Files.move(draft, file);
			}
			catch (FileAlreadyExistsException ex) {
				Files.delete(draft);
				return read(home).orElseThrow();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Generated the embedded Neo4j's Bolt credentials in {}", file);
		return credentials;
	}

	/** rw------- where the file system knows POSIX permissions. */
	private static FileAttribute<?>[] ownerOnly() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[] {
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

	/** Neo4j's {@code neo4j-admin dbms set-initial-password} writes this file. */
	private static Path initialPasswordFile(Path home) {
		return CommunitySecurityModule
			.getInitialUserRepositoryFile(Config.defaults(GraphDatabaseSettings.neo4j_home, home));
	}

}
