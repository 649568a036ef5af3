package org.upstairs.matching;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.upstairs.matching.replica.Proximity;
import org.upstairs.matching.replica.ReasonCode;
import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;

/**
 * Puts a reason, or a step of a chain path, into a sentence a founder understands, in
 * English ("Offers GPU compute, which you need", "Two floors up in your building") or in
 * Chinese ("提供你需要的GPU算力", "在你楼上2层"), with the Chinese names where they are stored. Each
 * sentence exists once per language, here.
 */
final class ReasonText {

	private static final String[] NUMBERS = { "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
			"Nine", "Ten" };

	private ReasonText() {
	}

	/** The languages sentences are written in. */
	enum Language {

		/** English, the default. */
		EN,
		/** Simplified Chinese. */
		ZH;

		/**
		 * The language to write for a reader.
		 * @param locale the reader's locale (from the request's Accept-Language), or null
		 * @return Chinese for a Chinese locale, else English
		 */
		static Language of(Locale locale) {
			return (locale != null && "zh".equals(locale.getLanguage())) ? ZH : EN;
		}

	}

	static String of(ReasonCode code, List<Capability> capabilities, List<Scenario> scenarios, List<Company> companies,
			Integer hops, Proximity proximity, Integer floorDelta) {
		return of(Language.EN, code, capabilities, scenarios, companies, hops, proximity, floorDelta);
	}

	static String of(Language language, ReasonCode code, List<Capability> capabilities, List<Scenario> scenarios,
			List<Company> companies, Integer hops, Proximity proximity, Integer floorDelta) {
		return (language == Language.ZH)
				? chinese(code, capabilities, scenarios, companies, hops, proximity, floorDelta)
				: english(code, capabilities, scenarios, companies, hops, proximity, floorDelta);
	}

	/**
	 * A step of a chain path in words, as the relationship is stored.
	 * @param language the language
	 * @param start where the relationship starts (a Company or a Capability)
	 * @param relation OFFERS, NEEDS, FEEDS or PARTNERS_WITH
	 * @param end where it ends
	 * @return the sentence
	 */
	static String step(Language language, Object start, String relation, Object end) {
		if (language == Language.ZH) {
			String a = nodeName(language, start);
			String b = nodeName(language, end);
			return switch (relation) {
				case "OFFERS" -> a + "提供" + b;
				case "NEEDS" -> a + "需要" + b;
				case "FEEDS" -> a + "支撑" + b;
				default -> a + "与" + b + "是合作伙伴";
			};
		}
		String verb = switch (relation) {
			case "OFFERS" -> "offers";
			case "NEEDS" -> "needs";
			case "FEEDS" -> "feeds";
			default -> "partners with";
		};
		return nodeName(language, start) + " " + verb + " " + nodeName(language, end);
	}

	private static String english(ReasonCode code, List<Capability> capabilities, List<Scenario> scenarios,
			List<Company> companies, Integer hops, Proximity proximity, Integer floorDelta) {
		Language en = Language.EN;
		return switch (code) {
			case OFFERS_WHAT_YOU_NEED -> "Offers " + names(en, capabilities) + ", which you need";
			case NEEDS_WHAT_YOU_OFFER -> "Needs " + names(en, capabilities) + ", which you offer";
			case CHAIN_UPSTREAM ->
				(steps(hops) == 1) ? "Offers " + first(en, capabilities) + ", an input of " + last(en, capabilities)
						: "Offers " + first(en, capabilities) + ", " + steps(hops) + " steps up the chain from "
								+ last(en, capabilities) + " (" + chain(en, capabilities) + ")";
			case CHAIN_DOWNSTREAM -> (steps(hops) == 1)
					? "Works with " + last(en, capabilities) + ", for which your " + first(en, capabilities)
							+ " is an input"
					: "Works with " + last(en, capabilities) + ", " + steps(hops) + " steps down the chain from your "
							+ first(en, capabilities) + " (" + chain(en, capabilities) + ")";
			case SHARED_SCENARIO -> "Also targets " + scenarioNames(en, scenarios) + ", from another part of the chain";
			case COVERS_SCENARIO_GAP -> "Brings " + names(en, capabilities) + " for " + scenarioNames(en, scenarios)
					+ ", which you do not offer";
			case NEARBY -> switch (proximity) {
				case SAME_FLOOR -> "On your floor";
				case UPSTAIRS -> floors(floorDelta) + " up in your building";
				case DOWNSTAIRS -> floors(floorDelta) + " down in your building";
				case SAME_HUB, ANYWHERE -> "In your hub";
			};
			case MUTUAL_PARTNERS -> "Partners with " + companyNames(en, companies) + ", as you do";
		};
	}

