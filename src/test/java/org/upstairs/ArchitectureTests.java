package org.upstairs;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules: code is grouped by feature; a feature uses another only through its
 * public types, never its repositories or controllers; shared packages know no feature.
 */
@AnalyzeClasses(packages = "org.upstairs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	private static final String[] SHARED = { "org.upstairs.config..", "org.upstairs.graphql..",
			"org.upstairs.changelog.." };

	@ArchTest
	static final ArchRule featuresDoNotDependOnEachOtherInCycles = slices().matching("org.upstairs.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule sharedPackagesKnowNoFeature = classes().that()
		.resideInAnyPackage(SHARED)
		.should()
		.onlyDependOnClassesThat(resideInAnyPackage(SHARED).or(resideOutsideOfPackage("org.upstairs..")));

	@ArchTest
	static final ArchRule repositoriesArePackagePrivate = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("a feature's storage is its own; other features go through its public services");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.notBePublic();

}
