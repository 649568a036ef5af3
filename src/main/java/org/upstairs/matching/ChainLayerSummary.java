package org.upstairs.matching;

import java.util.List;

import org.upstairs.capability.ChainLayer;

/**
 * One layer of a hub's chain.
 *
 * @param layer the layer
 * @param capabilities the layer's capabilities that a company of the hub offers or needs
 * (needs only when the caller may see them), by name
 * @param providers how many of the hub's companies offer something in the layer, each
 * counted once
 * @param seekers how many of the hub's companies need something in the layer, each
 * counted once; null when the caller may not see needs
 */
public record ChainLayerSummary(ChainLayer layer, List<CapabilitySupply> capabilities, int providers, Integer seekers) {
}
