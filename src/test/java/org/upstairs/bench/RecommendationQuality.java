package org.upstairs.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import tools.jackson.databind.JsonNode;

/**
 * The offline check of recommendations: hide a fifth of the partnerships of a generated
 * hub, then see how many of the hidden partners each method puts in its top 10 for the
 * companies that lost one. {@code recommendCollaborations} is asked over the API, on the
 * graph without the hidden partnerships; the baselines see the partnership graph alone:
 * common neighbours, Adamic-Adar (common neighbours weighted by 1 / log(degree)), and 10
 * companies drawn at random.
 * <p>
 * This changes the graph: run it last, on a store made for the benchmark.
 */
final class RecommendationQuality {

	static final int TOP = 10;

	/**
	 * Precision and recall at 10 of one method, averaged over the companies asked about.
	 *
	 * @param precision hidden partners found / 10
	 * @param recall hidden partners found / hidden partners
	 * @param hitRate the share of companies with at least one hidden partner found
	 */
	record Score(double precision, double recall, double hitRate) {
	}

	/**
	 * What the check found.
	 *
	 * @param partnerships partnerships between active companies before hiding
	 * @param hidden partnerships hidden
	 * @param companies companies asked about
	 * @param scores by method
	 */
	record Result(int partnerships, int hidden, int companies, Map<String, Score> scores) {
	}

	private static final String RECOMMEND = """
			query Recommend($id: ID!, $weights: ScoreWeightsInput) {
			  recommendCollaborations(companyId: $id, first: 10, weights: $weights) { company { id } }
			}""";

	/**
	 * Weights a request may pass instead of the defaults, shown beside them: without
	 * place and shared partners, to tell how much those two decide; and the defaults
	 * before 2026-11-29, which weighed them a third to an eighth as much.
	 */
	static final Map<String, Object> WITHOUT_PLACE_AND_NETWORK = Map.of("nearbySameFloor", 0.0, "nearbySameBuilding",
			0.0, "nearbySameHub", 0.0, "mutualPartners", 0.0);

	static final Map<String, Object> EARLIER_DEFAULTS = Map.of("nearbySameFloor", 1.0, "nearbySameBuilding", 0.75,
			"nearbySameHub", 0.5, "mutualPartners", 0.5);

	private RecommendationQuality() {
	}

	/**
	 * @param moreWeights weights to ask with besides the fixed ones, a row each
	 */
	static Result run(Driver driver, GraphQlClient client, long seed, int maxCompanies,
			List<Map<String, Object>> moreWeights) throws Exception {
		Random random = new Random(seed);
		List<String[]> pairs;
		Set<String> archived;
		List<String> active;
		try (Session session = driver.session()) {
			pairs = session.executeRead((tx) -> tx.run("""
					MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company)
					WHERE NOT a.archived AND NOT b.archived
					RETURN a.id AS a, b.id AS b ORDER BY a, b""")
				.list((row) -> new String[] { row.get("a").asString(), row.get("b").asString() }));
			archived = new HashSet<>(
					session.executeRead((tx) -> tx.run("MATCH (c:Company) WHERE c.archived RETURN c.id AS id")
						.list((row) -> row.get("id").asString())));
			active = session
				.executeRead((tx) -> tx.run("MATCH (c:Company) WHERE NOT c.archived RETURN c.id AS id ORDER BY id")
					.list((row) -> row.get("id").asString()));
		}
		List<String[]> shuffled = new ArrayList<>(pairs);
		Collections.shuffle(shuffled, random);
		List<String[]> hiddenPairs = shuffled.subList(0, pairs.size() / 5);
		hide(driver, hiddenPairs);

		Map<String, Set<String>> hidden = new HashMap<>();
		for (String[] pair : hiddenPairs) {
			hidden.computeIfAbsent(pair[0], (key) -> new HashSet<>()).add(pair[1]);
			hidden.computeIfAbsent(pair[1], (key) -> new HashSet<>()).add(pair[0]);
		}
		Map<String, Set<String>> partners = partnerGraph(driver);

		List<String> asked = new ArrayList<>(hidden.keySet());
		Collections.sort(asked);
		Collections.shuffle(asked, random);
		asked = asked.subList(0, Math.min(maxCompanies, asked.size()));

		Map<String, List<String>> recommended = recommendations(client, asked, null);
		Map<String, List<String>> earlier = recommendations(client, asked, EARLIER_DEFAULTS);
		Map<String, List<String>> withoutPlaceAndNetwork = recommendations(client, asked, WITHOUT_PLACE_AND_NETWORK);
		Map<String, Score> scores = new LinkedHashMap<>();
		scores.put("recommendCollaborations", score(asked, hidden, recommended::get));
		scores.put("recommendCollaborations, with the defaults before 2026-11-29 (place 1.0 / 0.75 / 0.5, shared "
				+ "partners 0.5)", score(asked, hidden, earlier::get));
		scores.put("recommendCollaborations, place and shared partners weighing 0",
				score(asked, hidden, withoutPlaceAndNetwork::get));
		for (Map<String, Object> weights : moreWeights) {
			Map<String, List<String>> reweighted = recommendations(client, asked, weights);
			scores.put("recommendCollaborations, weights " + weights, score(asked, hidden, reweighted::get));
		}
		scores.put("Adamic-Adar", score(asked, hidden, (id) -> neighbourhood(id, partners, archived, true)));
		scores.put("common neighbours", score(asked, hidden, (id) -> neighbourhood(id, partners, archived, false)));
		scores.put("random", score(asked, hidden, (id) -> drawn(id, active, partners, random)));
		return new Result(pairs.size(), hiddenPairs.size(), asked.size(), scores);
	}

