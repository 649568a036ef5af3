package org.upstairs.place;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.upstairs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class HubQueriesTests extends IntegrationTest {

	@BeforeEach
	void demoData() {
		resetGraphToDemoData();
	}

	@Test
	void hubsListsTheThreeShanghaiHubsByName() {
		List<Map<String, Object>> hubs = graphQl().document("{ hubs { id name nameZh district } }")
			.execute()
			.path("hubs")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();

		assertThat(hubs).extracting((hub) -> hub.get("id"))
			.containsExactly("model-community-zhangjiang", "smc-xuhui", "yangpu-ai-hub");
		assertThat(hubs).extracting((hub) -> hub.get("district")).containsExactly("Pudong", "Xuhui", "Yangpu");
		assertThat(hubs).extracting((hub) -> hub.get("nameZh")).contains("模速空间", "模力社区");
	}

	@Test
	void hubByIdReturnsThatHub() {
		graphQl().document("query($id: ID!) { hub(id: $id) { id name nameZh district } }")
			.variable("id", "smc-xuhui")
			.execute()
			.path("hub.name")
			.entity(String.class)
			.satisfies((name) -> assertThat(name).contains("Model Speed Space"))
			.path("hub.nameZh")
			.entity(String.class)
			.isEqualTo("模速空间")
			.path("hub.district")
			.entity(String.class)
			.isEqualTo("Xuhui");
	}

	@Test
	void unknownHubIsNull() {
		graphQl().document("{ hub(id: \"no-such-hub\") { id } }").execute().path("hub").valueIsNull();
	}

	@Test
	void hubWithoutIdIsAValidationError() {
		graphQl().document("{ hub { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("id")));
	}

}
