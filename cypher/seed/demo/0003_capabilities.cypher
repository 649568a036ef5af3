// Demo dataset, see docs/demo-data.md. Idempotent: MERGE on ids, SET properties.
// Capabilities along the AI industry chain, by layer:
// COMPUTE -> DATA -> MODEL -> TOOLING -> APPLICATION -> SCENARIO_DESIGN -> MARKETING,
// with SERVICES (financing, testing and assessment, compliance, public platforms) beside the chain.
UNWIND [
  // COMPUTE
  {id: 'ai-chips', name: 'AI chips', nameZh: 'AI芯片', layer: 'COMPUTE', description: 'AI accelerator chips and low-power NPUs, including domestic accelerators, for training, inference and devices.'},
  {id: 'gpu-compute', name: 'GPU compute', nameZh: 'GPU算力', layer: 'COMPUTE', description: 'GPU compute power for training and running models, by the hour or reserved.'},
  {id: 'heterogeneous-compute', name: 'Heterogeneous compute', nameZh: '异构算力', layer: 'COMPUTE', description: 'One platform over GPUs and accelerators of different makers, so that scattered and mixed compute can be used as one.'},
  {id: 'compute-scheduling', name: 'Compute scheduling', nameZh: '算力调度', layer: 'COMPUTE', description: 'Scheduling training and inference jobs across clusters and data centres to cut the cost of compute power.'},
  {id: 'compute-leasing', name: 'Compute power leasing', nameZh: '算力租赁', layer: 'COMPUTE', description: 'Renting out compute power (GPU servers and clusters) to model developers and users.'},
  {id: 'intelligent-computing-center', name: 'Intelligent computing centre', nameZh: '智算中心', layer: 'COMPUTE', description: 'Data-centre capacity built for AI: power, cooling, networking and large GPU clusters.'},
  {id: 'cloud-infrastructure', name: 'AI cloud infrastructure', nameZh: '智能云基础设施', layer: 'COMPUTE', description: 'Cloud servers, storage and networking tuned for AI workloads.'},
  {id: 'edge-compute', name: 'Edge compute', nameZh: '边缘算力', layer: 'COMPUTE', description: 'Low-latency compute close to devices, robots and operating rooms.'},
  {id: 'inference-acceleration', name: 'Inference acceleration', nameZh: '推理加速', layer: 'COMPUTE', description: 'Kernels, compilers and hardware tuning that make model inference faster and cheaper.'},
  {id: 'scientific-computing', name: 'AI for science computing', nameZh: '科学智能算力', layer: 'COMPUTE', description: 'Large-scale computing for AI for science, such as molecular simulation and protein structure work.'},
  // DATA
  {id: 'data-collection', name: 'Data collection', nameZh: '数据采集', layer: 'DATA', description: 'Collecting text, speech, image, video and sensor data with consent and provenance.'},
  {id: 'data-annotation', name: 'Data annotation', nameZh: '数据标注', layer: 'DATA', description: 'Labelling and quality-checking data for training and evaluation.'},
  {id: 'corpus-curation', name: 'Training corpus curation', nameZh: '训练语料治理', layer: 'DATA', description: 'Cleaning, de-duplicating and filtering large text and code corpora for pre-training.'},
  {id: 'synthetic-data', name: 'Synthetic data', nameZh: '合成数据', layer: 'DATA', description: 'Generated data that fills gaps where real data is scarce or sensitive.'},
  {id: 'multimodal-datasets', name: 'Multimodal datasets', nameZh: '多模态数据集', layer: 'DATA', description: 'Paired image, video, audio and text datasets for multimodal training.'},
  {id: 'medical-data', name: 'Medical data', nameZh: '医疗数据', layer: 'DATA', description: 'De-identified clinical records and medical images prepared for AI research.'},
  {id: 'biomedical-data', name: 'Biomedical R&D data', nameZh: '生物医药研发数据', layer: 'DATA', description: 'Assay, omics, compound and trial data for drug research and development.'},
  {id: 'financial-data', name: 'Financial data', nameZh: '金融数据', layer: 'DATA', description: 'Market, filing, credit and transaction data for financial models.'},
  {id: 'industrial-data', name: 'Industrial data', nameZh: '工业数据', layer: 'DATA', description: 'Production-line images, sensor readings and process data from factories.'},
  {id: 'data-governance', name: 'Data governance and security', nameZh: '数据治理与安全', layer: 'DATA', description: 'Data classification, lineage, de-identification and secure data exchange.'},
  // MODEL
  {id: 'model-training', name: 'Model training', nameZh: '模型训练', layer: 'MODEL', description: 'Pre-training and continued training of large models at scale.'},
  {id: 'foundation-model', name: 'Foundation model', nameZh: '基础大模型', layer: 'MODEL', description: 'General-purpose large language models that others build on.'},
  {id: 'multimodal-model', name: 'Multimodal model', nameZh: '多模态大模型', layer: 'MODEL', description: 'Models that understand and generate text, images, audio and video together.'},
  {id: 'vision-model', name: 'Vision model', nameZh: '视觉大模型', layer: 'MODEL', description: 'Large models for image and video understanding.'},
  {id: 'speech-model', name: 'Speech model', nameZh: '语音大模型', layer: 'MODEL', description: 'Speech recognition and synthesis models, including Mandarin dialects.'},
  {id: 'medical-model', name: 'Medical model', nameZh: '医疗大模型', layer: 'MODEL', description: 'Models trained for clinical language and medical images.'},
  {id: 'biomedical-model', name: 'Biomedical model', nameZh: '生物医药大模型', layer: 'MODEL', description: 'Models of molecules, proteins and biomedical literature for drug research.'},
  {id: 'financial-model', name: 'Financial model', nameZh: '金融大模型', layer: 'MODEL', description: 'Large models adapted to finance: research reports, risk and compliance language.'},
  {id: 'industrial-model', name: 'Industrial model', nameZh: '工业大模型', layer: 'MODEL', description: 'Models adapted to manufacturing processes, equipment and quality data.'},
  {id: 'embodied-model', name: 'Embodied AI model', nameZh: '具身智能模型', layer: 'MODEL', description: 'Models that perceive and act through robots and instruments.'},
  // TOOLING
  {id: 'fine-tuning', name: 'Fine-tuning', nameZh: '模型微调', layer: 'TOOLING', description: 'Adapting a base model to a domain or customer with their data.'},
  {id: 'model-evaluation', name: 'Model evaluation', nameZh: '模型评测', layer: 'TOOLING', description: 'Benchmarks and test suites that measure model quality, safety and cost.'},
  {id: 'model-deployment', name: 'Model deployment', nameZh: '模型部署', layer: 'TOOLING', description: 'Packaging and rolling out models to cloud, private servers and devices.'},
  {id: 'inference-serving', name: 'Inference serving and model API', nameZh: '推理服务', layer: 'TOOLING', description: 'Hosted model APIs and serving stacks with autoscaling.'},
  {id: 'model-compression', name: 'Model compression and quantisation', nameZh: '模型压缩与量化', layer: 'TOOLING', description: 'Distilling and quantising models so that they run on small hardware.'},
  {id: 'rag-platform', name: 'Retrieval-augmented generation', nameZh: '检索增强生成', layer: 'TOOLING', description: 'Connecting models to document stores and knowledge bases.'},
  {id: 'agent-framework', name: 'Agent framework', nameZh: '智能体开发框架', layer: 'TOOLING', description: 'Tools for building agents that plan, call tools and work through tasks.'},
  {id: 'vector-database', name: 'Vector database', nameZh: '向量数据库', layer: 'TOOLING', description: 'Storage and search of embeddings at scale.'},
  {id: 'mlops', name: 'MLOps platform', nameZh: '模型运维平台', layer: 'TOOLING', description: 'Versioning, monitoring and rollback of models in production.'},
  {id: 'content-safety', name: 'Content safety guardrails', nameZh: '内容安全护栏', layer: 'TOOLING', description: 'Filters and classifiers that keep generated content safe and lawful.'},
  // APPLICATION
  {id: 'enterprise-copilot', name: 'Enterprise copilot', nameZh: '企业智能助手', layer: 'APPLICATION', description: 'Assistants for office work, documents and internal knowledge.'},
  {id: 'customer-service-agent', name: 'Customer service agent', nameZh: '智能客服', layer: 'APPLICATION', description: 'Conversational agents that answer customers by chat and phone.'},
  {id: 'code-assistant', name: 'Code assistant', nameZh: '代码助手', layer: 'APPLICATION', description: 'Code completion, review and generation for developers.'},
  {id: 'ai-tutor', name: 'AI tutor', nameZh: 'AI辅导', layer: 'APPLICATION', description: 'Personalised tutoring, homework feedback and spoken-language practice.'},
  {id: 'medical-imaging-ai', name: 'Medical imaging AI', nameZh: '医学影像AI', layer: 'APPLICATION', description: 'Detection, segmentation and reporting on CT, MRI and endoscopy images.'},
  {id: 'surgical-robot-ai', name: 'Surgical robot intelligence', nameZh: '手术机器人智能', layer: 'APPLICATION', description: 'Perception, navigation and assistance software for surgical robots.'},
  {id: 'telesurgery-system', name: 'Telesurgery system', nameZh: '远程手术系统', layer: 'APPLICATION', description: 'Remote operation of surgical robots over long distances with low latency.'},
  {id: 'drug-discovery-ai', name: 'AI drug discovery', nameZh: 'AI药物发现', layer: 'APPLICATION', description: 'Target finding, molecule generation and property prediction.'},
  {id: 'biomedical-rd-collaboration', name: 'Biomedical R&D collaboration platform', nameZh: '生物医药数字化研发协同', layer: 'APPLICATION', description: 'Digital platform where pharmaceutical teams and partners share data, experiments and models.'},
  {id: 'risk-control-ai', name: 'Risk-control AI', nameZh: '智能风控', layer: 'APPLICATION', description: 'Credit, fraud and anti-money-laundering models in production.'},
  {id: 'investment-research-ai', name: 'Investment research assistant', nameZh: '智能投研', layer: 'APPLICATION', description: 'Reading filings and news, drafting research notes and answering analysts.'},
  {id: 'aigc-video', name: 'AIGC video and image generation', nameZh: 'AIGC视频生成', layer: 'APPLICATION', description: 'Generating and editing video, images and visual effects.'},
  {id: 'digital-human', name: 'Digital human', nameZh: '数字人', layer: 'APPLICATION', description: 'Virtual presenters and service staff with voice and face.'},
  {id: 'smart-glasses-assistant', name: 'Smart glasses assistant', nameZh: '智能眼镜助手', layer: 'APPLICATION', description: 'On-device assistant for smart glasses: translation, recognition and prompts in view.'},
  {id: 'industrial-inspection', name: 'Industrial visual inspection', nameZh: '工业视觉质检', layer: 'APPLICATION', description: 'Finding defects on production lines from camera images.'},
  {id: 'government-service-assistant', name: 'Government service assistant', nameZh: '政务服务助手', layer: 'APPLICATION', description: 'Answers citizens and fills in forms for one-stop government services.'},
  {id: 'game-ai', name: 'Game AI characters', nameZh: '游戏智能体', layer: 'APPLICATION', description: 'Non-player characters and game content driven by models.'},
  // SCENARIO_DESIGN
  {id: 'scenario-design', name: 'Scenario design', nameZh: '场景设计', layer: 'SCENARIO_DESIGN', description: 'Finding where AI fits in a business and designing the use case end to end.'},
  {id: 'industry-solution-design', name: 'Industry solution design', nameZh: '行业解决方案设计', layer: 'SCENARIO_DESIGN', description: 'Turning models and applications into solutions for one industry.'},
  {id: 'clinical-workflow-design', name: 'Clinical workflow design', nameZh: '临床流程设计', layer: 'SCENARIO_DESIGN', description: 'Fitting AI and robots into clinical pathways, operating rooms and hospital IT.'},
  {id: 'interaction-design', name: 'Interaction design', nameZh: '人机交互设计', layer: 'SCENARIO_DESIGN', description: 'Conversational, voice and visual interaction design for AI products.'},
  {id: 'smart-hardware-integration', name: 'Smart hardware integration', nameZh: '智能硬件集成', layer: 'SCENARIO_DESIGN', description: 'Bringing models into devices such as glasses, speakers and robots.'},
  {id: 'learning-experience-design', name: 'Learning experience design', nameZh: '学习体验设计', layer: 'SCENARIO_DESIGN', description: 'Designing courses and learning journeys around AI tutors.'},
  {id: 'content-ip-design', name: 'Content and IP design', nameZh: '内容IP策划', layer: 'SCENARIO_DESIGN', description: 'Story, character and IP design for films, games and brands using AI.'},
  // MARKETING
  {id: 'product-marketing', name: 'Product marketing', nameZh: '产品营销', layer: 'MARKETING', description: 'Positioning, launches and campaigns for AI products.'},
  {id: 'brand-content-marketing', name: 'Brand content marketing', nameZh: '品牌内容营销', layer: 'MARKETING', description: 'Brand storytelling and content campaigns on social platforms.'},
  {id: 'channel-distribution', name: 'Channel distribution', nameZh: '渠道分销', layer: 'MARKETING', description: 'Retail and online channels for AI devices and software.'},
  {id: 'go-to-market-consulting', name: 'Go-to-market consulting', nameZh: '商业化咨询', layer: 'MARKETING', description: 'Pricing, packaging and commercialisation plans for AI startups.'},
  {id: 'experience-store', name: 'Product experience store', nameZh: '产品体验店', layer: 'MARKETING', description: 'Shop floors where visitors try AI products such as smart glasses.'},
  {id: 'overseas-expansion', name: 'Overseas expansion', nameZh: '出海服务', layer: 'MARKETING', description: 'Entering markets abroad, including technology transfer to the Global South.'},
  {id: 'enterprise-sales', name: 'Enterprise sales', nameZh: '大客户销售', layer: 'MARKETING', description: 'Selling to large enterprises, hospitals and government buyers.'},
  // SERVICES
  {id: 'financing', name: 'Financing', nameZh: '投融资', layer: 'SERVICES', description: 'Venture capital, angel investment and financing matchmaking.'},
  {id: 'testing-and-assessment', name: 'Testing and assessment', nameZh: '测试评估', layer: 'SERVICES', description: 'Independent testing and assessment of models and AI products.'},
  {id: 'compliance', name: 'Compliance and filing', nameZh: '合规与备案', layer: 'SERVICES', description: 'Generative-AI service filing, algorithm registration and legal compliance.'},
  {id: 'open-data-platform', name: 'Open data platform', nameZh: '开放数据平台', layer: 'SERVICES', description: 'Public platform that opens curated datasets to companies.'},
  {id: 'compute-power-scheduling-service', name: 'Compute power scheduling service', nameZh: '算力调度公共服务', layer: 'SERVICES', description: 'Public platform that matches companies with available compute power at lower cost.'},
  {id: 'security-assessment', name: 'Security assessment', nameZh: '安全评估', layer: 'SERVICES', description: 'Security assessment of generative-AI services and data handling.'},
  {id: 'standards-certification', name: 'Standards and certification', nameZh: '标准与认证', layer: 'SERVICES', description: 'Industry standards, certification and conformity testing.'},
  {id: 'ip-services', name: 'IP and patent services', nameZh: '知识产权服务', layer: 'SERVICES', description: 'Patent applications, IP strategy and registration support.'},
  {id: 'policy-funding', name: 'Policy and funding support', nameZh: '政策资金支持', layer: 'SERVICES', description: 'Rent discounts, subsidies and public funding programmes.'},
  {id: 'clinical-validation', name: 'Clinical validation', nameZh: '临床验证', layer: 'SERVICES', description: 'Clinical studies and trial sites that validate medical AI and devices.'}
] AS row
MERGE (c:Capability {id: row.id})
SET c += row;

