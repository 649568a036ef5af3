package org.upstairs.matching;

import java.util.Locale;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The texts of reasons and chain steps in the reader's language: Chinese when the
 * request's Accept-Language is Chinese (Spring for GraphQL puts it in the execution's
 * locale), English otherwise.
 */
@Controller
class ReaderLanguageController {

	@SchemaMapping(typeName = "Reason", field = "text")
	String reasonText(Reason reason, Locale locale) {
		return reason.text(locale);
	}

	@SchemaMapping(typeName = "ChainStep", field = "text")
	String stepText(ChainPath.Step step, Locale locale) {
		return step.text(locale);
	}

}
