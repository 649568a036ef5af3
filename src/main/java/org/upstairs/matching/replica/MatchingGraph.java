package org.upstairs.matching.replica;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.upstairs.changelog.ChangedNode;

/**
 * The part of the graph that matching scores with, held in memory as arrays of small
 * integers: companies with what they offer, need and target, their partners and where
 * they sit; capabilities with their chain layer and FEEDS links; what scenarios require;
 * which hub a building belongs to. Every node is keyed by its element id and given a slot
 * number, so that a company's links are plain {@code int} arrays and "who offers this
 * capability" is a bit set over company slots.
 * <p>
 * It is filled and kept current by {@link MatchingReplica} from {@link NodeState}s read
 * from the database; the scoring is in {@link PartnerPicker} and
 * {@link CollaborationPicker}. Not thread-safe: the replica guards it with a read-write
 * lock.
 */
final class MatchingGraph {

	static final int NONE = -1;

	/** A location without a floor. */
	static final int NO_FLOOR = Integer.MIN_VALUE;

	private final Map<String, Integer> capabilitySlots = new HashMap<>();

	/** Each capability's id, for the order of evidence paths and to read it back. */
	private final List<String> capabilityIds = new ArrayList<>();

	/** Each capability's chain layer as a number (see {@link #layerIds}), or NONE. */
	private int[] capabilityLayers = new int[0];

	private final Map<String, Integer> layerIds = new HashMap<>();

	private final List<int[]> feedsOut = new ArrayList<>();

	private int[][] feedsIn = new int[0][];

	private boolean feedsInStale;

	private final List<BitSet> offerers = new ArrayList<>();

	private final List<BitSet> needers = new ArrayList<>();

	private final Map<String, Integer> scenarioSlots = new HashMap<>();

	private final List<int[]> requirements = new ArrayList<>();

	private final List<String> scenarioIds = new ArrayList<>();

	private final List<String> scenarioNames = new ArrayList<>();

	private final List<BitSet> targeters = new ArrayList<>();

	private final Map<String, Integer> buildingSlots = new HashMap<>();

	private int[] hubOfBuilding = new int[0];

	private final Map<String, Integer> hubSlots = new HashMap<>();

	private final Map<String, Integer> companySlotsByNode = new HashMap<>();

	private final Map<String, Integer> companySlotsById = new HashMap<>();

	private final List<CompanyEntry> companies = new ArrayList<>();

	/**
	 * The slots of matchable companies: a pick tests this before it reads a candidate's
	 * entry, which for tens of thousands of candidates costs a cache miss each.
	 */
	private final BitSet matchable = new BitSet();

	/**
	 * A company as matching sees it. Link arrays are sorted slot numbers; a need's
	 * urgency is at the same position as its capability. A company without an archived
	 * flag is neither archived (it may ask) nor matchable (it is never a partner), as in
	 * the matching queries, where {@code NOT partner.archived} is not true for it.
	 */
	record CompanyEntry(String id, String name, boolean archived, boolean matchable, int[] offers, int[] needs,
			double[] urgencies, int[] targets, int[] partners, int building, int floor) {

		boolean offers(int capability) {
			return Arrays.binarySearch(this.offers, capability) >= 0;
		}

		/**
		 * The urgency of its need of a capability, or a negative number if it has none.
		 */
		double urgencyOfNeed(int capability) {
			int at = Arrays.binarySearch(this.needs, capability);
			return (at >= 0) ? this.urgencies[at] : -1;
		}

	}

	// Reading

	int slotOfCompany(String id) {
		Integer slot = this.companySlotsById.get(id);
		return (slot != null) ? slot : NONE;
	}

	/**
	 * The company with an id.
	 * @param id the company's id
	 * @return the company, or null when the graph holds none with that id
	 */
	CompanyEntry companyWithId(String id) {
		Integer slot = this.companySlotsById.get(id);
		return (slot != null) ? this.companies.get(slot) : null;
	}

	/**
	 * The company in a slot, or null for a slot whose company is gone or not read yet.
	 */
	CompanyEntry company(int slot) {
		return this.companies.get(slot);
	}

	/** Whether the company in a slot may be a partner (it is there and active). */
	boolean matchable(int slot) {
		return this.matchable.get(slot);
	}

	int companySlots() {
		return this.companies.size();
	}

	int capabilitySlots() {
		return this.feedsOut.size();
	}

	/** The chain layer of a capability as a number below {@link #layers()}, or NONE. */
	int layer(int capability) {
		return this.capabilityLayers[capability];
	}

	int layers() {
		return this.layerIds.size();
	}

	/** A capability's id, or null when it has none or is gone. */
	String capabilityId(int capability) {
		return this.capabilityIds.get(capability);
	}

	/** A scenario's id, or null when it has none or is gone. */
	String scenarioId(int scenario) {
		return this.scenarioIds.get(scenario);
	}

	String scenarioName(int scenario) {
		return this.scenarioNames.get(scenario);
	}

	int[] feedsOut(int capability) {
		return this.feedsOut.get(capability);
	}

