package org.upstairs.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
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
				object.getFieldDefinitions().forEach((field) -> {
					check(undescribed, type.getName() + "." + field.getName(), field.getDescription());
					field.getInputValueDefinitions()
						.forEach((argument) -> check(undescribed,
								type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDescription()));
				});
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
		registry.scalars()
			.values()
			.stream()
			.filter((scalar) -> !List.of("Int", "Float", "String", "Boolean", "ID").contains(scalar.getName()))
			.forEach((ScalarTypeDefinition scalar) -> check(undescribed, scalar.getName(), scalar.getDescription()));

		assertThat(undescribed).as("schema elements without a description").isEmpty();
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
		return new Description("n/a", null, false);
	}

	private static void check(List<String> undescribed, String element, Description description) {
		if (description == null || description.getContent().isBlank()) {
			undescribed.add(element);
		}
	}

}
