package org.upstairs.bulk;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static org.upstairs.bulk.GeneratorWords.APPLICATION;
import static org.upstairs.bulk.GeneratorWords.CAPABILITIES_PER_LAYER;
import static org.upstairs.bulk.GeneratorWords.COMPUTE;
import static org.upstairs.bulk.GeneratorWords.DATA;
import static org.upstairs.bulk.GeneratorWords.ENTERPRISE;
import static org.upstairs.bulk.GeneratorWords.INSTITUTION;
import static org.upstairs.bulk.GeneratorWords.INVESTOR;
import static org.upstairs.bulk.GeneratorWords.MARKETING;
import static org.upstairs.bulk.GeneratorWords.MODEL;
import static org.upstairs.bulk.GeneratorWords.PLATFORM;
import static org.upstairs.bulk.GeneratorWords.SCENARIO_DESIGN;
import static org.upstairs.bulk.GeneratorWords.SERVICES;
import static org.upstairs.bulk.GeneratorWords.STARTUP;

/**
 * The structure of a generated document, held as int arrays so that 100,000s of companies
 * fit in a few megabytes: the capability chain, scenarios, places, and per company its
 * layer, kind, location, offers, needs, targets and partners. Names and descriptions are
 * not here; {@link HubGenerator} draws them while it writes.
 * <p>
 * Every index is in id order (capabilities and scenarios are numbered in the alphabetical
 * order of their ids), so sorted int arrays are lists sorted by id.
 */
final class GeneratorGraph {

	static final int SCENARIO_COUNT = 60;

	/** Companies per hub and per building, roughly. */
	static final int COMPANIES_PER_HUB = 2000;

	static final int COMPANIES_PER_BUILDING = 150;

	/** Share of companies per primary layer, in percent, in chain order. */
	private static final int[] LAYER_SHARES = { 8, 12, 10, 15, 30, 8, 7, 10 };

	/**
	 * Share of each kind (STARTUP, ENTERPRISE, PLATFORM, INVESTOR, INSTITUTION) per
	 * primary layer, in percent: investors fund and institutions assess, so both are
	 * mostly SERVICES.
	 */
	private static final int[][] KIND_SHARES = { { 65, 20, 15, 0, 0 }, { 84, 6, 6, 0, 4 }, { 78, 6, 8, 0, 8 },
			{ 90, 4, 6, 0, 0 }, { 89, 8, 3, 0, 0 }, { 95, 5, 0, 0, 0 }, { 90, 5, 5, 0, 0 }, { 45, 10, 0, 30, 15 } };

	/**
	 * How high up a layer's companies tend to sit in a building, as a share of its
	 * floors.
	 */
	private static final double[] LAYER_HEIGHT = { 0.85, 0.7, 0.65, 0.5, 0.4, 0.3, 0.15, 0.2 };

	/**
	 * Layers a scenario's required capabilities come from, in percent, in chain order.
	 */
	private static final int[] REQUIRED_LAYER_SHARES = { 4, 17, 25, 6, 40, 8, 0, 0 };

	/** Mean partnerships per company is twice this. */
	private static final double PARTNERSHIPS_PER_COMPANY = 1.5;

	static final long FIRST_PARTNERSHIP_DAY = java.time.LocalDate.of(2019, 1, 1).toEpochDay();

	static final long LAST_PARTNERSHIP_DAY = java.time.LocalDate.of(2026, 10, 31).toEpochDay();

	static final int LAST_FOUNDED_YEAR = 2026;

	// The catalogue: capabilities, the FEEDS chain and scenarios

	final int[] capabilityLayer;

	final String[] capabilityId;

	final String[] capabilityName;

	final String[] capabilityNameZh;

	/** Per chain layer, its capabilities in id order. */
	final int[][] capabilitiesOfLayer;

	final int[][] downstream;

	final int[][] upstream;

	final int feedCount;

	final int[] scenarioSector;

	final String[] scenarioId;

	final String[] scenarioName;

	final String[] scenarioNameZh;

	final int[][] requires;

	final int[][] scenariosRequiring;

	// Places

	final int hubCount;

	/** Per hub, which entry of {@link GeneratorWords#HUBS} it is named after. */
	final int[] hubTemplate;

	final int[] buildingHub;

	final int[] buildingFloors;

	final int[] buildingBasements;

	// Companies

	final int companyCount;

	final byte[] primaryLayer;

	final byte[] kind;

	/** 0 where the founding year is unknown. */
	final short[] foundedYear;

	final boolean[] archived;

	/** -1 where the company has no location. */
	final int[] building;

	final byte[] floor;

	final short[] unit;

	final int[] offerStart;

	final int[] offers;

	final int[] needStart;

	final int[] needs;

	final byte[] needPriority;

	final int[] targetStart;