	int[] feedsIn(int capability) {
		if (this.feedsInStale) {
			throw new IllegalStateException("FEEDS read before the graph was settled");
		}
		return this.feedsIn[capability];
	}

	BitSet offerers(int capability) {
		return this.offerers.get(capability);
	}

	BitSet needers(int capability) {
		return this.needers.get(capability);
	}

	int[] requirements(int scenario) {
		return this.requirements.get(scenario);
	}

	int scenarioSlots() {
		return this.requirements.size();
	}

	BitSet targeters(int scenario) {
		return this.targeters.get(scenario);
	}

	int hubOf(int building) {
		return (building == NONE) ? NONE : this.hubOfBuilding[building];
	}

	int companies() {
		return this.companySlotsById.size();
	}

	// Writing

	/**
	 * Puts the current state of nodes into the graph; a node no longer in the database,
	 * or no longer of a kind matching reads, is taken out.
	 * @param states the nodes as read, in any order
	 */
	void apply(List<NodeState> states) {
		try {
			for (NodeState state : states) {
				forgetAsAnotherKind(state);
				switch (state.kind()) {
					case COMPANY -> putCompany(state);
					case CAPABILITY -> putCapability(state);
					case SCENARIO -> putScenario(state);
					case BUILDING -> putBuilding(state);
					case OTHER -> {
						// Deleted, or of no kind matching reads: forgotten above.
					}
				}
			}
		}
		finally {
			if (this.feedsInStale) {
				rebuildFeedsIn();
			}
		}
	}

	/**
	 * Clears what the graph holds for a node under any kind but its current one: deleted
	 * nodes and nodes that lost their label stop counting. Their slots stay, empty.
	 */
	private void forgetAsAnotherKind(NodeState state) {
		String node = state.node();
		if (state.kind() != NodeState.Kind.COMPANY) {
			removeCompany(node);
		}
		Integer capability = this.capabilitySlots.get(node);
		if (capability != null && state.kind() != NodeState.Kind.CAPABILITY) {
			clearCapability(capability);
		}
		Integer scenario = this.scenarioSlots.get(node);
		if (scenario != null && state.kind() != NodeState.Kind.SCENARIO) {
			clearScenario(scenario);
		}
		Integer building = this.buildingSlots.get(node);
		if (building != null && state.kind() != NodeState.Kind.BUILDING) {
			this.hubOfBuilding[building] = NONE;
		}
	}

	/**
	 * Takes out a node the database no longer holds, named as the change log names it. A
	 * building is left: it holds only its hub, and a building is removed only once no
	 * company sits in it, so nothing refers to it any more.
	 * @param node the node that is gone
	 */
	void forget(ChangedNode node) {
		switch (node.kind()) {
			case COMPANY -> {
				Integer slot = this.companySlotsById.get(node.id());
				if (slot != null) {
					removeCompanyAt(slot);
				}
			}
			case CAPABILITY -> {
				int slot = this.capabilityIds.indexOf(node.id());
				if (slot >= 0) {
					clearCapability(slot);
					rebuildFeedsIn();
				}
			}
			case SCENARIO -> {
				int slot = this.scenarioIds.indexOf(node.id());
				if (slot >= 0) {
					clearScenario(slot);
				}
			}
			case BUILDING -> {
				// See above.
			}
		}
	}

	private void clearCapability(int capability) {
		this.capabilityLayers[capability] = NONE;
		this.capabilityIds.set(capability, null);
		this.feedsOut.set(capability, new int[0]);
		this.feedsInStale = true;
	}

	private void clearScenario(int scenario) {
		this.requirements.set(scenario, new int[0]);
		this.scenarioIds.set(scenario, null);
		this.scenarioNames.set(scenario, null);
	}

	private void putCompany(NodeState state) {
		int slot = companySlotOfNode(state.node());
		CompanyEntry old = this.companies.get(slot);
		if (old != null) {
			unlink(slot, old);
			this.companySlotsById.remove(old.id(), slot);
		}
		int[] offers = sorted(state.offers().stream().mapToInt((node) -> capabilitySlot(node)).toArray());
		// One need per capability; of two needs of one capability, the more urgent.
		TreeMap<Integer, Double> needs = new TreeMap<>();
		for (NodeState.Need need : state.needs()) {
			needs.merge(capabilitySlot(need.capability()), need.urgency(), Math::max);
		}
		int[] needSlots = needs.keySet().stream().mapToInt(Integer::intValue).toArray();
		double[] urgencies = needs.values().stream().mapToDouble(Double::doubleValue).toArray();
		int[] targets = sorted(state.targets().stream().mapToInt(this::scenarioSlot).toArray());
		int[] partners = sorted(state.partners().stream().mapToInt((node) -> companySlotOfNode(node)).toArray());
		int building = (state.building() != null) ? buildingSlot(state.building()) : NONE;
		int floor = (state.floor() != null) ? state.floor() : NO_FLOOR;
		CompanyEntry entry = new CompanyEntry(state.id(), state.name(), Boolean.TRUE.equals(state.archived()),
				Boolean.FALSE.equals(state.archived()), offers, needSlots, urgencies, targets, partners, building,
				floor);
		this.companies.set(slot, entry);
		this.companySlotsById.put(state.id(), slot);
		this.matchable.set(slot, entry.matchable());
		for (int capability : offers) {
			this.offerers.get(capability).set(slot);
		}
		for (int capability : needSlots) {
			this.needers.get(capability).set(slot);
		}
		for (int scenario : targets) {
			this.targeters.get(scenario).set(slot);
		}
	}

