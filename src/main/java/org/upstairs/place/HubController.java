package org.upstairs.place;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL entry points for hubs.
 */
@Controller
class HubController {

	private final HubRepository hubs;

	HubController(HubRepository hubs) {
		this.hubs = hubs;
	}

	@QueryMapping
	List<Hub> hubs() {
		return this.hubs.findAllByOrderByNameAsc();
	}

	@QueryMapping
	Hub hub(@Argument String id) {
		return this.hubs.findById(id).orElse(null);
	}

}
