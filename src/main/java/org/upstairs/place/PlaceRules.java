package org.upstairs.place;

import org.upstairs.graphql.FieldRules;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;

/**
 * What a hub, a building and a floor may hold: the one statement of these rules, used by
 * the GraphQL mutations ({@code upsertHub}, {@code upsertBuilding},
 * {@code setCompanyLocation}) and by the bulk import alike, so that both accept and
 * refuse the same values with the same messages.
 */
public final class PlaceRules {

	/** The most floors above ground a building may have. */
	public static final int MAX_FLOORS = 200;

	/** The most basement levels a building may have. */
	public static final int MAX_BASEMENTS = 20;

	/** A hub's fields besides its id. */
	public static final FieldRules HUB = FieldRules.of("hub")
		.required("name", Inputs::requiredName)
		.optional("nameZh", PlaceRules::nameZh)
		.required("district", Inputs::requiredName)
		.optional("description", (field, value) -> Inputs.optionalText(field, value, Inputs.DESCRIPTION_LENGTH));

	/** A building's fields besides its id and its hub. */
	public static final FieldRules BUILDING = FieldRules.of("building")
		.required("name", Inputs::requiredName)
		.optional("nameZh", PlaceRules::nameZh)
		.required("floors", (field, value) -> Inputs.range(field, Inputs.wholeNumber(field, value), 1, MAX_FLOORS))
		.required("basements",
				(field, value) -> Inputs.range(field, Inputs.wholeNumber(field, value), 0, MAX_BASEMENTS));

	private PlaceRules() {
	}

	/**
	 * Checks the id of a hub or a building, or the reference to one.
	 * @param field the field name
	 * @param value the id
	 * @return the id
	 */
	public static String id(String field, Object value) {
		return Inputs.slug(field, (value instanceof String text) ? text : null);
	}

	/**
	 * Whether a floor exists in a building.
	 * @param floor the floor, negative for basements
	 * @param floors the building's floors above ground
	 * @param basements the building's basement levels
	 * @return true when it is 1 to {@code floors} or -1 to {@code -basements}
	 */
	public static boolean hasFloor(int floor, int floors, int basements) {
		return (floor >= 1 && floor <= floors) || (floor <= -1 && floor >= -basements);
	}

	/**
	 * Checks that a company's floor exists in its building.
	 * @param field the field name
	 * @param floor the floor, or null
	 * @param floors the building's floors above ground
	 * @param basements the building's basement levels
	 * @param building how to name the building in the message
	 * @return the floor
	 */
	public static int floor(String field, Integer floor, int floors, int basements, String building) {
		if (floor == null) {
			throw new InvalidInputException(field, "is required with a building");
		}
		if (!hasFloor(floor, floors, basements)) {
			throw new InvalidInputException(field, "must be a floor of " + building + ": 1 to " + floors
					+ ((basements > 0) ? ", or -1 to -" + basements : "") + ", was " + floor);
		}
		return floor;
	}

	/**
	 * Checks new floors and basements of a building against where companies sit in it: a
	 * building cannot lose a floor a company is on.
	 * @param prefix put before the field's name ({@code input.} for a mutation)
	 * @param floors the new floors above ground
	 * @param basements the new basement levels
	 * @param highest the highest floor a company is on, or null when none is above ground
	 * @param deepest the deepest basement a company is on (negative), or null when none
	 * is below ground
	 */
	public static void keepsOccupiedFloors(String prefix, int floors, int basements, Integer highest, Integer deepest) {
		if (highest != null && highest > floors) {
			throw new InvalidInputException(prefix + "floors",
					"must be at least " + highest + ": a company sits on floor " + highest + " (move it first)");
		}
		if (deepest != null && -deepest > basements) {
			throw new InvalidInputException(prefix + "basements",
					"must be at least " + (-deepest) + ": a company sits on floor " + deepest + " (move it first)");
		}
	}

	private static String nameZh(String field, Object value) {
		return Inputs.optionalName(field, value, Inputs.NAME_LENGTH);
	}

}
