package org.upstairs.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the input map of an upsert into the properties to set, checked. A map, not a
 * typed input, because an upsert must tell a field the client left out (keep it) from one
 * it set to null (remove it).
 */
public final class UpsertChanges {

	private final Map<String, Object> input;

	private final boolean creating;

	private final Map<String, Object> changes = new HashMap<>();

	private UpsertChanges(Map<String, Object> input, boolean creating) {
		this.input = input;
		this.creating = creating;
	}

	/**
	 * Starts with the fields every named node shares: a required {@code name} and a
	 * required enum (such as {@code kind}), an optional {@code nameZh} and
	 * {@code description}.
	 * @param input the upsert's input
	 * @param creating whether the node does not exist yet (then required fields must be
	 * given)
	 * @param requiredEnum the enum field required on creation
	 * @param what what is upserted, for messages ("company")
	 * @return the changes so far
	 */
	public static UpsertChanges of(Map<String, Object> input, boolean creating, String requiredEnum, String what) {
		UpsertChanges upsert = new UpsertChanges(input, creating);
		if (input.containsKey("name") || creating) {
			upsert.changes.put("name", Inputs.requiredName("input.name", input.get("name")));
		}
		if (input.containsKey(requiredEnum) || creating) {
			if (input.get(requiredEnum) == null) {
				throw new InvalidInputException("input." + requiredEnum,
						"is required for a new " + what + " and cannot be removed");
			}
			upsert.changes.put(requiredEnum, input.get(requiredEnum).toString());
		}
		upsert.optional("nameZh", (value) -> Inputs.optionalName("input.nameZh", value, Inputs.NAME_LENGTH));
		upsert.optional("description",
				(value) -> Inputs.optionalText("input.description", value, Inputs.DESCRIPTION_LENGTH));
		return upsert;
	}

	/**
	 * Adds an optional field when the client gave it (null removes it).
	 * @param field the field name
	 * @param check checks the value and returns what to store
	 * @return these changes
	 */
	public UpsertChanges optional(String field, Function<Object, Object> check) {
		if (this.input.containsKey(field)) {
			this.changes.put(field, check.apply(this.input.get(field)));
		}
		return this;
	}

	/**
	 * Whether the node is being created.
	 * @return true when it did not exist
	 */
	public boolean creating() {
		return this.creating;
	}

	/**
	 * The properties to set ({@code SET n += $changes}).
	 * @return the checked changes
	 */
	public Map<String, Object> changes() {
		return this.changes;
	}

}
