package org.upstairs.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string of the console exists in both languages: the catalogues have the
 * same keys, none empty, and every key the scripts name literally ({@code t('area.key')})
 * is in them.
 */
class ConsoleMessagesTests {

	private static final Path CONSOLE = Path.of("src/main/resources/web/console");

	private static final Pattern KEY_IN_SCRIPT = Pattern.compile("\\bt\\(\\s*'([A-Za-z0-9_.-]+)'");

	@Test
	void bothLanguagesHaveTheSameKeysAndNoneIsEmpty() throws IOException {
		Map<String, String> english = catalogue("en");
		Map<String, String> chinese = catalogue("zh-CN");
		assertThat(english).isNotEmpty();
		assertThat(chinese.keySet()).isEqualTo(english.keySet());
		assertThat(english).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
		assertThat(chinese).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
	}

	@Test
	void everyKeyTheScriptsUseIsInTheCatalogues() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> scripts = Files.walk(CONSOLE)) {
			for (Path script : scripts.filter((p) -> p.toString().endsWith(".js") && !p.toString().contains("vendor"))
				.toList()) {
				Matcher matcher = KEY_IN_SCRIPT.matcher(Files.readString(script));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(catalogue("en").keySet()).containsAll(used);
	}

	private static Map<String, String> catalogue(String language) throws IOException {
		Map<String, String> catalogue = new TreeMap<>();
		JsonMapper json = JsonMapper.builder().build();
		try (Stream<Path> files = Files.list(CONSOLE.resolve("i18n").resolve(language))) {
			for (Path file : files.filter((p) -> p.toString().endsWith(".json")).toList()) {
				String area = file.getFileName().toString().replaceFirst("\\.json$", "");
				Map<?, ?> entries = json.readValue(file.toFile(), Map.class);
				entries.forEach((key, value) -> catalogue.put(area + "." + key, String.valueOf(value)));
			}
		}
		return catalogue;
	}

}
