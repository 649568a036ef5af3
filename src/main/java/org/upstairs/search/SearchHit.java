package org.upstairs.search;

import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;

/**
 * One search hit: exactly one of company, capability and scenario is set, as kind says.
 *
 * @param kind what was found
 * @param score how well it matches
 * @param company the company found
 * @param capability the capability found
 * @param scenario the scenario found
 */
public record SearchHit(Kind kind, double score, Company company, Capability capability, Scenario scenario) {

	/** The kinds of things search finds. */
	public enum Kind {

		/** A company. */
		COMPANY,
		/** A capability. */
		CAPABILITY,
		/** An application scenario. */
		SCENARIO

	}

}