	final int[] targets;

	// Partnerships: each company's partners, in id order once sealed

	final int[][] partners;

	final int[] partnerCount;

	long partnershipCount;

	// Scratch for partnership generation

	private final double[] activity;

	/**
	 * Companies sorted by where they sit (building, floor, id), and where each one is in
	 * it.
	 */
	private final int[] companyAtPlace;

	private final int[] placeOf;

	private final int[] hubPlaceStart;

	private final int[] buildingPlaceStart;

	private final int[] offererStart;

	private final int[] offerers;

	private final int[] neederStart;

	private final int[] needers;

	private final Popularity[] popularity;

	GeneratorGraph(int companies, long seed) {
		SplittableRandom root = new SplittableRandom(seed);
		Dice catalogueDice = new Dice(root.split());
		Dice placeDice = new Dice(root.split());
		Dice companyDice = new Dice(root.split());
		Dice partnershipDice = new Dice(root.split());

		// Capabilities, numbered layer by layer in the alphabetical order of their ids
		int capabilityTotal = Arrays.stream(CAPABILITIES_PER_LAYER).sum();
		this.capabilityLayer = new int[capabilityTotal];
		this.capabilityId = new String[capabilityTotal];
		this.capabilityName = new String[capabilityTotal];
		this.capabilityNameZh = new String[capabilityTotal];
		this.capabilitiesOfLayer = new int[GeneratorWords.LAYERS.length][];
		int next = 0;
		for (int layer : inIdOrder(GeneratorWords.LAYERS, "cap-")) {
			int count = CAPABILITIES_PER_LAYER[layer];
			String[][] nouns = GeneratorWords.CAPABILITY_NOUNS[layer];
			String[][] qualifiers = GeneratorWords.CAPABILITY_QUALIFIERS[layer];
			int[] combinations = catalogueDice.permutation(nouns.length * qualifiers.length);
			this.capabilitiesOfLayer[layer] = new int[count];
			for (int i = 0; i < count; i++) {
				String[] noun = nouns[combinations[i] % nouns.length];
				String[] qualifier = qualifiers[combinations[i] / nouns.length];
				this.capabilityLayer[next] = layer;
				this.capabilityId[next] = "cap-" + slug(GeneratorWords.LAYERS[layer]) + "-" + pad(i + 1, 3);
				this.capabilityName[next] = qualifier[0] + " " + noun[0];
				this.capabilityNameZh[next] = catalogueDice.chance(0.6) ? qualifier[1] + noun[1] : null;
				this.capabilitiesOfLayer[layer][i] = next++;
			}
		}
		this.popularity = new Popularity[GeneratorWords.LAYERS.length];
		for (int layer = 0; layer < this.popularity.length; layer++) {
			this.popularity[layer] = new Popularity(this.capabilitiesOfLayer[layer], catalogueDice);
		}

		// FEEDS: each layer into the next one down the chain, neighbours into neighbours
		TreeSet<Long> feeds = new TreeSet<>();
		for (int layer = COMPUTE; layer < MARKETING; layer++) {
			int[] from = this.capabilitiesOfLayer[layer];
			for (int position = 0; position < from.length; position++) {
				int fanOut = 1 + catalogueDice.pick(45, 35, 20);
				for (int k = 0; k < fanOut; k++) {
					feeds.add(link(from[position], near(position, from.length, layer + 1, 2.5, catalogueDice)));
				}
				if (layer + 2 <= MARKETING && catalogueDice.chance(0.12)) {
					feeds.add(link(from[position], near(position, from.length, layer + 2, 2.5, catalogueDice)));
				}
			}
		}
		for (int service : this.capabilitiesOfLayer[SERVICES]) {
			if (catalogueDice.chance(0.25)) {
				int target = this.popularity[catalogueDice.chance(0.5) ? MODEL : APPLICATION].sample(catalogueDice);
				feeds.add(link(service, target));
			}
		}
		// A capability nobody feeds would leave its buyers with nothing upstream to need
		boolean[] fed = new boolean[capabilityTotal];
		feeds.forEach((feed) -> fed[(int) (long) feed] = true);
		for (int layer = DATA; layer <= MARKETING; layer++) {
			int[] to = this.capabilitiesOfLayer[layer];
			for (int position = 0; position < to.length; position++) {
				if (!fed[to[position]]) {
					feeds.add(link(near(position, to.length, layer - 1, 0, catalogueDice), to[position]));
				}
			}
		}
		this.feedCount = feeds.size();
		this.downstream = adjacency(feeds, capabilityTotal, false);
		this.upstream = adjacency(feeds, capabilityTotal, true);

		// Scenarios, numbered sector by sector in the alphabetical order of their ids
		String[] sectors = GeneratorWords.SECTORS;
		this.scenarioSector = new int[SCENARIO_COUNT];
		this.scenarioId = new String[SCENARIO_COUNT];
		this.scenarioName = new String[SCENARIO_COUNT];
		this.scenarioNameZh = new String[SCENARIO_COUNT];
		this.requires = new int[SCENARIO_COUNT][];
		next = 0;
		for (int sector : inIdOrder(sectors, "sc-")) {
			int count = SCENARIO_COUNT / sectors.length + ((sector < SCENARIO_COUNT % sectors.length) ? 1 : 0);
			int[] chosen = catalogueDice.permutation(GeneratorWords.SCENARIOS[sector].length);
			for (int i = 0; i < count; i++) {
				String[] name = GeneratorWords.SCENARIOS[sector][chosen[i]];
				this.scenarioSector[next] = sector;
				this.scenarioId[next] = "sc-" + slug(sectors[sector]) + "-" + pad(i + 1, 2);
				this.scenarioName[next] = name[0];
				this.scenarioNameZh[next] = catalogueDice.chance(0.8) ? name[1] : null;
				TreeSet<Integer> required = new TreeSet<>();
				int wanted = 3 + catalogueDice.nextInt(4);
				while (required.size() < wanted) {
					required.add(this.popularity[catalogueDice.pick(REQUIRED_LAYER_SHARES)].sample(catalogueDice));
				}
				this.requires[next++] = required.stream().mapToInt(Integer::intValue).toArray();
			}
		}
		this.scenariosRequiring = invert(this.requires, capabilityTotal);

		// Hubs and buildings: every hub has a building, bigger hubs more
		this.hubCount = Math.max(1, companies / COMPANIES_PER_HUB);
		int buildingCount = Math.max(this.hubCount, Math.round(companies / (float) COMPANIES_PER_BUILDING));
		this.hubTemplate = new int[this.hubCount];
		double[] hubWeight = new double[this.hubCount];
		for (int hub = 0; hub < this.hubCount; hub++) {
			this.hubTemplate[hub] = hub % GeneratorWords.HUBS.length;
			hubWeight[hub] = 0.5 + placeDice.nextDouble();
		}
		int[] buildingsPerHub = new int[this.hubCount];
		Arrays.fill(buildingsPerHub, 1);
		Popularity hubs = new Popularity(hubWeight);
		for (int extra = this.hubCount; extra < buildingCount; extra++) {
			buildingsPerHub[hubs.sample(placeDice)]++;
		}
		this.buildingHub = new int[buildingCount];
		this.buildingFloors = new int[buildingCount];
		this.buildingBasements = new int[buildingCount];
		double[] buildingWeight = new double[buildingCount];
		next = 0;
		for (int hub = 0; hub < this.hubCount; hub++) {
			for (int k = 0; k < buildingsPerHub[hub]; k++) {
				this.buildingHub[next] = hub;
				this.buildingFloors[next] = 5 + placeDice.nextInt(26);
				this.buildingBasements[next] = placeDice.pick(50, 35, 15);
				buildingWeight[next] = this.buildingFloors[next];
				next++;
			}
		}
		Popularity buildings = new Popularity(buildingWeight);
		short[][] unitsTaken = new short[buildingCount][];
		for (int b = 0; b < buildingCount; b++) {
			unitsTaken[b] = new short[this.buildingFloors[b] + this.buildingBasements[b] + 1];
		}

		// Companies
		this.companyCount = companies;
		this.primaryLayer = new byte[companies];
		this.kind = new byte[companies];
		this.foundedYear = new short[companies];
		this.archived = new boolean[companies];
		this.building = new int[companies];
		this.floor = new byte[companies];
		this.unit = new short[companies];
		this.activity = new double[companies];
		this.offerStart = new int[companies + 1];
		this.needStart = new int[companies + 1];
		this.targetStart = new int[companies + 1];
		IntList offerList = new IntList(companies * 3);
		IntList needList = new IntList(companies * 3);
		IntList priorityList = new IntList(companies * 3);
		IntList targetList = new IntList(companies);
		IntList scratch = new IntList(64);
		for (int c = 0; c < companies; c++) {
			int primary = companyDice.pick(LAYER_SHARES);
			int kind = companyDice.pick(KIND_SHARES[primary]);
			this.primaryLayer[c] = (byte) primary;
			this.kind[c] = (byte) kind;
			this.foundedYear[c] = (short) foundedYear(kind, companyDice);
			this.archived[c] = companyDice.chance(0.02);
			locate(c, primary, kind, buildings, unitsTaken, companyDice);

			int offerFrom = offerList.size();
			drawOffers(primary, kind, offerList, companyDice);
			Arrays.sort(offerList.array(), offerFrom, offerList.size());
			this.offerStart[c + 1] = offerList.size();

			drawNeeds(primary, offerList, offerFrom, needList, priorityList, companyDice);
			sortNeeds(needList, priorityList, this.needStart[c]);
			this.needStart[c + 1] = needList.size();

			drawTargets(primary, offerList, offerFrom, targetList, scratch, companyDice);
			Arrays.sort(targetList.array(), this.targetStart[c], targetList.size());
			this.targetStart[c + 1] = targetList.size();

			this.activity[c] = activity(kind, offerList.size() - offerFrom, this.archived[c], companyDice);
		}
		this.offers = offerList.toArray();
		this.needs = needList.toArray();
		this.needPriority = new byte[this.needs.length];
		for (int i = 0; i < this.needs.length; i++) {
			this.needPriority[i] = (byte) priorityList.get(i);
		}
		this.targets = targetList.toArray();

		// Partnerships
		this.companyAtPlace = new int[companies];
		this.placeOf = new int[companies];
		this.hubPlaceStart = new int[this.hubCount + 1];
		this.buildingPlaceStart = new int[buildingCount + 1];
		sortByPlace();
		this.offererStart = new int[capabilityTotal + 1];
		this.offerers = byCapability(this.offerStart, this.offers, this.offererStart);
		this.neederStart = new int[capabilityTotal + 1];
		this.needers = byCapability(this.needStart, this.needs, this.neederStart);
		this.partners = new int[companies][];
		this.partnerCount = new int[companies];
		drawPartnerships(partnershipDice);
	}

