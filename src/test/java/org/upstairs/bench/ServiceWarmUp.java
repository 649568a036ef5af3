package org.upstairs.bench;

import java.util.List;
import java.util.Locale;

/**
 * Warms the service up before anything is measured, so that the suite reports a running
 * service, not one still compiling its code. On two cores the JIT compilers take minutes
 * to settle after start-up (Cypher's runtime, GraphQL Java and Spring are a lot of code)
 * and, while they work, they take a core from the requests: measured on 2026-11-29 at
 * 100,000 companies, the company page took 164 ms (p50) in the first 15 seconds after
 * readiness and 46 ms three minutes later, with nothing else changed. So every request of
 * the suite is sent in turn, both ways, in rounds of ten seconds, until the compiler
 * threads use less than a tenth of a core in a round, or the time allowed is up. With an
 * external database the threads of both processes count: Cypher compiles in the database
 * process.
 */
final class ServiceWarmUp {

	/**
	 * Compiler CPU per round below which the service counts as warm: a tenth of a core.
	 */
	static final double SETTLED_SHARE = 0.10;

	private static final double ROUND_SECONDS = 10;

	private static final int MIN_ROUNDS = 3;

	/**
	 * What a warm-up took.
	 *
	 * @param seconds how long it ran
	 * @param compilerShare the compiler threads' CPU in the last round, in cores (-1
	 * where /proc cannot tell)
	 * @param settled whether they fell below {@link #SETTLED_SHARE} before the time was
	 * up
	 * @param errors requests that failed during it
	 */
	record Result(double seconds, double compilerShare, boolean settled, long errors) {
	}

	private ServiceWarmUp() {
	}

	static Result run(Deployment deployment, List<Workloads.Workload> workloads, double maxSeconds) throws Exception {
		long started = System.nanoTime();
		double share = -1;
		long errors = 0;
		for (int round = 0; round * ROUND_SECONDS < maxSeconds; round++) {
			long offset = round * 1_000_000L;
			long ticksBefore = deployment.compilerCpuTicks();
			// Both ways, every request kind in turn: request i is workload (i / 2) % n,
			// over GraphQL when i is even and as Cypher when it is odd.
			LoadRun.Result result = LoadRun.run(2, 0, ROUND_SECONDS, (i) -> {
				Workloads.Workload workload = workloads.get((int) ((i / 2) % workloads.size()));
				LoadRun.Request request = (i % 2 == 0 || workload.cypher() == null) ? workload.graphQl()
						: workload.cypher();
				request.send(offset + i / (2L * workloads.size()));
			});
			errors += result.errors();
			long ticks = deployment.compilerCpuTicks() - ticksBefore;
			share = (ticksBefore < 0) ? -1 : ticks / (ServiceProcess.CLOCK_TICKS_PER_SECOND * result.seconds());
			BenchmarkSuite
				.log(String.format(Locale.ROOT, "Warm-up round %d: %d requests, compiler threads %.2f of a core",
						round + 1, result.requests(), share));
			if (share >= 0 && share < SETTLED_SHARE && round + 1 >= MIN_ROUNDS) {
				return new Result(BenchmarkSuite.round((System.nanoTime() - started) / 1e9), share, true, errors);
			}
		}
		return new Result(BenchmarkSuite.round((System.nanoTime() - started) / 1e9), share, false, errors);
	}

}
