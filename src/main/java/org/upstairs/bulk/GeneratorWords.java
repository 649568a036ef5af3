package org.upstairs.bulk;

/**
 * The word lists {@link HubGenerator} builds names from: English and Chinese side by
 * side, so a Chinese name always says what the English one says.
 */
final class GeneratorWords {

	/**
	 * The chain layers, in chain order (upstream first), SERVICES last: it stands beside
	 * the chain.
	 */
	static final String[] LAYERS = { "COMPUTE", "DATA", "MODEL", "TOOLING", "APPLICATION", "SCENARIO_DESIGN",
			"MARKETING", "SERVICES" };

	static final int COMPUTE = 0;

	static final int DATA = 1;

	static final int MODEL = 2;

	static final int TOOLING = 3;

	static final int APPLICATION = 4;

	static final int SCENARIO_DESIGN = 5;

	static final int MARKETING = 6;

	static final int SERVICES = 7;

	/**
	 * How many capabilities each layer gets: about 500 in all, the most where products
	 * are.
	 */
	static final int[] CAPABILITIES_PER_LAYER = { 50, 70, 70, 70, 100, 50, 40, 50 };

	/** Each layer's nouns, as {English, Chinese}. */
	static final String[][][] CAPABILITY_NOUNS = {
			{ { "GPU compute", "GPU算力" }, { "AI chips", "AI芯片" }, { "inference acceleration", "推理加速" },
					{ "compute scheduling", "算力调度" }, { "edge compute", "边缘算力" }, { "heterogeneous compute", "异构算力" },
					{ "data-centre capacity", "数据中心容量" }, { "compute leasing", "算力租赁" },
					{ "high-speed interconnect", "高速互联" }, { "AI storage", "AI存储" }, { "liquid cooling", "液冷" },
					{ "training clusters", "训练集群" } },
			{ { "data annotation", "数据标注" }, { "synthetic data", "合成数据" }, { "data cleaning", "数据清洗" },
					{ "corpus curation", "语料构建" }, { "data marketplace", "数据交易" }, { "privacy computing", "隐私计算" },
					{ "vector databases", "向量数据库" }, { "data governance", "数据治理" }, { "speech corpora", "语音语料" },
					{ "medical imaging data", "医学影像数据" }, { "geospatial data", "地理空间数据" },
					{ "knowledge graphs", "知识图谱" } },
			{ { "foundation models", "基础大模型" }, { "model training", "模型训练" }, { "fine-tuning", "模型微调" },
					{ "multimodal models", "多模态模型" }, { "speech recognition", "语音识别" }, { "computer vision", "计算机视觉" },
					{ "embodied intelligence", "具身智能" }, { "model compression", "模型压缩" },
					{ "reinforcement learning", "强化学习" }, { "protein models", "蛋白质模型" },
					{ "time-series forecasting", "时序预测" }, { "retrieval-augmented generation", "检索增强生成" } },
			{ { "agent frameworks", "智能体框架" }, { "MLOps pipelines", "MLOps流水线" }, { "model evaluation", "模型评测" },
					{ "prompt engineering tools", "提示词工具" }, { "inference serving", "推理服务" },
					{ "model gateways", "模型网关" }, { "observability", "可观测性" }, { "low-code AI builders", "低代码AI开发" },
					{ "vector search", "向量检索" }, { "AI security testing", "AI安全测试" },
					{ "workflow orchestration", "工作流编排" }, { "SDKs", "开发工具包" } },
			{ { "enterprise copilots", "企业助手" }, { "customer service bots", "智能客服" },
					{ "medical imaging diagnosis", "医学影像诊断" }, { "industrial inspection", "工业质检" },
					{ "robo-advisory", "智能投顾" }, { "AI tutoring", "AI辅导" }, { "content generation", "内容生成" },
					{ "document intelligence", "文档智能" }, { "surgical robotics", "手术机器人" }, { "smart retail", "智慧零售" },
					{ "autonomous driving", "自动驾驶" }, { "drug discovery", "药物发现" }, { "digital humans", "数字人" },
					{ "code assistants", "编程助手" }, { "risk control", "风控" }, { "city management", "城市治理" } },
			{ { "scenario consulting", "场景咨询" }, { "solution integration", "方案集成" }, { "pilot programmes", "试点项目" },
					{ "user research", "用户研究" }, { "AI interaction design", "AI交互设计" }, { "process redesign", "流程再造" },
					{ "proof-of-concept delivery", "概念验证" }, { "digital twin design", "数字孪生设计" },
					{ "requirements engineering", "需求工程" }, { "service blueprints", "服务蓝图" } },
			{ { "go-to-market strategy", "市场进入策略" }, { "channel distribution", "渠道分销" }, { "brand marketing", "品牌营销" },
					{ "growth operations", "增长运营" }, { "overseas expansion", "出海拓展" },
					{ "live-stream selling", "直播带货" }, { "trade show presence", "展会推广" },
					{ "key-account sales", "大客户销售" }, { "developer relations", "开发者关系" },
					{ "public relations", "公关传播" } },
			{ { "venture funding", "风险投资" }, { "compliance review", "合规审查" }, { "algorithm filing", "算法备案" },
					{ "legal services", "法律服务" }, { "talent recruitment", "人才招聘" }, { "IP licensing", "知识产权许可" },
					{ "standards certification", "标准认证" }, { "subsidy advisory", "政策补贴咨询" }, { "incubation", "孵化服务" },
					{ "financial auditing", "财务审计" }, { "security assessment", "安全评估" }, { "office space", "办公空间" } } };

