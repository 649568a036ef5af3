package org.upstairs.graphql;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the {@link ParsedDocumentCache} to the GraphQL engine: parsing and validation
 * were about a tenth of a request's CPU.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentCacheConfiguration {

	/**
	 * 500 documents of up to 20,000 characters is at most about 20 MB of strings and
	 * syntax trees, far less in practice.
	 * @return the cache
	 */
	@Bean
	ParsedDocumentCache parsedDocumentCache() {
		return new ParsedDocumentCache(500, 20_000);
	}

	@Bean
	GraphQlSourceBuilderCustomizer parsedDocumentReuse(ParsedDocumentCache cache) {
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(cache));
	}

}
