package org.upstairs.bulk;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.upstairs.capability.ChainLayer;
import org.upstairs.company.CompanyKind;
import org.upstairs.company.Stage;
import org.upstairs.graphql.FieldRules;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.place.PlaceRules;
import org.upstairs.scenario.Sector;

/**
 * Checks every row of an import before anything is written, with the same rules as the
 * GraphQL mutations, and turns the good rows into the parameters of the bulk writes. A
 * row that refers to a refused row is refused too, unless the item it refers to is
 * already in the graph.
 */
final class ImportValidator {

	private static final Set<String> COMPANY_FIELDS = Set.of("id", "name", "nameZh", "kind", "stage", "foundedYear",
			"headcount", "website", "description", "archived", "location");

	private static final FieldRules CAPABILITY = FieldRules.of("capability")
		.required("name", Inputs::requiredName)
		.optional("nameZh", ImportValidator::nameZh)
		.required("layer", (field, value) -> enumValue(field, value, ChainLayer.class))
		.optional("description", ImportValidator::description);

	private static final FieldRules SCENARIO = FieldRules.of("scenario")
		.required("name", Inputs::requiredName)
		.optional("nameZh", ImportValidator::nameZh)
		.required("sector", (field, value) -> enumValue(field, value, Sector.class))
		.optional("description", ImportValidator::description);

	private static final FieldRules COMPANY = FieldRules.of("company")
		.required("name", Inputs::requiredName)
		.optional("nameZh", ImportValidator::nameZh)
		.required("kind", (field, value) -> enumValue(field, value, CompanyKind.class))
		.optional("stage", (field, value) -> enumValue(field, value, Stage.class))
		.optional("foundedYear",
				(field, value) -> Inputs.range(field, Inputs.wholeNumber(field, value), 1800, Year.now().getValue()))
		.optional("headcount", (field, value) -> Inputs.range(field, Inputs.wholeNumber(field, value), 0, 10_000_000))
		.optional("website", Inputs::website)
		.optional("description", ImportValidator::description)
		.optional("archived", ImportValidator::flag);

	private static final String[] NODE_ROW = { "id", "properties" };

	private static final String[] BUILDING_ROW = { "id", "hub", "properties" };

	private static final String[] COMPANY_ROW = { "id", "properties", "setsLocation", "location" };

	private static final String[] LOCATION_ROW = { "building", "floor", "unit" };

	private static final String[] FEEDS_ROW = { "from", "to" };

	private static final String[] NEED_ROW = { "company", "capability", "priority", "note" };

	private static final String[] PARTNERSHIP_ROW = { "low", "high", "since" };

	private final GraphIds graph;

	private final CompactRow.Shapes shapes = new CompactRow.Shapes();

	/** Valid companies of the files that the graph does not hold yet. */
	private final Set<String> newCompanies = new HashSet<>();

	private final List<ImportProblem> problems = new ArrayList<>();

	private final Map<Section, List<Map<String, Object>>> valid = new EnumMap<>(Section.class);

	/** Ids of the valid items of each node section in the files. */
	private final Map<Section, Set<String>> validIds = new EnumMap<>(Section.class);

	/** Ids of each node section's items that are already in the graph. */
	private final Map<Section, Set<String>> inGraph = new EnumMap<>(Section.class);

	/** Floors and basements of every building a location may name. */
	private final Map<String, int[]> buildingLevels = new HashMap<>();

	/**
	 * The highest and deepest floor companies of the graph sit on, of each building of
	 * the graph asked about (0 for none).
	 */
	private final Map<String, int[]> occupiedLevels = new HashMap<>();

	private int refusedRows;

	ImportValidator(GraphIds graph) {
		this.graph = graph;
	}