	private static void hide(Driver driver, List<String[]> pairs) {
		List<List<String>> rows = pairs.stream().map((pair) -> List.of(pair[0], pair[1])).toList();
		try (Session session = driver.session()) {
			session.executeWrite((tx) -> tx.run("""
					UNWIND $pairs AS pair
					MATCH (:Company {id: pair[0]})-[p:PARTNERS_WITH]->(:Company {id: pair[1]})
					DELETE p""", Map.of("pairs", rows)).consume());
		}
	}

	/** Every remaining partnership, archived companies included: the baselines' graph. */
	private static Map<String, Set<String>> partnerGraph(Driver driver) {
		Map<String, Set<String>> partners = new HashMap<>();
		try (Session session = driver.session()) {
			session
				.executeRead(
						(tx) -> tx.run("MATCH (a:Company)-[:PARTNERS_WITH]->(b:Company) RETURN a.id AS a, b.id AS b")
							.list())
				.forEach((row) -> {
					String a = row.get("a").asString();
					String b = row.get("b").asString();
					partners.computeIfAbsent(a, (key) -> new HashSet<>()).add(b);
					partners.computeIfAbsent(b, (key) -> new HashSet<>()).add(a);
				});
		}
		return partners;
	}

	private static Map<String, List<String>> recommendations(GraphQlClient client, List<String> asked,
			Map<String, Object> weights) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try {
			Map<String, Future<List<String>>> pending = new LinkedHashMap<>();
			for (String id : asked) {
				pending.put(id, callers.submit(() -> {
					List<String> ids = new ArrayList<>();
					Map<String, Object> variables = new HashMap<>();
					variables.put("id", id);
					variables.put("weights", weights);
					for (JsonNode item : client.data(RECOMMEND, variables).get("recommendCollaborations")) {
						ids.add(item.get("company").get("id").asString());
					}
					return ids;
				}));
			}
			Map<String, List<String>> recommended = new HashMap<>();
			for (Map.Entry<String, Future<List<String>>> entry : pending.entrySet()) {
				recommended.put(entry.getKey(), entry.getValue().get());
			}
			return recommended;
		}
		finally {
			callers.shutdownNow();
		}
	}

	/**
	 * Companies two partnership steps away, not yet partners, best first: by the number
	 * of common partners, or by Adamic-Adar. Ties go by id, so the lists are
	 * reproducible.
	 */
	private static List<String> neighbourhood(String id, Map<String, Set<String>> partners, Set<String> archived,
			boolean adamicAdar) {
		Set<String> mine = partners.getOrDefault(id, Set.of());
		Map<String, Double> scores = new HashMap<>();
		for (String common : mine) {
			Set<String> theirs = partners.getOrDefault(common, Set.of());
			double weight = adamicAdar ? 1 / Math.log(Math.max(2, theirs.size())) : 1;
			for (String candidate : theirs) {
				if (!candidate.equals(id) && !mine.contains(candidate) && !archived.contains(candidate)) {
					scores.merge(candidate, weight, Double::sum);
				}
			}
		}
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.map(Map.Entry::getKey)
			.toList();
	}

	private static List<String> drawn(String id, List<String> active, Map<String, Set<String>> partners,
			Random random) {
		Set<String> mine = partners.getOrDefault(id, Set.of());
		List<String> drawn = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		while (drawn.size() < TOP) {
			String candidate = active.get(random.nextInt(active.size()));
			if (!candidate.equals(id) && !mine.contains(candidate) && seen.add(candidate)) {
				drawn.add(candidate);
			}
		}
		return drawn;
	}

	private static Score score(List<String> asked, Map<String, Set<String>> hidden,
			java.util.function.Function<String, List<String>> method) {
		double precision = 0;
		double recall = 0;
		int hits = 0;
		for (String id : asked) {
			Set<String> truth = hidden.get(id);
			long found = method.apply(id).stream().limit(TOP).filter(truth::contains).count();
			precision += found / (double) TOP;
			recall += found / (double) truth.size();
			hits += (found > 0) ? 1 : 0;
		}
		return new Score(precision / asked.size(), recall / asked.size(), hits / (double) asked.size());
	}

}