	int capabilityCount() {
		return this.capabilityLayer.length;
	}

	int buildingCount() {
		return this.buildingHub.length;
	}

	/**
	 * A capability near {@code position} (of {@code length}) in another layer, scaled to
	 * its size.
	 */
	private int near(int position, int length, int layer, double spread, Dice dice) {
		int[] to = this.capabilitiesOfLayer[layer];
		double centre = (position + 0.5) * to.length / length;
		int index = (int) Math.floor(centre + spread * dice.nextGaussian());
		return to[Math.max(0, Math.min(to.length - 1, index))];
	}

	private static long link(int from, int to) {
		return ((long) from << 32) | to;
	}

	private static int[][] adjacency(TreeSet<Long> links, int size, boolean reversed) {
		IntList[] lists = new IntList[size];
		for (long link : links) {
			int from = (int) (link >>> 32);
			int to = (int) link;
			int key = reversed ? to : from;
			if (lists[key] == null) {
				lists[key] = new IntList(4);
			}
			lists[key].add(reversed ? from : to);
		}
		int[][] adjacency = new int[size][];
		for (int i = 0; i < size; i++) {
			adjacency[i] = (lists[i] != null) ? lists[i].toArray() : new int[0];
			Arrays.sort(adjacency[i]);
		}
		return adjacency;
	}

