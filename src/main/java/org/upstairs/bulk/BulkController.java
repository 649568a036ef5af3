package org.upstairs.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.upstairs.account.Caller;
import org.upstairs.graphql.AccessDeniedException;

/**
 * Import and export over HTTP, for frontends; staff only. {@code POST /bulk/import} takes
 * the JSON document as the body, or JSON and CSV files as a multipart form (part
 * {@code files}); {@code ?skipInvalid=true} imports the good rows of a file with
 * problems. {@code GET /bulk/export} streams the whole directory as JSON.
 */
@RestController
class BulkController {

	private final BulkImport bulkImport;

	private final BulkExport bulkExport;

	BulkController(BulkImport bulkImport, BulkExport bulkExport) {
		this.bulkImport = bulkImport;
		this.bulkExport = bulkExport;
	}

	@PostMapping(path = "/bulk/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ImportReport> importJson(HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean skipInvalid, Principal principal) throws IOException {
		Caller.of(principal).requireStaff("import");
		// Spooled to disk: the validator reads the whole document before anything is
		// written, and a large one should not sit in the heap twice.
		Path spool = Files.createTempFile("upstairs-import-", ".json");
		try (InputStream body = request.getInputStream()) {
			Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
			ImportFile file = new ImportFile("request.json", () -> Files.newInputStream(spool));
			return answer(this.bulkImport.importFiles(List.of(file), skipInvalid, ImportProgress.NONE));
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	@PostMapping(path = "/bulk/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importFiles(@RequestPart("files") List<MultipartFile> parts,
			@RequestParam(defaultValue = "false") boolean skipInvalid, Principal principal) {
		Caller.of(principal).requireStaff("import");
		List<ImportFile> files = new ArrayList<>();
		for (MultipartFile part : parts) {
			String name = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : part.getName();
			files.add(new ImportFile(Path.of(name).getFileName().toString(), part::getInputStream));
		}
		return answer(this.bulkImport.importFiles(files, skipInvalid, ImportProgress.NONE));
	}

	@GetMapping(path = "/bulk/export", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> export(Principal principal) {
		Caller.of(principal).requireStaff("export");
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"upstairs-export.json\"")
			.body(this.bulkExport::export);
	}

	private static ResponseEntity<ImportReport> answer(ImportReport report) {
		return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, String>> refused(AccessDeniedException ex) {
		HttpStatus status = ex.isSignedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
		return ResponseEntity.status(status)
			.body(Map.of("classification", status == HttpStatus.FORBIDDEN ? "FORBIDDEN" : "UNAUTHORIZED", "message",
					ex.getField() + ": " + ex.getMessage()));
	}

}
