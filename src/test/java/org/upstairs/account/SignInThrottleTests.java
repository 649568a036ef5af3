package org.upstairs.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The throttle's arithmetic on a clock the test turns: windows, growing locks, the bound
 * on its memory and on BCrypt checks at once. AuthenticationTests shows it over HTTP.
 */
class SignInThrottleTests {

	private static final String ADDRESS = "203.0.113.7";

	private final TestClock clock = new TestClock();

	// 3 failures per username in 10 min, 5 per address in 1 min; locks of 1 to 4 min.
	private SignInThrottle throttle(int passwordChecks, int maxTracked) {
		return new SignInThrottle(
				new SignInSettings(3, Duration.ofMinutes(10), 5, Duration.ofMinutes(1), Duration.ofMinutes(1),
						Duration.ofMinutes(4), passwordChecks, Duration.ofMillis(200), maxTracked, false),
				this.clock);
	}

	@Test
	void failuresLockAUsernameForAGrowingTimeUntilItHasBeenQuietForAWindow() {
		SignInThrottle throttle = throttle(1, 100);
		failTimes(throttle, "alice", 3);
		assertThat(lockedFor(throttle, "alice")).isEqualTo(Duration.ofMinutes(1));
		assertThatNoException().isThrownBy(() -> throttle.checkNotLocked("bob", null));

		// Each further lock lasts twice as long, at most max-lock-time.
		for (Duration expected : new Duration[] { Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(4) }) {
			this.clock.advance(lockedFor(throttle, "alice"));
			failTimes(throttle, "alice", 3);
			assertThat(lockedFor(throttle, "alice")).isEqualTo(expected);
		}

		// A window's quiet after the lock: the next lock is short again.
		this.clock.advance(Duration.ofMinutes(4 + 10));
		failTimes(throttle, "alice", 3);
		assertThat(lockedFor(throttle, "alice")).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		SignInThrottle throttle = throttle(1, 100);
		failTimes(throttle, "alice", 2);
		this.clock.advance(Duration.ofMinutes(10));
		failTimes(throttle, "alice", 2);
		assertThat(lockedFor(throttle, "alice")).isZero();
		failTimes(throttle, "alice", 1);
		assertThat(lockedFor(throttle, "alice")).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void anAddressIsLockedForEveryUsernameAndSuccessClearsOnlyTheUsername() {
		SignInThrottle throttle = throttle(1, 100);
		for (int i = 0; i < 4; i++) {
			fail(throttle, "user-" + i, ADDRESS);
		}
		throttle.signedIn("user-0");
		fail(throttle, "user-4", ADDRESS);
		assertThat(catchThrowableOfType(SignInRefusedException.class, () -> throttle.checkNotLocked("anyone", ADDRESS))
			.retryAfterSeconds()).isEqualTo(60);
		assertThatNoException().isThrownBy(() -> throttle.checkNotLocked("anyone", "203.0.113.8"));
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64() {
		SignInThrottle throttle = throttle(1, 100);
		for (int i = 0; i < 5; i++) {
			fail(throttle, "user-" + i, "2001:db8:1:2:0:0:0:" + (i + 1));
		}
		assertThatNoException().isThrownBy(() -> throttle.checkNotLocked("anyone", "2001:db8:1:3::1"));
		assertThat(catchThrowableOfType(SignInRefusedException.class,
				() -> throttle.checkNotLocked("anyone", "2001:db8:1:2:ffff::1")))
			.isNotNull();
	}

	@Test
	void itRemembersAtMostMaxTrackedKeysDroppingQuietOnes() {
		SignInThrottle throttle = throttle(1, 10);
		for (int i = 0; i < 50; i++) {
			fail(throttle, "user-" + i, null);
		}
		assertThat(throttle.tracked()).isEqualTo(10);
		// A window later those are quiet and make room.
		this.clock.advance(Duration.ofMinutes(11));
		fail(throttle, "newcomer", null);
		fail(throttle, "newcomer", null);
		fail(throttle, "newcomer", null);
		assertThat(lockedFor(throttle, "newcomer")).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.tracked()).isEqualTo(1);
	}

	@Test
	void passwordChecksWaitForATurnAndAreRefusedWhenNoneComes() throws Exception {
		SignInThrottle throttle = throttle(1, 100);
		CountDownLatch checking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<Boolean> slow = executor.submit(() -> throttle.check("alice", ADDRESS, () -> {
				checking.countDown();
				await(release);
				return true;
			}));
			checking.await(5, TimeUnit.SECONDS);
			AtomicInteger ran = new AtomicInteger();
			SignInRefusedException busy = catchThrowableOfType(SignInRefusedException.class,
					() -> throttle.check("bob", ADDRESS, () -> ran.incrementAndGet() > 0));
			assertThat(busy.status().value()).isEqualTo(429);
			assertThat(busy.retryAfterSeconds()).isEqualTo(1);
			assertThat(busy.getMessage()).isEqualTo("Too many sign-ins at once; try again in 1 s");
			assertThat(ran).hasValue(0);
			release.countDown();
			assertThat(slow.get(5, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void aSignInThatWaitedIsRefusedWithoutACheckWhenItsUsernameWasLockedMeanwhile() {
		SignInThrottle throttle = throttle(1, 100);
		AtomicInteger ran = new AtomicInteger();
		// Two sign-ins passed the first look before the third failure locked alice.
		failTimes(throttle, "alice", 3);
		assertThat(catchThrowableOfType(SignInRefusedException.class,
				() -> throttle.check("alice", null, () -> ran.incrementAndGet() > 0)))
			.isNotNull();
		assertThat(ran).hasValue(0);
	}

	private void failTimes(SignInThrottle throttle, String username, int times) {
		for (int i = 0; i < times; i++) {
			fail(throttle, username, null);
		}
	}

	private static void fail(SignInThrottle throttle, String username, String address) {
		assertThat(throttle.check(username, address, () -> false)).isFalse();
	}

	private static Duration lockedFor(SignInThrottle throttle, String username) {
		try {
			throttle.checkNotLocked(username, null);
			return Duration.ZERO;
		}
		catch (SignInRefusedException ex) {
			return Duration.ofSeconds(ex.retryAfterSeconds());
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** A clock that moves only when told to. */
	private static final class TestClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
