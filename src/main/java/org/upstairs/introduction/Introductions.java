package org.upstairs.introduction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.matching.replica.RecommendationKind;
import org.upstairs.account.Caller;
import org.upstairs.company.Companies;
import org.upstairs.company.Company;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.AccessDeniedException;
import org.upstairs.graphql.Connection;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.graphql.PageRequest;
import org.upstairs.matching.Matchmaking;
import org.upstairs.matching.Recommendation;
import org.upstairs.matching.replica.Scope;

/**
 * The introduction workflow: creating, moving along the lifecycle, reading with each
 * caller's view, and the staff's queue of pairs worth introducing. Every change publishes
 * the introduction once its transaction has committed.
 */
@Service
class Introductions {

	private static final String ORDERING = "INTRODUCTIONS";

	private final ChangeLog changes;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final TransactionTemplate transactions;

	private final Companies companies;

	private final Matchmaking matchmaking;

	private final ApplicationEventPublisher events;

	Introductions(Neo4jClient neo4j, CypherScripts cypher, TransactionTemplate transactions, Companies companies,
			Matchmaking matchmaking, ApplicationEventPublisher events, ChangeLog changes) {
		this.changes = changes;
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.transactions = transactions;
		this.companies = companies;
		this.matchmaking = matchmaking;
		this.events = events;
	}

	/** Published inside the transaction that changed an introduction. */
	record Changed(Introduction introduction) {
	}

	Introduction create(Caller caller, String fromId, String toId, String note, IntroductionStatus status) {
		String from = Inputs.slug("input.fromCompanyId", fromId);
		String to = Inputs.slug("input.toCompanyId", toId);
		if (from.equals(to)) {
			throw new InvalidInputException("input.toCompanyId", "must differ from fromCompanyId");
		}
		String text = Inputs.optionalText("input.note", note, 1000);
		Map<String, Company> found = this.companies.companies(List.of(from, to));
		requireActive(found.get(from), "input.fromCompanyId", from);
		requireActive(found.get(to), "input.toCompanyId", to);
		Recommendation assessment = this.matchmaking.assessPair(from, to).orElse(null);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", UUID.randomUUID().toString());
		parameters.put("fromId", from);
		parameters.put("toId", to);
		parameters.put("pairKey", pairKey(from, to));
		parameters.put("status", status.name());
		parameters.put("note", text);
		parameters.put("score", (assessment != null) ? assessment.score() : null);
		parameters.put("kind", (assessment != null) ? assessment.kind().name() : null);
		parameters.put("reasonCodes",
				(assessment != null) ? assessment.reasons().stream().map((r) -> r.code().name()).toList() : List.of());
		parameters.put("reasonWeights",
				(assessment != null) ? assessment.reasons().stream().map((r) -> r.weight()).toList() : List.of());
		parameters.put("reasonTexts",
				(assessment != null) ? assessment.reasons().stream().map((r) -> r.text()).toList() : List.of());
		parameters.put("actor", caller.username());
		parameters.put("actorRole", caller.role().name());
		try {
			return this.transactions.execute((tx) -> {
				if (partners(from, to)) {
					throw new InvalidInputException("input.toCompanyId", "the two companies are partners already");
				}
				Introduction created = one("queries/introduction/create", parameters);
				this.events.publishEvent(new Changed(created));
				return created;
			});
		}
		catch (RuntimeException ex) {
			if (isOpenPairConflict(ex)) {
				throw new InvalidInputException("input.toCompanyId",
						"an introduction between these two companies is already open");
			}
			throw ex;
		}
	}

