package org.upstairs.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is always an active administrator: the last one can be neither demoted nor
 * disabled, not even by two administrators demoting each other at once; and of several
 * instances creating the first administrator at once, one does.
 */
class LastAdministratorTests extends IntegrationTest {

	private static final String SECOND_ADMIN = "admin-two";

	@Autowired
	Accounts accounts;

	/** One thread for each racer, so that they really run at once. */
	private final ExecutorService threads = Executors.newFixedThreadPool(6);

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	/**
	 * Demotions here would outlive the test: the test accounts are only created when
	 * missing.
	 */
	@AfterEach
	void restoreTestAccounts() {
		this.threads.shutdownNow();
		resetGraphTo("chain");
	}

	@Test
	void theOnlyAdministratorCanBeNeitherDemotedNorDisabled() {
		String[][] cases = { { "role: STAFF", "input.role" },
				{ "role: FOUNDER, companyId: \"alpha-compute\"", "input.role" }, { "disabled: true", "input.disabled" },
				{ "role: STAFF, disabled: true", "input.role" } };
		for (String[] change : cases) {
			List<String> before = graphSnapshot();

			List<ResponseError> errors = updateAccount(ADMIN, ADMIN, change[0]);

			assertThat(errors).as(change[0]).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("field", change[1]);
				assertThat(error.getMessage()).contains("no active administrator");
			});
			assertThat(graphSnapshot()).as(change[0]).isEqualTo(before);
		}
		// Changes that keep it an active administrator still go through.
		assertThat(updateAccount(ADMIN, ADMIN, "role: ADMIN, disabled: false")).isEmpty();
	}

	@Test
	void aDisabledAdministratorDoesNotCountButAnActiveOneLetsTheOtherGo() {
		createSecondAdmin();
		assertThat(updateAccount(ADMIN, SECOND_ADMIN, "disabled: true")).isEmpty();
		List<String> before = graphSnapshot();

		assertThat(updateAccount(ADMIN, ADMIN, "role: STAFF")).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "input.role"));
		assertThat(graphSnapshot()).isEqualTo(before);

		assertThat(updateAccount(ADMIN, SECOND_ADMIN, "disabled: false")).isEmpty();
		assertThat(updateAccount(ADMIN, ADMIN, "role: STAFF")).isEmpty();
		assertThat(activeAdmins()).containsExactly(SECOND_ADMIN);
	}

	@Test
	void ofTwoAdministratorsDemotingEachOtherAtOnceOneSucceeds() throws Exception {
		createSecondAdmin();
		// Straight to the accounts service, without the sign-in's BCrypt check, so that
		// the two transactions overlap.
		for (int round = 0; round < 20; round++) {
			CountDownLatch start = new CountDownLatch(1);
			CompletableFuture<Boolean> first = CompletableFuture
				.supplyAsync(() -> afterLatch(start, () -> demoted(SECOND_ADMIN)), this.threads);
			CompletableFuture<Boolean> second = CompletableFuture
				.supplyAsync(() -> afterLatch(start, () -> demoted(ADMIN)), this.threads);
			start.countDown();

			assertThat(List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS))).as("round %d", round)
				.containsOnlyOnce(true);
			List<String> admins = activeAdmins();
			assertThat(admins).as("round %d", round).hasSize(1);
			// Promoted again for the next round.
			this.accounts.update(admins.contains(ADMIN) ? SECOND_ADMIN : ADMIN, Role.ADMIN, null, null, null);
		}
	}

	@Test
	void severalInstancesCreatingTheFirstAdministratorAtOnceCreateOne() throws Exception {
		this.driver.executableQuery("MATCH (a:Account {role: 'ADMIN'}) DELETE a").execute();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Boolean>> instances = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			String username = "first-admin-" + i;
			instances.add(CompletableFuture.supplyAsync(
					() -> afterLatch(start, () -> this.accounts.createFirstAdmin(username, TEST_PASSWORD).isPresent()),
					this.threads));
		}
		start.countDown();
		long created = 0;
		for (CompletableFuture<Boolean> instance : instances) {
			created += instance.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}

		assertThat(created).isOne();
		assertThat(activeAdmins()).singleElement().asString().startsWith("first-admin-");
		// Once there is one, nobody else is made administrator that way.
		assertThat(this.accounts.createFirstAdmin("late-admin", TEST_PASSWORD)).isEmpty();
		assertThat(activeAdmins()).hasSize(1);
	}

	/**
	 * Whether the account was demoted to staff, rather than refused as the last
	 * administrator.
	 */
	private boolean demoted(String username) {
		try {
			this.accounts.update(username, Role.STAFF, null, null, null);
			return true;
		}
		catch (InvalidInputException ex) {
			assertThat(ex.getField()).isEqualTo("input.role");
			return false;
		}
	}

	private void createSecondAdmin() {
		graphQlAs(ADMIN)
			.document("mutation { createAccount(input: {username: \"" + SECOND_ADMIN + "\", password: \""
					+ TEST_PASSWORD + "\", role: ADMIN}) { account { id } } }")
			.execute()
			.errors()
			.verify();
	}

	private List<ResponseError> updateAccount(String caller, String username, String change) {
		AtomicReference<List<ResponseError>> errors = new AtomicReference<>();
		graphQlAs(caller)
			.document("mutation { updateAccount(input: {username: \"" + username + "\", " + change
					+ "}) { account { role disabled } } }")
			.execute()
			.errors()
			.satisfy(errors::set);
		return errors.get();
	}

	private List<String> activeAdmins() {
		return this.driver.executableQuery(
				"""
						MATCH (a:Account {role: 'ADMIN'}) WHERE NOT a.disabled RETURN a.username AS username ORDER BY username""")
			.execute()
			.records()
			.stream()
			.map((record) -> record.get("username").asString())
			.toList();
	}

	private static <T> T afterLatch(CountDownLatch start, java.util.function.Supplier<T> action) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return action.get();
	}

}
