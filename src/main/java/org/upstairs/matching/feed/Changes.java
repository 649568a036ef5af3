package org.upstairs.matching.feed;

import java.util.Set;

import org.upstairs.changelog.ChangedNode;

/**
 * What changed since the last poll of a {@link ChangeFeed}.
 *
 * @param nodes nodes by element id (as the embedded server names them)
 * @param keys nodes by kind and id (as the change log names them)
 * @param everything true when the feed cannot say what changed, or has lost track (a log
 * pruned past the replica's cursor, a database restored from a backup): the whole graph
 * must be read again
 * @param more true when more changes are waiting than one poll gives
 * @param position where the feed goes on from once these are applied; the feed's own
 */
public record Changes(Set<String> nodes, Set<ChangedNode> keys, boolean everything, boolean more, Object position) {

	private static final Changes NONE = new Changes(Set.of(), Set.of(), false, false, null);

	/**
	 * No changes.
	 * @return the empty changes
	 */
	public static Changes none() {
		return NONE;
	}

	/**
	 * Whether there is nothing to apply.
	 * @return true for no nodes, no keys and no full read
	 */
	public boolean isEmpty() {
		return !this.everything && this.nodes.isEmpty() && this.keys.isEmpty();
	}

	/**
	 * How many nodes are named.
	 * @return nodes and keys together
	 */
	public int size() {
		return this.nodes.size() + this.keys.size();
	}

}
