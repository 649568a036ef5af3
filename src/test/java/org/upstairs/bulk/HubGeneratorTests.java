package org.upstairs.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;

class HubGeneratorTests {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final List<String> LAYERS = List.of("COMPUTE", "DATA", "MODEL", "TOOLING", "APPLICATION",
			"SCENARIO_DESIGN", "MARKETING", "SERVICES");

	private static final List<String> SECTORS = List.of("HEALTHCARE", "FINANCE", "EDUCATION", "CONSUMER",
			"ENTERTAINMENT", "BIOMEDICINE", "MANUFACTURING", "GOVERNMENT");

	private static final List<String> KINDS = List.of("STARTUP", "ENTERPRISE", "PLATFORM", "INVESTOR", "INSTITUTION");

	private static final List<String> STAGES = List.of("SEED", "ANGEL", "SERIES_A", "SERIES_B", "SERIES_C_PLUS",
			"LISTED", "NOT_APPLICABLE");

	private static final JsonMapper MAPPER = new JsonMapper();

	/** One 10,000-company document, shared: generating and parsing it takes a second. */
	private static HubGenerator generator;

	private static JsonNode document;

	private static Map<String, String> layerOf;

	private static Map<String, Set<String>> feedersOf;

	private static Map<String, Set<String>> offersOf;

	private static Map<String, Set<String>> needsOf;

	private static Map<String, Set<String>> partnersOf;

	@BeforeAll
	static void generate() throws IOException {
		generator = new HubGenerator(10_000, 42);
		document = MAPPER.readTree(bytes(generator));
		layerOf = new HashMap<>();
		for (JsonNode capability : document.get("capabilities")) {
			layerOf.put(text(capability, "id"), text(capability, "layer"));
		}
		feedersOf = new HashMap<>();
		for (JsonNode feed : document.get("feeds")) {
			feedersOf.computeIfAbsent(text(feed, "to"), (to) -> new HashSet<>()).add(text(feed, "from"));
		}
		offersOf = new HashMap<>();
		needsOf = new HashMap<>();
		for (JsonNode company : document.get("companies")) {
			offersOf.put(text(company, "id"), strings(company.get("offers")));
			needsOf.put(text(company, "id"), strings(company.get("needs"), (need) -> text(need, "capability")));
		}
		partnersOf = new HashMap<>();
		for (JsonNode partnership : document.get("partnerships")) {
			String a = partnership.get("companies").get(0).asString();
			String b = partnership.get("companies").get(1).asString();
			partnersOf.computeIfAbsent(a, (id) -> new HashSet<>()).add(b);
			partnersOf.computeIfAbsent(b, (id) -> new HashSet<>()).add(a);
		}
	}

	@Test
	void theSameSizeAndSeedGiveTheSameBytes() throws IOException {
		HubGenerator counted = new HubGenerator(2_000, 7);
		counted.counts();

		byte[] first = bytes(new HubGenerator(2_000, 7));

		assertThat(bytes(new HubGenerator(2_000, 7))).isEqualTo(first);
		assertThat(bytes(counted)).isEqualTo(first);
		assertThat(bytes(counted)).isEqualTo(first);
	}

	@Test
	void anotherSeedGivesAnotherDocument() throws IOException {
		assertThat(bytes(new HubGenerator(2_000, 8))).isNotEqualTo(bytes(new HubGenerator(2_000, 7)));
	}

	@Test
	void countsAreWhatTheDocumentHolds() {
		Map<String, Long> counts = generator.counts();

		assertThat(counts).containsOnlyKeys("hubs", "buildings", "capabilities", "feeds", "scenarios", "companies",
				"offers", "needs", "targets", "partnerships");
		for (String section : List.of("hubs", "buildings", "capabilities", "feeds", "scenarios", "companies",
				"partnerships")) {
			assertThat(counts.get(section)).as(section).isEqualTo((long) document.get(section).size());
		}
		for (String link : List.of("offers", "needs", "targets")) {
			long total = 0;
			for (JsonNode company : document.get("companies")) {
				total += company.get(link).size();
			}
			assertThat(counts.get(link)).as(link).isEqualTo(total);
		}
		assertThat(counts.get("companies")).isEqualTo(10_000L);
	}

