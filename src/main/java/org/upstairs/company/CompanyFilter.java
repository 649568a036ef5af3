package org.upstairs.company;

import org.upstairs.capability.ChainLayer;

/**
 * Which companies to list; every non-null field must match.
 *
 * @param hubId located in this hub
 * @param buildingId located in this building
 * @param minFloor on this floor or higher
 * @param maxFloor on this floor or lower
 * @param offersLayer offers a capability of this layer
 * @param kind of this kind
 * @param offersCapabilityId offers this capability
 * @param needsCapabilityId needs this capability
 * @param targetsScenarioId targets this scenario
 */
public record CompanyFilter(String hubId, String buildingId, Integer minFloor, Integer maxFloor, ChainLayer offersLayer,
		CompanyKind kind, String offersCapabilityId, String needsCapabilityId, String targetsScenarioId) {

	static final CompanyFilter NONE = new CompanyFilter(null, null, null, null, null, null, null, null, null);

}