	private static int[][] invert(int[][] lists, int size) {
		IntList[] inverted = new IntList[size];
		for (int i = 0; i < size; i++) {
			inverted[i] = new IntList(2);
		}
		for (int from = 0; from < lists.length; from++) {
			for (int to : lists[from]) {
				inverted[to].add(from);
			}
		}
		int[][] result = new int[size][];
		for (int i = 0; i < size; i++) {
			result[i] = inverted[i].toArray();
		}
		return result;
	}

	private static int foundedYear(int kind, Dice dice) {
		if (dice.chance(0.05)) {
			return 0;
		}
		return switch (kind) {
			case STARTUP -> LAST_FOUNDED_YEAR - Math.min(12, (int) (dice.nextDouble() * dice.nextDouble() * 13));
			case ENTERPRISE -> 1950 + dice.nextInt(66);
			case PLATFORM -> 1998 + dice.nextInt(22);
			case INVESTOR -> 1995 + dice.nextInt(28);
			default -> 1900 + dice.nextInt(111);
		};
	}

	/**
	 * A floor in a building, higher up for companies upstream in the chain; a unit on it.
	 */
	private void locate(int c, int primary, int kind, Popularity buildings, short[][] unitsTaken, Dice dice) {
		double located = (kind == INVESTOR) ? 0.7 : (kind == INSTITUTION) ? 0.75 : 0.92;
		if (!dice.chance(located)) {
			this.building[c] = -1;
			return;
		}
		int b = buildings.sample(dice);
		int floors = this.buildingFloors[b];
		int basements = this.buildingBasements[b];
		int floor;
		if (basements > 0 && dice.chance(0.04)) {
			floor = -1 - dice.nextInt(basements);
		}
		else {
			double height = LAYER_HEIGHT[primary] + 0.25 * dice.nextGaussian();
			floor = 1 + Math.max(0, Math.min(floors - 1, (int) (height * floors)));
		}
		int slot = (floor > 0) ? floor : floors - floor;
		this.building[c] = b;
		this.floor[c] = (byte) floor;
		this.unit[c] = ++unitsTaken[b][slot];
	}

