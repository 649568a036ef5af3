package org.upstairs.bulk;

/**
 * Told how far an import has got, to show a progress bar.
 */
public interface ImportProgress {

	/** Shows nothing. */
	ImportProgress NONE = new ImportProgress() {
	};

	/**
	 * The files are read and checked; writing starts.
	 * @param totalRows how many rows will be written
	 */
	default void writing(long totalRows) {
	}

	/**
	 * A batch was written.
	 * @param section what it held, such as {@code companies}
	 * @param rowsDone rows written so far, all sections together
	 */
	default void written(String section, long rowsDone) {
	}

}