	/**
	 * Checks the rows.
	 * @param rows every row read; emptied as they are checked, so that a large import
	 * does not hold each row twice
	 * @return the good rows as write parameters, and every problem
	 */
	ValidatedImport validate(List<RawRow> rows) {
		Map<Section, List<RawRow>> bySection = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			bySection.put(section, new ArrayList<>());
			this.valid.put(section, new ArrayList<>());
		}
		rows.forEach((row) -> bySection.get(row.section()).add(row));
		rows.clear();
		for (Section section : Section.values()) {
			List<RawRow> sectionRows = bySection.get(section);
			if (isNodeSection(section)) {
				lookUpInGraph(section, idsOf(sectionRows, "id"));
			}
			prefetchReferences(section, sectionRows);
			for (RawRow row : sectionRows) {
				try {
					Map<String, Object> parameters = check(row);
					if (parameters != null) {
						this.valid.get(section).add(parameters);
					}
				}
				catch (InvalidInputException ex) {
					this.refusedRows++;
					this.problems.add(new ImportProblem(row.file(), row.line(), ownerId(row),
							row.fieldName(ex.getField()), ex.getMessage()));
				}
			}
			bySection.put(section, List.of());
		}
		return new ValidatedImport(this.valid, this.problems, this.refusedRows, this.newCompanies);
	}

	private static boolean isNodeSection(Section section) {
		return section == Section.HUBS || section == Section.BUILDINGS || section == Section.CAPABILITIES
				|| section == Section.SCENARIOS || section == Section.COMPANIES;
	}

	private static String ownerId(RawRow row) {
		for (String key : List.of("id", "company", "scenario", "from")) {
			if (row.get(key) instanceof String id) {
				return id;
			}
		}
		return null;
	}

	private Map<String, Object> check(RawRow row) {
		return switch (row.section()) {
			case HUBS -> node(row, Section.HUBS, PlaceRules.HUB);
			case BUILDINGS -> building(row);
			case CAPABILITIES -> node(row, Section.CAPABILITIES, CAPABILITY);
			case FEEDS -> feeds(row);
			case SCENARIOS -> node(row, Section.SCENARIOS, SCENARIO);
			case SCENARIO_REQUIRES -> link(row, "scenario", Section.SCENARIOS, "capability", Section.CAPABILITIES);
			case COMPANIES -> company(row);
			case OFFERS -> link(row, "company", Section.COMPANIES, "capability", Section.CAPABILITIES);
			case NEEDS -> need(row);
			case TARGETS -> link(row, "company", Section.COMPANIES, "scenario", Section.SCENARIOS);
			case PARTNERSHIPS -> partnership(row);
		};
	}

	private Map<String, Object> node(RawRow row, Section section, FieldRules rules) {
		String id = id(row);
		Map<String, Object> properties = properties(row, rules, section, id, Set.of());
		claim(section, id, row);
		return CompactRow.of(NODE_ROW, id, properties);
	}

	private Map<String, Object> building(RawRow row) {
		String id = id(row);
		String hub = reference(row, "hub", Section.HUBS, !this.inGraph.get(Section.BUILDINGS).contains(id));
		Map<String, Object> properties = properties(row, PlaceRules.BUILDING, Section.BUILDINGS, id, Set.of("hub"));
		int[] known = this.buildingLevels.getOrDefault(id, new int[] { 0, 0 });
		int[] levels = { (properties.get("floors") instanceof Integer floors) ? floors : known[0],
				(properties.get("basements") instanceof Integer basements) ? basements : known[1] };
		int[] occupied = this.occupiedLevels.get(id);
		if (occupied != null) {
			PlaceRules.keepsOccupiedFloors("", levels[0], levels[1], (occupied[0] > 0) ? occupied[0] : null,
					(occupied[1] < 0) ? occupied[1] : null);
		}
		claim(Section.BUILDINGS, id, row);
		this.buildingLevels.put(id, levels);
		return CompactRow.of(BUILDING_ROW, id, hub, properties);
	}

	private Map<String, Object> company(RawRow row) {
		String id = id(row);
		for (String field : row.values().keySet()) {
			if (!COMPANY_FIELDS.contains(field)) {
				throw new InvalidInputException(field, "is not a field of a company");
			}
		}
		Map<String, Object> location = null;
		if (row.get("location") != null) {
			location = location(row.get("location"));
		}
		Map<String, Object> properties = properties(row, COMPANY, Section.COMPANIES, id, Set.of("location"));
		claim(Section.COMPANIES, id, row);
		if (!this.inGraph.get(Section.COMPANIES).contains(id)) {
			this.newCompanies.add(id);
		}
		return CompactRow.of(COMPANY_ROW, id, properties, row.has("location"), location);
	}

	private Map<String, Object> location(Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw new InvalidInputException("location", "must be an object with building, floor and unit");
		}
		for (Object key : map.keySet()) {
			if (!List.of("building", "floor", "unit").contains(key)) {
				throw new InvalidInputException("location." + key, "is not a field of a location");
			}
		}
		String building = (map.get("building") instanceof String text) ? text : null;
		if (building == null) {
			throw new InvalidInputException("location.building", "is required");
		}
		lookUpBuildings(List.of(building));
		int[] levels = this.buildingLevels.get(building);
		if (levels == null) {
			throw new InvalidInputException("location.building",
					"names no building in the file or the graph: " + shown(building));
		}
		int floor = PlaceRules.floor("location.floor", Inputs.wholeNumber("location.floor", map.get("floor")),
				levels[0], levels[1], building);
		return CompactRow.of(LOCATION_ROW, building, floor, Inputs.optionalName("location.unit", map.get("unit"), 50));
	}

	private Map<String, Object> feeds(RawRow row) {
		String from = reference(row, "from", Section.CAPABILITIES, true);
		String to = reference(row, "to", Section.CAPABILITIES, true);
		if (from.equals(to)) {
			throw new InvalidInputException("to", "must differ from 'from': a capability does not feed itself");
		}
		onlyFields(row, "from", "to");
		if (this.downstream == null) {
			this.downstream = this.graph.feeds();
		}
		if (reaches(to, from)) {
			throw new InvalidInputException("to",
					"would close a FEEDS cycle: " + to + " already feeds " + from + ", directly or through others");
		}
		this.downstream.computeIfAbsent(from, (key) -> new HashSet<>()).add(to);
		return CompactRow.of(FEEDS_ROW, from, to);
	}

	/** FEEDS links of the graph and of the file so far, to keep the chain acyclic. */
	private Map<String, Set<String>> downstream;

	private boolean reaches(String start, String goal) {
		Set<String> seen = new HashSet<>();
		List<String> stack = new ArrayList<>(List.of(start));
		while (!stack.isEmpty()) {
			String at = stack.remove(stack.size() - 1);
			if (at.equals(goal)) {
				return true;
			}
			if (seen.add(at)) {
				stack.addAll(this.downstream.getOrDefault(at, Set.of()));
			}
		}
		return false;
	}

	private Map<String, Object> link(RawRow row, String ownerField, Section ownerSection, String targetField,
			Section targetSection) {
		String owner = reference(row, ownerField, ownerSection, true);
		String target = reference(row, targetField, targetSection, true);
		onlyFields(row, ownerField, targetField);
		return CompactRow.of(this.shapes.keys(List.of(ownerField, targetField)), owner, target);
	}

	private Map<String, Object> need(RawRow row) {
		String company = reference(row, "company", Section.COMPANIES, true);
		String capability = reference(row, "capability", Section.CAPABILITIES, true);
		onlyFields(row, "company", "capability", "priority", "note");
		Integer priority = Inputs.range("priority", Inputs.wholeNumber("priority", row.get("priority")), 1, 3);
		return CompactRow.of(NEED_ROW, company, capability, (priority != null) ? priority : 2,
				Inputs.optionalText("note", row.get("note"), Inputs.DESCRIPTION_LENGTH));
	}

	private Map<String, Object> partnership(RawRow row) {
		if (!row.has("company") || !row.has("partner")) {
			throw new InvalidInputException("company", "must name two companies");
		}
		String company = reference(row, "company", Section.COMPANIES, true);
		String partner = reference(row, "partner", Section.COMPANIES, true);
		if (company.equals(partner)) {
			throw new InvalidInputException("partner", "must differ from the company: nobody partners with itself");
		}
		onlyFields(row, "company", "partner", "since");
		String since = null;
		if (row.get("since") != null) {
			try {
				since = LocalDate.parse(row.get("since").toString()).toString();
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("since", "must be a date, YYYY-MM-DD");
			}
		}
		boolean inOrder = company.compareTo(partner) < 0;
		return CompactRow.of(PARTNERSHIP_ROW, inOrder ? company : partner, inOrder ? partner : company, since);
	}

	private String id(RawRow row) {
		Object id = row.get("id");
		return Inputs.slug("id", (id instanceof String text) ? text : null);
	}

	/** Remembers a valid item's id, refusing a second row with the same id. */
	private void claim(Section section, String id, RawRow row) {
		if (!this.validIds.computeIfAbsent(section, (key) -> new HashSet<>()).add(id)) {
			throw new InvalidInputException("id", "appears twice in " + section.jsonName());
		}
	}

	private Map<String, Object> properties(RawRow row, FieldRules rules, Section section, String id,
			Set<String> otherFields) {
		for (String field : row.values().keySet()) {
			if (!field.equals("id") && !rules.has(field) && !otherFields.contains(field)) {
				throw new InvalidInputException(field, "is not a field of " + section.jsonName());
			}
		}
		boolean creates = !this.inGraph.get(section).contains(id);
		Map<String, Object> properties = rules.check(row.values(), creates, "");
		if (section == Section.COMPANIES && creates && !properties.containsKey("archived")) {
			properties.put("archived", false);
		}
		return this.shapes.compact(properties);
	}

	private String reference(RawRow row, String field, Section section, boolean required) {
		Object value = row.get(field);
		if (value == null) {
			if (required) {
				throw new InvalidInputException(field, "is required");
			}
			return null;
		}
		String id = Inputs.slug(field, (value instanceof String text) ? text : null);
		if (this.validIds.getOrDefault(section, Set.of()).contains(id)) {
			return id;
		}
		lookUpInGraph(section, List.of(id));
		if (this.inGraph.get(section).contains(id)) {
			return id;
		}
		throw new InvalidInputException(field,
				"names no " + section.jsonName().replaceAll("ies$", "y").replaceAll("s$", "")
						+ " that is valid in the file or present in the graph: " + shown(id));
	}

	private static void onlyFields(RawRow row, String... fields) {
		List<String> allowed = List.of(fields);
		for (String field : row.values().keySet()) {
			if (!allowed.contains(field)) {
				throw new InvalidInputException(field, "is not a field here");
			}
		}
	}

	private final Map<Section, Set<String>> lookedUp = new EnumMap<>(Section.class);

	/** Asks the graph, once per id, which of these items it already holds. */
	private void lookUpInGraph(Section section, Collection<String> ids) {
		Set<String> asked = this.lookedUp.computeIfAbsent(section, (key) -> new HashSet<>());
		Set<String> known = this.inGraph.computeIfAbsent(section, (key) -> new HashSet<>());
		List<String> fresh = ids.stream().filter(asked::add).toList();
		if (!fresh.isEmpty()) {
			known.addAll(this.graph.existing(section, fresh));
		}
		if (section == Section.BUILDINGS) {
			lookUpBuildings(ids);
		}
	}

	private final Set<String> buildingsAsked = new HashSet<>();

	private void lookUpBuildings(Collection<String> ids) {
		List<String> fresh = ids.stream().filter(this.buildingsAsked::add).toList();
		if (!fresh.isEmpty()) {
			this.graph.buildingLevels(fresh).forEach((id, levels) -> {
				this.buildingLevels.putIfAbsent(id, new int[] { levels[0], levels[1] });
				this.occupiedLevels.putIfAbsent(id, new int[] { levels[2], levels[3] });
			});
		}
	}

	/**
	 * Asks the graph in one go about everything a section's rows refer to that the file
	 * does not hold, rather than row by row.
	 */
	private void prefetchReferences(Section section, List<RawRow> rows) {
		REFERENCES.getOrDefault(section, Map.of()).forEach((field, target) -> {
			Set<String> fileIds = this.validIds.getOrDefault(target, Set.of());
			List<String> ids = idsOf(rows, field).stream().filter((id) -> !fileIds.contains(id)).distinct().toList();
			lookUpInGraph(target, ids);
		});
		if (section == Section.COMPANIES) {
			lookUpBuildings(rows.stream()
				.map((row) -> (row.get("location") instanceof Map<?, ?> location) ? location.get("building") : null)
				.filter(String.class::isInstance)
				.map(String.class::cast)
				.filter((id) -> !this.buildingLevels.containsKey(id))
				.distinct()
				.toList());
		}
	}

	/** Which fields of a section's rows name items of which section. */
	private static final Map<Section, Map<String, Section>> REFERENCES = Map.of(Section.BUILDINGS,
			Map.of("hub", Section.HUBS), Section.FEEDS,
			Map.of("from", Section.CAPABILITIES, "to", Section.CAPABILITIES), Section.SCENARIO_REQUIRES,
			Map.of("scenario", Section.SCENARIOS, "capability", Section.CAPABILITIES), Section.OFFERS,
			Map.of("company", Section.COMPANIES, "capability", Section.CAPABILITIES), Section.NEEDS,
			Map.of("company", Section.COMPANIES, "capability", Section.CAPABILITIES), Section.TARGETS,
			Map.of("company", Section.COMPANIES, "scenario", Section.SCENARIOS), Section.PARTNERSHIPS,
			Map.of("company", Section.COMPANIES, "partner", Section.COMPANIES));

	private static List<String> idsOf(List<RawRow> rows, String field) {
		return rows.stream()
			.map((row) -> row.get(field))
			.filter(String.class::isInstance)
			.map(String.class::cast)
			.toList();
	}

	private static String nameZh(String field, Object value) {
		return Inputs.optionalName(field, value, Inputs.NAME_LENGTH);
	}

	private static String description(String field, Object value) {
		return Inputs.optionalText(field, value, Inputs.DESCRIPTION_LENGTH);
	}

	private static Boolean flag(String field, Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Boolean.valueOf((String) value);
		}
		throw new InvalidInputException(field, "must be true or false");
	}

	private static <E extends Enum<E>> String enumValue(String field, Object value, Class<E> type) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant.name();
			}
		}
		throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
	}

	private static String shown(String id) {
		return "'" + id + "'";
	}

	/** What the graph already holds, asked in bulk. */
	interface GraphIds {

		/**
		 * @param section a node section
		 * @param ids ids to look for
		 * @return those of the ids the graph holds
		 */
		Collection<String> existing(Section section, Collection<String> ids);

		/**
		 * @param ids building ids
		 * @return floors, basements, and the highest and deepest floor a company sits on
		 * (0 for none) of those the graph holds
		 */
		Map<String, int[]> buildingLevels(Collection<String> ids);

		/**
		 * @return every FEEDS link of the graph, by the capability that feeds
		 */
		Map<String, Set<String>> feeds();

	}

}
