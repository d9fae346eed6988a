#!/usr/bin/env python3
"""Blind-authored dialog corpus tune-zw (HARD set): openings and answers for 专项资金申报助手.
All data in writing order. Writes openings.json and answers.json next to this file and prints counts.
Question texts are read from /work/kit/facts-vocabulary.json so they cannot drift."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open('/work/kit/facts-vocabulary.json'))['facts']}

# ---------------------------------------------------------------- openings
OPENINGS = []
def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in OPENINGS if o['lang'] == lang) + 1
    OPENINGS.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(mnr), 'note': note})

# 1 tech-loan: 授信 vs 提款; 备案 figure incl. civil works
O('zh', '我们常州武进的厂 做齿轮箱的 规上 去年上了条技改线 备案总投资5800万（含土建1200）固贷授信4000实际提了3200 都是本地农商行放的 贴息能拿多少啊',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True, 'above_scale': True,
   'filed_total_investment': 5800, 'loan_from_jiangsu_bank': True},
  ['fixed_asset_loan'],
  'tech-loan. 授信4000 vs 提款3200: two competing loan figures → ask. 5800 is explicitly 备案 → filed_total_investment; total_investment not scored.')
# 2 smart-factory: tax-inclusive total
O('zh', '你好，苏州工业园区做PCB的，去年进了省智能制造示范工厂名单。项目21年9月就完工了，总投资含税3390万，软件和系统集成大概520万，示范工厂这块能补多少？',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True,
   'certifications_include': ['smart-factory-list'], 'completion_date': '2021-09-30', 'stage': 'completed',
   'software_investment': 520},
  ['total_investment'],
  'smart-factory. 含税3390 where 1.2.3 wants ex-tax → not recordable. 21年9月 → last day.')
# 3 5g-iiot: relative progress, quarter date
O('zh', '无锡惠山 汽车零部件 在搞5G全连接工厂 厂区5G专网建好了 用在质检 设备运维和AGV物流上 总投资2800万不含税 到去年年底投了六成左右 现在还在建 计划明年三季度完工',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True, 'fiveg_direction': True,
   'total_investment': 2800, 'stage': 'under_construction'},
  ['invested_by_2021_end'],
  '5g-iiot. 六成 is relative (convention: 完成了六成 → ask). 明年三季度 has no month: like 上半年, not required.')
# 4 service-upgrade: just under threshold
O('zh', '南通做电梯的 省级服务型制造示范企业 搞了个远程运维+全生命周期管理平台 去年11月上线的 总投入不到两千万 软件占大头一千二来万',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True,
   'certifications_include': ['service-manufacturing-demo'], 'service_direction': True,
   'completion_date': '2021-11-30', 'stage': 'completed', 'software_investment': 1200},
  ['total_investment'],
  'service-upgrade. 不到两千万 sits at the 2000 threshold → ask. 上线 = completion.')
# 5 iiot-identifier: range total, targets
O('zh', '徐州一家信息技术公司 做工程机械行业的标识解析二级节点 信通院组织的专家评估已经过了 计划明年6月底上线 注册量目标两亿 解析量一亿多 接入企业一千家以上 总投资八九百万 肿么样能报吗',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'certifications_include': ['identifier-expert-review'],
   'completion_date': '2023-06-30', 'identifier_registrations_yi': 2, 'identifier_resolutions_yi': 1,
   'identifier_connected_enterprises': 1000},
  ['total_investment'],
  'iiot-identifier. 八九百万 is a range → ask. 一亿多 → 1 (hedge), 一千家以上 → 1000.')
# 6 iiot-platform: no trap
O('zh', '盐城的 我们平台2019年被认定为省重点工业互联网平台 去年做了二期 12月底完工 投了1500万不含税 验收意见上个月拿到了 云池对接的承诺函也能出',
  {'in_jiangsu': True, 'certifications_include': ['key-iiot-platform'], 'completion_date': '2021-12-31',
   'stage': 'completed', 'total_investment': 1500, 'accepted': True, 'platform_monitoring_commitment': True},
  [], 'iiot-platform. Plain case.')
# 7 iiot-security: 150/800 below 20 %, still recorded
O('zh', '南京江宁 做工控安全的 自己有安全产品和服务团队 想报工业互联网安全项目 总投入800万 去年底投了150万 剩下今明两年投',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'security_capability': True,
   'total_investment': 800, 'invested_by_2021_end': 150},
  [], 'iiot-security. Figures recorded as given; 150/800 < 20 % is for the screener.')
# 8 xinchuang-zone: park, partial basis
O('zh', '我们是南京某高新区管委会，想牵头报信创先导区，区里有两三家信创龙头，实施期内投资预算大概1.2亿，运营主体是区属平台公司',
  {'in_jiangsu': True, 'applicant_kind': 'park', 'total_investment': 12000, 'xinchuang_zone_operator': True},
  ['xinchuang_zone_basis'],
  'xinchuang-zone. Basis needs leaders + promotable products + demo applications; only leaders said → partial.')
# 9 xinchuang-lab
O('zh', '无锡的骨干信创企业（在省里的骨干库） 想跟江南大学合作在学校里建信创实验室 学校出场地管运营 我们出软硬件 合作期先签三年看看 建设投入一千万',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'certifications_include': ['xinchuang-backbone'],
   'lab_with_jiangsu_university': True, 'lab_roles_agreed': True, 'lab_cooperation_years': 3,
   'total_investment': 1000},
  [], 'xinchuang-lab. 3 years < 5 is for the screener.')
# 10 data-product: accepted false
O('zh', '宿迁的数据公司 已经进了省工信厅云计算大数据企业库 项目去年入选省大数据应用示范 做的是工业数据分析平台 21年10月完工 总投入1100多万 验收会开了 意见还没出',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise',
   'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'data_product_tech': True,
   'completion_date': '2021-10-31', 'stage': 'completed', 'total_investment': 1100, 'accepted': False},
  [], 'data-product. 验收了，意见还没拿到 → accepted false.')
# 11 core-tech: R&D figure includes renovation
O('zh', '苏州做IGBT功率器件的 想报关键核心技术攻关 研发投入算下来3500万 不过里面有800万是中试车间装修 相关发明专利十几项 项目25年底前弄完',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'core_tech_direction': True,
   'completion_date': '2025-12-31'},
  ['rd_investment', 'own_ip'],
  'core-tech. 2.2.3 does not list renovation → 3500 vs 2700 compete → ask. Patents alone are a partial own_ip.')
# 12 merger: foreign currency
O('zh', '常熟一家纺织机械企业 去年8月完成了对意大利一家公司的收购 工商股权变更都办好了 出资1200万欧元 全现金 持股70%',
  {'applicant_kind': 'enterprise', 'acquisition_date': '2021-08-31', 'acquisition_registered': True,
   'merger_completed_2021': True, 'stake_after_pct': 70},
  ['acquisition_amount', 'acquisition_cash'],
  'merger. 欧元 → ask for the RMB figure (amount and cash).')
# 13 merger: registration slipped into 2022, half cash, 控股
O('zh', '我们集团在泰州 去年年底收购了上游一家材料厂 实际出资2.6个亿 一半现金一半股权 现在控股了 工商变更今年1月才办完',
  {'applicant_kind': 'enterprise', 'acquisition_amount': 26000, 'acquisition_date': '2022-01-31'},
  ['acquisition_cash', 'stake_after_pct'],
  'merger. The completion date is the registration (2022-01), not 去年年底. 一半现金, 控股了 → ask.')
# 14 little-giant: 产值 is not revenue
O('zh', '常州的 21年新认定的省专精特新小巨人 近三年营收平均增长12% 主导产品占七成 近三年研发占比平均4.5%左右 去年交税380万 产值两个多亿',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'certifications_include': ['little-giant-2021'],
   'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70, 'rd_ratio_3y_avg_pct': 4.5,
   'taxes_paid_last_year': 380},
  ['revenue_last_year'],
  'little-giant. 产值 is never 主营业务收入.')
# 15 little-giant: 2019 recognition
O('zh', '我们19年就是省级专精特新小巨人了 今年还能报小巨人培育吗 去年综合投入一千二百万 专项审计有的',
  {'applicant_kind': 'enterprise', 'upgrade_investment_last_year': 1200},
  ['certifications'],
  'little-giant. A 2019 recognition is not little-giant-2021; nothing else said, so no list either.')
# 16 honor-award
O('zh', '昆山的 我们公司去年被工信部认定为国家制造业单项冠军企业 省里有奖励吗',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'certifications_include': ['single-champion-2021']},
  [], 'honor-award. 去年 = 2021.')
# 17 expo-event: city bureau
O('zh', '扬州市工信局 今年承办“紫金奖”工业设计大赛的一个分赛 想问问展会活动这块怎么补',
  {'in_jiangsu': True, 'applicant_kind': 'city_bureau', 'event_kind': 'activity'},
  [], 'expo-event. A 大赛 is an activity (附件1-16). Whether a 分赛 is the listed event is left unscored.')
# 18 green-upgrade: plain
O('zh', '泰州一家化工厂 搞余热回收节能改造 总投资3200万 去年底投了500多万 已经开工了 预计明年年底完工 备案环评能评都批了',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True, 'green_direction': True,
   'total_investment': 3200, 'invested_by_2021_end': 500, 'stage': 'under_construction',
   'completion_date': '2023-12-31', 'approvals_complete': True},
  [], 'green-upgrade. 泰州 is in Jiangsu.')
# 19 green-upgrade: 台州 (Zhejiang), range
O('zh', '台州滴 做废旧动力电池回收利用 项目投资两千五 去年投了六七百万 想报绿色化改造 灰常急',
  {'in_jiangsu': False, 'green_direction': True, 'total_investment': 2500},
  ['invested_by_2021_end'],
  'green-upgrade. 台州 (Zhejiang) ≠ 泰州 → false. 六七百万 is a range.')
# 20 innovation-center: age not stated
O('zh', '我们是一家省级制造业创新中心的依托企业 创新中心是2020年10月省里批复试点的 想报创新能力建设 建设周期两年 总投入预计6000万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['provincial-innovation-center'],
   'total_investment': 6000},
  ['innovation_center_age_years'],
  'innovation-center. The age depends on the application date; a careless reader writes 2.')
# 21 cluster-org: competing revenue figures
O('zh', '我们是苏州纳米新材料集群的促进机构 民非 专职团队12个人 去年集群服务收入180万 另外政府购买服务还有100万',
  {'in_jiangsu': True, 'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12},
  ['cluster_service_revenue_2021'],
  'cluster-org. 180 vs 280 (is 政府购买服务 cluster-service revenue?) → ask; 180 alone is under 200.')
# 22 sme-platform: just under 400
O('zh', '镇江 我们是省级中小企业公共服务示范平台 还在有效期内 去年线下服务了一百五十多家企业 活动搞了十来场 满意度95% 平台投入四百万不到一点',
  {'in_jiangsu': True, 'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150,
   'public_events_2021': 10, 'satisfaction_pct': 95},
  ['platform_investment_2021'],
  'sme-platform. 四百万不到一点 = just under the 400 threshold → ask.')
# 23 sme-platform: service centre
O('zh', '淮安市中小企业服务中心 事业单位 去年建设投入加服务支出一共230万 全部是免费服务',
  {'in_jiangsu': True, 'applicant_kind': 'public_institution', 'sme_service_center': True,
   'platform_investment_2021': 230, 'all_services_free': True},
  [], 'sme-platform (5.3.1.4).')
# 24 info-consumption
O('zh', '连云港 做智慧养老服务平台的 总投入650万 截止去年底投了100万出头 预计明年5月完成 手续都齐了',
  {'in_jiangsu': True, 'info_consumption_direction': True, 'total_investment': 650,
   'invested_by_2021_end': 100, 'completion_date': '2023-05-31', 'approvals_complete': True},
  [], 'info-consumption. 100万出头 → 100.')
# 25 talent-training: online trainees included
O('zh', '南京一家培训公司 营业执照里有培训 注册资金300万 做了五年了 近三年年均收入800多万 每年培训两千人次左右（含线上）',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 300,
   'training_years': 5, 'revenue_3y_avg': 800},
  ['trainees_3y_avg'],
  'talent-training. 1.5.5.1.2 excludes online training; the offline share is not given.')
# 26 talent-training: college, average class size
O('zh', '我们是XX职业技术学院 想办智改数转培训班 南京苏州扬州淮安四个市各办几期 总共培训900人 每班60人左右 3.5天的班有10个 不收学员任何费用（交通自理）',
  {'applicant_kind': 'university', 'training_cities': 4, 'planned_trainees': 900, 'long_classes': 10,
   'training_free': True, 'training_all_regions': True},
  ['min_class_size'],
  'talent-training. 每班60人左右 is a typical size, not the smallest class. 南京苏州 / 扬州 / 淮安 cover the three regions.')
# 27 out-of-province applicant
O('zh', '公司注册在上海，项目在昆山的工厂实施，智改数转 总投资4500w 银行给了三千万授信',
  {'in_jiangsu': False, 'total_investment': 4500},
  ['fixed_asset_loan'],
  'Applicant outside Jiangsu → false. 授信 is a credit line, not the loan.')
# 28 free-diagnosis provider, 通州
O('zh', '通州这边一家智能制造服务商 想接智改数转免费诊断的活 怎么报',
  {'applicant_kind': 'enterprise'},
  ['in_jiangsu'],
  'free-diagnosis (bought by government). 通州 (Nantong or Beijing) is ambiguous.')

# English
O('en', 'Hi, we are a German-owned auto parts plant in Taicang, on the provincial IIoT benchmark factory list since last year. The project finished Dec 2021, about RMB 42m ex-VAT, software/cloud around 6m. Acceptance opinion was issued in March. Are we eligible?',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True,
   'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-12-31', 'stage': 'completed',
   'total_investment': 4200, 'software_investment': 600, 'accepted': True},
  [], 'iiot-benchmark. Plain case, foreign staff.')
O('en', 'our Nantong plant (WFOE) took a fixed asset loan of USD 5 million from HSBC Shanghai branch for a new line, filed investment about RMB 60m. still can apply interest subsidy?',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'filed_total_investment': 6000,
   'loan_from_jiangsu_bank': False},
  ['fixed_asset_loan'],
  'tech-loan. USD loan → ask. A Shanghai branch is not a Jiangsu institution.')
O('en', "We're a Wuxi-based pharma company. Business registration and share transfer for our acquisition of a Suzhou CRO were done in Nov 2021. We paid CNY 180 million, 120m of it in cash and the rest in our shares, and now hold 65%. The target was independent, not part of our group.",
  {'applicant_kind': 'enterprise', 'acquisition_date': '2021-11-30', 'acquisition_registered': True,
   'merger_completed_2021': True, 'acquisition_amount': 18000, 'acquisition_cash': 12000,
   'stake_after_pct': 65, 'same_parent': False},
  [], 'merger. Total vs cash both given explicitly.')
O('en', 'Hello! We are a small SaaS startup registered in Hangzhou; our Nanjing team built a blockchain traceability platform, total spend RMB 9.8m. Can we apply for the data product program?',
  {'in_jiangsu': False, 'data_product_tech': True, 'total_investment': 980},
  [], 'data-product. Applicant registered in Zhejiang → false even though the team is in Nanjing. 9.8m = 980 (just under 1000, recorded as given).')
O('en', 'Suzhou Industrial Park, semiconductor equipment maker. Planning a core-tech project on wafer inspection tools, R&D budget somewhere between 30 and 40 million yuan over 3 years. We have 20+ patents and our own lab.',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True},
  ['rd_investment', 'own_ip'],
  'core-tech. Range → ask. Funding capacity not said → own_ip partial.')
O('en', "We're a training institute registered as a private non-enterprise unit in Nanjing. Planning 10 classes across Nanjing, Changzhou, Yangzhou, Xuzhou and Lianyungang, 55-60 people each, all 4 days. Trainees pay nothing except their own travel.",
  {'in_jiangsu': True, 'applicant_kind': 'nonprofit', 'training_cities': 5, 'long_classes': 10,
   'training_free': True, 'training_all_regions': True},
  ['min_class_size', 'planned_trainees'],
  'talent-training. 55-60 is a range; the total is not stated (a careless reader multiplies).')
O('en', 'Our incubator in Changzhou is a provincial micro & small business innovation demo base. In 2021 we served about 130 SMEs offline, ran 9 events, and 3 tenants became above-scale. Platform spend was ~RMB 4.5m incl. VAT.',
  {'in_jiangsu': True, 'certifications_include': ['micro-business-base'], 'smes_served_2021': 130,
   'public_events_2021': 9, 'new_above_scale_2021': 3},
  ['platform_investment_2021'],
  'sme-platform. incl. VAT where the question asks ex-tax → ask.')
O('en', 'We run a steel rolling mill in Jiangyin and are doing an energy-efficiency retrofit to reach benchmark level. Budget RMB 35m, about a fifth spent by end of last year. Construction started March 2021, should wrap up by end of next year.',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True, 'green_direction': True,
   'total_investment': 3500, 'start_date': '2021-03-31', 'completion_date': '2023-12-31',
   'stage': 'under_construction'},
  ['invested_by_2021_end'],
  'green-upgrade. "a fifth" is relative → ask.')
O('en', "Bus company in Huai'an here, we bought 120 new-energy buses last year. Which fund covers that?",
  {'in_jiangsu': True, 'applicant_kind': 'enterprise'},
  [], 'nev-promotion (scheme announced separately).')
O('en', 'Yancheng EV battery plant. Our 5G factory project is budgeted at RMB 26m tax-inclusive (about 23m ex-VAT); we had spent 4m by Dec 31 2021. Target completion mid-2023.',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': True, 'total_investment': 2300,
   'invested_by_2021_end': 400},
  [], '5g-iiot. The user gives the ex-VAT figure → 2300. mid-2023 is not a date (not required).')
O('en', 'Hi, I work at the Kunshan Economic and Technological Development Zone admin committee. We want to set up an xinchuang pilot zone; investment budget over the period roughly 80-100 million. Operator would be our state-owned platform company.',
  {'in_jiangsu': True, 'applicant_kind': 'park', 'xinchuang_zone_operator': True},
  ['total_investment'],
  'xinchuang-zone. 80-100 million is a range (and straddles the 1亿 threshold).')
O('en', 'We operate the secondary identifier node for the textile industry in Suzhou (passed the CAICT expert evaluation). 1.5 billion registrations so far, aiming for 2.2bn by launch in June 2023; 600 firms connected today, target 1,200.',
  {'in_jiangsu': True, 'certifications_include': ['identifier-expert-review'], 'completion_date': '2023-06-30',
   'identifier_registrations_yi': 22},
  ['identifier_connected_enterprises'],
  'iiot-identifier. Registrations at completion = the 2.2bn target (22亿). Connected firms: 600 now vs 1200 target, the question does not say which → ask.')

# ---------------------------------------------------------------- answers
ANSWERS = []
def A(lang, slot, text, expect, also=None, note=''):
    n = sum(1 for a in ANSWERS if a['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': expect}
    if also: a['also'] = also
    if note: a['note'] = note
    ANSWERS.append(a)
def V(v): return {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
QN = {'not_answer': 'question'}
CORR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}
z = lambda *a, **k: A('zh', *a, **k)
e = lambda *a, **k: A('en', *a, **k)

# --- zh: applicant
z('in_jiangsu', '公司在嘉兴 项目放苏州吴江那边', V(False), note='applicant outside Jiangsu')
z('in_jiangsu', '通州的', ASK, note='通州: Nantong or Beijing')
z('in_jiangsu', '泰州滴，不是浙江那个台州哈', V(True))
z('applicant_kind', '我是市工信局的 帮下面一家企业问的', ASK, note='the applicant is the enterprise, not the bureau; which kind is not said')
z('applicant_kind', '民非，行业协会性质的', V('nonprofit'))
z('industrial', '做工业软件的 不算工厂吧', V(False))
z('revenue_last_year', '产值两个多亿 营收没细算', ASK, note='产值 is not revenue')
z('revenue_last_year', '去年1.8个亿，前年1.5', V(18000), note='last year vs year before')
z('revenue_last_year', '营业收入21年是3.2亿，主营大概2.9亿', V(29000), note='主营 is asked')
z('revenue_last_year', '要问财务 我就管技术的', UNK)
z('above_scale', '肿么算规上？营收要到多少', QN)
z('above_scale', '前年是 去年掉出来了', V(False), note='no longer above scale')
z('certifications', '都木有', V([]))
z('certifications', '有小巨人 别的记不清了', ASK, also={'certifications_include': ['little-giant-2021']})
z('certifications', '19年评的省小巨人 其他木有', V([]), note='a 2019 recognition is not little-giant-2021; the rest is none')
z('certifications', '单项冠军是去年工信部认定的，还有省智能制造示范工厂', V(['single-champion-2021', 'smart-factory-list']))
z('approvals_complete', '环评能评都有 备案还在走', V(False))
z('approvals_complete', '不需要办', ASK)
z('approvals_complete', '能评不用做 推荐单位出了说明 备案环评是齐的', V(True))

# --- zh: investment
z('total_investment', '备案6000万，里面土建1500，设备软件不含税大概4000', ASK, also={'filed_total_investment': 6000},
  note='备案 vs net figure compete; the program decides which')
z('total_investment', '０.４５亿', V(4500), note='full-width digits')
z('total_investment', '两千万不到点', ASK)
z('total_investment', '原来报的3000，后来追加到3800 现在按3800算', V(3800), note='before/after: the user says which')
z('total_investment', '土建能算进去不？', QN)
z('total_investment', '5000万 其中软件六百', V(5000), also={'software_investment': 600})
z('filed_total_investment', '备案8000万 实际只投了五千多', V(8000), note='filed vs actual: the filed one is asked')
z('total_investment_basis', '备案文件上的', V('filed'))
z('total_investment_basis', '不含税的 土建也没算', V('net'))
z('total_investment_basis', '搞不清 都是财务给的数', UNK)
z('software_investment', '软件系统集成云这些加起来四百出头', V(400))
z('software_investment', '软件大概占总投资一成半', ASK, note='relative figure')
z('software_investment', '木有单独统计过', UNK)
z('invested_by_2021_end', '去年底账上1680，今年又投了900', V(1680))
z('invested_by_2021_end', '到今年6月底投了两千', ASK, note='a different cut-off date')
z('invested_by_2021_end', '21年底还一分没投 都是今年投的', V(0))
z('invested_by_2021_end', '20%是按投资算还是按工程量算？', QN)

# --- zh: schedule
z('start_date', '去年3月开的工', V('2021-03-31'))
z('start_date', '还没开工 准备下个月', ASK, also={'stage': 'planned'})
z('start_date', '２０２１年１１月８日', V('2021-11-08'), note='full-width')
z('start_date', '9月底动的土', ASK, note='month without a year')
z('start_date', '21年3月开工，年底就完工了', V('2021-03-31'), also={'completion_date': '2021-12-31', 'stage': 'completed'})
z('completion_date', '明年6月', V('2023-06-30'))
z('completion_date', '明年三季度', ASK)
z('completion_date', '21.12.20上线的', V('2021-12-20'), also={'stage': 'completed'})
z('completion_date', '原计划去年10月 拖到了今年3月才完', V('2022-03-31'), also={'stage': 'completed'},
  note='planned vs actual: actual completion')
z('completion_date', '下个季度末吧', ASK, note='relative to an unknown today')
z('stage', '早投产了 灰常顺利', V('completed'))
z('accepted', '验收会开了，意见还没拿到', V(False))
z('accepted', '第三方验收做过了 推荐单位那边还木有', V(False))
z('accepted', '验收找谁验啊？区里还是市里', QN)

# --- zh: loan
z('fixed_asset_loan', '授信5000 提了3500', ASK)
z('fixed_asset_loan', '贷款还在批', ASK)
z('fixed_asset_loan', '么得贷款 全是自有资金', V(0))
z('fixed_asset_loan', '固贷三千万 另外流贷一千', V(3000), note='only the fixed-asset loan')
z('fixed_asset_loan', '2kw 都是苏州银行的', V(2000), also={'loan_from_jiangsu_bank': True})
z('fixed_asset_loan', '贷了两千五 去年还了五百', V(2500), note='total loan, not the balance')
z('loan_from_jiangsu_bank', '工行无锡分行', V(True))
z('loan_from_jiangsu_bank', '一部分浦发上海总行的 一部分南京银行', ASK)
z('equipment_bought_with_loan', '设备早到了 钱就是贷款出的👌', V(True))
z('equipment_bought_with_loan', '还木有', V(False))
z('loan_interest_paid_2021', '去年利息126万 其中土建那块贷款的二十来万', ASK, note='civil works must be excluded; no clean figure')
z('loan_interest_paid_2021', '一百二十几万', V(120))
z('loan_interest_paid_2021', '去年一分利息没付 今年才开始还', V(0))
z('loan_interest_paid_2021', '这个要问财务 我不清楚', UNK)
z('loan_rate_pct', 'LPR+50bp', ASK)
z('loan_rate_pct', '0.042', ASK)
z('loan_rate_pct', '四个点左右', V(4))
z('loan_rate_pct', '利率高于LPR还能贴吗', QN)
z('loan_term_years', '36个月', V(3))
z('other_interest_subsidy_2021', '市里给过', ASK)
z('other_interest_subsidy_2021', '没有', V(0))
z('other_interest_subsidy_2021', '区里贴了18万 市里的还没批下来', V(18), note='only what was granted')
z('equipment_invoice_2021', '发票含税2260 不含税2000', V(2000))
z('equipment_invoice_2021', '设备一共三千多万，用贷款买的那部分去年开票1800', V(1800), note='part vs total')
z('equipment_invoice_2021', '要等审计报告出来才知道', UNK)

# --- zh: core tech, directions
z('rd_investment', '研发投入3200 其中买地600', ASK, note='land is not in 2.2.3; competing figures')
z('core_tech_direction', '车规MCU 指南里点名的那种', V(True))
z('green_direction', '不是节能项目 是扩产能', V(False))
z('fiveg_direction', '5G只在仓库用了下 别的环节没上', ASK, note='partial')

# --- zh: merger, little giant
z('acquisition_date', '去年12月工商变更 股权变更今年2月才完', V('2022-02-28'), note='completed when both changes are done')
z('acquisition_amount', '1500万美元 折合人民币大概9700万', V(9700))
z('acquisition_amount', '对价两个亿 实际付了一亿六 剩下的看对赌', V(16000), note='actual payment is asked')
z('stake_after_pct', '控股了', ASK)
z('stake_after_pct', '原来20 这次又买了40 现在六成', V(60))
z('largest_shareholder', '并列第一大股东', V(False))
z('merger_completed_2021', '去年谈了一年 今年3月才办完变更', V(False))
z('more_acquisitions', '还有一个 出资3000万', V(True), also={'acquisition_2_amount': 3000})
z('revenue_growth_3y_avg_pct', '19年5% 20年15% 21年10%', ASK, note='yearly figures, no average given')
z('taxes_paid_last_year', '去年交了380 今年到现在已经400多', V(380))

# --- zh: platforms, training
z('smes_served_2021', '线上线下加一起三百多家', ASK, note='offline only is asked')
z('platform_investment_2021', '含税424', ASK)
z('all_services_free', '大部分免费 有几项收点成本费', V(False))
z('cluster_service_revenue_2021', '总收入350 其中集群服务220', V(220))
z('training_years', '2018年注册的 一直在做', ASK, note='year alone')
z('trainees_3y_avg', '每年一千五百人次左右 其中线上三百', ASK, note='offline figure not given directly')
z('planned_trainees', '计划800 报名的已经1000多了', V(800))
z('long_classes', '3天半的班6个 两天的4个', V(6))
z('min_class_size', '平均每班60人', ASK, note='average is not the minimum')
z('training_free', '不收学费 食宿自理', ASK, note='only intercity travel may be borne by trainees')
z('registered_capital', '注册资本500万 实缴200', V(500))
z('identifier_registrations_yi', '两千万', V(0.2))
z('identifier_connected_enterprises', '已接入800家 年底能到1100', ASK)
z('lab_roles_agreed', '场地学校出 运营谁负责还没定', V(False))

# --- zh: not answers
z('loan_term_years', '重新开始', CMD)
z('acquisition_cash', '算了 换个项目问问', CMD)
z('satisfaction_pct', '先看看结果吧', CMD)
z('training_years', '/reset', CMD)
z('loan_rate_pct', '不对 刚才总投资说错了 是5200', CORR, also={'total_investment': 5200})
z('stake_after_pct', '更正一下 出资是1.2亿不是1.5亿', CORR, also={'acquisition_amount': 12000})
z('equipment_invoice_2021', 'sorry 贷款刚才说错了 是2800不是3800', CORR, also={'fixed_asset_loan': 2800})
z('training_cities', '苏中是指哪几个市啊', QN)
z('taxes_paid_last_year', '400万以上算吗', QN)
z('start_date', '你们这个是哪个部门弄的？', QN)
z('software_investment', '云服务器租的算不算？', QN)
z('completion_date', '一定要21年完工吗😭', QN)
z('accepted', '我先问下 贴息最多多少钱', QN)
z('fixed_asset_loan', '要2000万以上才行吗？', QN)

# --- zh: unknowns
z('satisfaction_pct', '木有做过调查 不晓得', UNK)
z('revenue_3y_avg', '审计报告不在我这🤷', UNK)
z('loan_term_years', '忘了 合同在行里', UNK)
z('identifier_resolutions_yi', '不好说', UNK)
z('free_service_share_pct', '没统计过 说不好', UNK)
z('start_date', '记不清了，要翻合同', UNK)
z('completion_date', '这个得问项目经理 我不太清楚', UNK)
z('acquisition_2_date', '第二个是法务跟的 我这没数', UNK)

# --- en
e('total_investment', 'about RMB 42m ex-VAT', V(4200))
e('total_investment', 'somewhere between 30 and 40 million', ASK)
e('total_investment', 'just under 20 million yuan', ASK)
e('filed_total_investment', 'The filing says 58 million, civil works included.', V(5800))
e('invested_by_2021_end', "By Dec 31 we'd spent 8.6m; another 5m went in this spring", V(860))
e('start_date', 'last September', V('2021-09-30'))
e('start_date', "haven't broken ground yet, planned for next month", ASK, also={'stage': 'planned'})
e('completion_date', 'end of next quarter', ASK)
e('completion_date', 'went live Sept 2021', V('2021-09-30'), also={'stage': 'completed'})
e('completion_date', 'June 2023 at the latest', V('2023-06-30'))
e('stage', "we're halfway through installing the equipment", V('under_construction'))
e('stage', 'not completed', ASK)
e('accepted', 'acceptance meeting held, still waiting for the written opinion', V(False))
e('accepted', 'yes, our recommending unit (district bureau) issued it last month', V(True))
e('fixed_asset_loan', 'credit line 50m, drawn 32m', ASK)
e('fixed_asset_loan', 'no loan, all own funds', V(0))
e('fixed_asset_loan', 'RMB 40m, all from Bank of Nanjing', V(4000), also={'loan_from_jiangsu_bank': True})
e('fixed_asset_loan', 'Sorry, the filed investment was 62m not 58m', CORR, also={'filed_total_investment': 6200})
e('loan_from_jiangsu_bank', 'HSBC Hong Kong', V(False))
e('equipment_bought_with_loan', 'yes but only part of it, the rest arrives in Q3', ASK)
e('loan_interest_paid_2021', 'about 1.5m in 2021 and 2m so far this year', V(150))
e('loan_rate_pct', '4.35 pct', V(4.35))
e('equipment_invoice_2021', '22.6m incl VAT, 20m net', V(2000))
e('own_ip', 'patents and a lab yes, funding depends on the subsidy tbh', ASK)
e('acquisition_amount', 'EUR 12m', ASK)
e('acquisition_amount', 'USD 15m, which is about RMB 97m', V(9700))
e('stake_after_pct', 'a majority', ASK)
e('stake_after_pct', 'we had 30% before, 80% now', V(80))
e('largest_shareholder', "joint largest with the founder's family", V(False))
e('acquisition_date', 'registration completed 15 Dec 2021', V('2021-12-15'))
e('revenue_last_year', 'output value about 300m', ASK)
e('revenue_last_year', 'RMB 1.2bn', V(120000))
e('certifications', 'none of those', V([]))
e('certifications', 'newly recognised little giant in 2021, plus a provincial industrial design centre',
  V(['little-giant-2021', 'industrial-design-center']))
e('in_jiangsu', 'HQ in Shanghai, plant in Kunshan', V(False))
e('in_jiangsu', 'Taizhou', ASK, note='泰州 (Jiangsu) or 台州 (Zhejiang)')
e('above_scale', 'what counts as above-scale?', QN)
e('training_free', 'free, trainees only cover their own travel', V(True))
e('min_class_size', 'around 50-60', ASK)
e('training_cities', "Nanjing, Suzhou, Huai'an and Yangzhou", V(4))
e('trainees_3y_avg', 'about 1,500 a year, all in person', V(1500))
e('satisfaction_pct', '0.93', ASK)
e('identifier_registrations_yi', '2.5 billion', V(25))
e('service_team_size', '8 full-time, 5 part-time', V(8))
e('loan_interest_paid_2021', 'start over', CMD)
e('rd_investment', 'show me the result', CMD)
e('public_events_2021', 'reset pls', CMD)
e('invested_by_2021_end', 'does the 20% mean money spent or construction progress?', QN)
e('total_investment', 'can civil works count?', QN)
e('loan_rate_pct', 'is there a cap on the subsidy?', QN)
e('equipment_invoice_2021', 'not sure, need to check with finance', UNK)
e('revenue_3y_avg', 'no idea tbh', UNK)
e('acquisition_cash', "I'll have to ask our CFO, get back to you", UNK)
e('loan_term_years', 'our auditor has that, not me', UNK)
e('identifier_resolutions_yi', '🤷 dunno', UNK)

# ---------------------------------------------------------------- write
json.dump(OPENINGS, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(ANSWERS, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)
def kind(a): return next(iter(a['expect']))
print('openings', collections.Counter(o['lang'] for o in OPENINGS), 'with traps', sum(1 for o in OPENINGS if o['must_not_record']))
print('answers', collections.Counter(a['lang'] for a in ANSWERS))
for L in ('zh', 'en'):
    print(L, collections.Counter(kind(a) for a in ANSWERS if a['lang'] == L))
print('all', collections.Counter(kind(a) for a in ANSWERS), 'with also', sum(1 for a in ANSWERS if 'also' in a))
print('by slot type', collections.Counter(VOC[a['slot']]['type'] for a in ANSWERS))
print('slots', len({a['slot'] for a in ANSWERS}))
