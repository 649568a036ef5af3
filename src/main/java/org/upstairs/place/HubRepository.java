package org.upstairs.place;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface HubRepository extends Neo4jRepository<Hub, String> {

	List<Hub> findAllByOrderByNameAsc();

}
