package org.upstairs.console;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The console's routes, each answered with the same page (the app reads the URL), never
 * cached, so that a new release's assets are picked up at once; and the message
 * catalogues, cached as long as the assets they are versioned with.
 */
@Controller
class ConsoleController {

	// As the service's default policy (SecurityConfiguration), but scripts may also be
	// the page's one inline import map, by its hash; styles come only from this service;
	// and the one WebSocket allowed is this service's (not any host's, where a script
	// injected through some future flaw could send data).
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' '%s'; "
			+ "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'%s; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

	private static final Pattern HOST = Pattern
		.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

	private final ConsoleFiles files;

	ConsoleController(ConsoleFiles files) {
		this.files = files;
	}

	@GetMapping(path = { "/", "/sign-in", "/directory", "/directory/**", "/companies/**", "/search", "/building",
			"/recommendations", "/path", "/path/**", "/introductions", "/my-company", "/staff", "/staff/**", "/admin",
			"/admin/**" }, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@RequestParam(name = "lang", required = false) String lang,
			HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy",
					CONTENT_SECURITY_POLICY.formatted(this.files.importMapHash(), ownWebSocket(request)))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.files.page(language(lang, request)));
	}

	@GetMapping(path = "/assets/{version}/messages/{language}.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, String>> messages(@PathVariable String version, @PathVariable String language) {
		Map<String, String> messages = this.files.messages(language);
		if (messages == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok().cacheControl(ConsoleAssets.immutable(version, this.files)).body(messages);
	}

	/**
	 * This service's WebSocket origin as the browser reached it, or nothing if unclear.
	 */
	private static String ownWebSocket(HttpServletRequest request) {
		String host = request.getHeader(HttpHeaders.HOST);
		if (host == null || !HOST.matcher(host).matches()) {
			return "";
		}
		return (request.isSecure() ? " wss://" : " ws://") + host;
	}

	/**
	 * The page's language: {@code ?lang=} (zh or en), else the best of Accept-Language;
	 * the app may still switch to the one the user chose before.
	 */
	static String language(String lang, HttpServletRequest request) {
		if (lang != null) {
			return lang.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh-CN" : "en";
		}
		for (Locale locale : java.util.Collections.list(request.getLocales())) {
			if (locale.getLanguage().equals("zh")) {
				return "zh-CN";
			}
			if (locale.getLanguage().equals("en")) {
				return "en";
			}
		}
		return "en";
	}

}
