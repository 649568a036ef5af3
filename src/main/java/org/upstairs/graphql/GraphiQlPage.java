package org.upstairs.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GraphiQL at {@code /graphiql}, drawn from scripts and styles in this jar (WebJars under
 * {@code /webjars/}, the page under {@code classpath:web/graphiql/}), so that it works
 * offline. Spring's own GraphiQL page loads from a public CDN and is turned off
 * ({@code spring.graphql.graphiql.enabled=false});
 * {@code upstairs.graphiql.enabled=false} turns this one off (the {@code prod} profile
 * does).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "upstairs.graphiql.enabled", matchIfMissing = true)
class GraphiQlPage implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/**").addResourceLocations("classpath:/web/graphiql/");
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
	}

}
