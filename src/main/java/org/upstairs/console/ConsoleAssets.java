package org.upstairs.console;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the console's files under {@code /assets/{version}/} and the WebJars under
 * {@code /webjars/{name}/{version}/}: both URLs change with their content, so both are
 * cached for a year and never revalidated.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleAssets implements WebMvcConfigurer {

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final ConsoleFiles files;

	ConsoleAssets(ConsoleFiles files) {
		this.files = files;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/" + this.files.version() + "/**")
			.addResourceLocations("classpath:/web/console/")
			.setCacheControl(IMMUTABLE);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(IMMUTABLE);
	}

	/**
	 * How long a versioned answer may be kept: a year for this release's version; an old
	 * or unknown version is not cached, since its content is today's.
	 */
	static CacheControl immutable(String version, ConsoleFiles files) {
		return version.equals(files.version()) ? IMMUTABLE : CacheControl.noCache();
	}

}
