// Demo dataset, see docs/demo-data.md. Idempotent: MERGE on ids, SET properties.
// Application scenarios, by sector, and the capabilities each REQUIRES.
UNWIND [
  {id: 'telesurgery', name: 'Telesurgery', nameZh: '远程手术', sector: 'HEALTHCARE', description: 'Senior surgeons in Shanghai operate on patients far away through surgical robots, as Ruijin Hospital did with the Toumai system.'},
  {id: 'medical-robots', name: 'Medical robots', nameZh: '医疗机器人', sector: 'HEALTHCARE', description: 'AI-assisted surgical and rehabilitation robots in hospitals.'},
  {id: 'medical-imaging-diagnosis', name: 'Medical imaging diagnosis', nameZh: '医学影像辅助诊断', sector: 'HEALTHCARE', description: 'Models that read scans and draft reports for radiologists.'},
  {id: 'biomedicine-rd', name: 'Biomedicine R&D collaboration', nameZh: '生物医药研发协同', sector: 'BIOMEDICINE', description: "Pharmaceutical teams share data, experiments and models on one digital platform, as in Zhangjiang's biomedicine cluster."},
  {id: 'ai-drug-discovery', name: 'AI drug discovery', nameZh: 'AI药物发现', sector: 'BIOMEDICINE', description: 'Finding targets and designing molecules with AI and large-scale scientific computing.'},
  {id: 'smart-glasses', name: 'Smart glasses', nameZh: '智能眼镜', sector: 'CONSUMER', description: 'AI assistants in smart glasses, tried on in the AI product experience store at SMC.'},
  {id: 'consumer-goods-marketing', name: 'AI marketing for consumer goods', nameZh: '消费品智能营销', sector: 'CONSUMER', description: 'Generated product videos, digital presenters and campaigns for consumer brands.'},
  {id: 'financial-risk-control', name: 'Financial risk control', nameZh: '金融智能风控', sector: 'FINANCE', description: 'Credit and fraud risk decisions with financial models.'},
  {id: 'investment-research', name: 'Investment research', nameZh: '智能投研', sector: 'FINANCE', description: 'Analysts ask questions over filings and news and get drafted research notes.'},
  {id: 'personalised-tutoring', name: 'Personalised tutoring', nameZh: '个性化辅导', sector: 'EDUCATION', description: 'AI tutors that adapt to each pupil, explain step by step and give feedback on homework.'},
  {id: 'vocational-skills-training', name: 'Vocational skills training', nameZh: '职业技能培训', sector: 'EDUCATION', description: 'Digital-human trainers and simulated practice for vocational courses.'},
  {id: 'film-and-tv-production', name: 'Film and TV production', nameZh: '影视制作', sector: 'ENTERTAINMENT', description: 'Generated shots, effects and digital actors for studios near the West Bund Media Port.'},
  {id: 'interactive-games', name: 'Interactive games', nameZh: '互动游戏', sector: 'ENTERTAINMENT', description: 'Games with model-driven characters and generated content.'},
  {id: 'smart-manufacturing-quality', name: 'Smart manufacturing quality', nameZh: '智能制造质检', sector: 'MANUFACTURING', description: 'Visual inspection and process models on production lines.'},
  {id: 'ai-for-industry-transfer', name: 'AI for industry technology transfer', nameZh: 'AI赋能制造业技术转移', sector: 'MANUFACTURING', description: 'Transferring AI for industry and manufacturing to the Global South, the aim of the UNIDO AIM Global Centre of Excellence in Shanghai.'},
  {id: 'government-services', name: 'One-stop government services', nameZh: '一网通办政务服务', sector: 'GOVERNMENT', description: 'Assistants that answer citizens and prepare applications for public services.'}
] AS row
MERGE (s:Scenario {id: row.id})
SET s += row;

UNWIND [
  {scenario: 'telesurgery', requires: ['telesurgery-system', 'surgical-robot-ai', 'edge-compute', 'clinical-workflow-design', 'clinical-validation']},
  {scenario: 'medical-robots', requires: ['surgical-robot-ai', 'embodied-model', 'medical-imaging-ai', 'clinical-validation']},
  {scenario: 'medical-imaging-diagnosis', requires: ['medical-data', 'medical-model', 'medical-imaging-ai', 'testing-and-assessment', 'clinical-workflow-design']},
  {scenario: 'biomedicine-rd', requires: ['biomedical-data', 'biomedical-model', 'biomedical-rd-collaboration', 'data-governance']},
  {scenario: 'ai-drug-discovery', requires: ['biomedical-model', 'drug-discovery-ai', 'scientific-computing', 'biomedical-data']},
  {scenario: 'smart-glasses', requires: ['smart-glasses-assistant', 'multimodal-model', 'ai-chips', 'smart-hardware-integration', 'experience-store']},
  {scenario: 'consumer-goods-marketing', requires: ['aigc-video', 'digital-human', 'brand-content-marketing', 'product-marketing']},
  {scenario: 'financial-risk-control', requires: ['financial-data', 'financial-model', 'risk-control-ai', 'compliance']},
  {scenario: 'investment-research', requires: ['financial-model', 'investment-research-ai', 'rag-platform', 'financial-data']},
  {scenario: 'personalised-tutoring', requires: ['ai-tutor', 'foundation-model', 'learning-experience-design', 'content-safety']},
  {scenario: 'vocational-skills-training', requires: ['digital-human', 'ai-tutor', 'learning-experience-design']},
  {scenario: 'film-and-tv-production', requires: ['aigc-video', 'multimodal-model', 'digital-human', 'content-ip-design', 'gpu-compute']},
  {scenario: 'interactive-games', requires: ['game-ai', 'agent-framework', 'content-ip-design', 'inference-serving']},
  {scenario: 'smart-manufacturing-quality', requires: ['industrial-data', 'industrial-model', 'industrial-inspection', 'edge-compute', 'industry-solution-design']},
  {scenario: 'ai-for-industry-transfer', requires: ['industrial-model', 'industry-solution-design', 'overseas-expansion', 'standards-certification']},
  {scenario: 'government-services', requires: ['government-service-assistant', 'foundation-model', 'rag-platform', 'compliance', 'scenario-design']}
] AS row
MATCH (s:Scenario {id: row.scenario})
UNWIND row.requires AS capabilityId
MATCH (c:Capability {id: capabilityId})
MERGE (s)-[:REQUIRES]->(c);
