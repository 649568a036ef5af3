// The nodes an answer explained in memory names, read by id: partners and common partners
// (companyIds), capabilities on paths and in reasons (capabilityIds), scenarios in reasons
// (scenarioIds). A node missing from the result has gone since the graph was read.
RETURN COLLECT { MATCH (c:Company) WHERE c.id IN $companyIds RETURN c } AS companies,
       COLLECT { MATCH (c:Capability) WHERE c.id IN $capabilityIds RETURN c } AS capabilities,
       COLLECT { MATCH (s:Scenario) WHERE s.id IN $scenarioIds RETURN s } AS scenarios
