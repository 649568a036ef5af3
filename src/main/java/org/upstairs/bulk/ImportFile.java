package org.upstairs.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file to import: its name tells JSON from CSV and which CSV section it is.
 *
 * @param name the file name
 * @param content opens the content
 */
public record ImportFile(String name, Content content) {

	/** Opens a file's content. */
	@FunctionalInterface
	public interface Content {

		/**
		 * @return the content, UTF-8
		 * @throws IOException when it cannot be opened
		 */
		InputStream open() throws IOException;

	}

	/**
	 * A file on disk.
	 * @param path where it is
	 * @return the import file
	 */
	public static ImportFile of(Path path) {
		return new ImportFile(path.getFileName().toString(), () -> Files.newInputStream(path));
	}

}
