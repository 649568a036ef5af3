package org.upstairs.bulk;

import java.util.List;

/**
 * The kinds of rows an import carries, in the order they are validated and written:
 * everything a row refers to comes before it.
 */
enum Section {

	HUBS("hubs", "hubs.csv", List.of("id", "name", "nameZh", "district", "description")),

	BUILDINGS("buildings", "buildings.csv", List.of("id", "hub", "name", "nameZh", "floors", "basements")),

	CAPABILITIES("capabilities", "capabilities.csv", List.of("id", "name", "nameZh", "layer", "description")),

	FEEDS("feeds", "feeds.csv", List.of("from", "to")),

	SCENARIOS("scenarios", "scenarios.csv", List.of("id", "name", "nameZh", "sector", "description")),

	SCENARIO_REQUIRES("scenarios.requires", "scenario-requires.csv", List.of("scenario", "capability")),

	COMPANIES("companies", "companies.csv",
			List.of("id", "name", "nameZh", "kind", "stage", "foundedYear", "headcount", "website", "description",
					"archived", "building", "floor", "unit")),

	OFFERS("companies.offers", "offers.csv", List.of("company", "capability")),

	NEEDS("companies.needs", "needs.csv", List.of("company", "capability", "priority", "note")),

	TARGETS("companies.targets", "targets.csv", List.of("company", "scenario")),

	PARTNERSHIPS("partnerships", "partnerships.csv", List.of("company", "partner", "since"));

	private final String jsonName;

	private final String csvFile;

	private final List<String> csvColumns;

	Section(String jsonName, String csvFile, List<String> csvColumns) {
		this.jsonName = jsonName;
		this.csvFile = csvFile;
		this.csvColumns = csvColumns;
	}

	/** Where the rows sit in the JSON document, such as {@code companies.offers}. */
	String jsonName() {
		return this.jsonName;
	}

	/** The CSV file that carries these rows. */
	String csvFile() {
		return this.csvFile;
	}

	/** The columns a CSV file of these rows may have. */
	List<String> csvColumns() {
		return this.csvColumns;
	}

	static Section ofCsvFile(String fileName) {
		for (Section section : values()) {
			if (section.csvFile.equals(fileName)) {
				return section;
			}
		}
		return null;
	}

}
