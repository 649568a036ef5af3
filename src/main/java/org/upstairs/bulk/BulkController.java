package org.upstairs.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.upstairs.account.Caller;
import org.upstairs.graphql.AccessDeniedException;

/**
 * Import and export over HTTP, for frontends; staff only. {@code POST /bulk/import} takes
 * the JSON document as the body, or JSON and CSV files as a multipart form (part
 * {@code files}); {@code ?skipInvalid=true} imports the good rows of a file with
 * problems; {@code ?dryRun=true} checks and reports exactly as an import does, and writes
 * nothing. {@code GET /bulk/export} streams the whole directory as JSON.
 * <p>
 * Who may call is checked before a request's parameters or body are read, by an
 * interceptor rather than in each method: a multipart form (made lazy by
 * {@code spring.servlet.multipart.resolve-lazily}) is parsed, that is received, as soon
 * as any parameter is asked for. A body is at most
 * {@code spring.servlet.multipart.max-request-size}, a JSON document as a form.
 */
@RestController
class BulkController implements WebMvcConfigurer {

	private final BulkImport bulkImport;

	private final BulkExport bulkExport;

	/** The most bytes a body may have; -1 for no limit (no web server). */
	private final long maxBodySize;

	/** The most bytes a file of a form may have; -1 for no limit. */
	private final long maxFileSize;

	BulkController(BulkImport bulkImport, BulkExport bulkExport, ObjectProvider<MultipartConfigElement> multipart) {
		this.bulkImport = bulkImport;
		this.bulkExport = bulkExport;
		MultipartConfigElement limits = multipart.getIfAvailable();
		this.maxBodySize = (limits != null) ? limits.getMaxRequestSize() : -1;
		this.maxFileSize = (limits != null) ? limits.getMaxFileSize() : -1;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String path = request.getRequestURI();
				Caller.of(request.getUserPrincipal()).requireStaff(path.substring(path.lastIndexOf('/') + 1));
				return true;
			}
		}).addPathPatterns("/bulk/**");
	}

	@PostMapping(path = "/bulk/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportReport> importJson(HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean skipInvalid,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		if (this.maxBodySize >= 0 && request.getContentLengthLong() > this.maxBodySize) {
			throw new MaxUploadSizeExceededException(this.maxBodySize);
		}
		// Spooled to disk: the validator reads the whole document before anything is
		// written, and a large one should not sit in the heap twice.
		Path spool = Files.createTempFile("upstairs-import-", ".json");
		try (InputStream body = request.getInputStream()) {
			spool(body, spool);
			ImportFile file = new ImportFile("request.json", () -> Files.newInputStream(spool));
			return answer(this.bulkImport.importFiles(List.of(file), skipInvalid, dryRun, ImportProgress.NONE),
					skipInvalid);
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	/** Copies a body to disk, counting: a chunked body declares no length up front. */
	private void spool(InputStream body, Path spool) throws IOException {
		try (OutputStream out = Files.newOutputStream(spool)) {
			byte[] buffer = new byte[64 * 1024];
			long copied = 0;
			for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
				copied += read;
				if (this.maxBodySize >= 0 && copied > this.maxBodySize) {
					throw new MaxUploadSizeExceededException(this.maxBodySize);
				}
				out.write(buffer, 0, read);
			}
		}
	}

	@PostMapping(path = "/bulk/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importFiles(@RequestPart("files") List<MultipartFile> parts,
			@RequestParam(defaultValue = "false") boolean skipInvalid,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		List<ImportFile> files = new ArrayList<>();
		for (MultipartFile part : parts) {
			String name = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : part.getName();
			files.add(new ImportFile(Path.of(name).getFileName().toString(), part::getInputStream));
		}
		return answer(this.bulkImport.importFiles(files, skipInvalid, dryRun, ImportProgress.NONE), skipInvalid);
	}

	@GetMapping(path = "/bulk/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> export() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"upstairs-export.json\"")
			.body(this.bulkExport::export);
	}

	/**
	 * 200 when the files were imported, 422 when they were refused; a dry run answers the
	 * status the same import would have.
	 */
	private static ResponseEntity<ImportReport> answer(ImportReport report, boolean skipInvalid) {
		boolean accepted = report.dryRun() ? (report.problemCount() == 0 || skipInvalid) : report.imported();
		return ResponseEntity.status(accepted ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Map.of("classification", "BAD_REQUEST", "message",
					"import: the body is too large: at most " + megabytes(this.maxFileSize) + " a file and "
							+ megabytes(this.maxBodySize) + " in all; import larger loads with the import command"));
	}

	private static String megabytes(long bytes) {
		return (bytes < 0) ? "any size" : DataSize.ofBytes(bytes).toMegabytes() + " MB";
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, String>> refused(AccessDeniedException ex) {
		HttpStatus status = ex.isSignedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
		return ResponseEntity.status(status)
			.body(Map.of("classification", status == HttpStatus.FORBIDDEN ? "FORBIDDEN" : "UNAUTHORIZED", "message",
					ex.getField() + ": " + ex.getMessage()));
	}

}
