package org.upstairs.matching;

import java.util.List;

/**
 * How two companies connect, step by step.
 *
 * @param length the number of steps
 * @param steps the steps from the first company to the second
 */
public record ChainPath(int length, List<Step> steps) {

	/**
	 * One relationship on the path, as it is stored (so "B needs X" reads the same
	 * whichever way the path runs).
	 *
	 * @param from the node the step leaves (a Company or a Capability)
	 * @param relation OFFERS, NEEDS, FEEDS or PARTNERS_WITH
	 * @param to the node the step reaches
	 * @param text the step in words
	 * @param textZh the step in Chinese words
	 */
	public record Step(Object from, String relation, Object to, String text, String textZh) {

		/**
		 * The step in the reader's words.
		 * @param locale the reader's locale, or null for English
		 * @return the sentence in Chinese for a Chinese locale, else in English
		 */
		public String text(java.util.Locale locale) {
			return (ReasonText.Language.of(locale) == ReasonText.Language.ZH) ? this.textZh : this.text;
		}

	}

}