	/**
	 * A heavy-tailed number of offers, mostly from the primary layer, related to each
	 * other.
	 */
	private void drawOffers(int primary, int kind, IntList offers, Dice dice) {
		int from = offers.size();
		int wanted = (kind == INVESTOR || kind == INSTITUTION) ? 1 + dice.nextInt(3) : dice.powerLaw(1.5, 30);
		if (kind == PLATFORM || kind == ENTERPRISE) {
			wanted = Math.min(30, wanted * 2);
		}
		int first = this.popularity[primary].sample(dice);
		offers.add(first);
		for (int attempt = 0; offers.size() - from < wanted && attempt < wanted * 4; attempt++) {
			int candidate;
			double roll = dice.nextDouble();
			if (roll < 0.5) {
				candidate = this.popularity[primary].sample(dice);
			}
			else if (roll < 0.8) {
				int[] layer = this.capabilitiesOfLayer[primary];
				int position = Arrays.binarySearch(layer, first) + dice.nextInt(7) - 3;
				candidate = layer[Math.max(0, Math.min(layer.length - 1, position))];
			}
			else {
				// Vertical integration: something its offers feed or are fed by
				int some = offers.get(from + dice.nextInt(offers.size() - from));
				int[] related = dice.chance(0.5) ? this.downstream[some] : this.upstream[some];
				if (related.length == 0) {
					continue;
				}
				candidate = related[dice.nextInt(related.length)];
			}
			if (!offers.contains(from, offers.size(), candidate)) {
				offers.add(candidate);
			}
		}
	}

	/**
	 * A heavy-tailed number of needs, mostly what feeds its offers or sits next to that
	 * in the layer upstream; priority 1 more often for those.
	 */
	private void drawNeeds(int primary, IntList offers, int offerFrom, IntList needs, IntList priorities, Dice dice) {
		int from = needs.size();
		int offerCount = offers.size() - offerFrom;
		int wanted = dice.chance(0.12) ? 0 : dice.powerLaw(1.3, 15);
		for (int attempt = 0; needs.size() - from < wanted && attempt < wanted * 6; attempt++) {
			int candidate = -1;
			boolean upstreamOfOffer = false;
			double roll = dice.nextDouble();
			if (roll < 0.75) {
				int[] feeders = this.upstream[offers.get(offerFrom + dice.nextInt(offerCount))];
				if (feeders.length > 0) {
					candidate = feeders[dice.nextInt(feeders.length)];
					upstreamOfOffer = true;
					if (roll >= 0.6) {
						// A neighbour of a feeder: the chain is laid out so neighbours
						// are related
						int[] layer = this.capabilitiesOfLayer[this.capabilityLayer[candidate]];
						int position = Arrays.binarySearch(layer, candidate) + dice.nextInt(7) - 3;
						candidate = layer[Math.max(0, Math.min(layer.length - 1, position))];
					}
					else if (dice.chance(0.15) && this.upstream[candidate].length > 0) {
						candidate = this.upstream[candidate][dice.nextInt(this.upstream[candidate].length)];
					}
				}
			}
			else if (roll < 0.87) {
				candidate = this.popularity[SERVICES].sample(dice);
			}
			if (candidate < 0) {
				int layer = (primary > COMPUTE && primary < SERVICES && dice.chance(0.7)) ? primary - 1
						: dice.nextInt(GeneratorWords.LAYERS.length);
				candidate = this.popularity[layer].sample(dice);
			}
			if (offers.contains(offerFrom, offerFrom + offerCount, candidate)
					|| needs.contains(from, needs.size(), candidate)) {
				continue;
			}
			needs.add(candidate);
			priorities.add(upstreamOfOffer ? 1 + dice.pick(45, 40, 15) : 1 + dice.pick(20, 50, 30));
		}
	}

	private static void sortNeeds(IntList needs, IntList priorities, int from) {
		// Insertion sort: a company has at most 15 needs
		int[] capability = needs.array();
		int[] priority = priorities.array();
		for (int i = from + 1; i < needs.size(); i++) {
			int c = capability[i];
			int p = priority[i];
			int j = i - 1;
			while (j >= from && capability[j] > c) {
				capability[j + 1] = capability[j];
				priority[j + 1] = priority[j];
				j--;
			}
			capability[j + 1] = c;
			priority[j + 1] = p;
		}
	}

