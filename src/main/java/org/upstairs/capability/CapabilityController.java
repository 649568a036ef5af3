package org.upstairs.capability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Capability queries and the FEEDS fields.
 */
@Controller
class CapabilityController {

	private final Capabilities capabilities;

	CapabilityController(Capabilities capabilities) {
		this.capabilities = capabilities;
	}

	@QueryMapping
	Capability capability(@Argument String id) {
		return this.capabilities.capability(id).orElse(null);
	}

	@QueryMapping
	List<Capability> capabilities(@Argument ChainLayer layer) {
		return this.capabilities.capabilities(layer);
	}

	@BatchMapping
	Map<Capability, List<Capability>> feeds(List<Capability> sources) {
		return byCapability(sources, this.capabilities.linked("queries/capability/feeds", ids(sources)));
	}

	@BatchMapping
	Map<Capability, List<Capability>> fedBy(List<Capability> sources) {
		return byCapability(sources, this.capabilities.linked("queries/capability/fed-by", ids(sources)));
	}

	private static List<String> ids(List<Capability> capabilities) {
		return capabilities.stream().map(Capability::id).distinct().toList();
	}

	private static Map<Capability, List<Capability>> byCapability(List<Capability> sources,
			Map<String, List<Capability>> byId) {
		Map<Capability, List<Capability>> result = new HashMap<>();
		sources.forEach((source) -> result.put(source, byId.getOrDefault(source.id(), List.of())));
		return result;
	}

}
