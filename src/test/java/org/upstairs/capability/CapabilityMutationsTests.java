package org.upstairs.capability;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityMutationsTests extends IntegrationTest {

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void upsertLinkAndUnlink() {
		graphQl().document("""
				mutation { upsertCapability(input: {id: "edge-inference", name: "Edge inference", nameZh: "端侧推理",
				  layer: TOOLING}) { capability { id layer nameZh } } }""")
			.execute()
			.path("upsertCapability.capability.layer")
			.entity(String.class)
			.isEqualTo("TOOLING");
		graphQl().document("""
				mutation { linkCapabilities(input: {fromCapabilityId: "base-model", toCapabilityId: "edge-inference"}) {
				  from { id feeds { id } } to { id fedBy { id } } } }""")
			.execute()
			.path("linkCapabilities.from.feeds[*].id")
			.entityList(String.class)
			.containsExactly("edge-inference", "fine-tuning");
		List<String> linked = graphSnapshot();
		graphQl().document("""
				mutation { linkCapabilities(input: {fromCapabilityId: "base-model", toCapabilityId: "edge-inference"}) {
				  from { id } } }""").execute().errors().verify();
		assertThat(graphSnapshot()).as("linking twice changes nothing").isEqualTo(linked);

		graphQl()
			.document(
					"""
							mutation { unlinkCapabilities(input: {fromCapabilityId: "base-model", toCapabilityId: "edge-inference"}) {
							  from { feeds { id } } } }""")
			.execute()
			.path("unlinkCapabilities.from.feeds[*].id")
			.entityList(String.class)
			.containsExactly("fine-tuning");
	}

	@Test
	void aLinkThatWouldCloseACycleIsRefusedWithThePath() {
		List<String> before = graphSnapshot();
		graphQl().document("""
				mutation { linkCapabilities(input: {fromCapabilityId: "go-to-market", toCapabilityId: "training"}) {
				  from { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				assertThat(error.getExtensions()).containsEntry("field", "input.toCapabilityId");
				assertThat(error.getMessage())
					.contains("training -> base-model -> fine-tuning -> chat-app -> go-to-market -> training");
			}));
		graphQl().document(
				"""
						mutation { linkCapabilities(input: {fromCapabilityId: "gpu", toCapabilityId: "gpu"}) { from { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
		graphQl().document(
				"""
						mutation { linkCapabilities(input: {fromCapabilityId: "gpu", toCapabilityId: "nothing"}) { from { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
		graphQl().document("""
				mutation { upsertCapability(input: {id: "new-cap", name: "New"}) { capability { id } } }""")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("field", "input.layer")));
		assertThat(graphSnapshot()).isEqualTo(before);
	}

}