	/**
	 * Scenarios requiring what the company offers (weighted up) or what is next to it in
	 * the chain; companies downstream of applications reach them two steps up.
	 */
	private void drawTargets(int primary, IntList offers, int offerFrom, IntList targets, IntList candidates,
			Dice dice) {
		int wanted;
		if (primary == APPLICATION || primary == SCENARIO_DESIGN || primary == MARKETING) {
			wanted = 1 + dice.pick(50, 35, 15);
		}
		else {
			wanted = dice.chance(0.05) ? 1 : 0;
		}
		if (wanted == 0) {
			return;
		}
		candidates.clear();
		for (int i = offerFrom; i < offers.size(); i++) {
			int offer = offers.get(i);
			for (int k = 0; k < 3; k++) {
				candidates.addAll(this.scenariosRequiring[offer]);
			}
			for (int down : this.downstream[offer]) {
				candidates.addAll(this.scenariosRequiring[down]);
			}
			for (int up : this.upstream[offer]) {
				candidates.addAll(this.scenariosRequiring[up]);
				if (primary == SCENARIO_DESIGN || primary == MARKETING) {
					for (int further : this.upstream[up]) {
						candidates.addAll(this.scenariosRequiring[further]);
					}
				}
			}
		}
		int from = targets.size();
		for (int attempt = 0; targets.size() - from < wanted && attempt < wanted * 5; attempt++) {
			int scenario = (candidates.size() > 0) ? candidates.get(dice.nextInt(candidates.size()))
					: dice.nextInt(SCENARIO_COUNT);
			if (!targets.contains(from, targets.size(), scenario)) {
				targets.add(scenario);
			}
		}
	}

	/**
	 * How much a company seeks partners: heavy-tailed, more for big and broad companies.
	 */
	private static double activity(int kind, int offerCount, boolean archived, Dice dice) {
		double factor = switch (kind) {
			case PLATFORM -> 3;
			case ENTERPRISE -> 2;
			case INVESTOR -> 2.5;
			case INSTITUTION -> 1.5;
			default -> 1;
		};
		double weight = Math.min(100, dice.pareto(1.6)) * factor * (1 + 0.1 * offerCount);
		return archived ? weight * 0.3 : weight;
	}

	private void sortByPlace() {
		int buildings = this.buildingHub.length;
		long[] keys = new long[this.companyCount];
		for (int c = 0; c < this.companyCount; c++) {
			long building = (this.building[c] >= 0) ? this.building[c] : buildings;
			keys[c] = (building << 40) | ((long) (this.floor[c] + 64) << 32) | c;
		}
		Arrays.sort(keys);
		Arrays.fill(this.hubPlaceStart, -1);
		Arrays.fill(this.buildingPlaceStart, -1);
		for (int place = this.companyCount - 1; place >= 0; place--) {
			int c = (int) keys[place];
			this.companyAtPlace[place] = c;
			this.placeOf[c] = place;
			if (this.building[c] >= 0) {
				this.buildingPlaceStart[this.building[c]] = place;
				this.hubPlaceStart[this.buildingHub[this.building[c]]] = place;
			}
		}
		// A building or hub nobody sits in starts where the next one does
		int located = 0;
		while (located < this.companyCount && this.building[this.companyAtPlace[located]] >= 0) {
			located++;
		}
		this.buildingPlaceStart[buildings] = located;
		this.hubPlaceStart[this.hubCount] = located;
		for (int b = buildings - 1; b >= 0; b--) {
			if (this.buildingPlaceStart[b] < 0) {
				this.buildingPlaceStart[b] = this.buildingPlaceStart[b + 1];
			}
		}
		for (int h = this.hubCount - 1; h >= 0; h--) {
			if (this.hubPlaceStart[h] < 0) {
				this.hubPlaceStart[h] = this.hubPlaceStart[h + 1];
			}
		}
	}

	/** Per capability, the places of the companies linked to it, ascending. */
	private int[] byCapability(int[] start, int[] links, int[] capabilityStart) {
		for (int link : links) {
			capabilityStart[link + 1]++;
		}
		for (int i = 0; i < capabilityStart.length - 1; i++) {
			capabilityStart[i + 1] += capabilityStart[i];
		}
		int[] fill = Arrays.copyOf(capabilityStart, capabilityStart.length - 1);
		int[] places = new int[links.length];
		for (int place = 0; place < this.companyCount; place++) {
			int c = this.companyAtPlace[place];
			for (int i = start[c]; i < start[c + 1]; i++) {
				places[fill[links[i]]++] = place;
			}
		}
		return places;
	}

