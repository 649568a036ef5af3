package org.upstairs.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a node's fields, written once and applied wherever the node is written: by
 * a GraphQL upsert (fields named {@code input.name}) and by the bulk import (fields named
 * {@code name}). Each rule checks one field's value and returns what is stored; a field
 * left out is kept, a field given as null is removed, and a required field must be given
 * when the node is created and cannot be removed.
 */
public final class FieldRules {

	private final String what;

	private final Map<String, Rule> rules;

	private final Set<String> required;

	private FieldRules(String what, Map<String, Rule> rules, Set<String> required) {
		this.what = what;
		this.rules = rules;
		this.required = required;
	}

	/**
	 * Starts the rules of a kind of node.
	 * @param what what the node is, for messages ("building")
	 * @return rules without fields yet
	 */
	public static FieldRules of(String what) {
		return new FieldRules(what, Map.of(), Set.of());
	}

	/**
	 * Adds a field required when the node is created.
	 * @param field the field name
	 * @param rule its check
	 * @return new rules with the field
	 */
	public FieldRules required(String field, Rule rule) {
		return with(field, rule, true);
	}

	/**
	 * Adds an optional field.
	 * @param field the field name
	 * @param rule its check
	 * @return new rules with the field
	 */
	public FieldRules optional(String field, Rule rule) {
		return with(field, rule, false);
	}

	private FieldRules with(String field, Rule rule, boolean isRequired) {
		Map<String, Rule> rules = new LinkedHashMap<>(this.rules);
		rules.put(field, rule);
		Set<String> required = new LinkedHashSet<>(this.required);
		if (isRequired) {
			required.add(field);
		}
		return new FieldRules(this.what, Collections.unmodifiableMap(rules), Collections.unmodifiableSet(required));
	}

	/**
	 * Whether the node has this field.
	 * @param field the field name
	 * @return true when a rule checks it
	 */
	public boolean has(String field) {
		return this.rules.containsKey(field);
	}

	/**
	 * The fields, in the order they are checked.
	 * @return the field names
	 */
	public Set<String> fields() {
		return this.rules.keySet();
	}

	/**
	 * Checks the fields given, in the order the rules were added; fields without a rule
	 * are ignored (the caller refuses them if it must).
	 * @param given the values by field; a field present with a null value is to be
	 * removed
	 * @param creating whether the node does not exist yet, so that required fields must
	 * be given
	 * @param prefix put before a field's name in errors: {@code input.} for a mutation,
	 * empty for the import
	 * @return the properties to set ({@code SET n += $properties}): every field given, a
	 * null value removing it
	 * @throws InvalidInputException naming the first field at fault
	 */
	public Map<String, Object> check(Map<String, ?> given, boolean creating, String prefix) {
		Map<String, Object> properties = new LinkedHashMap<>();
		for (Map.Entry<String, Rule> rule : this.rules.entrySet()) {
			String field = rule.getKey();
			if (given.containsKey(field)) {
				Object value = given.get(field);
				Object checked = (value != null) ? rule.getValue().check(prefix + field, value) : null;
				if (checked == null && this.required.contains(field)) {
					throw new InvalidInputException(prefix + field, "is required and cannot be removed");
				}
				properties.put(field, checked);
			}
			else if (creating && this.required.contains(field)) {
				throw new InvalidInputException(prefix + field, "is required for a new " + this.what);
			}
		}
		return properties;
	}

	/** Checks one field's value. */
	@FunctionalInterface
	public interface Rule {

		/**
		 * @param field the field's name as the client gave it, for errors
		 * @param value the value, never null
		 * @return what to store; null only when the value is blank and so absent
		 * @throws InvalidInputException when the value breaks the rule
		 */
		Object check(String field, Object value);

	}

}
