package org.upstairs.graphql;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a {@code /graphql} body larger than {@link RequestLimits#maxBodySize()} with
 * 413 and a GraphQL-shaped error before it is read: by its Content-Length when it
 * declares one, else (chunked) by reading at most one byte more than the limit. It runs
 * after Spring Security, so wrong credentials are refused first, also unread.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final String path;

	private final int maxBodySize;

	RequestBodyLimit(GraphQlProperties graphQl, RequestLimits limits) {
		this.path = graphQl.getHttp().getPath();
		this.maxBodySize = (int) limits.maxBodySize().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals(request.getContextPath() + this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBodySize) {
			refuse(response, declared);
			return;
		}
		if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
			// The server reads no more than a declared length.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBodySize + 1);
		if (body.length > this.maxBodySize) {
			refuse(response, null);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private void refuse(HttpServletResponse response, Long actual) throws IOException {
		RequestLimitExceeded refusal = new RequestLimitExceeded("maxBodySize",
				"The request body is larger than " + describe(this.maxBodySize)
						+ ". Send variables rather than long literals, or fewer operations at once.",
				this.maxBodySize, actual);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		JsonMapper.shared()
			.writeValue(response.getOutputStream(),
					Map.of("errors", List.of(refusal.toBadRequest().toSpecification())));
	}

	private static String describe(int bytes) {
		return (bytes % (1024 * 1024) == 0) ? bytes / (1024 * 1024) + " MB"
				: (bytes % 1024 == 0) ? bytes / 1024 + " KB" : bytes + " bytes";
	}

	/** A chunked body, already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

	}

}
