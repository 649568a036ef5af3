package org.upstairs.company;

import java.time.ZonedDateTime;

import org.neo4j.driver.Value;

/**
 * A company, institution or platform along the AI industry chain.
 *
 * @param id readable slug
 * @param name English name
 * @param nameZh Chinese name
 * @param description what it does
 * @param kind what kind of organisation
 * @param stage funding stage
 * @param foundedYear year founded
 * @param headcount number of staff
 * @param website web address
 * @param updatedAt when its own fields last changed
 * @param archived whether it is archived
 */
public record Company(String id, String name, String nameZh, String description, CompanyKind kind, Stage stage,
		Integer foundedYear, Integer headcount, String website, ZonedDateTime updatedAt, boolean archived) {

	/**
	 * Hashes the id alone (equal companies have equal ids, so this keeps the contract):
	 * companies are the keys of every batched field's map and of the data loaders, and a
	 * record's hash of all eleven components, dates included, showed in profiles of the
	 * company page.
	 */
	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	/**
	 * Reads a company node.
	 * @param node the node value
	 * @return the company
	 */
	public static Company from(Value node) {
		return new Company(node.get("id").asString(), node.get("name").asString(), node.get("nameZh").asString(null),
				node.get("description").asString(null), CompanyKind.valueOf(node.get("kind").asString()),
				node.get("stage").isNull() ? null : Stage.valueOf(node.get("stage").asString()),
				node.get("foundedYear").isNull() ? null : node.get("foundedYear").asInt(),
				node.get("headcount").isNull() ? null : node.get("headcount").asInt(),
				node.get("website").asString(null), node.get("updatedAt").asZonedDateTime(),
				node.get("archived").asBoolean(false));
	}

}