	Introduction move(Caller caller, String id, IntroductionStatus status, String note) {
		Introduction current = visible(caller, "input.introductionId", id);
		Transition transition = Transition.between(current.status(), status)
			.orElseThrow(() -> new InvalidInputException("input.status",
					"an introduction cannot go from " + current.status() + " to " + status));
		if (!transition.allows(caller, current)) {
			throw AccessDeniedException.forbidden("input.status",
					"you may not move this introduction from " + current.status() + " to " + status);
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", current.id());
		parameters.put("expected", current.status().name());
		parameters.put("status", status.name());
		parameters.put("open", status.isOpen());
		parameters.put("note", Inputs.optionalText("input.note", note, 1000));
		parameters.put("actor", caller.username());
		parameters.put("actorRole", caller.role().name());
		return this.transactions.execute((tx) -> {
			Introduction moved = this.neo4j.query(this.cypher.query("queries/introduction/move"))
				.bindAll(parameters)
				.fetchAs(Introduction.class)
				.mappedBy((types, row) -> Introduction.from(row.get("i"), row.get("fromId").asString(),
						row.get("toId").asString()))
				.one()
				.orElseThrow(() -> new InvalidInputException("input.status",
						"the introduction changed meanwhile; read it again"));
			if (status == IntroductionStatus.PARTNERED) {
				// The move recorded their partnership, which matching reads.
				this.changes.touched(ChangedNode.company(moved.fromCompanyId()),
						ChangedNode.company(moved.toCompanyId()));
			}
			this.events.publishEvent(new Changed(moved));
			return moved;
		});
	}

	/**
	 * An introduction the caller may see.
	 */
	Introduction visible(Caller caller, String field, String id) {
		caller.requireSignedIn(field);
		Introduction introduction = byIds(List.of(id)).get(id);
		if (introduction == null) {
			throw new NotFoundException(field, "Introduction", id);
		}
		if (!caller.isStaff() && !introduction.involves(caller.companyId())) {
			throw AccessDeniedException.forbidden(field, "a founder sees only their own company's introductions");
		}
		return introduction;
	}

	Map<String, Introduction> byIds(Collection<String> ids) {
		Map<String, Introduction> found = new LinkedHashMap<>();
		this.neo4j.query(this.cypher.query("queries/introduction/by-ids"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Introduction.class)
			.mappedBy((types, row) -> Introduction.from(row.get("i"), row.get("fromId").asString(),
					row.get("toId").asString()))
			.all()
			.forEach((introduction) -> found.put(introduction.id(), introduction));
		return found;
	}

	Connection<Introduction> page(Caller caller, IntroductionStatus status, String companyId, Integer first,
			String after) {
		caller.requireSignedIn("introductions");
		PageRequest page = PageRequest.of(first, after, ORDERING, PageRequest.KeyPart.INSTANT,
				PageRequest.KeyPart.TEXT);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("status", (status != null) ? status.name() : null);
		parameters.put("companyId", companyId);
		parameters.put("visibleTo", caller.isStaff() ? null : caller.companyId());
		parameters.put("afterAt", page.afterKey(0));
		parameters.put("afterId", page.afterKey(1));
		parameters.put("limit", page.first() + 1);
		List<Introduction> rows = List.copyOf(this.neo4j.query(this.cypher.query("queries/introduction/page"))
			.bindAll(parameters)
			.fetchAs(Introduction.class)
			.mappedBy((types, row) -> Introduction.from(row.get("i"), row.get("fromId").asString(),
					row.get("toId").asString()))
			.all());
		long total = this.neo4j.query(this.cypher.query("queries/introduction/count"))
			.bindAll(parameters)
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
		return Connection.of(rows, page, (introduction) -> PageRequest.cursor(ORDERING,
				introduction.createdAt().toOffsetDateTime().toString(), introduction.id()), total);
	}

	Map<String, List<IntroductionEvent>> histories(Collection<String> ids) {
		Map<String, List<IntroductionEvent>> histories = new HashMap<>();
		this.neo4j.query(this.cypher.query("queries/introduction/history"))
			.bind(List.copyOf(ids))
			.to("ids")
			.fetch()
			.all()
			.forEach((row) -> histories.computeIfAbsent((String) row.get("id"), (key) -> new ArrayList<>())
				.add(IntroductionEvent.from(org.neo4j.driver.Values.value(row.get("event")))));
		return histories;
	}

	/**
	 * The best pairs in a hub not yet introduced: each company's recommendations within
	 * the hub, each pair once, mutual benefit first, then by score.
	 */
	List<IntroductionCandidate> queue(String hubId, int first) {
		boolean hubExists = this.neo4j.query("MATCH (h:Hub {id: $hubId}) RETURN count(h) > 0")
			.bind(hubId)
			.to("hubId")
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		if (!hubExists) {
			throw new NotFoundException("hubId", "Hub", hubId);
		}
		List<String> members = List.copyOf(this.neo4j.query(this.cypher.query("queries/introduction/hub-companies"))
			.bind(hubId)
			.to("hubId")
			.fetchAs(String.class)
			.all());
		Set<String> introduced = new HashSet<>(
				this.neo4j.query(this.cypher.query("queries/introduction/introduced-pairs"))
					.bind(hubId)
					.to("hubId")
					.fetchAs(String.class)
					.all());
		Map<String, Company> byId = this.companies.companies(members);
		Map<String, IntroductionCandidate> best = new HashMap<>();
		for (String member : members) {
			for (Recommendation recommendation : this.matchmaking.recommendations(member, Scope.SAME_HUB, first)) {
				String key = pairKey(member, recommendation.company().id());
				if (introduced.contains(key)) {
					continue;
				}
				IntroductionCandidate candidate = new IntroductionCandidate(byId.get(member), recommendation.company(),
						recommendation.kind(), recommendation.score(), recommendation.reasons());
				best.merge(key, candidate, (a, b) -> (b.score() > a.score()) ? b : a);
			}
		}
		return best.values()
			.stream()
			.sorted(Comparator.comparing((IntroductionCandidate c) -> c.kind() != RecommendationKind.MUTUAL)
				.thenComparing(IntroductionCandidate::score, Comparator.reverseOrder())
				.thenComparing((c) -> c.from().name())
				.thenComparing((c) -> c.to().name()))
			.limit(first)
			.toList();
	}

	private boolean partners(String a, String b) {
		return this.neo4j
			.query("MATCH (:Company {id: $a})-[p:PARTNERS_WITH]-(:Company {id: $b}) RETURN count(p) > 0 AS partners")
			.bindAll(Map.of("a", a, "b", b))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
	}

	private Introduction one(String query, Map<String, Object> parameters) {
		return this.neo4j.query(this.cypher.query(query))
			.bindAll(parameters)
			.fetchAs(Introduction.class)
			.mappedBy((types, row) -> Introduction.from(row.get("i"), row.get("fromId").asString(),
					row.get("toId").asString()))
			.one()
			.orElseThrow();
	}

	private static void requireActive(Company company, String field, String id) {
		if (company == null || company.archived()) {
			throw new NotFoundException(field, "active Company", id);
		}
	}

	static String pairKey(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	private static boolean isOpenPairConflict(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j
					&& "Neo.ClientError.Schema.ConstraintValidationFailed".equals(neo4j.code())) {
				return true;
			}
			if (cause instanceof org.springframework.dao.DataIntegrityViolationException) {
				return true;
			}
		}
		return false;
	}

}
