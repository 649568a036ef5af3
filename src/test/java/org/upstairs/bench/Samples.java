package org.upstairs.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

/**
 * What the requests ask about, drawn once per hub with a fixed seed: companies, pages,
 * search words and hubs. Request {@code i} takes the i-th of each, round and round.
 *
 * @param companyIds active companies, in random order
 * @param pages the first pages of the company list by name
 * @param searchTexts words people would type
 * @param hubIds every hub
 */
record Samples(List<String> companyIds, List<Page> pages, List<String> searchTexts, List<String> hubIds) {

	/**
	 * A page of the company list: its cursor for GraphQL, and the keyset values the
	 * cursor stands for, for Cypher.
	 *
	 * @param cursor the previous page's end cursor, null for the first page
	 * @param afterName the name of the previous page's last company
	 * @param afterId its id
	 */
	record Page(String cursor, String afterName, String afterId) {
	}

	private static final String WALK = """
			query Walk($after: String) {
			  companies(first: 50, after: $after) { edges { node { id name } } pageInfo { endCursor } }
			}""";

	static Samples draw(Driver driver, GraphQlClient client, long seed, int companies, int pages, int texts) {
		Random random = new Random(seed);
		try (Session session = driver.session()) {
			List<String> ids = new ArrayList<>(session
				.executeRead((tx) -> tx.run("MATCH (c:Company) WHERE NOT c.archived RETURN c.id AS id ORDER BY id")
					.list((row) -> row.get("id").asString())));
			Collections.shuffle(ids, random);
			List<String> hubs = session.executeRead((tx) -> tx.run("MATCH (h:Hub) RETURN h.id AS id ORDER BY id")
				.list((row) -> row.get("id").asString()));
			List<Map<String, String>> capabilities = session.executeRead(
					(tx) -> tx.run("MATCH (c:Capability) RETURN c.name AS name, c.nameZh AS nameZh ORDER BY c.id")
						.list((row) -> {
							Map<String, String> names = new LinkedHashMap<>();
							names.put("name", row.get("name").asString());
							names.put("nameZh", row.get("nameZh").asString(null));
							return names;
						}));
			List<String> companyNames = session.executeRead((tx) -> tx
				.run("MATCH (c:Company) WHERE NOT c.archived RETURN c.name AS name ORDER BY c.id LIMIT 5000")
				.list((row) -> row.get("name").asString()));
			List<String> searchTexts = new ArrayList<>();
			while (searchTexts.size() < texts) {
				int kind = random.nextInt(4);
				if (kind == 0) {
					String nameZh = capabilities.get(random.nextInt(capabilities.size())).get("nameZh");
					if (nameZh != null) {
						searchTexts.add(nameZh);
					}
				}
				else {
					String name = (kind == 1) ? companyNames.get(random.nextInt(companyNames.size()))
							: capabilities.get(random.nextInt(capabilities.size())).get("name");
					String[] words = name.split("\\s+");
					String word = words[random.nextInt(words.length)].replaceAll("[^\\p{L}\\p{N}-]", "");
					if (word.length() >= 3) {
						searchTexts.add(word.toLowerCase(java.util.Locale.ROOT));
					}
				}
			}
			return new Samples(List.copyOf(ids.subList(0, Math.min(companies, ids.size()))), walk(client, pages),
					List.copyOf(searchTexts), hubs);
		}
	}

	private static List<Page> walk(GraphQlClient client, int pages) {
		List<Page> walked = new ArrayList<>();
		Page next = new Page(null, null, null);
		for (int i = 0; i < pages; i++) {
			walked.add(next);
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("after", next.cursor());
			JsonNode data = client.data(WALK, variables);
			List<String[]> companies = Workloads.companiesOf(data);
			if (companies.size() < Workloads.PAGE_SIZE) {
				break;
			}
			String[] last = companies.get(companies.size() - 1);
			next = new Page(data.get("companies").get("pageInfo").get("endCursor").asString(), last[0], last[1]);
		}
		return List.copyOf(walked);
	}

	String companyId(long i) {
		return this.companyIds.get((int) (i % this.companyIds.size()));
	}

	Page page(long i) {
		return this.pages.get((int) (i % this.pages.size()));
	}

	String searchText(long i) {
		return this.searchTexts.get((int) (i % this.searchTexts.size()));
	}

	String hubId(long i) {
		return this.hubIds.get((int) (i % this.hubIds.size()));
	}

}
