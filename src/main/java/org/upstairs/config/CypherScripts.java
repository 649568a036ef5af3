package org.upstairs.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.StreamUtils;

/**
 * Loads the Cypher kept under {@code cypher/} (on the classpath as {@code cypher/}) by
 * name, so that every non-trivial query lives in a {@code .cypher} file and not in a Java
 * string.
 */
public class CypherScripts {

	private static final String ROOT = "cypher/";

	/** A statement ends with a semicolon at the end of a line. */
	private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\R|$)");

	private static final Pattern INCLUDE = Pattern.compile("^\\s*// @include (\\S+)\\s*$");

	private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	private final Map<String, String> cache = new ConcurrentHashMap<>();

	/**
	 * The text of one query file, such as {@code queries/hubs}.
	 * @param name the path below {@code cypher/} without {@code .cypher}
	 * @return the query text
	 */
	public String query(String name) {
		return this.cache.computeIfAbsent(name, (key) -> withIncludes(file(key), 0));
	}

	/**
	 * Replaces each line {@code // @include queries/...} with that file's text, so that
	 * queries sharing a long part keep it in one file. Only files of the project are
	 * included, never input.
	 */
	private String withIncludes(String text, int depth) {
		if (depth > 5) {
			throw new IllegalStateException("Cypher includes nested deeper than 5: is there a cycle?");
		}
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\\R", -1)) {
			var include = INCLUDE.matcher(line);
			if (include.matches()) {
				out.append(withIncludes(file(include.group(1)), depth + 1).stripTrailing());
			}
			else {
				out.append(line);
			}
			out.append('\n');
		}
		return out.toString();
	}

	private String file(String name) {
		return read(this.resolver.getResource("classpath:" + ROOT + name + ".cypher"));
	}

	/**
	 * The statements of every script in a folder below {@code cypher/}, file by file in
	 * name order.
	 * @param folder the folder, such as {@code seed/demo}
	 * @return one entry per file: its name and its statements in order
	 */
	public List<Script> folder(String folder) {
		try {
			Resource[] resources = this.resolver.getResources("classpath*:" + ROOT + folder + "/*.cypher");
			return Arrays.stream(resources)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map((resource) -> new Script(resource.getFilename(), statements(read(resource))))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		for (String part : STATEMENT_END.split(stripComments(script))) {
			String statement = part.strip();
			if (!statement.isEmpty()) {
				statements.add(statement);
			}
		}
		return statements;
	}

	private static String stripComments(String text) {
		StringBuilder kept = new StringBuilder();
		for (String line : text.split("\\R")) {
			if (!line.strip().startsWith("//")) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString();
	}

	private static String read(Resource resource) {
		if (!resource.exists()) {
			throw new IllegalArgumentException("No Cypher script " + resource.getDescription());
		}
		try (var in = resource.getInputStream()) {
			return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A script file split into statements.
	 *
	 * @param name the file name
	 * @param statements the statements in order
	 */
	public record Script(String name, List<String> statements) {
	}

}
