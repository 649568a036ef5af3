package org.upstairs.config;

import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers {@code Expect: 100-continue} when the service starts reading the body,
 * not as soon as the headers arrive (its default): a client that asks before sending a
 * large body, as curl does above 1 MB, gets a refusal (401, 403, 413) without sending it.
 * Without the question, Tomcat reads at most {@code server.tomcat.max-swallow-size} (2
 * MB) of a body nobody read, then closes the connection.
 */
@Configuration(proxyBeanMethods = false)
class ExpectContinue {

	@Bean
	TomcatProtocolHandlerCustomizer<AbstractHttp11Protocol<?>> continueOnRead() {
		return (protocol) -> protocol.setContinueResponseTiming("onRead");
	}

}
