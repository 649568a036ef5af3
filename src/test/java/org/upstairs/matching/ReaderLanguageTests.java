package org.upstairs.matching;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.upstairs.support.IntegrationTest;

/**
 * Reasons and chain steps in the reader's language: Chinese, with the Chinese names of
 * capabilities and companies where stored (else their names), when the request's
 * Accept-Language is Chinese; English otherwise (the fixture of
 * {@link PartnerMatchingTests} and {@link ChainTests}).
 */
class ReaderLanguageTests extends IntegrationTest {

	private static final String UPSTREAM = "query($id: ID!) { upstreamPartners(companyId: $id) "
			+ "{ company { id } reasons { code text } } }";

	private static final String PATH = "{ chainPath(fromCompanyId: \"alpha-compute\", toCompanyId: \"delta-apps\") "
			+ "{ steps { relation text } } }";

	@BeforeEach
	void fixture() {
		resetGraphTo("chain");
	}

	@Test
	void reasonsInChineseForAChineseReader() {
		GraphQlTester.Response response = chinese().document(UPSTREAM).variable("id", "gamma-models").execute();

		response.path("upstreamPartners[0].company.id").entity(String.class).isEqualTo("alpha-compute");
		response.path("upstreamPartners[0].reasons[*].text")
			.entityList(String.class)
			.containsExactly("提供你需要的GPU算力", "在你楼上3层");
		response.path("upstreamPartners[1].reasons[*].text")
			.entityList(String.class)
			.containsExactly("提供你需要的文本语料", "在你楼下2层");
		chinese().document(UPSTREAM)
			.variable("id", "delta-apps")
			.execute()
			.path("upstreamPartners[1].reasons[0].text")
			.entity(String.class)
			.isEqualTo("提供基础模型，是微调的上游");
	}

	@Test
	void englishStaysTheDefault() {
		graphQl().document(UPSTREAM)
			.variable("id", "gamma-models")
			.execute()
			.path("upstreamPartners[0].reasons[*].text")
			.entityList(String.class)
			.containsExactly("Offers GPU compute, which you need", "Three floors up in your building");
		graphQlWith((headers) -> {
			headers.setBasicAuth(STAFF, TEST_PASSWORD);
			headers.set("Accept-Language", "en");
		}).document(UPSTREAM)
			.variable("id", "gamma-models")
			.execute()
			.path("upstreamPartners[0].reasons[*].text")
			.entityList(String.class)
			.containsExactly("Offers GPU compute, which you need", "Three floors up in your building");
	}

	@Test
	void chainStepsInChinese() {
		chinese().document(PATH)
			.execute()
			.path("chainPath.steps[*].text")
			.entityList(String.class)
			.isEqualTo(List.of("阿尔法算力与Gamma Models是合作伙伴", "Gamma Models提供基础模型", "基础模型支撑微调", "Delta Apps需要微调"));
	}

	private HttpGraphQlTester chinese() {
		return graphQlWith((headers) -> {
			headers.setBasicAuth(STAFF, TEST_PASSWORD);
			headers.set("Accept-Language", "zh-CN,zh;q=0.9");
		});
	}

}
