package org.upstairs.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.upstairs.capability.Capability;
import org.upstairs.company.Company;
import org.upstairs.matching.replica.Proximity;
import org.upstairs.matching.replica.ReasonCode;
import org.upstairs.matching.replica.RecommendationKind;
import org.upstairs.matching.replica.Scope;
import org.upstairs.matching.replica.ScoreWeights;
import org.upstairs.matching.replica.Side;
import org.upstairs.scenario.Scenario;

/**
 * The oracle the matching engine is checked against: plain Cypher queries
 * (src/test/resources/matching/*-unpruned.cypher) that read every candidate in full and
 * score it by the rules of docs/matching.md. Slow on large hubs, plainly right. Their
 * rows are read into the API's types, reasons put in words by the service's own
 * {@link Reason#of}, so that answers compare whole.
 */
final class OracleAnswers {

	private final Driver driver;

	OracleAnswers(Driver driver) {
		this.driver = driver;
	}

	List<PartnerMatch> partners(Side side, String companyId, Scope scope, int maxHops, int first,
			ScoreWeights weights) {
		Map<String, Object> parameters = parameters(companyId, scope, first, weights);
		parameters.put("maxHops", maxHops);
		String name = (side == Side.UPSTREAM) ? "upstream-partners" : "downstream-partners";
		return run(name, parameters).stream().map(OracleAnswers::partnerMatch).toList();
	}

	List<Recommendation> recommendations(String companyId, Scope scope, int first, ScoreWeights weights) {
		Map<String, Object> parameters = parameters(companyId, scope, first, weights);
		parameters.put("partnerId", null);
		return run("recommend-collaborations", parameters).stream().map(OracleAnswers::recommendation).toList();
	}

	/** One pair, introduced or not, as assessPair gives it. */
	List<Recommendation> assessment(String companyId, String partnerId, ScoreWeights weights) {
		Map<String, Object> parameters = parameters(companyId, Scope.ANYWHERE, 1, weights);
		parameters.put("partnerId", partnerId);
		return run("recommend-collaborations", parameters).stream().map(OracleAnswers::recommendation).toList();
	}

	private List<Record> run(String name, Map<String, Object> parameters) {
		return this.driver.executableQuery(resource("/matching/" + name + "-unpruned.cypher"))
			.withParameters(parameters)
			.execute()
			.records();
	}

	private static Map<String, Object> parameters(String companyId, Scope scope, int first, ScoreWeights weights) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("companyId", companyId);
		parameters.put("scope", scope.name());
		parameters.put("first", first);
		parameters.put("weights", weights.asMap());
		return parameters;
	}

	private static Recommendation recommendation(Record row) {
		return new Recommendation(Company.from(row.get("partner")), row.get("score").asDouble(),
				RecommendationKind.valueOf(row.get("kind").asString()),
				row.get("hops").isNull() ? null : row.get("hops").asInt(), reasons(row));
	}

	private static PartnerMatch partnerMatch(Record row) {
		return new PartnerMatch(Company.from(row.get("partner")), row.get("score").asDouble(), row.get("hops").asInt(),
				Proximity.valueOf(row.get("proximity").asString()),
				row.get("floorDelta").isNull() ? null : row.get("floorDelta").asInt(),
				row.get("paths").asList((path) -> path.asList(Capability::from)), reasons(row));
	}

	private static List<Reason> reasons(Record row) {
		return row.get("reasons").asList(OracleAnswers::reason);
	}

	private static Reason reason(Value value) {
		List<Capability> capabilities = value.get("capabilities").isNull() ? List.of()
				: value.get("capabilities").asList(Capability::from);
		List<Scenario> scenarios = value.get("scenarios").isNull() ? List.of()
				: value.get("scenarios").asList(Scenario::from);
		List<Company> companies = value.get("companies").isNull() ? List.of()
				: value.get("companies").asList(Company::from);
		String proximity = value.get("proximity").asString(null);
		return Reason.of(ReasonCode.valueOf(value.get("code").asString()), value.get("weight").asDouble(), capabilities,
				scenarios, companies, value.get("hops").isNull() ? null : value.get("hops").asInt(),
				(proximity != null) ? Proximity.valueOf(proximity) : null,
				value.get("floorDelta").isNull() ? null : value.get("floorDelta").asInt());
	}

	private static String resource(String path) {
		try (InputStream in = OracleAnswers.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
