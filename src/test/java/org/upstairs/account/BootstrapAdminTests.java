package org.upstairs.account;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.upstairs.UpstairsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first administrator from {@code UPSTAIRS_BOOTSTRAP_ADMIN_USERNAME} and
 * {@code _PASSWORD}: created on a store without one, ignored once there is one.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTests {

	@TempDir
	Path store;

	@Test
	void createsTheFirstAdministratorOnceAndIgnoresTheVariablesAfterwards(CapturedOutput output) {
		try (ConfigurableApplicationContext service = start("root", "root-secret-one")) {
			List<Record> admins = admins(service);
			assertThat(admins).singleElement().satisfies((admin) -> {
				assertThat(admin.get("username").asString()).isEqualTo("root");
				assertThat(new BCryptPasswordEncoder().matches("root-secret-one", admin.get("hash").asString()))
					.isTrue();
			});
		}
		assertThat(output.getAll()).contains("Created the first administrator, 'root', from upstairs.bootstrap-admin");

		try (ConfigurableApplicationContext service = start("intruder", "another-secret")) {
			assertThat(admins(service)).extracting((admin) -> admin.get("username").asString()).containsExactly("root");
		}
		assertThat(output.getAll())
			.contains("An active administrator exists: upstairs.bootstrap-admin ('intruder') " + "is ignored");
		assertThat(output.getAll()).doesNotContain("root-secret-one", "another-secret");
	}

	@Test
	void aWeakPasswordStopsStartUpNamingTheSettingAndWritesNothing(CapturedOutput output) {
		assertThatThrownBy(() -> start("root", "short").close())
			.hasStackTraceContaining("upstairs.bootstrap-admin.password must be 10 to 72 bytes long");
		assertThat(output.getAll()).doesNotContain("password=short", "'short'");

		try (ConfigurableApplicationContext service = start("", "")) {
			assertThat(admins(service)).isEmpty();
		}
	}

	/**
	 * The service without its web server, on the test's store, with these variables set.
	 */
	private ConfigurableApplicationContext start(String username, String password) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.<String, Object>of("UPSTAIRS_BOOTSTRAP_ADMIN_USERNAME", username,
									"UPSTAIRS_BOOTSTRAP_ADMIN_PASSWORD", password)));
		return new SpringApplicationBuilder(UpstairsApplication.class).web(WebApplicationType.NONE)
			.environment(environment)
			.run("--upstairs.neo4j.embedded.directory=" + this.store, "--upstairs.neo4j.embedded.bolt-port=0",
					"--upstairs.neo4j.embedded.page-cache=16MB", "--upstairs.demo.auto-activate=false",
					"--upstairs.matching.index.enabled=false", "--spring.main.banner-mode=off");
	}

	private static List<Record> admins(ConfigurableApplicationContext service) {
		return service.getBean(Driver.class).executableQuery("""
				MATCH (a:Account {role: 'ADMIN'}) WHERE NOT a.disabled
				RETURN a.username AS username, a.passwordHash AS hash""").execute().records();
	}

}