	/**
	 * Partnerships that structure explains: most between a company and a supplier of what
	 * it needs, nearby where possible; many closing a triangle; a few at random. Who
	 * starts one is drawn by activity, which makes degrees heavy-tailed.
	 */
	private void drawPartnerships(Dice dice) {
		long possible = (long) this.companyCount * (this.companyCount - 1) / 2;
		long wanted = Math.min(possible, Math.round(this.companyCount * PARTNERSHIPS_PER_COMPANY));
		Popularity initiators = new Popularity(this.activity);
		for (long attempt = 0; this.partnershipCount < wanted && attempt < wanted * 5 + 100; attempt++) {
			int a = initiators.sample(dice);
			double roll = dice.nextDouble();
			int b = -1;
			if (roll < 0.25 && this.partnerCount[a] > 0) {
				b = partnerOfPartner(a, dice);
			}
			else if (roll < 0.85) {
				b = supplierOrCustomer(a, dice);
			}
			if (b < 0 && roll >= 0.85) {
				b = dice.nextInt(this.companyCount);
			}
			if (b >= 0 && b != a && !arePartners(a, b)) {
				addPartner(a, b);
				addPartner(b, a);
				this.partnershipCount++;
			}
		}
		for (int c = 0; c < this.companyCount; c++) {
			this.partners[c] = (this.partners[c] == null) ? new int[0]
					: Arrays.copyOf(this.partners[c], this.partnerCount[c]);
			Arrays.sort(this.partners[c]);
		}
	}

	private int partnerOfPartner(int a, Dice dice) {
		for (int attempt = 0; attempt < 3; attempt++) {
			int p = this.partners[a][dice.nextInt(this.partnerCount[a])];
			int q = this.partners[p][dice.nextInt(this.partnerCount[p])];
			if (q != a && !arePartners(a, q)) {
				return q;
			}
		}
		return -1;
	}

	/**
	 * A supplier of one of its needs (the urgent ones first) or, lacking needs, a buyer.
	 */
	private int supplierOrCustomer(int a, Dice dice) {
		int needCount = this.needStart[a + 1] - this.needStart[a];
		int offerCount = this.offerStart[a + 1] - this.offerStart[a];
		if (needCount > 0 && (offerCount == 0 || dice.chance(0.8))) {
			int need = this.needStart[a];
			double best = -1;
			for (int i = this.needStart[a]; i < this.needStart[a + 1]; i++) {
				double score = (4 - this.needPriority[i]) * dice.nextDouble();
				if (score > best) {
					best = score;
					need = i;
				}
			}
			int capability = this.needs[need];
			return nearby(a, this.offerers, this.offererStart[capability], this.offererStart[capability + 1], dice);
		}
		int capability = this.offers[this.offerStart[a] + dice.nextInt(offerCount)];
		return nearby(a, this.needers, this.neederStart[capability], this.neederStart[capability + 1], dice);
	}

	/**
	 * One of the companies at places {@code places[from..to)}: for a company with a
	 * location, in its hub 78% of the time (about two thirds of all supplier
	 * partnerships, counting those without one) and then often in its building, weighted
	 * by activity and by how few floors apart.
	 */
	private int nearby(int a, int[] places, int from, int to, Dice dice) {
		if (from == to) {
			return -1;
		}
		int b = this.building[a];
		if (b >= 0 && dice.chance(0.78)) {
			int hub = this.buildingHub[b];
			int hubFrom = lowerBound(places, from, to, this.hubPlaceStart[hub]);
			int hubTo = lowerBound(places, hubFrom, to, this.hubPlaceStart[hub + 1]);
			if (hubFrom < hubTo) {
				from = hubFrom;
				to = hubTo;
				if (dice.chance(0.5)) {
					int buildingFrom = lowerBound(places, from, to, this.buildingPlaceStart[b]);
					int buildingTo = lowerBound(places, buildingFrom, to, this.buildingPlaceStart[b + 1]);
					if (buildingFrom < buildingTo) {
						from = buildingFrom;
						to = buildingTo;
					}
				}
			}
		}
		int chosen = -1;
		double total = 0;
		for (int k = 0; k < 4; k++) {
			int candidate = this.companyAtPlace[places[from + dice.nextInt(to - from)]];
			if (candidate == a || arePartners(a, candidate)) {
				continue;
			}
			double weight = this.activity[candidate];
			if (b >= 0 && this.building[candidate] == b) {
				weight *= 3.0 / (1 + Math.abs(this.floor[candidate] - this.floor[a]));
			}
			total += weight;
			if (dice.nextDouble() * total < weight) {
				chosen = candidate;
			}
		}
		return chosen;
	}

	private static int lowerBound(int[] sorted, int from, int to, int value) {
		while (from < to) {
			int middle = (from + to) >>> 1;
			if (sorted[middle] < value) {
				from = middle + 1;
			}
			else {
				to = middle;
			}
		}
		return from;
	}

	private boolean arePartners(int a, int b) {
		int shorter = (this.partnerCount[a] <= this.partnerCount[b]) ? a : b;
		int other = (shorter == a) ? b : a;
		int[] list = this.partners[shorter];
		for (int i = 0; i < this.partnerCount[shorter]; i++) {
			if (list[i] == other) {
				return true;
			}
		}
		return false;
	}

