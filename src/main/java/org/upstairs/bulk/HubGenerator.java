package org.upstairs.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

import org.upstairs.bulk.GeneratorGraph.Dice;

/**
 * Generates a synthetic directory of Shanghai AI hubs in the import format
 * ({@code upstairs/v1}, see {@code docs/import-format.md}): hubs and buildings, about 500
 * capabilities in the eight chain layers and their FEEDS chain, 60 scenarios, the given
 * number of companies and their partnerships.
 * <p>
 * The shape is meant to be realistic enough for benchmarks and for checking
 * recommendations offline: popularity of capabilities, offers, needs and partnership
 * degrees are heavy-tailed; needs are mostly what feeds a company's offers; most
 * partnerships join a company to a supplier of something it needs, often in the same hub,
 * and many close triangles, so that link prediction can recover held-out ones. See
 * {@code docs/generator.md}.
 * <p>
 * The output depends only on the number of companies and the seed. Every section and
 * every list in it is in id order, as an export writes them. The structure is held in int
 * arrays (about 100 bytes per company); names and descriptions are made up while writing.
 */
public final class HubGenerator {

	private static final JsonFactory JSON = JsonFactory.builder()
		.disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
		.disable(JsonWriteFeature.ESCAPE_NON_ASCII)
		.disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
		.build();

	private final int companies;

	private final long seed;

	private GeneratorGraph graph;

	/**
	 * @param companies number of companies (>= 1)
	 * @param seed RNG seed
	 */
	public HubGenerator(int companies, long seed) {
		if (companies < 1) {
			throw new IllegalArgumentException("companies must be at least 1, not " + companies);
		}
		this.companies = companies;
		this.seed = seed;
	}

