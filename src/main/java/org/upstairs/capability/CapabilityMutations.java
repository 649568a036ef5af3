package org.upstairs.capability;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.changelog.ChangeLog;
import org.upstairs.changelog.ChangedNode;
import org.upstairs.account.Caller;
import org.springframework.transaction.support.TransactionTemplate;
import org.upstairs.config.CypherScripts;
import org.upstairs.graphql.Inputs;
import org.upstairs.graphql.InvalidInputException;
import org.upstairs.graphql.NotFoundException;
import org.upstairs.graphql.UpsertChanges;

/**
 * Capability mutations. FEEDS stays acyclic: a link that would close a cycle is refused,
 * with the path it would close.
 */
@Controller
class CapabilityMutations {

	private final ChangeLog changes;

	private final Neo4jClient neo4j;

	private final CypherScripts cypher;

	private final TransactionTemplate transactions;

	private final Capabilities capabilities;

	CapabilityMutations(Neo4jClient neo4j, CypherScripts cypher, TransactionTemplate transactions, ChangeLog changes,
			Capabilities capabilities) {
		this.changes = changes;
		this.neo4j = neo4j;
		this.cypher = cypher;
		this.transactions = transactions;
		this.capabilities = capabilities;
	}

	@MutationMapping
	CapabilityPayload upsertCapability(@Argument Map<String, Object> input, Principal principal) {
		Caller.of(principal).requireStaff("upsertCapability");
		return this.transactions.execute((status) -> {
			String id = Inputs.slug("input.id", (String) input.get("id"));
			Map<String, Object> changes = UpsertChanges
				.of(input, this.capabilities.capability(id).isEmpty(), "layer", "capability")
				.changes();
			this.changes.touched(ChangedNode.capability(id));
			Capability capability = this.neo4j.query(this.cypher.query("queries/capability/upsert"))
				.bindAll(Map.of("id", id, "changes", changes))
				.fetchAs(Capability.class)
				.mappedBy((types, row) -> Capability.from(row.get("capability")))
				.one()
				.orElseThrow();
			return new CapabilityPayload(capability);
		});
	}

	@MutationMapping
	CapabilityLinkPayload linkCapabilities(@Argument LinkInput input, Principal principal) {
		Caller.of(principal).requireStaff("linkCapabilities");
		return this.transactions.execute((status) -> {
			if (input.fromCapabilityId().equals(input.toCapabilityId())) {
				throw new InvalidInputException("input.toCapabilityId", "a capability cannot feed itself");
			}
			this.neo4j.query(this.cypher.query("queries/capability/lock-feeds")).run();
			Record found = lookup(input);
			List<String> cycle = found.get("cycle").isNull() ? List.of()
					: found.get("cycle").asList((value) -> value.asString());
			if (!cycle.isEmpty()) {
				throw new InvalidInputException("input.toCapabilityId",
						"would close a FEEDS cycle: " + String.join(" -> ", cycle) + " -> " + input.toCapabilityId());
			}
			return link("queries/capability/link", input);
		});
	}

	@MutationMapping
	CapabilityLinkPayload unlinkCapabilities(@Argument LinkInput input, Principal principal) {
		Caller.of(principal).requireStaff("unlinkCapabilities");
		return this.transactions.execute((status) -> {
			lookup(input);
			return link("queries/capability/unlink", input);
		});
	}

	private Record lookup(LinkInput input) {
		Record found = this.neo4j.query(this.cypher.query("queries/capability/lookup"))
			.bindAll(Map.of("fromId", input.fromCapabilityId(), "toId", input.toCapabilityId()))
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.one()
			.orElseThrow();
		if (!found.get("fromExists").asBoolean()) {
			throw new NotFoundException("input.fromCapabilityId", "Capability", input.fromCapabilityId());
		}
		if (!found.get("toExists").asBoolean()) {
			throw new NotFoundException("input.toCapabilityId", "Capability", input.toCapabilityId());
		}
		return found;
	}

	private CapabilityLinkPayload link(String query, LinkInput input) {
		this.changes.touched(ChangedNode.capability(input.fromCapabilityId()),
				ChangedNode.capability(input.toCapabilityId()));
		return this.neo4j.query(this.cypher.query(query))
			.bindAll(Map.of("fromId", input.fromCapabilityId(), "toId", input.toCapabilityId()))
			.fetchAs(CapabilityLinkPayload.class)
			.mappedBy((types, row) -> new CapabilityLinkPayload(Capability.from(row.get("from")),
					Capability.from(row.get("to"))))
			.one()
			.orElseThrow();
	}

	record LinkInput(String fromCapabilityId, String toCapabilityId) {
	}

	record CapabilityPayload(Capability capability) {
	}

	record CapabilityLinkPayload(Capability from, Capability to) {
	}

}