	/** Each layer's qualifiers, as {English, Chinese}. */
	static final String[][][] CAPABILITY_QUALIFIERS = {
			{ { "Elastic", "弹性" }, { "Domestic", "国产" }, { "Low-latency", "低时延" }, { "Green", "绿色" },
					{ "Distributed", "分布式" }, { "Sovereign", "自主可控" }, { "Multi-tenant", "多租户" },
					{ "On-premise", "本地化" }, { "Shared", "共享" }, { "High-density", "高密度" } },
			{ { "Multilingual", "多语种" }, { "Industrial", "工业" }, { "Open", "开放" }, { "Certified", "合规" },
					{ "Real-time", "实时" }, { "Federated", "联邦" }, { "Domain-specific", "垂直领域" },
					{ "Large-scale", "大规模" }, { "Chinese-language", "中文" }, { "Crowdsourced", "众包" } },
			{ { "Open-weight", "开源" }, { "Small", "小参数" }, { "Long-context", "长上下文" }, { "Industry", "行业" },
					{ "Efficient", "高效" }, { "Trustworthy", "可信" }, { "Chinese", "中文" }, { "On-device", "端侧" },
					{ "Scientific", "科学" }, { "Multilingual", "多语种" } },
			{ { "Enterprise", "企业级" }, { "Open-source", "开源" }, { "Cloud-native", "云原生" }, { "Visual", "可视化" },
					{ "Automated", "自动化" }, { "Lightweight", "轻量" }, { "Secure", "安全" }, { "Collaborative", "协同" },
					{ "Hosted", "托管" }, { "Developer", "开发者" } },
			{ { "Intelligent", "智能" }, { "Generative", "生成式" }, { "Real-time", "实时" }, { "Personalised", "个性化" },
					{ "Multimodal", "多模态" }, { "Autonomous", "自主" }, { "Cloud", "云端" }, { "Mobile", "移动端" },
					{ "Voice-driven", "语音驱动" }, { "Predictive", "预测性" } },
			{ { "Healthcare", "医疗" }, { "Financial", "金融" }, { "Industrial", "工业" }, { "Urban", "城市" },
					{ "Retail", "零售" }, { "Education", "教育" }, { "Government", "政务" }, { "Life-science", "生命科学" } },
			{ { "B2B", "企业级" }, { "Consumer", "消费级" }, { "Overseas", "海外" }, { "Regional", "区域" }, { "Digital", "数字化" },
					{ "Public-sector", "政企" }, { "Ecosystem", "生态" }, { "Community", "社区" } },
			{ { "Early-stage", "早期" }, { "Cross-border", "跨境" }, { "Government-backed", "政府引导" },
					{ "Fast-track", "快速" }, { "Specialist", "专业" }, { "Shared", "共享" }, { "Industry", "产业" },
					{ "Pro-bono", "公益" } } };

	/** The sectors, as the format spells them. */
	static final String[] SECTORS = { "HEALTHCARE", "FINANCE", "EDUCATION", "CONSUMER", "ENTERTAINMENT", "BIOMEDICINE",
			"MANUFACTURING", "GOVERNMENT" };

