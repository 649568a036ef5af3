package org.upstairs.company;

import java.time.LocalDate;

/**
 * The typed inputs of the company mutations (the upsert takes a map, to tell an absent
 * field from one set to null).
 */
final class CompanyInputs {

	private CompanyInputs() {
	}

	record SetLocation(String companyId, String buildingId, Integer floor, String unit) {
	}

	record CompanyCapability(String companyId, String capabilityId) {
	}

	record AddNeed(String companyId, String capabilityId, Integer priority, String note) {
	}

	record CompanyScenario(String companyId, String scenarioId) {
	}

	record RecordPartnership(String companyId, String partnerId, LocalDate since) {
	}

	record RemovePartnership(String companyId, String partnerId) {
	}

	record Archive(String companyId, Boolean archived) {
	}

}
