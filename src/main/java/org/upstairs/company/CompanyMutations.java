package org.upstairs.company;

import java.security.Principal;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.upstairs.account.Caller;

/**
 * The company mutations: thin; the checks and writes are in {@link CompanyWriter}.
 */
@Controller
class CompanyMutations {

	private final CompanyWriter writer;

	private final Companies companies;

	CompanyMutations(CompanyWriter writer, Companies companies) {
		this.writer = writer;
		this.companies = companies;
	}

	@MutationMapping
	CompanyPayload upsertCompany(@Argument Map<String, Object> input, Principal principal) {
		Caller.of(principal).requireActsFor("input.id", (String) input.get("id"));
		return new CompanyPayload(this.writer.upsert(input));
	}

	@MutationMapping
	CompanyPayload setCompanyLocation(@Argument CompanyInputs.SetLocation input, Principal principal) {
		Caller.of(principal).requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.setLocation(input));
	}

	@MutationMapping
	CompanyPayload addOffer(@Argument CompanyInputs.CompanyCapability input, Principal principal) {
		Caller caller = Caller.of(principal);
		caller.requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.addOffer(input, caller.isStaff()));
	}

	@MutationMapping
	CompanyPayload verifyOffer(@Argument CompanyInputs.CompanyCapability input, Principal principal) {
		Caller.of(principal).requireStaff("verifyOffer");
		return new CompanyPayload(this.writer.verifyOffer(input));
	}

	@MutationMapping
	CompanyPayload removeOffer(@Argument CompanyInputs.CompanyCapability input, Principal principal) {
		Caller.of(principal).requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.removeOffer(input));
	}

	@MutationMapping
	CompanyPayload addNeed(@Argument CompanyInputs.AddNeed input, Principal principal) {
		Caller.of(principal).requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.addNeed(input));
	}

	@MutationMapping
	CompanyPayload removeNeed(@Argument CompanyInputs.CompanyCapability input, Principal principal) {
		Caller.of(principal).requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.removeNeed(input));
	}

	@MutationMapping
	CompanyPayload addTarget(@Argument CompanyInputs.CompanyScenario input, Principal principal) {
		Caller.of(principal).requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.addTarget(input));
	}

	@MutationMapping
	CompanyPayload removeTarget(@Argument CompanyInputs.CompanyScenario input, Principal principal) {
		Caller.of(principal).requireActsFor("input.companyId", input.companyId());
		return new CompanyPayload(this.writer.removeTarget(input));
	}

	@MutationMapping
	PartnershipPayload recordPartnership(@Argument CompanyInputs.RecordPartnership input, Principal principal) {
		// Founders become partners through an introduction (PARTNERED); staff record the
		// rest.
		Caller.of(principal).requireStaff("recordPartnership");
		this.writer.recordPartnership(input);
		return partnershipPayload(input.companyId(), input.partnerId());
	}

	@MutationMapping
	PartnershipPayload removePartnership(@Argument CompanyInputs.RemovePartnership input, Principal principal) {
		Caller.of(principal).requireStaff("removePartnership");
		this.writer.removePartnership(input);
		return partnershipPayload(input.companyId(), input.partnerId());
	}

	@MutationMapping
	CompanyPayload archiveCompany(@Argument CompanyInputs.Archive input, Principal principal) {
		Caller.of(principal).requireStaff("archiveCompany");
		return new CompanyPayload(this.writer.archive(input));
	}

	private PartnershipPayload partnershipPayload(String companyId, String partnerId) {
		Map<String, Company> both = this.companies.companies(java.util.List.of(companyId, partnerId));
		return new PartnershipPayload(both.get(companyId), both.get(partnerId));
	}

	record CompanyPayload(Company company) {
	}

	record PartnershipPayload(Company company, Company partner) {
	}

}
