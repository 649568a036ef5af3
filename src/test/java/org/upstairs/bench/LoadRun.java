package org.upstairs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * Runs one kind of request in a closed loop: {@code concurrency} callers, each sending
 * the next request as soon as the last is answered, first for a warm-up that is not
 * recorded, then for the measured time. Request {@code i} gets the i-th parameters, so
 * that every run of a workload walks the same parameter list.
 */
final class LoadRun {

	/** One request; its argument is the request's number, to pick its parameters. */
	@FunctionalInterface
	interface Request {

		void send(long number) throws Exception;

	}

	/**
	 * Latencies and throughput of a run.
	 *
	 * @param requests how many requests were measured
	 * @param seconds how long the measured part took
	 * @param p50Millis the median latency
	 * @param p95Millis the 95th percentile
	 * @param p99Millis the 99th percentile
	 * @param maxMillis the slowest * @param meanMillis the mean
	 * @param errors requests that failed, left out of the latencies
	 * @param firstError what the first failure said
	 */
	record Result(long requests, double seconds, double p50Millis, double p95Millis, double p99Millis, double maxMillis,
			double meanMillis, long errors, String firstError) {

		double perSecond() {
			return this.requests / this.seconds;
		}

	}

	private LoadRun() {
	}

	static Result run(int concurrency, double warmupSeconds, double seconds, Request request) throws Exception {
		AtomicLong next = new AtomicLong();
		loop(concurrency, warmupSeconds, request, next, new Errors());
		long started = System.nanoTime();
		Errors errors = new Errors();
		List<Histogram> histograms = loop(concurrency, seconds, request, next, errors);
		double elapsed = (System.nanoTime() - started) / 1e9;
		Histogram all = new Histogram(3);
		histograms.forEach(all::add);
		return new Result(all.getTotalCount(), elapsed, millis(all.getValueAtPercentile(50)),
				millis(all.getValueAtPercentile(95)), millis(all.getValueAtPercentile(99)), millis(all.getMaxValue()),
				all.getMean() / 1000.0, errors.count.get(), errors.first.get());
	}

	/**
	 * Failed requests are counted, not timed: a fast failure must not look like speed.
	 */
	private static final class Errors {

		private final AtomicLong count = new AtomicLong();

		private final AtomicReference<String> first = new AtomicReference<>();

	}

	private static List<Histogram> loop(int concurrency, double seconds, Request request, AtomicLong next,
			Errors errors) throws Exception {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		ExecutorService callers = Executors.newFixedThreadPool(concurrency);
		try {
			List<Future<Histogram>> results = new ArrayList<>();
			for (int i = 0; i < concurrency; i++) {
				results.add(callers.submit(() -> {
					// Microseconds, up to a minute, three significant digits.
					Histogram latencies = new Histogram(60_000_000L, 3);
					while (System.nanoTime() < deadline) {
						long number = next.getAndIncrement();
						long start = System.nanoTime();
						try {
							request.send(number);
							latencies.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
						}
						catch (RuntimeException ex) {
							errors.count.incrementAndGet();
							errors.first.compareAndSet(null, String.valueOf(ex.getMessage()));
						}
					}
					return latencies;
				}));
			}
			List<Histogram> histograms = new ArrayList<>();
			for (Future<Histogram> result : results) {
				histograms.add(result.get());
			}
			return histograms;
		}
		finally {
			callers.shutdownNow();
		}
	}

	private static double millis(long micros) {
		return micros / 1000.0;
	}

}
