package org.upstairs;

import org.upstairs.account.AccountCommand;
import org.upstairs.bulk.BulkCommand;

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
		if (BulkCommand.isCommand(args)) {
			System.exit(BulkCommand.run(UpstairsApplication.class, args));
		}
		if (AccountCommand.isCommand(args)) {
			System.exit(AccountCommand.run(UpstairsApplication.class, args));
		}
		SpringApplication.run(UpstairsApplication.class, args);
	}

}
