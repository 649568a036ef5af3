package org.upstairs.account;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /session}: who the console is signed in as, and the CSRF token its changes
 * must carry. The sign-in ({@code POST /sign-in}, a form with username and password)
 * answers the same shape; {@code POST /sign-out} ends the session.
 */
@RestController
class SessionEndpoints {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SessionCookies sessions;

	SessionEndpoints(SessionCookies sessions) {
		this.sessions = sessions;
	}

	@GetMapping(path = "/session", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> session(HttpServletRequest request, Authentication authentication) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(describe(this.sessions, request, authentication));
	}

	/**
	 * The account and CSRF token of a console request: none for an anonymous one, and no
	 * token for an API client's (it needs none).
	 */
	static Map<String, Object> describe(SessionCookies sessions, HttpServletRequest request,
			Authentication authentication) {
		Caller caller = Caller.of(authentication);
		Map<String, Object> answer = new LinkedHashMap<>();
		if (caller.isSignedIn()) {
			Map<String, Object> account = new LinkedHashMap<>();
			account.put("username", caller.username());
			account.put("role", caller.role().name());
			account.put("companyId", caller.companyId());
			answer.put("account", account);
		}
		else {
			answer.put("account", null);
		}
		answer.put("csrfToken", sessions.session(request).map(sessions::csrfToken).orElse(null));
		return answer;
	}

	static void writeSession(HttpServletResponse response, Map<String, Object> session) throws IOException {
		response.setStatus(200);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("Cache-Control", "no-store");
		JSON.writeValue(response.getOutputStream(), session);
	}

}
