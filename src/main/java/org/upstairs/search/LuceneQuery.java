package org.upstairs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a Lucene query that matches the words literally: every
 * character Lucene would read as syntax is escaped, and the operators AND, OR and NOT
 * become plain (lower-case) words. The last word also matches as a prefix, for
 * type-ahead.
 */
final class LuceneQuery {

	private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

	private static final Pattern PREFIXABLE = Pattern.compile("[\\p{IsLatin}\\p{Nd}]{2,}");

	private LuceneQuery() {
	}

	static String of(String text) {
		List<String> terms = new ArrayList<>();
		for (String word : text.strip().split("\\s+")) {
			if (!word.isEmpty()) {
				terms.add(escape(word.toLowerCase(Locale.ROOT)));
			}
		}
		if (terms.isEmpty()) {
			return "";
		}
		String last = terms.get(terms.size() - 1);
		if (PREFIXABLE.matcher(last).matches()) {
			terms.add(last + "*");
		}
		return String.join(" ", terms);
	}

	private static String escape(String word) {
		StringBuilder escaped = new StringBuilder(word.length() + 4);
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (SPECIAL.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

}