	/**
	 * Each sector's scenarios, as {English, Chinese}, in the order of {@link #SECTORS}.
	 */
	static final String[][][] SCENARIOS = {
			{ { "Telesurgery", "远程手术" }, { "Medical imaging triage", "医学影像分诊" },
					{ "Chronic disease management", "慢病管理" }, { "Hospital operations copilot", "医院运营助手" },
					{ "Clinical documentation", "临床病历生成" }, { "Elderly care monitoring", "养老监护" },
					{ "Pathology screening", "病理筛查" }, { "Emergency dispatch", "急救调度" } },
			{ { "Credit risk scoring", "信用风险评估" }, { "Anti-fraud detection", "反欺诈检测" }, { "Wealth advisory", "财富顾问" },
					{ "Insurance claims automation", "保险理赔自动化" }, { "Regulatory reporting", "监管报送" },
					{ "Investment research assistant", "投研助手" }, { "Cross-border payment compliance", "跨境支付合规" },
					{ "Bank customer service", "银行智能客服" } },
			{ { "Personalised tutoring", "个性化辅导" }, { "Essay grading", "作文批改" }, { "Vocational training", "职业培训" },
					{ "Campus safety", "校园安全" }, { "Language learning", "语言学习" }, { "Lesson planning", "备课助手" },
					{ "Exam proctoring", "在线监考" }, { "Special-needs support", "特殊教育支持" } },
			{ { "Virtual shopping assistant", "虚拟导购" }, { "Smart home control", "智能家居" },
					{ "Personalised recommendations", "个性化推荐" }, { "Food delivery dispatch", "外卖调度" },
					{ "Travel planning", "出行规划" }, { "Beauty try-on", "美妆试妆" }, { "Pet health", "宠物健康" },
					{ "Second-hand pricing", "二手估价" } },
			{ { "Game NPC dialogue", "游戏NPC对话" }, { "Short-video generation", "短视频生成" }, { "Virtual idols", "虚拟偶像" },
					{ "Music composition", "音乐创作" }, { "Film post-production", "影视后期" },
					{ "Interactive storytelling", "互动叙事" }, { "Live-stream moderation", "直播审核" },
					{ "Esports analytics", "电竞分析" } },
			{ { "Drug target discovery", "药物靶点发现" }, { "Protein structure design", "蛋白质结构设计" },
					{ "Clinical trial matching", "临床试验匹配" }, { "Lab automation", "实验室自动化" },
					{ "Genomic analysis", "基因组分析" }, { "Medical device R&D", "医疗器械研发" },
					{ "Pharmacovigilance", "药物警戒" }, { "Cell therapy manufacturing", "细胞治疗生产" } },
			{ { "Visual quality inspection", "视觉质检" }, { "Predictive maintenance", "预测性维护" },
					{ "Supply chain planning", "供应链计划" }, { "Robotic assembly", "机器人装配" },
					{ "Energy optimisation", "能耗优化" }, { "Digital twin factory", "数字孪生工厂" },
					{ "Process parameter tuning", "工艺参数优化" }, { "Warehouse automation", "仓储自动化" } },
			{ { "City operations centre", "城市运行中心" }, { "Citizen service hotline", "市民热线" },
					{ "Traffic management", "交通管理" }, { "Emergency response", "应急响应" },
					{ "Policy document drafting", "公文起草" }, { "Environmental monitoring", "环境监测" },
					{ "Public security video analysis", "公共安全视频分析" }, { "Permit processing", "行政审批" } } };

	/**
	 * Hub names as {English, Chinese, district}, after Shanghai's AI parks and districts.
	 */
	static final String[][] HUBS = { { "Model Speed Space", "模速空间", "Xuhui" },
			{ "Zhangjiang Model Community", "张江模力社区", "Pudong" },
			{ "Yangpu AI Innovation Hub", "杨浦人工智能创新中心", "Yangpu" }, { "Lingang AI Park", "临港人工智能园", "Pudong" },
			{ "Caohejing AI Valley", "漕河泾人工智能谷", "Xuhui" }, { "Dazero Bay AI Park", "大零号湾人工智能园", "Minhang" },
			{ "Jing'an Data Harbour", "静安数据港", "Jing'an" }, { "Hongqiao AI Centre", "虹桥人工智能中心", "Changning" },
			{ "Zhenru AI Town", "真如智能小镇", "Putuo" }, { "Jiading AI Valley", "嘉定智能谷", "Jiading" },
			{ "G60 AI Corridor", "G60人工智能走廊", "Songjiang" }, { "Baoshan Smart Bay", "宝山智慧湾", "Baoshan" },
			{ "North Bund AI Park", "北外滩人工智能园", "Hongkou" }, { "West Bund AI Tower", "西岸智塔", "Xuhui" },
			{ "Qingpu Digital Hub", "青浦数字中心", "Qingpu" }, { "Oriental Beauty Valley", "东方美谷", "Fengxian" },
			{ "Jinshan Bay AI Base", "金山湾智能基地", "Jinshan" }, { "Bund AI Centre", "外滩人工智能中心", "Huangpu" },
			{ "Chongming Eco AI Island", "崇明生态智能岛", "Chongming" }, { "Zhangjiang Robot Valley", "张江机器人谷", "Pudong" } };