	@Test
	void sectionsAndFieldsComeInTheOrderOfTheFormat() {
		assertThat(document.propertyNames()).containsExactly("format", "hubs", "buildings", "capabilities", "feeds",
				"scenarios", "companies", "partnerships");
		assertThat(text(document, "format")).isEqualTo("upstairs/v1");
		assertFields("hubs", "id", "name", "nameZh", "district", "description");
		assertFields("buildings", "id", "hub", "name", "nameZh", "floors", "basements");
		assertFields("capabilities", "id", "name", "nameZh", "layer", "description");
		assertFields("feeds", "from", "to");
		assertFields("scenarios", "id", "name", "nameZh", "sector", "description", "requires");
		assertFields("companies", "id", "name", "nameZh", "kind", "stage", "foundedYear", "headcount", "website",
				"description", "archived", "location", "offers", "needs", "targets");
		assertFields("partnerships", "companies", "since");
		Set<List<String>> locationFields = new HashSet<>();
		Set<List<String>> needFields = new HashSet<>();
		for (JsonNode company : document.get("companies")) {
			if (!company.get("location").isNull()) {
				locationFields.add(new ArrayList<>(company.get("location").propertyNames()));
			}
			company.get("needs").forEach((need) -> needFields.add(new ArrayList<>(need.propertyNames())));
		}
		assertThat(locationFields).containsExactly(List.of("building", "floor", "unit"));
		assertThat(needFields).containsExactly(List.of("capability", "priority", "note"));
	}

	@Test
	void idsAreUniqueSlugsInIdOrder() {
		for (String section : List.of("hubs", "buildings", "capabilities", "scenarios", "companies")) {
			List<String> ids = new ArrayList<>();
			for (JsonNode element : document.get(section)) {
				ids.add(text(element, "id"));
			}
			assertThat(ids).as(section).doesNotHaveDuplicates().isSorted().allSatisfy((id) -> {
				assertThat(id).hasSizeBetween(2, 64).matches(SLUG);
			});
		}
		assertThat(text(document.get("companies").get(0), "id")).isEqualTo("co-000001");
		assertThat(text(document.get("hubs").get(0), "id")).isEqualTo("hub-01");
		assertThat(text(document.get("buildings").get(0), "id")).isEqualTo("bldg-001");
	}

	@Test
	void everyReferenceResolvesInTheFile() {
		Set<String> hubs = ids("hubs");
		Set<String> buildings = ids("buildings");
		Set<String> capabilities = ids("capabilities");
		Set<String> scenarios = ids("scenarios");
		Set<String> companies = ids("companies");
		List<String> dangling = new ArrayList<>();
		for (JsonNode building : document.get("buildings")) {
			collectDangling(dangling, hubs, Set.of(text(building, "hub")));
		}
		for (JsonNode feed : document.get("feeds")) {
			collectDangling(dangling, capabilities, Set.of(text(feed, "from"), text(feed, "to")));
		}
		for (JsonNode scenario : document.get("scenarios")) {
			collectDangling(dangling, capabilities, strings(scenario.get("requires")));
		}
		for (JsonNode company : document.get("companies")) {
			if (!company.get("location").isNull()) {
				collectDangling(dangling, buildings, Set.of(text(company.get("location"), "building")));
			}
			collectDangling(dangling, capabilities, strings(company.get("offers")));
			collectDangling(dangling, capabilities, needsOf.get(text(company, "id")));
			collectDangling(dangling, scenarios, strings(company.get("targets")));
		}
		for (JsonNode partnership : document.get("partnerships")) {
			collectDangling(dangling, companies, strings(partnership.get("companies")));
		}
		assertThat(dangling).isEmpty();
	}

