package org.upstairs.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Cypher fixture files from the test class path.
 */
final class Fixtures {

	private Fixtures() {
	}

	static List<String> statements(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".cypher")) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<String> statements = new ArrayList<>();
			for (String part : text.split(";\\s*(\\R|$)")) {
				StringBuilder kept = new StringBuilder();
				for (String line : part.split("\\R")) {
					if (!line.strip().startsWith("//")) {
						kept.append(line).append('\n');
					}
				}
				if (!kept.toString().isBlank()) {
					statements.add(kept.toString());
				}
			}
			return statements;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
