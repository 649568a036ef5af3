package org.upstairs.matching;

import org.upstairs.capability.Capability;

/**
 * How much of one capability a hub has: who offers it and who needs it there.
 *
 * @param capability the capability
 * @param providers how many of the hub's companies offer it (verified offers)
 * @param seekers how many of the hub's companies need it; null when the caller may not
 * see needs
 */
public record CapabilitySupply(Capability capability, int providers, Integer seekers) {
}