	private static String chinese(ReasonCode code, List<Capability> capabilities, List<Scenario> scenarios,
			List<Company> companies, Integer hops, Proximity proximity, Integer floorDelta) {
		Language zh = Language.ZH;
		return switch (code) {
			case OFFERS_WHAT_YOU_NEED -> "提供你需要的" + names(zh, capabilities);
			case NEEDS_WHAT_YOU_OFFER -> "需要你提供的" + names(zh, capabilities);
			case CHAIN_UPSTREAM ->
				(steps(hops) == 1) ? "提供" + first(zh, capabilities) + "，是" + last(zh, capabilities) + "的上游"
						: "提供" + first(zh, capabilities) + "，在产业链上位于" + last(zh, capabilities) + "上游" + steps(hops)
								+ "步（" + chain(zh, capabilities) + "）";
			case CHAIN_DOWNSTREAM ->
				(steps(hops) == 1) ? "从事" + last(zh, capabilities) + "，你的" + first(zh, capabilities) + "是它的上游"
						: "从事" + last(zh, capabilities) + "，在产业链上位于你的" + first(zh, capabilities) + "下游" + steps(hops)
								+ "步（" + chain(zh, capabilities) + "）";
			case SHARED_SCENARIO -> "也在做" + scenarioNames(zh, scenarios) + "，来自产业链的另一环";
			case COVERS_SCENARIO_GAP -> "为" + scenarioNames(zh, scenarios) + "带来" + names(zh, capabilities) + "，这是你没有的";
			case NEARBY -> switch (proximity) {
				case SAME_FLOOR -> "和你在同一层";
				case UPSTAIRS -> "在你楼上" + Math.abs((floorDelta != null) ? floorDelta : 0) + "层";
				case DOWNSTAIRS -> "在你楼下" + Math.abs((floorDelta != null) ? floorDelta : 0) + "层";
				case SAME_HUB, ANYWHERE -> "和你在同一园区";
			};
			case MUTUAL_PARTNERS -> "和你一样，与" + companyNames(zh, companies) + "是合作伙伴";
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

	private static String chain(Language language, List<Capability> capabilities) {
		return capabilities.stream().map(capabilityName(language)).collect(Collectors.joining(" → "));
	}

	private static String first(Language language, List<Capability> capabilities) {
		return capabilities.isEmpty() ? "?" : capabilityName(language).apply(capabilities.get(0));
	}

	private static String last(Language language, List<Capability> capabilities) {
		return capabilities.isEmpty() ? "?" : capabilityName(language).apply(capabilities.get(capabilities.size() - 1));
	}

	private static String names(Language language, List<Capability> capabilities) {
		return join(language, capabilities.stream().map(capabilityName(language)).toList());
	}

	private static String scenarioNames(Language language, List<Scenario> scenarios) {
		return join(language,
				scenarios.stream()
					.map((s) -> (language == Language.ZH) ? chinese(s.name(), s.nameZh()) : s.name())
					.toList());
	}

	private static String companyNames(Language language, List<Company> companies) {
		return join(language,
				companies.stream()
					.map((c) -> (language == Language.ZH) ? chinese(c.name(), c.nameZh()) : c.name())
					.toList());
	}

	private static Function<Capability, String> capabilityName(Language language) {
		return (c) -> (language == Language.ZH) ? chinese(c.name(), c.nameZh()) : c.name();
	}

	private static String nodeName(Language language, Object node) {
		if (node instanceof Company company) {
			return (language == Language.ZH) ? chinese(company.name(), company.nameZh()) : company.name();
		}
		return capabilityName(language).apply((Capability) node);
	}

	private static String chinese(String name, String nameZh) {
		return (nameZh != null && !nameZh.isBlank()) ? nameZh : name;
	}

	private static String join(Language language, List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		String separator = (language == Language.ZH) ? "、" : ", ";
		String and = (language == Language.ZH) ? "和" : " and ";
		return String.join(separator, names.subList(0, names.size() - 1)) + and + names.get(names.size() - 1);
	}

}
