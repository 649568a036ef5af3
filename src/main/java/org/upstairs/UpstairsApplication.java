package org.upstairs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Upstairs: industry-chain matchmaking over a Neo4j graph, served as GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UpstairsApplication {

	public static void main(String[] args) {
		SpringApplication.run(UpstairsApplication.class, args);
	}

}
