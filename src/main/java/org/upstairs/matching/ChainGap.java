package org.upstairs.matching;

import java.util.List;

import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;

/**
 * A capability demanded in a hub that no company of the hub offers.
 *
 * @param capability what is missing
 * @param demand how many companies and scenarios ask for it
 * @param seekers the hub's companies that need it or target a scenario requiring it
 * @param scenarios the scenarios requiring it
 * @param providersElsewhere companies in other hubs offering it
 */
public record ChainGap(Capability capability, int demand, List<Company> seekers, List<Scenario> scenarios,
		List<Company> providersElsewhere) {
}