	@Test
	void valuesFollowTheRulesOfTheFormat() {
		Map<String, JsonNode> buildings = new HashMap<>();
		for (JsonNode hub : document.get("hubs")) {
			assertNamed(hub);
			assertThat(text(hub, "district")).hasSizeBetween(1, 200);
		}
		for (JsonNode building : document.get("buildings")) {
			assertNamed(building);
			assertThat(building.get("floors").intValue()).isBetween(5, 30);
			assertThat(building.get("basements").intValue()).isBetween(0, 2);
			buildings.put(text(building, "id"), building);
		}
		for (JsonNode capability : document.get("capabilities")) {
			assertNamed(capability);
			assertThat(LAYERS).contains(text(capability, "layer"));
		}
		for (JsonNode scenario : document.get("scenarios")) {
			assertNamed(scenario);
			assertThat(SECTORS).contains(text(scenario, "sector"));
		}
		for (JsonNode company : document.get("companies")) {
			assertNamed(company);
			assertThat(KINDS).contains(text(company, "kind"));
			if (!company.get("stage").isNull()) {
				assertThat(STAGES).contains(text(company, "stage"));
			}
			if (!company.get("foundedYear").isNull()) {
				assertThat(company.get("foundedYear").intValue()).isBetween(1800, 2026);
			}
			if (!company.get("headcount").isNull()) {
				assertThat(company.get("headcount").longValue()).isBetween(0L, 10_000_000L);
			}
			if (!company.get("website").isNull()) {
				assertThat(text(company, "website")).matches("https?://[a-z0-9.-]+(/.*)?");
			}
			assertThat(company.get("archived").isBoolean()).isTrue();
			JsonNode location = company.get("location");
			if (!location.isNull()) {
				JsonNode building = buildings.get(text(location, "building"));
				int floor = location.get("floor").intValue();
				assertThat(floor).isNotZero()
					.isBetween(-building.get("basements").intValue(), building.get("floors").intValue());
				assertThat(text(location, "unit")).hasSizeLessThanOrEqualTo(50).matches("(B\\d|\\d\\d)-\\d\\d+");
			}
			for (JsonNode need : company.get("needs")) {
				assertThat(need.get("priority").intValue()).isBetween(1, 3);
				if (!need.get("note").isNull()) {
					assertThat(text(need, "note")).hasSizeLessThanOrEqualTo(2000);
				}
			}
		}
		for (JsonNode partnership : document.get("partnerships")) {
			String since = text(partnership, "since");
			assertThat(since).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(LocalDate.parse(since)).isBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 10, 31));
		}
	}

	@Test
	void theCatalogueSpansEveryLayerAndSector() {
		assertThat(document.get("capabilities").size()).isBetween(450, 550);
		assertThat(Set.copyOf(layerOf.values())).containsExactlyInAnyOrderElementsOf(LAYERS);
		assertThat(document.get("scenarios").size()).isBetween(55, 65);
		Set<String> sectors = new HashSet<>();
		int required = 0;
		int fromApplicationModelOrData = 0;
		for (JsonNode scenario : document.get("scenarios")) {
			sectors.add(text(scenario, "sector"));
			assertThat(scenario.get("requires").size()).isBetween(3, 6);
			for (String capability : strings(scenario.get("requires"))) {
				required++;
				if (List.of("APPLICATION", "MODEL", "DATA").contains(layerOf.get(capability))) {
					fromApplicationModelOrData++;
				}
			}
		}
		assertThat(sectors).containsExactlyInAnyOrderElementsOf(SECTORS);
		assertThat(fromApplicationModelOrData).isGreaterThan(required * 2 / 3);
	}

	@Test
	void feedsRunDownTheChain() {
		Map<String, Integer> fanOut = new HashMap<>();
		for (JsonNode feed : document.get("feeds")) {
			int from = LAYERS.indexOf(layerOf.get(text(feed, "from")));
			int to = LAYERS.indexOf(layerOf.get(text(feed, "to")));
			if (from == LAYERS.indexOf("SERVICES")) {
				assertThat(layerOf.get(text(feed, "to"))).isIn("MODEL", "APPLICATION");
			}
			else {
				assertThat(to - from).isBetween(1, 2);
				assertThat(LAYERS.get(to)).isNotEqualTo("SERVICES");
			}
			fanOut.merge(text(feed, "from"), 1, Integer::sum);
		}
		for (Map.Entry<String, String> capability : layerOf.entrySet()) {
			int layer = LAYERS.indexOf(capability.getValue());
			if (layer < LAYERS.indexOf("MARKETING")) {
				assertThat(fanOut.get(capability.getKey())).as(capability.getKey()).isBetween(1, 4);
			}
		}
	}

	@Test
	void noLinkIsListedTwice() {
		List<String> feeds = new ArrayList<>();
		for (JsonNode feed : document.get("feeds")) {
			assertThat(text(feed, "from")).isNotEqualTo(text(feed, "to"));
			feeds.add(text(feed, "from") + ">" + text(feed, "to"));
		}
		assertThat(feeds).doesNotHaveDuplicates();
		for (JsonNode scenario : document.get("scenarios")) {
			assertThat(list(scenario.get("requires"))).doesNotHaveDuplicates().isSorted();
		}
		for (JsonNode company : document.get("companies")) {
			List<String> needs = new ArrayList<>();
			company.get("needs").forEach((need) -> needs.add(text(need, "capability")));
			assertThat(list(company.get("offers"))).doesNotHaveDuplicates().isSorted().isNotEmpty();
			assertThat(needs).doesNotHaveDuplicates()
				.isSorted()
				.doesNotContainAnyElementsOf(list(company.get("offers")));
			assertThat(list(company.get("targets"))).doesNotHaveDuplicates().isSorted();
		}
	}

	@Test
	void partnershipsAreSortedPairsOfDifferentCompaniesListedOnce() {
		List<String> pairs = new ArrayList<>();
		for (JsonNode partnership : document.get("partnerships")) {
			List<String> companies = list(partnership.get("companies"));
			assertThat(companies).hasSize(2).isSorted().doesNotHaveDuplicates();
			pairs.add(String.join("+", companies));
		}
		assertThat(pairs).doesNotHaveDuplicates().isSorted();
		assertThat(pairs.size()).isBetween(14_000, 15_000);
	}

	@Test
	void placesScaleWithTheCompanies() {
		assertThat(document.get("hubs").size()).isEqualTo(5);
		assertThat(document.get("buildings").size()).isBetween(60, 75);
		int located = 0;
		int archived = 0;
		for (JsonNode company : document.get("companies")) {
			located += company.get("location").isNull() ? 0 : 1;
			archived += company.get("archived").booleanValue() ? 1 : 0;
		}
		assertThat(located).isBetween(8_500, 9_500);
		assertThat(archived).isBetween(100, 300);
	}

	@Test
	void degreesAreHeavyTailed() {
		int[] partnerships = new int[10_000];
		int[] offers = new int[10_000];
		int[] needs = new int[10_000];
		int i = 0;
		for (JsonNode company : document.get("companies")) {
			String id = text(company, "id");
			partnerships[i] = partnersOf.getOrDefault(id, Set.of()).size();
			offers[i] = company.get("offers").size();
			needs[i++] = company.get("needs").size();
		}
		assertThat(max(partnerships)).isGreaterThanOrEqualTo(10 * Math.max(1, median(partnerships)))
			.isGreaterThanOrEqualTo(50);
		assertThat(max(offers)).isGreaterThan(5 * median(offers));
		assertThat(max(needs)).isGreaterThanOrEqualTo(10);

		Map<String, Integer> offeredBy = new HashMap<>();
		offersOf.values().forEach((offered) -> offered.forEach((id) -> offeredBy.merge(id, 1, Integer::sum)));
		int[] popularity = layerOf.keySet().stream().mapToInt((id) -> offeredBy.getOrDefault(id, 0)).toArray();
		assertThat(max(popularity)).isGreaterThan(5 * median(popularity));
	}

	@Test
	void mostPartnershipsFollowFromSupplyOrSharedPartners() {
		int supplier = 0;
		int explained = 0;
		for (JsonNode partnership : document.get("partnerships")) {
			String a = partnership.get("companies").get(0).asString();
			String b = partnership.get("companies").get(1).asString();
			boolean supplies = intersects(needsOf.get(a), offersOf.get(b))
					|| intersects(needsOf.get(b), offersOf.get(a));
			supplier += supplies ? 1 : 0;
			explained += (supplies || intersects(partnersOf.get(a), partnersOf.get(b))) ? 1 : 0;
		}
		int total = document.get("partnerships").size();
		assertThat(supplier).isGreaterThan(total / 2);
		assertThat(explained).isGreaterThan(total * 3 / 4);
	}

	@Test
	void suppliersAreMostlyInTheSameHub() {
		Map<String, String> hubOfBuilding = new HashMap<>();
		document.get("buildings").forEach((building) -> hubOfBuilding.put(text(building, "id"), text(building, "hub")));
		Map<String, String> hubOf = new HashMap<>();
		for (JsonNode company : document.get("companies")) {
			if (!company.get("location").isNull()) {
				hubOf.put(text(company, "id"), hubOfBuilding.get(text(company.get("location"), "building")));
			}
		}
		int located = 0;
		int sameHub = 0;
		for (JsonNode partnership : document.get("partnerships")) {
			String a = partnership.get("companies").get(0).asString();
			String b = partnership.get("companies").get(1).asString();
			if (hubOf.containsKey(a) && hubOf.containsKey(b)
					&& (intersects(needsOf.get(a), offersOf.get(b)) || intersects(needsOf.get(b), offersOf.get(a)))) {
				located++;
				sameHub += hubOf.get(a).equals(hubOf.get(b)) ? 1 : 0;
			}
		}
		assertThat(sameHub).isGreaterThan(located * 6 / 10);
	}

	@Test
	void needsComeMostlyFromUpstreamOfWhatACompanyOffers() {
		int needs = 0;
		int feedingAnOffer = 0;
		int upstream = 0;
		for (Map.Entry<String, Set<String>> company : needsOf.entrySet()) {
			Set<String> offers = offersOf.get(company.getKey());
			int mostDownstream = offers.stream().mapToInt((id) -> LAYERS.indexOf(layerOf.get(id))).max().getAsInt();
			for (String need : company.getValue()) {
				needs++;
				feedingAnOffer += offers.stream()
					.anyMatch((offer) -> feedersOf.getOrDefault(offer, Set.of()).contains(need)) ? 1 : 0;
				int layer = LAYERS.indexOf(layerOf.get(need));
				upstream += (layer < mostDownstream && layer != LAYERS.indexOf("SERVICES")) ? 1 : 0;
			}
		}
		assertThat(upstream).isGreaterThan(needs / 2);
		assertThat(feedingAnOffer).isGreaterThan(needs / 4);
	}

	@Test
	void targetsAreScenariosNearWhatACompanyOffers() {
		Map<String, Set<String>> requires = new HashMap<>();
		document.get("scenarios")
			.forEach((scenario) -> requires.put(text(scenario, "id"), strings(scenario.get("requires"))));
		Map<String, Set<String>> downstreamOf = new HashMap<>();
		feedersOf.forEach((to, froms) -> froms
			.forEach((from) -> downstreamOf.computeIfAbsent(from, (id) -> new HashSet<>()).add(to)));
		int targets = 0;
		int near = 0;
		int downstreamCompanies = 0;
		int downstreamCompaniesTargeting = 0;
		for (JsonNode company : document.get("companies")) {
			Set<String> offers = offersOf.get(text(company, "id"));
			Set<String> around = new HashSet<>(offers);
			for (String offer : offers) {
				Set<String> feeders = feedersOf.getOrDefault(offer, Set.of());
				around.addAll(feeders);
				feeders.forEach((feeder) -> around.addAll(feedersOf.getOrDefault(feeder, Set.of())));
				around.addAll(downstreamOf.getOrDefault(offer, Set.of()));
			}
			for (String scenario : strings(company.get("targets"))) {
				targets++;
				near += intersects(requires.get(scenario), around) ? 1 : 0;
			}
			if (offers.stream()
				.allMatch((offer) -> List.of("APPLICATION", "SCENARIO_DESIGN", "MARKETING")
					.contains(layerOf.get(offer)))) {
				downstreamCompanies++;
				downstreamCompaniesTargeting += company.get("targets").isEmpty() ? 0 : 1;
			}
		}
		assertThat(near).isGreaterThan(targets * 8 / 10);
		assertThat(downstreamCompaniesTargeting).isGreaterThan(downstreamCompanies * 8 / 10);
	}

	@Test
	void aSingleCompanyIsAWholeDocument() throws IOException {
		HubGenerator one = new HubGenerator(1, 1);

		JsonNode single = MAPPER.readTree(bytes(one));

		assertThat(single.get("hubs").size()).isEqualTo(1);
		assertThat(single.get("buildings").size()).isEqualTo(1);
		assertThat(single.get("companies").size()).isEqualTo(1);
		assertThat(single.get("partnerships").size()).isZero();
		assertThat(one.counts()).containsEntry("companies", 1L).containsEntry("partnerships", 0L);
	}

	@Test
	void thereIsAtLeastOneCompany() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HubGenerator(0, 1));
	}

	@Test
	void writeLeavesTheStreamOpen() throws IOException {
		boolean[] closed = { false };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream() {

			@Override
			public void close() {
				closed[0] = true;
			}

		};

		new HubGenerator(10, 1).write(bytes);

		assertThat(closed[0]).isFalse();
		assertThat(bytes.size()).isPositive();
	}

	@Test
	void aFailingStreamFailsWithAnIOException() {
		OutputStream failing = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("disk full");
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				throw new IOException("disk full");
			}

		};

		assertThatIOException().isThrownBy(() -> new HubGenerator(1_000, 1).write(failing)).withMessage("disk full");
	}

	private static void assertFields(String section, String... fields) {
		List<String> expected = List.of(fields);
		List<JsonNode> different = new ArrayList<>();
		for (JsonNode element : document.get(section)) {
			if (!new ArrayList<>(element.propertyNames()).equals(expected)) {
				different.add(element);
			}
		}
		assertThat(different).as(section).isEmpty();
	}

	private static void collectDangling(List<String> dangling, Set<String> ids, Set<String> references) {
		for (String reference : references) {
			if (!ids.contains(reference)) {
				dangling.add(reference);
			}
		}
	}

	private static void assertNamed(JsonNode element) {
		assertThat(text(element, "name")).hasSizeBetween(1, 200);
		if (!element.get("nameZh").isNull()) {
			assertThat(text(element, "nameZh")).hasSizeLessThanOrEqualTo(200);
		}
		if (element.has("description") && !element.get("description").isNull()) {
			assertThat(text(element, "description")).hasSizeLessThanOrEqualTo(2000);
		}
	}

	private static byte[] bytes(HubGenerator generator) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		generator.write(out);
		return out.toByteArray();
	}

	private static Set<String> ids(String section) {
		return strings(document.get(section), (element) -> text(element, "id"));
	}

	private static String text(JsonNode node, String field) {
		return node.get(field).asString();
	}

	private static List<String> list(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	private static Set<String> strings(JsonNode array) {
		return new HashSet<>(list(array));
	}

	private static Set<String> strings(JsonNode array, Function<JsonNode, String> value) {
		Set<String> values = new HashSet<>();
		array.forEach((element) -> values.add(value.apply(element)));
		return values;
	}

	private static boolean intersects(Set<String> a, Set<String> b) {
		if (a == null || b == null) {
			return false;
		}
		for (String value : a) {
			if (b.contains(value)) {
				return true;
			}
		}
		return false;
	}

	private static int max(int[] values) {
		return Arrays.stream(values).max().orElse(0);
	}

	private static int median(int[] values) {
		int[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
