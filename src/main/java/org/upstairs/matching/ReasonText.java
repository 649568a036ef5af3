package org.upstairs.matching;

import java.util.List;
import java.util.stream.Collectors;

import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;

/**
 * Puts a reason into a sentence a founder understands: "Offers GPU compute, which you
 * need", "Two floors up in your building".
 */
final class ReasonText {

	private static final String[] NUMBERS = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
			"Nine", "Ten" };

	private ReasonText() {
	}

	static String of(Reason.ReasonCode code, List<Capability> capabilities, List<Scenario> scenarios,
			List<Company> companies, Integer hops, String proximity, Integer floorDelta) {
		return switch (code) {
			case OFFERS_WHAT_YOU_NEED -> "Offers " + names(capabilities) + ", which you need";
			case NEEDS_WHAT_YOU_OFFER -> "Needs " + names(capabilities) + ", which you offer";
			case CHAIN_UPSTREAM ->
				(steps(hops) == 1) ? "Offers " + first(capabilities) + ", an input of " + last(capabilities)
						: "Offers " + first(capabilities) + ", " + steps(hops) + " steps up the chain from "
								+ last(capabilities) + " (" + chain(capabilities) + ")";
			case CHAIN_DOWNSTREAM -> (steps(hops) == 1)
					? "Works with " + last(capabilities) + ", for which your " + first(capabilities) + " is an input"
					: "Works with " + last(capabilities) + ", " + steps(hops) + " steps down the chain from your "
							+ first(capabilities) + " (" + chain(capabilities) + ")";
			case SHARED_SCENARIO -> "Also targets " + scenarioNames(scenarios) + ", from another part of the chain";
			case COVERS_SCENARIO_GAP ->
				"Brings " + names(capabilities) + " for " + scenarioNames(scenarios) + ", which you do not offer";
			case NEARBY -> nearby(proximity, floorDelta);
			case MUTUAL_PARTNERS -> "Partners with " + companyNames(companies) + ", as you do";
		};
	}

	private static String nearby(String proximity, Integer floorDelta) {
		return switch (proximity) {
			case "SAME_FLOOR" -> "On your floor";
			case "UPSTAIRS" -> floors(floorDelta) + " up in your building";
			case "DOWNSTAIRS" -> floors(floorDelta) + " down in your building";
			default -> "In your hub";
		};
	}

	private static String floors(Integer delta) {
		int count = Math.abs((delta != null) ? delta : 0);
		String number = (count < NUMBERS.length) ? NUMBERS[count] : Integer.toString(count);
		return number + ((count == 1) ? " floor" : " floors");
	}

	private static int steps(Integer hops) {
		return (hops != null) ? hops : 1;
	}

	private static String chain(List<Capability> capabilities) {
		return capabilities.stream().map(Capability::name).collect(Collectors.joining(" → "));
	}

	private static String first(List<Capability> capabilities) {
		return capabilities.isEmpty() ? "?" : capabilities.get(0).name();
	}

	private static String last(List<Capability> capabilities) {
		return capabilities.isEmpty() ? "?" : capabilities.get(capabilities.size() - 1).name();
	}

	private static String names(List<Capability> capabilities) {
		return join(capabilities.stream().map(Capability::name).toList());
	}

	private static String scenarioNames(List<Scenario> scenarios) {
		return join(scenarios.stream().map(Scenario::name).toList());
	}

	private static String companyNames(List<Company> companies) {
		return join(companies.stream().map(Company::name).toList());
	}

	private static String join(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
