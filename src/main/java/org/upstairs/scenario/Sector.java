package org.upstairs.scenario;

/**
 * The sectors application scenarios belong to.
 */
public enum Sector {

	/** Hospitals, telesurgery, medical robots. */
	HEALTHCARE,
	/** Banking, insurance, wealth management. */
	FINANCE,
	/** Schools, training, tutoring. */
	EDUCATION,
	/** Consumer goods and devices, such as smart glasses. */
	CONSUMER,
	/** Games, film, music, media. */
	ENTERTAINMENT,
	/** Drug discovery and biomedical research. */
	BIOMEDICINE,
	/** Factories and industrial AI. */
	MANUFACTURING,
	/** Public services. */
	GOVERNMENT

}