	/** Kinds of building, as {English, Chinese after the building's number}. */
	static final String[][] BUILDING_STYLES = { { "Tower", "号楼" }, { "Innovation Building", "号创新楼" }, { "Phase", "期" },
			{ "Block", "栋" }, { "Lab Building", "号实验楼" }, { "Centre", "号中心" } };

	/** Syllables of company names, as {pinyin, Chinese}. */
	static final String[][] SYLLABLES = { { "Zhi", "智" }, { "Yuan", "元" }, { "Ling", "灵" }, { "Xin", "芯" },
			{ "Tian", "天" }, { "Hui", "慧" }, { "Ming", "明" }, { "Qi", "启" }, { "Shu", "数" }, { "Yun", "云" },
			{ "Hai", "海" }, { "Xing", "星" }, { "Guang", "光" }, { "Chuang", "创" }, { "Rui", "睿" }, { "Jing", "境" },
			{ "Feng", "峰" }, { "Lan", "澜" }, { "Mo", "墨" }, { "Wei", "微" }, { "Heng", "恒" }, { "Tu", "图" },
			{ "Yu", "语" }, { "Shen", "深" }, { "Du", "度" }, { "Chen", "辰" }, { "Jia", "嘉" }, { "Bo", "博" },
			{ "An", "安" }, { "Kai", "凯" }, { "Pu", "浦" }, { "Han", "瀚" } };

	/**
	 * Company name endings per layer, as {English, Chinese}, in the order of
	 * {@link #LAYERS}.
	 */
	static final String[][][] COMPANY_SUFFIXES = {
			{ { "Compute", "算力" }, { "Silicon", "芯科技" }, { "Cloud", "云" }, { "Computing", "计算" } },
			{ { "Data", "数据" }, { "Datatech", "数科" }, { "Insight", "洞察" }, { "Corpus", "语料" } },
			{ { "AI", "智能" }, { "Intelligence", "智能科技" }, { "Labs", "实验室" }, { "Mind", "智脑" } },
			{ { "Tech", "科技" }, { "Stack", "软件" }, { "Devtools", "开发" }, { "Systems", "系统" } },
			{ { "Robotics", "机器人" }, { "AI", "智能" }, { "Health", "健康" }, { "Tech", "科技" }, { "Vision", "视觉" },
					{ "Fintech", "金科" } },
			{ { "Solutions", "方案" }, { "Design", "设计" }, { "Consulting", "咨询" } },
			{ { "Growth", "增长" }, { "Media", "传媒" }, { "Marketing", "营销" } },
			{ { "Partners", "咨询" }, { "Services", "服务" }, { "Advisory", "顾问" } } };

	static final String[][] INVESTOR_SUFFIXES = { { "Capital", "资本" }, { "Ventures", "创投" } };

	static final String[][] INSTITUTION_SUFFIXES = { { "Institute", "研究院" }, { "Research Centre", "研究中心" } };

	/** What a layer's companies do, for descriptions, in the order of {@link #LAYERS}. */
	static final String[] LAYER_WORDS = { "compute", "data", "model", "AI tooling", "AI application", "scenario design",
			"go-to-market", "service" };

	static final String[] KINDS = { "STARTUP", "ENTERPRISE", "PLATFORM", "INVESTOR", "INSTITUTION" };

	static final int STARTUP = 0;

	static final int ENTERPRISE = 1;

	static final int PLATFORM = 2;

	static final int INVESTOR = 3;

	static final int INSTITUTION = 4;

	static final String[] STAGES = { "SEED", "ANGEL", "SERIES_A", "SERIES_B", "SERIES_C_PLUS", "LISTED",
			"NOT_APPLICABLE" };

	static final String[] NEED_NOTES = { "domestic accelerators preferred", "for a pilot this quarter",
			"budget approved", "on-site support in Shanghai", "must meet data-security rules",
			"open to a revenue share", "long-term supply contract", "evaluating vendors now", "small volume to start",
			"Chinese-language support needed" };

	private GeneratorWords() {
	}

}
