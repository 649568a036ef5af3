// What a company mutation needs to check before it writes: does the company exist, and the
// other node it names (a capability, scenario, building or company; at most one is given).
OPTIONAL MATCH (company:Company {id: $companyId})
OPTIONAL MATCH (capability:Capability {id: $capabilityId})
OPTIONAL MATCH (scenario:Scenario {id: $scenarioId})
OPTIONAL MATCH (building:Building {id: $buildingId})
OPTIONAL MATCH (partner:Company {id: $partnerId})
RETURN company IS NOT NULL AS company, capability IS NOT NULL AS capability,
       scenario IS NOT NULL AS scenario, partner IS NOT NULL AS partner,
       building {.floors, basements: coalesce(building.basements, 0)} AS building
