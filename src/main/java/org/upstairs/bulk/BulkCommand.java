package org.upstairs.bulk;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.upstairs.config.CommandContext;

/**
 * The command line: {@code import FILE... [--skip-invalid] [--dry-run]} and
 * {@code export FILE}, run against the configured database (the embedded store, or
 * {@code --spring.neo4j.uri=...} with {@code --upstairs.neo4j.embedded.enabled=false});
 * and {@code generate}, which needs no database. Arguments that are not the command's own
 * go to Spring as properties.
 */
public final class BulkCommand {

	private static final List<String> COMMANDS = List.of("import", "export", "generate");

	private final PrintStream out;

	private final PrintStream err;

	BulkCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * Whether the arguments name a command rather than start the service.
	 * @param args the program arguments
	 * @return true for {@code import}, {@code export} and {@code generate}
	 */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	/**
	 * Runs a command.
	 * @param application the Spring Boot application class
	 * @param args the program arguments, the command first
	 * @return the exit status: 0 done, 1 refused or failed (nothing written), 2 imported
	 * with rows skipped, 64 wrong usage
	 */
	public static int run(Class<?> application, String[] args) {
		return new BulkCommand(System.out, System.err).execute(application, args);
	}

	int execute(Class<?> application, String[] args) {
		List<String> files = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		boolean skipInvalid = false;
		boolean dryRun = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--skip-invalid")) {
				skipInvalid = true;
			}
			else if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (arg.startsWith("--")) {
				springArgs.add(arg);
			}
			else {
				files.add(arg);
			}
		}
		String command = args[0];
		if (command.equals("generate")) {
			return generate(springArgs, files);
		}
		if (files.isEmpty() || (command.equals("export") && files.size() != 1)) {
			return usage();
		}
		try (ConfigurableApplicationContext context = CommandContext.start(application, springArgs)) {
			if (command.equals("import")) {
				return importFiles(context.getBean(BulkImport.class), files, skipInvalid, dryRun);
			}
			return exportTo(context.getBean(BulkExport.class), Path.of(files.get(0)));
		}
		catch (RuntimeException ex) {
			this.err.println("upstairs " + command + " failed: " + CommandContext.failureMessage(ex));
			return 1;
		}
	}

	private int importFiles(BulkImport bulkImport, List<String> names, boolean skipInvalid, boolean dryRun) {
		List<ImportFile> files = new ArrayList<>();
		for (String name : names) {
			Path path = Path.of(name);
			if (!Files.isRegularFile(path)) {
				this.err.println("No such file: " + name);
				return 1;
			}
			files.add(ImportFile.of(path));
		}
		ProgressBar bar = new ProgressBar(this.err);
		ImportReport report = bulkImport.importFiles(files, skipInvalid, dryRun, bar);
		bar.done();
		report.problems().forEach((problem) -> this.err.println(problem));
		if (report.problemCount() > report.problems().size()) {
			this.err.printf("... and %,d more problems%n", report.problemCount() - report.problems().size());
		}
		if (dryRun) {
			return dryRun(report, skipInvalid);
		}
		if (!report.imported()) {
			this.err.printf("Nothing imported: %,d problems. Fix them, or import the good rows with --skip-invalid.%n",
					report.problemCount());
			return 1;
		}
		double seconds = Math.max(report.millis(), 1) / 1000.0;
		this.out.printf(Locale.ROOT, "Imported in %.1f s: %s; %,d nodes and %,d relationships created%s%n", seconds,
				report.rowsWritten(), report.nodesCreated(), report.relationshipsCreated(), (report.companies() > 0)
						? String.format(Locale.ROOT, "; %,.0f companies/s", report.companies() / seconds) : "");
		if (report.rowsRefused() > 0) {
			this.err.printf("%,d rows skipped as invalid.%n", report.rowsRefused());
			return 2;
		}
		return 0;
	}

	/** Reports a dry run; the exit status is the one the same import would have. */
	private int dryRun(ImportReport report, boolean skipInvalid) {
		this.out.printf(Locale.ROOT, "Dry run, nothing written: %,d problems; valid rows %s; new items %s%n",
				report.problemCount(), report.rowsValid(), report.newItems());
		if (report.problemCount() > 0 && !skipInvalid) {
			return 1;
		}
		return (report.rowsRefused() > 0) ? 2 : 0;
	}

	private int exportTo(BulkExport export, Path path) {
		long start = System.nanoTime();
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(path))) {
			Map<String, Integer> counts = export.export(file);
			this.out.printf(Locale.ROOT, "Exported to %s in %.1f s: %s%n", path, (System.nanoTime() - start) / 1e9,
					counts);
			return 0;
		}
		catch (java.io.IOException ex) {
			this.err.println("Cannot write " + path + ": " + ex.getMessage());
			return 1;
		}
	}

	private int generate(List<String> options, List<String> files) {
		Integer companies = null;
		long seed = 42;
		for (String option : options) {
			try {
				if (option.startsWith("--companies=")) {
					companies = Integer.valueOf(option.substring("--companies=".length()));
				}
				else if (option.startsWith("--seed=")) {
					seed = Long.parseLong(option.substring("--seed=".length()));
				}
				else {
					return usage();
				}
			}
			catch (NumberFormatException ex) {
				return usage();
			}
		}
		if (companies == null || companies < 1 || files.size() != 1) {
			return usage();
		}
		Path path = Path.of(files.get(0));
		long start = System.nanoTime();
		HubGenerator generator = new HubGenerator(companies, seed);
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(path))) {
			generator.write(file);
		}
		catch (java.io.IOException ex) {
			this.err.println("Cannot write " + path + ": " + ex.getMessage());
			return 1;
		}
		this.out.printf(Locale.ROOT, "Generated %s in %.1f s (seed %d): %s%n", path, (System.nanoTime() - start) / 1e9,
				seed, generator.counts());
		return 0;
	}

	private int usage() {
		this.err.println("""
				Usage:
				  java -jar upstairs.jar import FILE... [--skip-invalid] [--dry-run]
				                                                           JSON or CSV files, see docs/import-format.md;
				                                                           --dry-run checks them and writes nothing
				  java -jar upstairs.jar export FILE                       the whole directory as JSON
				  java -jar upstairs.jar generate --companies=N [--seed=S] FILE
				Spring properties may follow, such as --spring.neo4j.uri=bolt://host:7687
				--upstairs.neo4j.embedded.enabled=false to work on a running server.""");
		return 64;
	}

	/**
	 * A one-line progress bar with rate and time left, redrawn at most five times a
	 * second.
	 */
	static final class ProgressBar implements ImportProgress {

		private static final int WIDTH = 30;

		private final PrintStream out;

		private long total;

		private long started;

		private long lastDrawn;

		private final long readingStarted = System.nanoTime();

		ProgressBar(PrintStream out) {
			this.out = out;
		}

		@Override
		public void writing(long totalRows) {
			this.total = totalRows;
			this.started = System.nanoTime();
			this.out.printf(Locale.ROOT, "Read and checked the files in %.1f s; writing %,d rows%n",
					(this.started - this.readingStarted) / 1e9, totalRows);
		}

		@Override
		public void written(String section, long rowsDone) {
			long now = System.nanoTime();
			if (now - this.lastDrawn < 200_000_000L && rowsDone < this.total) {
				return;
			}
			this.lastDrawn = now;
			this.out.print("\r" + line(section, rowsDone, (now - this.started) / 1e9));
			this.out.flush();
		}

		void done() {
			if (this.lastDrawn != 0) {
				this.out.println();
			}
		}

		String line(String section, long done, double seconds) {
			double fraction = (this.total == 0) ? 1 : Math.min(1, (double) done / this.total);
			int filled = (int) Math.round(fraction * WIDTH);
			double rate = (seconds > 0) ? done / seconds : 0;
			long left = (rate > 0) ? Math.round((this.total - done) / rate) : 0;
			return String.format(Locale.ROOT, "[%s%s] %3d%% %,d/%,d rows  %,.0f rows/s  ETA %ds  %-22s",
					"#".repeat(filled), "-".repeat(WIDTH - filled), Math.round(fraction * 100), done, this.total, rate,
					left, section);
		}

	}

}
