package org.upstairs.config;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.driver.AuthToken;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j unless {@code upstairs.neo4j.embedded.enabled=false}, and
 * points Boot's driver at it, signed in with the store's credentials.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "upstairs.neo4j.embedded.enabled", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	@Bean
	static BackgroundStart embeddedNeo4jBackgroundStart() {
		return new BackgroundStart();
	}

	// Closed by BackgroundStart, which outlives every bean that uses the database.
	@Bean(destroyMethod = "")
	EmbeddedNeo4jServer embeddedNeo4jServer(BackgroundStart start) {
		return start.await();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jServer server) {
		URI uri = server.boltUri();
		AuthToken authToken = server.credentials().authToken();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return authToken;
			}
		};
	}

	/**
	 * Starts Neo4j on another thread as soon as the bean definitions are known, so that
	 * its seconds of start-up overlap the rest of the context's. It is created before,
	 * and so destroyed after, every bean that uses the database: it owns the server's
	 * shutdown.
	 */
	static final class BackgroundStart implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

		private Environment environment;

		private CompletableFuture<EmbeddedNeo4jServer> server;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			EmbeddedNeo4jProperties properties = Binder.get(this.environment)
				.bindOrCreate("upstairs.neo4j.embedded", EmbeddedNeo4jProperties.class);
			this.server = new CompletableFuture<>();
			Thread starter = new Thread(() -> {
				try {
					this.server.complete(EmbeddedNeo4jServer.start(properties));
				}
				catch (Throwable ex) {
					this.server.completeExceptionally(ex);
				}
			}, "embedded-neo4j-start");
			starter.setDaemon(true);
			starter.start();
		}

		EmbeddedNeo4jServer await() {
			try {
				return this.server.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException("Embedded Neo4j failed to start", ex.getCause());
			}
		}

		@Override
		public void destroy() {
			if (this.server != null) {
				// Waits for a start still under way, so that no server outlives the
				// context.
				this.server.handle((server, failure) -> server).join();
				if (this.server.isDone() && !this.server.isCompletedExceptionally()) {
					this.server.join().close();
				}
			}
		}

	}

}
