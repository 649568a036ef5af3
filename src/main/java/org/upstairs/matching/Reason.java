package org.upstairs.matching;

import java.util.List;

import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;

/**
 * Why a company is suggested, in a sentence and with the evidence.
 *
 * @param code the kind of reason
 * @param weight what it adds to the score
 * @param text the reason in words a founder understands
 * @param capabilities the capabilities it is about
 * @param scenarios the scenarios it is about
 * @param companies the companies it is about
 * @param textZh the reason in Chinese words (see {@link ReasonText})
 */
public record Reason(ReasonCode code, double weight, String text, List<Capability> capabilities,
		List<Scenario> scenarios, List<Company> companies, String textZh) {

	/**
	 * The reason in the reader's words.
	 * @param locale the reader's locale, or null for English
	 * @return the sentence in Chinese for a Chinese locale, else in English
	 */
	public String text(java.util.Locale locale) {
		return (ReasonText.Language.of(locale) == ReasonText.Language.ZH) ? this.textZh : this.text;
	}

	/** The kinds of reasons. */
	public enum ReasonCode {

		/** They offer something you need. */
		OFFERS_WHAT_YOU_NEED,
		/** They need something you offer. */
		NEEDS_WHAT_YOU_OFFER,
		/** What they offer feeds, along the chain, what you work with. */
		CHAIN_UPSTREAM,
		/** What you offer feeds, along the chain, what they work with. */
		CHAIN_DOWNSTREAM,
		/** You target the same scenario from different parts of the chain. */
		SHARED_SCENARIO,
		/** They bring what a scenario requires and you lack. */
		COVERS_SCENARIO_GAP,
		/** They sit near you. */
		NEARBY,
		/** You share partners. */
		MUTUAL_PARTNERS

	}

}
