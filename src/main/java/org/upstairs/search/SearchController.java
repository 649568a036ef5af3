package org.upstairs.search;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.PageRequest;

/**
 * Full-text search over companies, capabilities and scenarios.
 */
@Controller
class SearchController {

	static final int MAX_TEXT_LENGTH = 200;

	private final Searches searches;

	SearchController(Searches searches) {
		this.searches = searches;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument Integer first) {
		// Blank, too long, control characters or broken Unicode: BAD_REQUEST naming text.
		String checked = Inputs.optionalText("text", text, MAX_TEXT_LENGTH);
		if (checked == null) {
			throw new InvalidInputException("text", "must not be blank");
		}
		int limit = PageRequest.of(first, null, "search").first();
		return this.searches.search(LuceneQuery.of(checked), limit);
	}

}