	/**
	 * Streams the whole document as UTF-8 JSON; same (companies, seed) => byte-identical
	 * output. The stream is flushed, not closed.
	 * @param out where to write
	 * @throws IOException if writing to {@code out} fails
	 */
	public void write(OutputStream out) throws IOException {
		GeneratorGraph graph = graph();
		SplittableRandom attributes = new SplittableRandom(this.seed ^ 0x5DEECE66DL);
		try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
			new Document(graph, json, new Dice(attributes.split()), new Dice(attributes.split())).write();
		}
		catch (JacksonIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Counts of what {@link #write(OutputStream)} produces, without writing.
	 * @return counts by "hubs", "buildings", "capabilities", "feeds", "scenarios",
	 * "companies", "offers", "needs", "targets" and "partnerships", in that order
	 */
	public Map<String, Long> counts() {
		GeneratorGraph graph = graph();
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("hubs", (long) graph.hubCount);
		counts.put("buildings", (long) graph.buildingCount());
		counts.put("capabilities", (long) graph.capabilityCount());
		counts.put("feeds", (long) graph.feedCount);
		counts.put("scenarios", (long) graph.scenarioId.length);
		counts.put("companies", (long) graph.companyCount);
		counts.put("offers", (long) graph.offers.length);
		counts.put("needs", (long) graph.needs.length);
		counts.put("targets", (long) graph.targets.length);
		counts.put("partnerships", graph.partnershipCount);
		return counts;
	}

	/**
	 * Built once: {@link #counts()} before {@link #write(OutputStream)} costs nothing
	 * extra.
	 */
	private synchronized GeneratorGraph graph() {
		if (this.graph == null) {
			this.graph = new GeneratorGraph(this.companies, this.seed);
		}
		return this.graph;
	}

	/** One write of the document: the graph's structure plus names, dates and prose. */
	private static final class Document {

		private final GeneratorGraph graph;

		private final JsonGenerator json;

		private final Dice dice;

		private final Dice dates;

		private final int hubDigits;

		private final int buildingDigits;

		private final int companyDigits;

		Document(GeneratorGraph graph, JsonGenerator json, Dice dice, Dice dates) {
			this.graph = graph;
			this.json = json;
			this.dice = dice;
			this.dates = dates;
			this.hubDigits = Math.max(2, digits(graph.hubCount));
			this.buildingDigits = Math.max(3, digits(graph.buildingCount()));
			this.companyDigits = Math.max(6, digits(graph.companyCount));
		}

		void write() {
			this.json.writeStartObject();
			this.json.writeStringProperty("format", "upstairs/v1");
			hubs();
			buildings();
			capabilities();
			feeds();
			scenarios();
			companies();
			partnerships();
			this.json.writeEndObject();
		}

		private void hubs() {
			int[] buildings = new int[this.graph.hubCount];
			for (int hub : this.graph.buildingHub) {
				buildings[hub]++;
			}
			this.json.writeArrayPropertyStart("hubs");
			for (int hub = 0; hub < this.graph.hubCount; hub++) {
				String[] template = GeneratorWords.HUBS[this.graph.hubTemplate[hub]];
				this.json.writeStartObject();
				this.json.writeStringProperty("id", hubId(hub));
				this.json.writeStringProperty("name", hubName(hub));
				this.json.writeStringProperty("nameZh", template[1] + hubNumber(hub) + "号");
				this.json.writeStringProperty("district", template[2]);
				this.json.writeStringProperty("description", "An AI incubator in " + template[2] + ", Shanghai, with "
						+ buildings[hub] + ((buildings[hub] == 1) ? " building." : " buildings."));
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
		}

		private void buildings() {
			this.json.writeArrayPropertyStart("buildings");
			int numberInHub = 0;
			for (int b = 0; b < this.graph.buildingCount(); b++) {
				int hub = this.graph.buildingHub[b];
				numberInHub = (b > 0 && this.graph.buildingHub[b - 1] == hub) ? numberInHub + 1 : 1;
				String[] style = GeneratorWords.BUILDING_STYLES[hub % GeneratorWords.BUILDING_STYLES.length];
				String hubNameZh = GeneratorWords.HUBS[this.graph.hubTemplate[hub]][1] + hubNumber(hub) + "号";
				this.json.writeStartObject();
				this.json.writeStringProperty("id", buildingId(b));
				this.json.writeStringProperty("hub", hubId(hub));
				this.json.writeStringProperty("name", hubName(hub) + " " + style[0] + " " + numberInHub);
				this.json.writeStringProperty("nameZh",
						this.dice.chance(0.6) ? hubNameZh + " " + numberInHub + style[1] : null);
				this.json.writeNumberProperty("floors", this.graph.buildingFloors[b]);
				this.json.writeNumberProperty("basements", this.graph.buildingBasements[b]);
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
		}

		private void capabilities() {
			this.json.writeArrayPropertyStart("capabilities");
			for (int c = 0; c < this.graph.capabilityCount(); c++) {
				this.json.writeStartObject();
				this.json.writeStringProperty("id", this.graph.capabilityId[c]);
				this.json.writeStringProperty("name", this.graph.capabilityName[c]);
				this.json.writeStringProperty("nameZh", this.graph.capabilityNameZh[c]);
				this.json.writeStringProperty("layer", GeneratorWords.LAYERS[this.graph.capabilityLayer[c]]);
				this.json.writeNullProperty("description");
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
		}

		private void feeds() {
			this.json.writeArrayPropertyStart("feeds");
			for (int from = 0; from < this.graph.capabilityCount(); from++) {
				for (int to : this.graph.downstream[from]) {
					this.json.writeStartObject();
					this.json.writeStringProperty("from", this.graph.capabilityId[from]);
					this.json.writeStringProperty("to", this.graph.capabilityId[to]);
					this.json.writeEndObject();
				}
			}
			this.json.writeEndArray();
		}

		private void scenarios() {
			this.json.writeArrayPropertyStart("scenarios");
			for (int s = 0; s < this.graph.scenarioId.length; s++) {
				this.json.writeStartObject();
				this.json.writeStringProperty("id", this.graph.scenarioId[s]);
				this.json.writeStringProperty("name", this.graph.scenarioName[s]);
				this.json.writeStringProperty("nameZh", this.graph.scenarioNameZh[s]);
				this.json.writeStringProperty("sector", GeneratorWords.SECTORS[this.graph.scenarioSector[s]]);
				this.json.writeNullProperty("description");
				this.json.writeArrayPropertyStart("requires");
				for (int capability : this.graph.requires[s]) {
					this.json.writeString(this.graph.capabilityId[capability]);
				}
				this.json.writeEndArray();
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
		}

		private void companies() {
			this.json.writeArrayPropertyStart("companies");
			for (int c = 0; c < this.graph.companyCount; c++) {
				company(c);
			}
			this.json.writeEndArray();
		}

		private void company(int c) {
			GeneratorGraph g = this.graph;
			int kind = g.kind[c];
			String[] first = GeneratorWords.SYLLABLES[this.dice.nextInt(GeneratorWords.SYLLABLES.length)];
			String[] second = GeneratorWords.SYLLABLES[this.dice.nextInt(GeneratorWords.SYLLABLES.length)];
			String[][] suffixes = (kind == GeneratorWords.INVESTOR) ? GeneratorWords.INVESTOR_SUFFIXES
					: (kind == GeneratorWords.INSTITUTION) ? GeneratorWords.INSTITUTION_SUFFIXES
							: GeneratorWords.COMPANY_SUFFIXES[g.primaryLayer[c]];
			String[] suffix = suffixes[this.dice.nextInt(suffixes.length)];
			String brand = first[0] + second[0].toLowerCase(Locale.ROOT);

			this.json.writeStartObject();
			this.json.writeStringProperty("id", companyId(c));
			this.json.writeStringProperty("name", brand + " " + suffix[0]);
			this.json.writeStringProperty("nameZh", this.dice.chance(0.55) ? first[1] + second[1] + suffix[1] : null);
			this.json.writeStringProperty("kind", GeneratorWords.KINDS[kind]);
			this.json.writeStringProperty("stage", stage(kind, g.foundedYear[c]));
			if (g.foundedYear[c] > 0) {
				this.json.writeNumberProperty("foundedYear", g.foundedYear[c]);
			}
			else {
				this.json.writeNullProperty("foundedYear");
			}
			if (this.dice.chance(0.9)) {
				this.json.writeNumberProperty("headcount", headcount(kind));
			}
			else {
				this.json.writeNullProperty("headcount");
			}
			this.json.writeStringProperty("website", this.dice.chance(0.6) ? "https://" + brand.toLowerCase(Locale.ROOT)
					+ "-" + suffix[0].toLowerCase(Locale.ROOT).replace(' ', '-') + ".example" : null);
			this.json.writeStringProperty("description", this.dice.chance(0.35) ? description(c) : null);
			this.json.writeBooleanProperty("archived", g.archived[c]);
			location(c);
			this.json.writeArrayPropertyStart("offers");
			for (int i = g.offerStart[c]; i < g.offerStart[c + 1]; i++) {
				this.json.writeString(g.capabilityId[g.offers[i]]);
			}
			this.json.writeEndArray();
			this.json.writeArrayPropertyStart("needs");
			for (int i = g.needStart[c]; i < g.needStart[c + 1]; i++) {
				this.json.writeStartObject();
				this.json.writeStringProperty("capability", g.capabilityId[g.needs[i]]);
				this.json.writeNumberProperty("priority", g.needPriority[i]);
				this.json.writeStringProperty("note", this.dice.chance(0.1)
						? GeneratorWords.NEED_NOTES[this.dice.nextInt(GeneratorWords.NEED_NOTES.length)] : null);
				this.json.writeEndObject();
			}
			this.json.writeEndArray();
			this.json.writeArrayPropertyStart("targets");
			for (int i = g.targetStart[c]; i < g.targetStart[c + 1]; i++) {
				this.json.writeString(g.scenarioId[g.targets[i]]);
			}
			this.json.writeEndArray();
			this.json.writeEndObject();
		}

		private void location(int c) {
			int b = this.graph.building[c];
			if (b < 0) {
				this.json.writeNullProperty("location");
				return;
			}
			int floor = this.graph.floor[c];
			String level = (floor > 0) ? GeneratorGraph.pad(floor, 2) : "B" + (-floor);
			this.json.writeObjectPropertyStart("location");
			this.json.writeStringProperty("building", buildingId(b));
			this.json.writeNumberProperty("floor", floor);
			this.json.writeStringProperty("unit", level + "-" + GeneratorGraph.pad(this.graph.unit[c], 2));
			this.json.writeEndObject();
		}

		/** A startup's stage follows its age: about a round every two years. */
		private String stage(int kind, int foundedYear) {
			if (this.dice.chance(0.07)) {
				return null;
			}
			int age = (foundedYear > 0) ? GeneratorGraph.LAST_FOUNDED_YEAR - foundedYear : 3;
			int stage = switch (kind) {
				case GeneratorWords.STARTUP ->
					Math.max(0, Math.min(4, (int) Math.floor(age / 2.2 + 0.8 * this.dice.nextGaussian() + 0.5)));
				case GeneratorWords.ENTERPRISE -> this.dice.pick(0, 0, 0, 5, 15, 50, 30);
				case GeneratorWords.PLATFORM -> this.dice.pick(0, 0, 5, 15, 35, 45, 0);
				default -> GeneratorWords.STAGES.length - 1;
			};
			return GeneratorWords.STAGES[stage];
		}

		/** Log-normal around a typical size for the kind. */
		private long headcount(int kind) {
			double median = switch (kind) {
				case GeneratorWords.STARTUP -> 25;
				case GeneratorWords.ENTERPRISE -> 2000;
				case GeneratorWords.PLATFORM -> 3000;
				case GeneratorWords.INVESTOR -> 30;
				default -> 400;
			};
			double size = median * StrictMath.exp(0.9 * this.dice.nextGaussian());
			return Math.max(1, Math.min(10_000_000, Math.round(size)));
		}

		private String description(int c) {
			GeneratorGraph g = this.graph;
			String offer = lowerFirst(g.capabilityName[g.offers[g.offerStart[c]]]);
			int offerCount = g.offerStart[c + 1] - g.offerStart[c];
			int needCount = g.needStart[c + 1] - g.needStart[c];
			return switch (this.dice.nextInt(4)) {
				case 0 -> {
					String what = GeneratorWords.LAYER_WORDS[g.primaryLayer[c]];
					String article = ("aeiou".indexOf(Character.toLowerCase(what.charAt(0))) >= 0) ? "An " : "A ";
					yield article + what + " company offering " + offer + ".";
				}
				case 1 -> (offerCount > 1) ? "Offers " + offer + " and "
						+ lowerFirst(g.capabilityName[g.offers[g.offerStart[c] + 1]]) + "." : "Offers " + offer + ".";
				case 2 ->
					(needCount > 0)
							? "Offers " + offer + "; looking for "
									+ lowerFirst(g.capabilityName[g.needs[g.needStart[c]]]) + "."
							: "Offers " + offer + ".";
				default -> (g.building[c] >= 0)
						? "Offers " + offer + " from "
								+ GeneratorWords.HUBS[g.hubTemplate[g.buildingHub[g.building[c]]]][2] + ", Shanghai."
						: "Offers " + offer + " across China.";
			};
		}

		private void partnerships() {
			GeneratorGraph g = this.graph;
			this.json.writeArrayPropertyStart("partnerships");
			for (int a = 0; a < g.companyCount; a++) {
				for (int b : g.partners[a]) {
					if (b > a) {
						this.json.writeStartObject();
						this.json.writeArrayPropertyStart("companies");
						this.json.writeString(companyId(a));
						this.json.writeString(companyId(b));
						this.json.writeEndArray();
						this.json.writeStringProperty("since", since(a, b));
						this.json.writeEndObject();
					}
				}
			}
			this.json.writeEndArray();
		}

		/**
		 * A day after both were founded, later days more likely: partnerships accumulate.
		 */
		private String since(int a, int b) {
			int founded = Math.max(this.graph.foundedYear[a], this.graph.foundedYear[b]);
			long first = Math.max(GeneratorGraph.FIRST_PARTNERSHIP_DAY,
					(founded > 0) ? LocalDate.of(founded, 1, 1).toEpochDay() : 0);
			long span = GeneratorGraph.LAST_PARTNERSHIP_DAY - first + 1;
			return LocalDate.ofEpochDay(first + (long) (span * Math.sqrt(this.dates.nextDouble()))).toString();
		}

		private String hubId(int hub) {
			return "hub-" + GeneratorGraph.pad(hub + 1, this.hubDigits);
		}

		private String hubName(int hub) {
			return GeneratorWords.HUBS[this.graph.hubTemplate[hub]][0] + " " + hubNumber(hub);
		}

		private static int hubNumber(int hub) {
			return hub / GeneratorWords.HUBS.length + 1;
		}

		private String buildingId(int building) {
			return "bldg-" + GeneratorGraph.pad(building + 1, this.buildingDigits);
		}

		private String companyId(int company) {
			return "co-" + GeneratorGraph.pad(company + 1, this.companyDigits);
		}

		private static int digits(int count) {
			return Integer.toString(count).length();
		}

		/** "Elastic GPU compute" becomes "elastic GPU compute"; "B2B sales" stays. */
		private static String lowerFirst(String name) {
			return (name.length() > 1 && Character.isLowerCase(name.charAt(1)))
					? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
		}

	}

}