	private void removeCompany(String node) {
		Integer slot = this.companySlotsByNode.get(node);
		if (slot != null) {
			removeCompanyAt(slot);
		}
	}

	private void removeCompanyAt(int slot) {
		CompanyEntry old = this.companies.get(slot);
		if (old != null) {
			unlink(slot, old);
			// Only if it still names this slot: a company deleted and created again in
			// the same batch may already have its new one.
			this.companySlotsById.remove(old.id(), slot);
			this.companies.set(slot, null);
			this.matchable.clear(slot);
		}
	}

	private void unlink(int slot, CompanyEntry old) {
		for (int capability : old.offers()) {
			this.offerers.get(capability).clear(slot);
		}
		for (int capability : old.needs()) {
			this.needers.get(capability).clear(slot);
		}
		for (int scenario : old.targets()) {
			this.targeters.get(scenario).clear(slot);
		}
	}

	private void putCapability(NodeState state) {
		int slot = capabilitySlot(state.node());
		this.capabilityIds.set(slot, state.id());
		this.capabilityLayers[slot] = (state.layer() != null)
				? this.layerIds.computeIfAbsent(state.layer(), (layer) -> this.layerIds.size()) : NONE;
		this.feedsOut.set(slot, sorted(state.feeds().stream().mapToInt(this::capabilitySlot).toArray()));
		this.feedsInStale = true;
	}

	private void putScenario(NodeState state) {
		int slot = scenarioSlot(state.node());
		this.scenarioIds.set(slot, state.id());
		this.scenarioNames.set(slot, state.name());
		this.requirements.set(slot, sorted(state.requirements().stream().mapToInt(this::capabilitySlot).toArray()));
	}

	private void putBuilding(NodeState state) {
		int slot = buildingSlot(state.node());
		this.hubOfBuilding[slot] = (state.hub() != null) ? hubSlot(state.hub()) : NONE;
	}

	private int companySlotOfNode(String node) {
		Integer slot = this.companySlotsByNode.get(node);
		if (slot == null) {
			slot = this.companies.size();
			this.companySlotsByNode.put(node, slot);
			this.companies.add(null);
		}
		return slot;
	}

	private int capabilitySlot(String node) {
		Integer slot = this.capabilitySlots.get(node);
		if (slot == null) {
			slot = this.feedsOut.size();
			this.capabilitySlots.put(node, slot);
			this.capabilityLayers = withNone(this.capabilityLayers, slot);
			this.feedsOut.add(new int[0]);
			this.capabilityIds.add(null);
			this.offerers.add(new BitSet());
			this.needers.add(new BitSet());
			this.feedsInStale = true;
		}
		return slot;
	}

	private int scenarioSlot(String node) {
		Integer slot = this.scenarioSlots.get(node);
		if (slot == null) {
			slot = this.requirements.size();
			this.scenarioSlots.put(node, slot);
			this.requirements.add(new int[0]);
			this.scenarioIds.add(null);
			this.scenarioNames.add(null);
			this.targeters.add(new BitSet());
		}
		return slot;
	}

	private int buildingSlot(String node) {
		Integer slot = this.buildingSlots.get(node);
		if (slot == null) {
			slot = this.buildingSlots.size();
			this.buildingSlots.put(node, slot);
			this.hubOfBuilding = withNone(this.hubOfBuilding, slot);
		}
		return slot;
	}

	/** The array, grown when {@code slot} is past its end, with NONE at {@code slot}. */
	private static int[] withNone(int[] array, int slot) {
		int[] grown = (slot < array.length) ? array : Arrays.copyOf(array, Math.max(64, slot * 2));
		grown[slot] = NONE;
		return grown;
	}

	private int hubSlot(String node) {
		return this.hubSlots.computeIfAbsent(node, (key) -> this.hubSlots.size());
	}

	private void rebuildFeedsIn() {
		int size = this.feedsOut.size();
		int[] counts = new int[size];
		for (int[] targets : this.feedsOut) {
			for (int target : targets) {
				counts[target]++;
			}
		}
		int[][] in = new int[size][];
		for (int i = 0; i < size; i++) {
			in[i] = new int[counts[i]];
			counts[i] = 0;
		}
		for (int source = 0; source < size; source++) {
			for (int target : this.feedsOut.get(source)) {
				in[target][counts[target]++] = source;
			}
		}
		this.feedsIn = in;
		this.feedsInStale = false;
	}

	private static int[] sorted(int[] slots) {
		return Arrays.stream(slots).sorted().distinct().toArray();
	}

}
