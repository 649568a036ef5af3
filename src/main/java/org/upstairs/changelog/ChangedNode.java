package org.upstairs.changelog;

/**
 * A node whose change matching must hear of, named as the change log names it: its kind
 * and id, {@code "Company:acme"}.
 *
 * @param kind what the node is
 * @param id its {@code id} property
 */
public record ChangedNode(Kind kind, String id) {

	/** The kinds of node matching reads, with their labels. */
	public enum Kind {

		COMPANY("Company"), CAPABILITY("Capability"), SCENARIO("Scenario"), BUILDING("Building");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		/**
		 * The node label.
		 * @return the label, such as {@code Company}
		 */
		public String label() {
			return this.label;
		}

	}

	public ChangedNode {
		if (kind == null || id == null) {
			throw new IllegalArgumentException("A changed node needs a kind and an id");
		}
	}

	public static ChangedNode company(String id) {
		return new ChangedNode(Kind.COMPANY, id);
	}

	public static ChangedNode capability(String id) {
		return new ChangedNode(Kind.CAPABILITY, id);
	}

	public static ChangedNode scenario(String id) {
		return new ChangedNode(Kind.SCENARIO, id);
	}

	public static ChangedNode building(String id) {
		return new ChangedNode(Kind.BUILDING, id);
	}

	/**
	 * The key as the log stores it.
	 * @return such as {@code "Company:acme"}
	 */
	public String key() {
		return this.kind.label + ":" + this.id;
	}

	/**
	 * A key as the log stores it, read back.
	 * @param key such as {@code "Company:acme"}
	 * @return the node, or null when the key names no kind matching reads
	 */
	public static ChangedNode ofKey(String key) {
		int colon = (key != null) ? key.indexOf(':') : -1;
		if (colon < 0) {
			return null;
		}
		String label = key.substring(0, colon);
		for (Kind kind : Kind.values()) {
			if (kind.label.equals(label)) {
				return new ChangedNode(kind, key.substring(colon + 1));
			}
		}
		return null;
	}

}