// FEEDS: the left capability is an input of the right one. Acyclic; it runs from
// COMPUTE down to MARKETING (e.g. gpu-compute -> model-training -> foundation-model ->
// fine-tuning -> enterprise-copilot -> industry-solution-design -> enterprise-sales -> overseas-expansion).
UNWIND [
  // inside COMPUTE
  ['ai-chips', 'gpu-compute'], ['ai-chips', 'edge-compute'], ['ai-chips', 'inference-acceleration'], ['intelligent-computing-center', 'gpu-compute'],
  ['intelligent-computing-center', 'scientific-computing'], ['gpu-compute', 'heterogeneous-compute'], ['gpu-compute', 'compute-leasing'], ['gpu-compute', 'inference-acceleration'],
  ['cloud-infrastructure', 'compute-leasing'], ['heterogeneous-compute', 'compute-scheduling'], ['heterogeneous-compute', 'inference-acceleration'], ['compute-leasing', 'compute-scheduling'],
  // COMPUTE -> services and downstream
  ['compute-scheduling', 'compute-power-scheduling-service'], ['compute-scheduling', 'model-training'], ['compute-power-scheduling-service', 'model-training'], ['gpu-compute', 'model-training'],
  ['compute-leasing', 'model-training'], ['gpu-compute', 'synthetic-data'], ['scientific-computing', 'biomedical-model'], ['scientific-computing', 'drug-discovery-ai'],
  ['inference-acceleration', 'inference-serving'], ['inference-acceleration', 'model-compression'], ['cloud-infrastructure', 'model-deployment'], ['cloud-infrastructure', 'vector-database'],
  ['edge-compute', 'model-deployment'], ['edge-compute', 'telesurgery-system'], ['edge-compute', 'smart-glasses-assistant'],
  // DATA
  ['open-data-platform', 'corpus-curation'], ['open-data-platform', 'multimodal-datasets'], ['data-collection', 'data-annotation'], ['data-collection', 'corpus-curation'],
  ['data-annotation', 'multimodal-datasets'], ['synthetic-data', 'multimodal-datasets'], ['synthetic-data', 'corpus-curation'], ['data-governance', 'corpus-curation'],
  ['data-governance', 'medical-data'], ['data-governance', 'security-assessment'], ['corpus-curation', 'model-training'], ['multimodal-datasets', 'multimodal-model'],
  ['multimodal-datasets', 'vision-model'], ['data-annotation', 'fine-tuning'], ['corpus-curation', 'fine-tuning'], ['medical-data', 'medical-model'],
  ['medical-data', 'medical-imaging-ai'], ['biomedical-data', 'biomedical-model'], ['biomedical-data', 'biomedical-rd-collaboration'], ['financial-data', 'financial-model'],
  ['financial-data', 'risk-control-ai'], ['industrial-data', 'industrial-model'], ['industrial-data', 'industrial-inspection'], ['synthetic-data', 'embodied-model'],
  // MODEL
  ['model-training', 'foundation-model'], ['model-training', 'multimodal-model'], ['model-training', 'vision-model'], ['model-training', 'speech-model'],
  ['model-training', 'embodied-model'], ['foundation-model', 'multimodal-model'], ['foundation-model', 'medical-model'], ['foundation-model', 'biomedical-model'],
  ['foundation-model', 'financial-model'], ['foundation-model', 'industrial-model'], ['vision-model', 'embodied-model'], ['vision-model', 'industrial-model'],
  ['multimodal-model', 'embodied-model'],
  // MODEL -> TOOLING
  ['foundation-model', 'fine-tuning'], ['multimodal-model', 'fine-tuning'], ['foundation-model', 'model-evaluation'], ['foundation-model', 'inference-serving'],
  ['fine-tuning', 'model-deployment'], ['model-compression', 'model-deployment'], ['mlops', 'model-deployment'], ['model-evaluation', 'model-deployment'],
  ['model-deployment', 'inference-serving'], ['inference-serving', 'rag-platform'], ['vector-database', 'rag-platform'], ['inference-serving', 'agent-framework'],
  ['rag-platform', 'agent-framework'],
  // TOOLING / MODEL -> SERVICES
  ['model-evaluation', 'testing-and-assessment'], ['standards-certification', 'testing-and-assessment'], ['testing-and-assessment', 'compliance'], ['security-assessment', 'compliance'],
  ['content-safety', 'security-assessment'], ['content-safety', 'compliance'],
  // -> APPLICATION
  ['fine-tuning', 'enterprise-copilot'], ['rag-platform', 'enterprise-copilot'], ['agent-framework', 'enterprise-copilot'], ['agent-framework', 'customer-service-agent'],
  ['rag-platform', 'customer-service-agent'], ['speech-model', 'customer-service-agent'], ['fine-tuning', 'code-assistant'], ['inference-serving', 'code-assistant'],
  ['rag-platform', 'ai-tutor'], ['fine-tuning', 'ai-tutor'], ['speech-model', 'ai-tutor'], ['medical-model', 'medical-imaging-ai'],
  ['vision-model', 'medical-imaging-ai'], ['medical-imaging-ai', 'surgical-robot-ai'], ['embodied-model', 'surgical-robot-ai'], ['surgical-robot-ai', 'telesurgery-system'],
  ['biomedical-model', 'drug-discovery-ai'], ['drug-discovery-ai', 'biomedical-rd-collaboration'], ['financial-model', 'risk-control-ai'], ['financial-model', 'investment-research-ai'],
  ['rag-platform', 'investment-research-ai'], ['multimodal-model', 'aigc-video'], ['multimodal-model', 'digital-human'], ['speech-model', 'digital-human'],
  ['multimodal-model', 'game-ai'], ['agent-framework', 'game-ai'], ['multimodal-model', 'smart-glasses-assistant'], ['model-compression', 'smart-glasses-assistant'],
  ['speech-model', 'smart-glasses-assistant'], ['industrial-model', 'industrial-inspection'], ['vision-model', 'industrial-inspection'], ['agent-framework', 'government-service-assistant'],
  ['rag-platform', 'government-service-assistant'], ['digital-human', 'government-service-assistant'], ['compliance', 'government-service-assistant'],
  // APPLICATION -> SCENARIO_DESIGN
  ['enterprise-copilot', 'industry-solution-design'], ['customer-service-agent', 'industry-solution-design'], ['risk-control-ai', 'industry-solution-design'], ['investment-research-ai', 'industry-solution-design'],
  ['industrial-inspection', 'industry-solution-design'], ['enterprise-copilot', 'scenario-design'], ['government-service-assistant', 'scenario-design'], ['drug-discovery-ai', 'scenario-design'],
  ['biomedical-rd-collaboration', 'scenario-design'], ['surgical-robot-ai', 'clinical-workflow-design'], ['telesurgery-system', 'clinical-workflow-design'], ['medical-imaging-ai', 'clinical-workflow-design'],
  ['clinical-validation', 'clinical-workflow-design'], ['ai-tutor', 'learning-experience-design'], ['smart-glasses-assistant', 'smart-hardware-integration'], ['smart-glasses-assistant', 'interaction-design'],
  ['digital-human', 'interaction-design'], ['code-assistant', 'interaction-design'], ['game-ai', 'content-ip-design'], ['aigc-video', 'content-ip-design'],
  // SCENARIO_DESIGN -> MARKETING
  ['scenario-design', 'go-to-market-consulting'], ['scenario-design', 'product-marketing'], ['industry-solution-design', 'enterprise-sales'], ['clinical-workflow-design', 'enterprise-sales'],
  ['interaction-design', 'product-marketing'], ['learning-experience-design', 'product-marketing'], ['smart-hardware-integration', 'channel-distribution'], ['smart-hardware-integration', 'experience-store'],
  ['content-ip-design', 'brand-content-marketing'],
  // inside MARKETING
  ['product-marketing', 'brand-content-marketing'], ['product-marketing', 'experience-store'], ['go-to-market-consulting', 'channel-distribution'], ['go-to-market-consulting', 'overseas-expansion'],
  ['enterprise-sales', 'overseas-expansion']
] AS pair
MATCH (a:Capability {id: pair[0]})
MATCH (b:Capability {id: pair[1]})
MERGE (a)-[:FEEDS]->(b);
