// The three hubs of the source articles (shared/seed-facts.md).
MERGE (h:Hub {id: 'smc-xuhui'})
SET h.name = 'Shanghai Foundation Model Innovation Center (Model Speed Space)',
    h.nameZh = '模速空间',
    h.district = 'Xuhui',
    h.description = "China's first dedicated foundation-model incubator, opened 2023-09-28 on the West Bund waterfront (AI Valley); public platforms for open data, testing and assessment, compute scheduling and financing.";

MERGE (h:Hub {id: 'model-community-zhangjiang'})
SET h.name = 'Model Community',
    h.nameZh = '模力社区',
    h.district = 'Pudong',
    h.description = 'In Zhangjiang Science City: over 200,000 m2 of construction, about 40 ecosystem companies settled, a strong biomedicine cluster.';

MERGE (h:Hub {id: 'yangpu-ai-hub'})
SET h.name = 'Yangpu AI Hub',
    h.nameZh = '杨浦人工智能创新中心',
    h.district = 'Yangpu',
    h.description = 'Around Wujiaochang and Fudan University; home of the 2023 Foundation Models Entrepreneurship Conference.';
