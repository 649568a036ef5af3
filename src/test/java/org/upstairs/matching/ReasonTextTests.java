package org.upstairs.matching;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.upstairs.matching.replica.Proximity;
import org.upstairs.matching.replica.ReasonCode;
import org.upstairs.capability.Capability;
import org.upstairs.capability.ChainLayer;
import org.upstairs.company.Company;
import org.upstairs.scenario.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sentences of {@link ReasonText} in both languages.
 */
class ReasonTextTests {

	private static final Capability GPU = new Capability("gpu", "GPU compute", "GPU算力", ChainLayer.COMPUTE, null);

	private static final Capability CORPUS = new Capability("corpus", "Text corpus", null, ChainLayer.DATA, null);

	private static final Capability TUNING = new Capability("fine-tuning", "Fine-tuning", "微调", ChainLayer.TOOLING,
			null);

	private static final Scenario CARE = new Scenario("care", "Elderly care", "智慧养老", null, null);

	private static Company company(String name, String nameZh) {
		return new Company(name.toLowerCase(Locale.ROOT), name, nameZh, null, null, null, null, null, null, null,
				false);
	}

	private static String zh(ReasonCode code, List<Capability> capabilities, List<Scenario> scenarios,
			List<Company> companies, Integer hops, Proximity proximity, Integer floorDelta) {
		return ReasonText.of(ReasonText.Language.ZH, code, capabilities, scenarios, companies, hops, proximity,
				floorDelta);
	}

	@Test
	void chineseSentencesUseChineseNamesWhereStored() {
		assertThat(zh(ReasonCode.OFFERS_WHAT_YOU_NEED, List.of(GPU, CORPUS, TUNING), List.of(), List.of(), null, null,
				null))
			.isEqualTo("提供你需要的GPU算力、Text corpus和微调");
		assertThat(zh(ReasonCode.NEEDS_WHAT_YOU_OFFER, List.of(GPU), List.of(), List.of(), null, null, null))
			.isEqualTo("需要你提供的GPU算力");
		assertThat(zh(ReasonCode.CHAIN_UPSTREAM, List.of(GPU, CORPUS, TUNING), List.of(), List.of(), 2, null, null))
			.isEqualTo("提供GPU算力，在产业链上位于微调上游2步（GPU算力 → Text corpus → 微调）");
		assertThat(zh(ReasonCode.CHAIN_DOWNSTREAM, List.of(GPU, TUNING), List.of(), List.of(), 1, null, null))
			.isEqualTo("从事微调，你的GPU算力是它的上游");
		assertThat(zh(ReasonCode.SHARED_SCENARIO, List.of(), List.of(CARE), List.of(), null, null, null))
			.isEqualTo("也在做智慧养老，来自产业链的另一环");
		assertThat(zh(ReasonCode.COVERS_SCENARIO_GAP, List.of(GPU), List.of(CARE), List.of(), null, null, null))
			.isEqualTo("为智慧养老带来GPU算力，这是你没有的");
		assertThat(zh(ReasonCode.NEARBY, List.of(), List.of(), List.of(), null, Proximity.SAME_FLOOR, 0))
			.isEqualTo("和你在同一层");
		assertThat(zh(ReasonCode.NEARBY, List.of(), List.of(), List.of(), null, Proximity.DOWNSTAIRS, -3))
			.isEqualTo("在你楼下3层");
		assertThat(zh(ReasonCode.NEARBY, List.of(), List.of(), List.of(), null, Proximity.SAME_HUB, null))
			.isEqualTo("和你在同一园区");
		assertThat(zh(ReasonCode.MUTUAL_PARTNERS, List.of(), List.of(),
				List.of(company("Alpha", "阿尔法"), company("Beta", null)), null, null, null))
			.isEqualTo("和你一样，与阿尔法和Beta是合作伙伴");
	}

	@Test
	void englishIsTheDefaultAndUnchanged() {
		assertThat(ReasonText.of(ReasonCode.OFFERS_WHAT_YOU_NEED, List.of(GPU, CORPUS, TUNING), List.of(), List.of(),
				null, null, null))
			.isEqualTo("Offers GPU compute, Text corpus and Fine-tuning, which you need");
		assertThat(ReasonText.of(ReasonCode.NEARBY, List.of(), List.of(), List.of(), null, Proximity.UPSTAIRS, 2))
			.isEqualTo("Two floors up in your building");
		assertThat(ReasonText.Language.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ReasonText.Language.ZH);
		assertThat(ReasonText.Language.of(Locale.forLanguageTag("zh-TW"))).isEqualTo(ReasonText.Language.ZH);
		assertThat(ReasonText.Language.of(Locale.ENGLISH)).isEqualTo(ReasonText.Language.EN);
		assertThat(ReasonText.Language.of(null)).isEqualTo(ReasonText.Language.EN);
		assertThat(ReasonText.step(ReasonText.Language.EN, GPU, "FEEDS", TUNING))
			.isEqualTo("GPU compute feeds Fine-tuning");
		assertThat(ReasonText.step(ReasonText.Language.ZH, company("Alpha", "阿尔法"), "OFFERS", GPU))
			.isEqualTo("阿尔法提供GPU算力");
	}

}
