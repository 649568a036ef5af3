package org.upstairs.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's files in this jar ({@code classpath:web/console/}), read once: their
 * fingerprint, which versions every asset URL so that browsers may cache them for a year;
 * the import map that names the WebJars' modules; the page every console route answers;
 * and the message catalogues, one per language, merged from one file per area.
 */
@Component
class ConsoleFiles {

	static final List<String> LANGUAGES = List.of("en", "zh-CN");

	private static final String ROOT = "classpath*:/web/console/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String version;

	private final String importMap;

	private final String importMapHash;

	private final Map<String, Map<String, String>> messages = new LinkedHashMap<>();

	// The areas' stylesheets (css/*.css), linked after the frame's console.css.
	private final List<String> stylesheets;

	ConsoleFiles() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Resource[] files = resolver.getResources(ROOT + "**/*.*");
		Arrays.sort(files, Comparator.comparing(ConsoleFiles::path));
		MessageDigest digest = sha256();
		for (Resource file : files) {
			digest.update(path(file).getBytes(StandardCharsets.UTF_8));
			try (InputStream in = file.getInputStream()) {
				digest.update(in.readAllBytes());
			}
		}
		this.version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		this.stylesheets = Arrays.stream(files)
			.map(ConsoleFiles::path)
			.filter((path) -> path.matches("/web/console/css/[^/]+\\.css"))
			.map((path) -> path.substring("/web/console/".length()))
			.toList();
		String assets = "/assets/" + this.version + "/";
		Map<String, String> imports = new LinkedHashMap<>();
		String preact = "/webjars/preact/" + webJarVersion("preact") + "/";
		imports.put("preact", preact + "dist/preact.module.js");
		imports.put("preact/hooks", preact + "hooks/dist/hooks.module.js");
		imports.put("htm", assets + "vendor/htm/htm.module.js");
		imports.put("graphql-ws", "/webjars/graphql-ws/" + webJarVersion("graphql-ws") + "/lib/client.mjs");
		imports.put("@console/", assets);
		this.importMap = JSON.writeValueAsString(Map.of("imports", imports));
		this.importMapHash = "sha256-"
				+ Base64.getEncoder().encodeToString(sha256().digest(this.importMap.getBytes(StandardCharsets.UTF_8)));
		for (String language : LANGUAGES) {
			Map<String, String> catalogue = new TreeMap<>();
			Resource[] areas = resolver.getResources(ROOT + "i18n/" + language + "/*.json");
			for (Resource area : areas) {
				String prefix = area.getFilename().replaceFirst("\\.json$", "");
				Map<String, Object> entries = JSON.readValue(area.getInputStream(), Map.class);
				entries.forEach((key, value) -> catalogue.put(prefix + "." + key, String.valueOf(value)));
			}
			this.messages.put(language, catalogue);
		}
	}

	/** The fingerprint of the console's files, in every asset URL. */
	String version() {
		return this.version;
	}

	/**
	 * The CSP source that lets the page's inline import map, and nothing else inline,
	 * run.
	 */
	String importMapHash() {
		return this.importMapHash;
	}

	/**
	 * The messages of a language, keyed {@code area.key}; null for an unknown language.
	 */
	Map<String, String> messages(String language) {
		return this.messages.get(language);
	}

	/** The page of every console route: the app decides what to draw from the URL. */
	String page(String language) {
		String assets = "/assets/" + this.version + "/";
		return """
				<!doctype html>
				<html lang="%1$s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<meta name="color-scheme" content="light">
				<title>Upstairs</title>
				<link rel="icon" href="%2$sicon.svg" type="image/svg+xml">
				<link rel="stylesheet" href="%2$sconsole.css">
				%6$s
				<script type="importmap">%3$s</script>
				<link rel="modulepreload" href="%2$sapp.js">
				<script type="module" src="%2$sapp.js"></script>
				</head>
				<body>
				<div id="app" data-version="%4$s"><noscript>%5$s</noscript></div>
				</body>
				</html>
				""".formatted(HtmlUtils.htmlEscape(language), assets, this.importMap, this.version,
				language.startsWith("zh") ? "Upstairs 控制台需要启用 JavaScript。" : "The Upstairs console needs JavaScript.",
				this.stylesheets.stream()
					.map((css) -> "<link rel=\"stylesheet\" href=\"" + assets + css + "\">")
					.collect(java.util.stream.Collectors.joining("\n")));
	}

	private static String path(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.indexOf("/web/console/"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String webJarVersion(String artifact) {
		try (InputStream in = ConsoleFiles.class
			.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		}
		catch (IOException | NullPointerException ex) {
			throw new IllegalStateException("The WebJar " + artifact + " is missing from the class path", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
