package org.upstairs.place;

/**
 * Where a company sits.
 *
 * @param buildingId the building
 * @param floor the floor, negative for basements
 * @param unit the unit or room, when known
 */
public record Location(String buildingId, int floor, String unit) {
}
