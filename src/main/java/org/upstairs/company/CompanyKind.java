package org.upstairs.company;

/**
 * What kind of organisation a company is.
 */
public enum CompanyKind {

	/** A young company building a product. */
	STARTUP,
	/** An established company or a unit of one. */
	ENTERPRISE,
	/** A public or shared service platform. */
	PLATFORM,
	/** A venture capital or other investor. */
	INVESTOR,
	/** A university, hospital, laboratory or public body. */
	INSTITUTION

}