	private void addPartner(int a, int b) {
		int[] list = this.partners[a];
		if (list == null) {
			list = new int[4];
		}
		else if (this.partnerCount[a] == list.length) {
			list = Arrays.copyOf(list, list.length * 2);
		}
		list[this.partnerCount[a]++] = b;
		this.partners[a] = list;
	}

	/** Indexes of {@code names} in the alphabetical order of the ids they give. */
	private static Integer[] inIdOrder(String[] names, String prefix) {
		Integer[] order = new Integer[names.length];
		for (int i = 0; i < names.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> (prefix + slug(names[x]) + "-").compareTo(prefix + slug(names[y]) + "-"));
		return order;
	}

	static String slug(String constant) {
		return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static String pad(int number, int width) {
		String digits = Integer.toString(number);
		return (digits.length() >= width) ? digits : "0".repeat(width - digits.length()) + digits;
	}

	/**
	 * Random draws built only on {@link SplittableRandom#nextLong()}, whose sequence is
	 * fixed by its specification, and on {@link StrictMath}, so the same seed gives the
	 * same document on any JVM.
	 */
	static final class Dice {

		private final SplittableRandom random;

		Dice(SplittableRandom random) {
			this.random = random;
		}

		double nextDouble() {
			return (this.random.nextLong() >>> 11) * 0x1.0p-53;
		}

		int nextInt(int bound) {
			return (int) (nextDouble() * bound);
		}

		boolean chance(double probability) {
			return nextDouble() < probability;
		}

		/** Roughly standard normal: the sum of four uniforms, centred and scaled. */
		double nextGaussian() {
			return (nextDouble() + nextDouble() + nextDouble() + nextDouble() - 2) * 1.7320508075688772;
		}

		/** At least 1; P(X >= x) = x^-alpha. */
		double pareto(double alpha) {
			return StrictMath.pow(1 - nextDouble(), -1 / alpha);
		}

		/** 1 to max, heavy-tailed: most 1 to 3. */
		int powerLaw(double alpha, int max) {
			return (int) Math.min(max, Math.floor(pareto(alpha)));
		}

		/** An index drawn with the given weights. */
		int pick(int... weights) {
			int total = 0;
			for (int weight : weights) {
				total += weight;
			}
			int roll = nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				roll -= weights[i];
				if (roll < 0) {
					return i;
				}
			}
			throw new IllegalStateException("weights must be positive");
		}

		int[] permutation(int size) {
			int[] items = new int[size];
			for (int i = 0; i < size; i++) {
				items[i] = i;
			}
			for (int i = size - 1; i > 0; i--) {
				int j = nextInt(i + 1);
				int swap = items[i];
				items[i] = items[j];
				items[j] = swap;
			}
			return items;
		}

	}

	/**
	 * Draws items by weight; by default Zipf-like, the k-th most popular with weight
	 * 1/k^0.9.
	 */
	static final class Popularity {

		private final int[] items;

		private final double[] cumulative;

		Popularity(int[] items, Dice dice) {
			int[] order = dice.permutation(items.length);
			this.items = new int[items.length];
			this.cumulative = new double[items.length];
			double total = 0;
			for (int rank = 0; rank < items.length; rank++) {
				this.items[rank] = items[order[rank]];
				total += 1 / StrictMath.pow(rank + 1, 0.9);
				this.cumulative[rank] = total;
			}
		}

		Popularity(double[] weights) {
			this.items = new int[weights.length];
			this.cumulative = new double[weights.length];
			double total = 0;
			for (int i = 0; i < weights.length; i++) {
				this.items[i] = i;
				total += weights[i];
				this.cumulative[i] = total;
			}
		}

		int sample(Dice dice) {
			double roll = dice.nextDouble() * this.cumulative[this.cumulative.length - 1];
			int index = Arrays.binarySearch(this.cumulative, roll);
			index = (index >= 0) ? index + 1 : -index - 1;
			return this.items[Math.min(index, this.items.length - 1)];
		}

	}

	/** A growable int array. */
	static final class IntList {

		private int[] values;

		private int size;

		IntList(int capacity) {
			this.values = new int[Math.max(4, capacity)];
		}

		void add(int value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		void addAll(int[] more) {
			for (int value : more) {
				add(value);
			}
		}

		int get(int index) {
			return this.values[index];
		}

		int size() {
			return this.size;
		}

		void clear() {
			this.size = 0;
		}

		boolean contains(int from, int to, int value) {
			for (int i = from; i < to; i++) {
				if (this.values[i] == value) {
					return true;
				}
			}
			return false;
		}

		/** The backing array, valid up to {@link #size()}. */
		int[] array() {
			return this.values;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
