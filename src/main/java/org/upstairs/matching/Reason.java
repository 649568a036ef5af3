package org.upstairs.matching;

import java.util.List;

import org.upstairs.matching.replica.Proximity;
import org.upstairs.matching.replica.ReasonCode;
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

	/**
	 * A reason with its sentences in both languages, written from the same evidence.
	 * @param code the kind of reason
	 * @param weight what it adds to the score
	 * @param capabilities the capabilities it is about
	 * @param scenarios the scenarios it is about
	 * @param companies the companies it is about
	 * @param hops FEEDS steps of a chain reason, else null
	 * @param proximity the place of a NEARBY reason, else null
	 * @param floorDelta the floors between, for NEARBY in one building; else null
	 * @return the reason
	 */
	static Reason of(ReasonCode code, double weight, List<Capability> capabilities, List<Scenario> scenarios,
			List<Company> companies, Integer hops, Proximity proximity, Integer floorDelta) {
		return new Reason(code, weight,
				ReasonText.of(ReasonText.Language.EN, code, capabilities, scenarios, companies, hops, proximity,
						floorDelta),
				capabilities, scenarios, companies, ReasonText.of(ReasonText.Language.ZH, code, capabilities, scenarios,
						companies, hops, proximity, floorDelta));
	}

}
