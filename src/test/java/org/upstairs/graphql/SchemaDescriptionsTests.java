package org.upstairs.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the API's documentation: every type, field, argument, input field and
 * enum value says what it is.
 */
class SchemaDescriptionsTests {

	@Test
	void everyTypeFieldArgumentAndEnumValueHasADescription() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".graphqls")).toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file)));
			}
		}
		List<String> undescribed = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			check(undescribed, type.getName(), description(type));
			if (type instanceof ObjectTypeDefinition object) {
				checkFields(undescribed, type.getName(), object.getFieldDefinitions());
			}
			if (type instanceof InterfaceTypeDefinition contract) {
				checkFields(undescribed, type.getName(), contract.getFieldDefinitions());
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions()
					.forEach((field) -> check(undescribed, type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			if (type instanceof EnumTypeDefinition enumType) {
				enumType.getEnumValueDefinitions()
					.forEach((value) -> check(undescribed, type.getName() + "." + value.getName(),
							value.getDescription()));
			}
		}
		// "extend type Query" in each feature's file: the extension needs no description
		// of
		// its own, but every field it adds does.
		registry.objectTypeExtensions()
			.forEach((name, extensions) -> extensions
				.forEach((extension) -> checkFields(undescribed, name, extension.getFieldDefinitions())));
		assertThat(registry.objectTypeExtensions()).as("the schema extends Query").containsKey("Query");
		registry.scalars()
			.values()
			.stream()
			.filter((scalar) -> !List.of("Int", "Float", "String", "Boolean", "ID").contains(scalar.getName()))
			.forEach((ScalarTypeDefinition scalar) -> check(undescribed, scalar.getName(), scalar.getDescription()));

		assertThat(undescribed).as("schema elements without a description").isEmpty();
	}

	private static void checkFields(List<String> undescribed, String typeName, List<FieldDefinition> fields) {
		fields.forEach((field) -> {
			check(undescribed, typeName + "." + field.getName(), field.getDescription());
			field.getInputValueDefinitions()
				.forEach((argument) -> check(undescribed,
						typeName + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription()));
		});
	}

	private static Description description(TypeDefinition<?> type) {
		if (type instanceof ObjectTypeDefinition object) {
			return object.getDescription();
		}
		if (type instanceof InputObjectTypeDefinition input) {
			return input.getDescription();
		}
		if (type instanceof EnumTypeDefinition enumType) {
			return enumType.getDescription();
		}
		if (type instanceof InterfaceTypeDefinition contract) {
			return contract.getDescription();
		}
		if (type instanceof UnionTypeDefinition union) {
			return union.getDescription();
		}
		return new Description("n/a", null, false);
	}

	private static void check(List<String> undescribed, String element, Description description) {
		if (description == null || description.getContent().isBlank()) {
			undescribed.add(element);
		}
	}

}
