package org.upstairs.place;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface BuildingRepository extends Neo4jRepository<Building, String> {

}
