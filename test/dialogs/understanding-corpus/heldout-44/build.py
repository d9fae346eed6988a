#!/usr/bin/env python3
"""heldout44-dialog: openings and answers for 专项资金申报助手, written blind.
Run: python3 build.py  → writes openings.json and answers.json next to this file and prints counts.
Question texts are read from facts-vocabulary.json so they cannot drift."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC_PATH = os.path.join(HERE, '..', 'facts-vocabulary.json')
VOC = {f['key']: f for f in json.load(open(VOC_PATH))['facts']}

# ---------------------------------------------------------------- openings
openings = []

def O(lang, text, facts, mnr, note):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': mnr, 'note': note})

# ---- Chinese openings (35)
O('zh', '无锡 做电机的 规上企业 技改项目备案总投资六千五百万 固贷四千万 工行无锡分行放的 设备买了大半了 想问问贴息能报吗',
  {'above_scale': True, 'filed_total_investment': 6500, 'fixed_asset_loan': 4000, 'loan_from_jiangsu_bank': True},
  ['equipment_bought_with_loan'],
  'tech-loan. 买了大半 is a partial yes → equipment question must still be asked.')
O('zh', '常州这边 规上 新上两条冲压线 总投资3200万（含税的） 银行授信3000万 实际提款2200万 能申请技改贴息不',
  {'above_scale': True},
  ['total_investment', 'fixed_asset_loan'],
  'tech-loan. 含税 total; 授信 vs 提款 are two competing loan figures.')
O('zh', '您好，我们是苏州吴江的汽车零部件企业，去年进了省智能制造示范工厂名单。项目21年10月完工，推荐单位已经验收并出了意见，总投资4800万不含税，软件那块600来万，想申请智改数转标杆',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31', 'stage': 'completed',
   'accepted': True, 'total_investment': 4800, 'software_investment': 600},
  ['certifications'],
  'smart-factory. Partial mention of recognitions → only certifications_include.')
O('zh', '南通 纺织厂 工业互联网标杆工厂名单里有我们家 项目21年做完的 总投资三千万出头 验收了 意见还没拿到 能报么',
  {'certifications_include': ['iiot-benchmark-list'], 'total_investment': 3000, 'accepted': False, 'stage': 'completed'},
  ['certifications'],
  'iiot-benchmark. 三千万出头 → 3000; 验收了意见没拿到 → accepted false; 21年 alone is no date.')
O('zh', '盐城规上 厂里正在建5G专网 5G用在质检 AGV物流 设备运维这些 总投资2800万 到去年底投了大概四成 问下5G+工业互联网那个能报不',
  {'above_scale': True, 'stage': 'under_construction', 'fiveg_direction': True, 'total_investment': 2800},
  ['invested_by_2021_end'],
  '5g-iiot. 四成 is relative → invested_by_2021_end not recordable.')
O('zh', '徐州 工程机械配套 想申服务化改造标杆 主要做远程运维+全生命周期管理 我们是省级服务型制造示范企业 总投入两千一百万 其中软件系统集成这块不到400万',
  {'service_direction': True, 'certifications_include': ['service-manufacturing-demo'], 'total_investment': 2100},
  ['software_investment', 'certifications'],
  'service-upgrade. 不到400万 sits just under the 400万 software threshold.')
O('zh', '南京 我们做行业型标识解析二级节点 已经通过信通院组织的专家评估了 计划23年6月底上线 总投资一千二百万 现在接入企业六百多家 注册量到时候大概1.5到2个亿',
  {'certifications_include': ['identifier-expert-review'], 'completion_date': '2023-06-30', 'total_investment': 1200,
   'identifier_connected_enterprises': 600},
  ['certifications', 'identifier_registrations_yi'],
  'iiot-identifier. Registrations given as a range.')
O('zh', '我们平台19年认定为省重点工业互联网平台（除了这个没别的认定） 项目投了1500万 去年11月上线 推荐单位验收完意见也拿到了 监测系统对接的承诺函可以出',
  {'certifications': ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-11-30', 'stage': 'completed',
   'accepted': True, 'platform_monitoring_commitment': True},
  [],
  'iiot-platform. The user says the list is complete, so certifications is recorded.')
O('zh', '无锡一家做工控安全的公司 准备报工业互联网安全项目 做企业侧安全平台 总投入六百万 去年底前投了一百来万 计划23年3月完工',
  {'total_investment': 600, 'invested_by_2021_end': 100, 'completion_date': '2023-03-31'},
  [],
  'iiot-security. No trap.')
O('zh', '我们是XX高新区管委会 想报信创先导区 区里有龙头企业 也有示范应用 实施期投资预算大概八千万到一个亿之间',
  {'applicant_kind': 'park'},
  ['xinchuang_zone_basis', 'total_investment'],
  'xinchuang-zone. Basis is a three-part condition, only two parts said; budget is a range.')
O('zh', '南京 省内骨干信创企业（认定就这一个） 打算跟本地一所高校在校园里共建信创实验室 合作期签了3年 建设投入1200万',
  {'certifications': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 3,
   'total_investment': 1200},
  [],
  'xinchuang-lab. 3-year cooperation (guide wants ≥5) is recorded as stated.')
O('zh', '苏州园区的大数据公司 已入省工信厅云计算大数据区块链企业库 项目进了21年省大数据应用示范项目名单 做的工业数据分析平台 总投资980万 21年12月完工',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'data_product_tech': True,
   'total_investment': 980, 'completion_date': '2021-12-31', 'stage': 'completed'},
  ['certifications'],
  'data-product. 980 is a stated figure (below the 1000 threshold) and is recorded.')
O('zh', '我们是做智改数转诊断的服务商 公司在上海 苏州有个分公司 免费诊断那个项目我们怎么报',
  {'applicant_kind': 'enterprise'},
  ['in_jiangsu'],
  'free-diagnosis (government buys the service). Shanghai company with a Suzhou branch: place ambiguous.')
O('zh', '常州 做IGBT功率器件的 想报关键核心技术攻关 研发投入预计三千五 有自己的专利 22年3月开工 24年6月前做完',
  {'core_tech_direction': True, 'rd_investment': 3500, 'start_date': '2022-03-31', 'completion_date': '2024-06-30'},
  ['own_ip'],
  'core-tech. own_ip is three-part (IP, research base, funding); only patents said.')
O('zh', '我们是省级小微企业双创示范基地 去年基地里新增规上企业两家 想申中小企业公共服务示范平台那个',
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 2},
  ['certifications'],
  'sme-platform (micro business base).')
O('zh', '去年8月我们收购了德国一家做液压件的公司 出资2300万欧元 持股75% 工商和股权变更都办完了',
  {'merger_completed_2021': True, 'acquisition_date': '2021-08-31', 'stake_after_pct': 75, 'acquisition_registered': True},
  ['acquisition_amount', 'in_jiangsu'],
  'merger. Euro amount; a foreign target says nothing about where the applicant is.')
O('zh', '集团下面两个子公司之间做了个重组 21年11月办完变更 出资八千万 能报兼并重组吗',
  {'same_parent': True, 'acquisition_amount': 8000, 'acquisition_date': '2021-11-30'},
  [],
  'merger. Same-parent deal: recorded, excluded by 3.1.1.2.')
O('zh', '收购了扬州一家化工企业 出资6000万 一半现金一半股权 收购后我们占45% 还是第一大股东',
  {'acquisition_amount': 6000, 'stake_after_pct': 45},
  ['acquisition_cash', 'in_jiangsu'],
  'merger. 一半现金 is relative; target in Yangzhou says nothing about the applicant.')
O('zh', '我们是21年新认定的省专精特新小巨人（别的认定没有） 做精密轴承 近三年营收平均增长12% 主导产品占比七成多 研发占比平均4.5%',
  {'certifications': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70,
   'rd_ratio_3y_avg_pct': 4.5},
  [],
  'little-giant. 七成多 → 70.')
O('zh', '我们19年就评上省小巨人了 主营收入两个亿 去年实缴税金不到400万 小巨人培育那个还能报吗',
  {'revenue_last_year': 20000},
  ['certifications', 'taxes_paid_last_year'],
  'little-giant. A 2019 recognition is not little-giant-2021; 不到400万 is just under the threshold.')
O('zh', '去年我们被工信部认定为制造业单项冠军 还第一次进了中国企业500强制造业 听说有奖励？',
  {'certifications_include': ['single-champion-2021', 'top500-first-2021']},
  ['certifications'],
  'honor-award.')
O('zh', '我们是无锡市工信局 世界物联网博览会是我们承办的 总投入大概一千八百万 专项审计还在做',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True, 'total_investment': 1800},
  [],
  'expo-event (exhibition).')
O('zh', 'XX经开区（省级的） 今年承办紫金奖工业设计大赛 属于活动类吧 有没有补助',
  {'applicant_kind': 'park', 'event_kind': 'activity', 'event_listed': True},
  [],
  'expo-event (activity).')
O('zh', '宿迁一家造纸厂 搞余热回收节能技改 总投资两千六百万 去年底投了五百万 现在在建 明年6月完工 备案环评能评都齐了',
  {'green_direction': True, 'total_investment': 2600, 'invested_by_2021_end': 500, 'stage': 'under_construction',
   'completion_date': '2023-06-30', 'approvals_complete': True},
  [],
  'green-upgrade. No trap.')
O('zh', '我们是台州的钢厂 做能效提升改造 总投资4000多万（其中土建一千万左右） 已经完工了 绿色化改造能报吗',
  {'in_jiangsu': False, 'stage': 'completed'},
  ['total_investment'],
  'green-upgrade. 台州 is Zhejiang (not 泰州); total includes civil works.')
O('zh', '我们是公交公司 去年换了80辆新能源公交 新能源汽车推广应用有补贴吗',
  {'applicant_kind': 'enterprise'},
  [],
  'nev-promotion (scheme announced separately).')
O('zh', '我们是省级制造业创新中心的依托企业 中心是20年省里批的 这次项目建设期两年 总投入五千五百万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 5500},
  ['innovation_center_age_years', 'certifications'],
  'innovation-center. Approval year alone → the age is not recordable.')
O('zh', '我们是民非 专门服务全省高端纺织集群 专职15个人 去年集群服务收入二百三十万 参加过国家集群竞赛 办公场地是租的',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 15,
   'cluster_service_revenue_2021': 230, 'cluster_participation': True},
  ['cluster_org_basics'],
  'cluster-org. Basics is four-part (office, rules, income, capacity); only the office said.')
O('zh', '我们是省级中小企业公共服务示范平台 还在有效期 去年线下服务了一百五十多家企业 公益活动十几场 满意度95% 项目投入450万左右 含税',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 10,
   'satisfaction_pct': 95},
  ['platform_investment_2021', 'certifications'],
  'sme-platform. 平台投入 is to be ex-tax; the figure is 含税.')
O('zh', '我们是市中小企业服务中心 事业单位 所有服务都免费的 去年建设投入加服务支出两百多万',
  {'applicant_kind': 'public_institution', 'sme_service_center': True, 'all_services_free': True,
   'platform_investment_2021': 200},
  [],
  'sme-platform (service centre, 5.3.1.4).')
O('zh', '做智慧养老平台的 总投入七百万 截至去年底投了一百二十几万 明年三月上线',
  {'info_consumption_direction': True, 'total_investment': 700, 'invested_by_2021_end': 120,
   'completion_date': '2023-03-31'},
  [],
  'info-consumption. No trap.')
O('zh', '我们是培训公司 营业执照里有培训 注册资金五百万 近三年年均收入四百八十万 年均线下培训1500人次左右 做过市里的培训项目',
  {'training_licensed': True, 'registered_capital': 500, 'revenue_3y_avg': 480, 'trainees_3y_avg': 1500},
  ['training_experience'],
  'talent-training. Experience question is three-part; only city projects said.')
O('zh', '我们是XX职业技术学院 计划办智改数转培训 放在南京、无锡、扬州、淮安四个市 一共8个班 每班60人 总共900人左右 学员一分钱不收',
  {'applicant_kind': 'university', 'training_cities': 4, 'min_class_size': 60, 'planned_trainees': 900,
   'training_free': True},
  ['long_classes'],
  'talent-training. 8 classes, length not said → long_classes not recordable.')
O('zh', '昆山台资企业 昆山厂区做技改 贷款是香港总行直接放的 600万美元 贴息能申请吗',
  {'in_jiangsu': True, 'loan_from_jiangsu_bank': False},
  ['fixed_asset_loan'],
  'tech-loan. USD loan.')
O('zh', '通州这边一个做纺织机械的 想申请智改数转的补贴 总投资三四千万',
  {},
  ['in_jiangsu', 'total_investment'],
  '通州 is ambiguous (Nantong or Beijing); 三四千万 is a range.')

# ---- English openings (15)
O('en', 'hi, we r 规上 manufacturer in Changzhou, tech upgrade proj, filed investment 52m RMB, fixed asset loan 30m from Bank of Jiangsu, equipment all bought already. still can apply for 贴息?',
  {'above_scale': True, 'filed_total_investment': 5200, 'fixed_asset_loan': 3000, 'loan_from_jiangsu_bank': True,
   'equipment_bought_with_loan': True},
  [],
  'tech-loan. No trap.')
O('en', "Hello, I'm the finance manager of a German-owned auto parts plant in Taicang. For our retrofit we took a USD 5 million fixed-asset loan from the Shanghai branch of a German bank. Interest paid in 2021 was roughly 1.2 million yuan; the rate is LPR plus 30 bp. Are we eligible for the interest subsidy?",
  {'loan_from_jiangsu_bank': False, 'loan_interest_paid_2021': 120},
  ['fixed_asset_loan', 'loan_rate_pct'],
  'tech-loan. USD loan; LPR+bp is not a rate.')
O('en', 'Good afternoon. Our Suzhou plant is on the provincial smart manufacturing demonstration factory list. The project was completed in September 2021, total investment about RMB 45 million excluding VAT, of which software and system integration about RMB 7 million. Our recommending unit (the city bureau) issued its acceptance opinion in March. Which programme fits us?',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-09-30', 'stage': 'completed',
   'total_investment': 4500, 'software_investment': 700, 'accepted': True},
  ['certifications'],
  'smart-factory.')
O('en', 'pls help check 5G+工业互联网. total invest between 20 and 25 million rmb, started last May, ~30% done by end of 2021, we r in Yancheng',
  {'start_date': '2021-05-31'},
  ['total_investment', 'invested_by_2021_end'],
  '5g-iiot. Range; relative progress.')
O('en', 'we do ICS security products, company in Wuxi. proj = security service platform for factories, total 4.8m rmb, invested 1.5m by end 2021, finish by June 2023',
  {'total_investment': 480, 'invested_by_2021_end': 150, 'completion_date': '2023-06-30'},
  [],
  'iiot-security. No trap.')
O('en', "Hi, we are recognised as a backbone xinchuang company in Jiangsu - that's our only recognition. We plan a xinchuang lab on the campus of a Nanjing university, five-year cooperation, two-year build, RMB 10 million in total.",
  {'certifications': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5,
   'total_investment': 1000},
  [],
  'xinchuang-lab. No trap.')
O('en', 'We built a blockchain traceability platform. Our company is in the provincial cloud / big data / blockchain enterprise pool, but the project itself is not on the demo project list. Total 12 million yuan, went live Dec 2021.',
  {'certifications_include': ['cloud-bigdata-registry'], 'data_product_tech': True, 'total_investment': 1200,
   'completion_date': '2021-12-31', 'stage': 'completed'},
  ['certifications'],
  'data-product. The list is not complete (other items unknown).')
O('en', 'We design automotive MCU chips in Wuxi. R&D budget for the new project is somewhere between 28 and 32 million yuan. We hold 20+ invention patents. Can we apply for the core technology programme?',
  {'core_tech_direction': True},
  ['rd_investment', 'own_ip'],
  'core-tech. Range; own_ip only one part of three.')
O('en', 'we acquired 60% of a Jiangxi company in Nov 2021 for RMB 72 million, all business & equity registration done. merger subsidy possible?',
  {'merger_completed_2021': True, 'stake_after_pct': 60, 'acquisition_date': '2021-11-30', 'acquisition_amount': 7200,
   'acquisition_registered': True},
  ['in_jiangsu'],
  'merger. Target out of province says nothing about the applicant.')
O('en', 'We were newly recognised as a provincial little giant in 2021. Revenue grew about 9% a year on average over 3 years, R&D just under 4% of revenue, tax paid last year 5.2 million yuan.',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 9, 'taxes_paid_last_year': 520},
  ['certifications', 'rd_ratio_3y_avg_pct'],
  'little-giant. just under 4% is under the threshold.')
O('en', "Our chemical plant in Lianyungang is doing a wastewater reuse and energy-saving retrofit. Budget is 35 million yuan including VAT. It's under construction and should be finished by the end of 2023.",
  {'green_direction': True, 'stage': 'under_construction', 'completion_date': '2023-12-31'},
  ['total_investment'],
  'green-upgrade. VAT-inclusive total.')
O('en', "we r training company in Nanjing registered in 2017, registered capital RMB 10m, avg revenue ~8m past 3 yrs. plan: 1000 trainees, classes in Nanjing, Suzhou, Yangzhou, Xuzhou, Huai'an",
  {'registered_capital': 1000, 'revenue_3y_avg': 800, 'planned_trainees': 1000, 'training_cities': 5},
  ['training_years'],
  'talent-training. Registration year alone does not give the years of actual training.')
O('en', 'We are the promotion organisation for the Wuxi IoT cluster only. 12 full-time staff, 2021 cluster service income around RMB 1.8 million.',
  {'cluster_focus': True, 'service_team_size': 12, 'cluster_service_revenue_2021': 180},
  [],
  'cluster-org. No trap.')
O('en', "I'm with the management committee of a national high-tech zone in Jiangsu. We'd like to apply for the xinchuang pilot zone. Investment budget for the implementation period is about RMB 150 million. We have some leading companies.",
  {'applicant_kind': 'park', 'total_investment': 15000},
  ['xinchuang_zone_basis'],
  'xinchuang-zone. Only one part of the three-part basis.')
O('en', "We're a student team from a Nanjing university. Our project won second prize in the 2021 i创杯 and we're now setting up in Wuxi. Is there an award for that?",
  {'certifications_include': ['icup-second-prize']},
  ['applicant_kind'],
  'honor-award. A student team: neither clearly the university nor a registered enterprise.')

# ---------------------------------------------------------------- answers
answers = []
V = lambda v: {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
CORR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

def A(lang, slot, text, expect, also=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': dict(expect)}
    if also:
        a['also'] = also
    answers.append(a)

z = lambda *a, **k: A('zh', *a, **k)
e = lambda *a, **k: A('en', *a, **k)

# ---- Chinese answers (150)
# applicant
z('in_jiangsu', '对 公司和项目都在无锡', V(True))
z('in_jiangsu', '公司注册在上海 厂在昆山 项目在昆山做的', V(False))
z('in_jiangsu', '我们台州的', V(False))
z('in_jiangsu', '通州这边', ASK)
z('applicant_kind', '高新区管委会', V('park'))
z('applicant_kind', '市工信局的 帮企业问问', V('city_bureau'))
z('applicant_kind', '我们是职业技术学院', V('university'))
z('applicant_kind', '行业协会，民非登记的', V('nonprofit'))
z('applicant_kind', '事业单位 市里的中小企业服务中心', V('public_institution'), {'sme_service_center': True})
z('applicant_kind', '园区里的一家企业', V('enterprise'))
z('industrial', '我们做软件的 没有工厂', V(False))
z('revenue_last_year', '一千八百来万', V(1800))
z('revenue_last_year', '产值有三个亿', ASK)
z('revenue_last_year', '主营4500w', V(4500))
z('revenue_last_year', '要问财务 我这边不清楚', UNK)
z('revenue_last_year', '刚过两千万 去年刚上的规', V(2000), {'above_scale': True})
z('above_scale', '是滴', V(True))
z('above_scale', '规上是啥标准 营收两千万就算？', Q)
z('above_scale', '等下 营收前面说错了 是一亿五', CORR, {'revenue_last_year': 15000})
z('certifications', '都没有', V([]))
z('certifications', '有小巨人，别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
z('certifications', '19年评过小巨人 别的没有', V([]))
z('certifications', '省级服务型制造示范企业 还有省智能制造示范工厂名单 就这俩', V(['service-manufacturing-demo', 'smart-factory-list']))
z('certifications', '这些认定在哪查啊', Q)
z('certifications', '不清楚 得问办公室', UNK)
z('approvals_complete', '齐了呀', V(True))
z('approvals_complete', '备按有 环评还在走流程', ASK)
z('approvals_complete', '不需要办，推荐单位出了说明', V(True))
z('approvals_complete', '不需要办吧', ASK)
z('approvals_complete', '不太清楚 要问下项目部', UNK)
# investment
z('total_investment', '大概0.35亿', V(3500))
z('total_investment', '四五千万吧', ASK)
z('total_investment', '3200万 含税的', ASK)
z('total_investment', '6800万 里面土建有1500', ASK)
z('total_investment', '要3000万以上才行吗？', Q)
z('total_investment', '35000000', ASK)
z('total_investment', '35000000元', V(3500))
z('total_investment', '三千五 贷款两千 都是苏州银行的', V(3500), {'fixed_asset_loan': 2000, 'loan_from_jiangsu_bank': True})
z('filed_total_investment', '备案上写的5600万', V(5600))
z('filed_total_investment', '备案的跟实际的不一样 实际投了五千 备案写的四千五', V(4500))
z('total_investment_basis', '备案上的数', V('filed'))
z('total_investment_basis', '不含税的 土建没算进去', V('net'))
z('software_investment', '软件那块四百二十万', V(420))
z('software_investment', '不到400', ASK)
z('software_investment', '不对，前面总投资说错了，是四千二', CORR, {'total_investment': 4200})
z('invested_by_2021_end', '完成了六成', ASK)
z('invested_by_2021_end', '去年底一分钱还没投', V(0))
z('invested_by_2021_end', '这个要看财务账 不好说', UNK)
# schedule
z('start_date', '去年', ASK)
z('start_date', '还没开工 下个月开', ASK, {'stage': 'planned'})
z('start_date', '前年年底', V('2020-12-31'))
z('start_date', '5G那个是不是要开工了才能报', Q)
z('completion_date', '今年年底', V('2022-12-31'))
z('completion_date', '去年10月就完工了', V('2021-10-31'), {'stage': 'completed'})
z('completion_date', '9月底', ASK)
z('completion_date', '上半年吧', ASK)
z('completion_date', '21年12月上线的', V('2021-12-31'), {'stage': 'completed'})
z('completion_date', '更正一下 开工是21年5月 不是3月', CORR, {'start_date': '2021-05-31'})
z('stage', '再建 设备正在装', V('under_construction'))
z('stage', '还在准备阶段 没动工', V('planned'))
z('stage', '已经建成投产了 去年12月', V('completed'), {'completion_date': '2021-12-31'})
z('stage', '不是在建', ASK)
z('accepted', '验收了，意见还没拿到', V(False))
z('accepted', '嗯 验收意件也出了', V(True))
z('accepted', '验收是谁来组织？市里还是省里', Q)
# loan
z('fixed_asset_loan', '木有贷款 全是自有资金', V(0))
z('fixed_asset_loan', '贷款还在批', ASK)
z('fixed_asset_loan', '授信五千 实际提了三千', ASK)
z('fixed_asset_loan', '3kw', V(3000))
z('loan_from_jiangsu_bank', '农商行的 本地的', V(True))
z('loan_from_jiangsu_bank', '上海总行放的', V(False))
z('loan_from_jiangsu_bank', '刚才贷款写错了 应该是两千八百万', CORR, {'fixed_asset_loan': 2800})
z('equipment_bought_with_loan', '买了一部分哈 还有几台没到', ASK)
z('equipment_bought_with_loan', '还没 下个月到货', V(False))
z('equipment_bought_with_loan', '买了 去年设备发票一千二 不含税', V(True), {'equipment_invoice_2021': 1200})
z('loan_interest_paid_2021', '一百二十几万', V(120))
z('loan_interest_paid_2021', '这个要问财务的', UNK)
z('loan_interest_paid_2021', '2021年的利息怎么算', Q)
z('loan_interest_paid_2021', '付了86万 不过里面含土建那块的', ASK)
z('loan_rate_pct', 'LPR加50个点', ASK)
z('loan_rate_pct', '百分之三点八五', V(3.85))
z('loan_rate_pct', '贴息按什么利率给？', Q)
z('loan_term_years', '36个月', V(3))
z('loan_term_years', '不知道 跳过', UNK)
z('other_interest_subsidy_2021', '没有', V(0))
z('other_interest_subsidy_2021', '区里好像给过 多少不记得了', UNK)
z('equipment_invoice_2021', '不含税一千三百万', V(1300))
z('equipment_invoice_2021', '发票含税1130万', ASK)
# core tech / directions
z('rd_investment', '三千二百万', V(3200))
z('rd_investment', '研发投入能算人工费吗', Q)
z('rd_investment', '大概2800到3000', ASK)
z('own_ip', '有 十几项发明专利 研发中心也有 资金没问题', V(True))
z('core_tech_direction', '不在里面 我们做普通电机的', V(False))
z('green_direction', '节能降碳的 余热发电', V(True))
z('green_direction', '不好说诶', UNK)
z('fiveg_direction', '就用了运营商的5G卡 没自己建网', V(False))
z('service_direction', '是 主要做远程运维跟定制化', V(True))
z('info_consumption_direction', '智慧养老平台 是的', V(True))
# merger
z('acquisition_date', '21年11月办完变更的', V('2021-11-30'))
z('acquisition_amount', '800万美元', ASK)
z('acquisition_amount', '600万美元，折合人民币大概3900万', V(3900))
z('acquisition_cash', '一半现金', ASK)
z('stake_after_pct', '51%', V(51))
z('stake_after_pct', '控股了', ASK)
z('stake_after_pct', '回头问下老板', UNK)
z('largest_shareholder', '并列第一大股东', V(False))
z('largest_shareholder', '不好意思 持股比例是百分之五十五 不是四十五', CORR, {'stake_after_pct': 55})
z('merger_completed_2021', '收购了 去年8月完成的', V(True), {'acquisition_date': '2021-08-31'})
# little giant
z('revenue_growth_3y_avg_pct', '平均12%左右', V(12))
z('revenue_growth_3y_avg_pct', '不到8%', ASK)
z('main_product_share_pct', '八成以上', V(80))
z('rd_ratio_3y_avg_pct', '这个我真不知道', UNK)
z('core_chain_leading', '是整机的核心部件 替代进口的 国内就我们和另外一家能做', V(True))
z('upgrade_investment_last_year', '这个得看审计报告 我手上没有', UNK)
z('taxes_paid_last_year', '400万以上算吗', Q)
z('core_chain_leading', '不好判断 这个要专家说了算吧', UNK)
z('training_experience', '不清楚 得问下培训部', UNK)
# program-specific
z('identifier_promotion_events', '五六场吧', ASK)
z('identifier_registrations_yi', '两千万', V(0.2))
z('identifier_connected_enterprises', '一千一百多家', V(1100))
z('security_services_commitment', '监测 评估 应急都能做 省平台对接也没问题', V(True))
z('xinchuang_zone_operator', '有 区里成立了运营公司', V(True))
z('lab_roles_agreed', '对 学校出场地管运营 我们出软硬件', V(True))
z('event_kind', '大赛 算活动吧', V('activity'))
z('event_listed', '不确定在不在名单里', UNK)
z('innovation_center_age_years', '两年多', V(2))
z('service_team_size', '十来个', V(10))
z('cluster_service_revenue_2021', '不到两百万', ASK)
z('smes_served_2021', '三百多家', V(300))
z('smes_served_2021', '没统计过', UNK)
z('public_events_2021', '二十几场', V(20))
z('satisfaction_pct', '九成五', V(95))
z('new_above_scale_2021', '一家都没有', V(0))
z('free_service_share_pct', '二成五', V(25))
z('all_services_free', '都免费', V(True))
z('public_welfare_platform', '不是纯公益的 有收费项目', V(False))
z('training_years', '18年开始做培训的', ASK)
z('revenue_3y_avg', '审计报告上平均六百多万', V(600))
z('long_classes', '8个 都是4天的', V(8))
z('training_cities', '南京、苏州、扬州、淮安四个地方', V(4))
z('training_all_regions', '苏南苏中苏北都有', V(True))
z('training_free', '收点资料费', V(False))
# commands
z('total_investment', '结果', CMD)
z('loan_rate_pct', '先看看结果吧', CMD)
z('certifications', '/reset', CMD)
z('rd_investment', '算了，从头来', CMD)
z('satisfaction_pct', '先出结果 后面的不填了', CMD)
z('acquisition_cash', '重新开始', CMD)
z('training_free', '/result', CMD)
z('stake_after_pct', '这个补助最多能拿多少啊', Q)

# ---- English answers (70)
e('in_jiangsu', 'yes, both in Suzhou', V(True))
e('in_jiangsu', 'Our HQ is in Shanghai; the plant doing the project is in Kunshan.', V(False))
e('applicant_kind', "We're a college in Changzhou, a university basically", V('university'))
e('applicant_kind', "We're the management committee of a provincial-level development zone.", V('park'))
e('industrial', 'we make software only, no factory', V(False))
e('revenue_last_year', 'around RMB 150 million', V(15000))
e('revenue_last_year', 'about USD 30 million', ASK)
e('revenue_last_year', 'not sure, need to check w/ finance', UNK)
e('above_scale', 'yes we r 规上 since 2019', V(True))
e('above_scale', 'What does 规上 mean exactly?', Q)
e('certifications', 'little giant (2021) and provincial industrial design centre, thats all', V(['little-giant-2021', 'industrial-design-center']))
e('certifications', 'We got little giant back in 2020, nothing else.', V([]))
e('certifications', 'we have the SME service platform title, maybe others, not sure', ASK, {'certifications_include': ['sme-service-platform']})
e('certifications', 'not sure', UNK)
e('approvals_complete', 'Not required for this project; the city bureau (our recommending unit) wrote an explanatory note.', V(True))
e('approvals_complete', "don't know, the project team handles that", UNK)
e('total_investment', 'RMB 40m', V(4000))
e('total_investment', 'between 30 and 40 million', ASK)
e('total_investment', 'should that include VAT or not?', Q)
e('software_investment', 'wait, correction: total investment is 48 million, not 45', CORR, {'total_investment': 4800})
e('invested_by_2021_end', 'roughly 8 million by Dec 31', V(800))
e('invested_by_2021_end', 'about half', ASK)
e('start_date', 'Sept 2021', V('2021-09-30'))
e('start_date', 'sometime in 2021', ASK)
e('start_date', 'last september', V('2021-09-30'))
e('completion_date', 'end of next year', V('2023-12-31'))
e('completion_date', 'it went live last November', V('2021-11-30'), {'stage': 'completed'})
e('completion_date', 'mid 2023', ASK)
e('stage', "not started yet, kick-off next month", V('planned'))
e('stage', 'done', V('completed'))
e('accepted', 'yes, we got the acceptance opinion', V(True))
e('accepted', 'inspection done but no written opinion yet', V(False))
e('accepted', 'who is the recommending unit for us?', Q)
e('fixed_asset_loan', 'no loan, all own funds', V(0))
e('loan_from_jiangsu_bank', 'Bank of Nanjing, Suzhou branch', V(True))
e('equipment_bought_with_loan', 'yes, most of it', ASK)
e('equipment_bought_with_loan', 'sorry, the loan was 20m not 25m', CORR, {'fixed_asset_loan': 2000})
e('loan_interest_paid_2021', 'about 1.5 million yuan', V(150))
e('loan_interest_paid_2021', "I'd have to ask our CFO", UNK)
e('loan_rate_pct', '3.7%', V(3.7))
e('loan_rate_pct', '0.037', ASK)
e('other_interest_subsidy_2021', 'none', V(0))
e('equipment_invoice_2021', '12 million ex VAT', V(1200))
e('equipment_invoice_2021', '13.56m incl. VAT', ASK)
e('rd_investment', '35 million yuan', V(3500))
e('rd_investment', 'do salaries of the R&D staff count?', Q)
e('own_ip', 'we have patents', ASK)
e('core_tech_direction', 'yes, offshore wind main bearings', V(True))
e('green_direction', 'no idea', UNK)
e('fiveg_direction', "can't say for sure", UNK)
e('acquisition_amount', 'RMB 80 million', V(8000))
e('acquisition_amount', 'EUR 10m', ASK)
e('acquisition_date', 'registration completed on 20 Oct 2021', V('2021-10-20'))
e('stake_after_pct', 'a majority', ASK)
e('stake_after_pct', 'correction - the deal closed in Dec 2021, not Nov', CORR, {'acquisition_date': '2021-12-31'})
e('revenue_growth_3y_avg_pct', 'roughly 10%', V(10))
e('rd_ratio_3y_avg_pct', 'just under 4%', ASK)
e('taxes_paid_last_year', '4.2 million yuan', V(420))
e('identifier_registrations_yi', 'about 200 million', V(2))
e('event_kind', "it's a competition, so an event i guess", V('activity'))
e('innovation_center_age_years', 'approved in 2020', ASK)
e('service_team_size', 'a dozen', V(12))
e('smes_served_2021', 'over 130', V(130))
e('satisfaction_pct', 'we never measured it', UNK)
e('training_cities', "Nanjing, Suzhou, Yangzhou and Huai'an", V(4))
e('training_free', 'free, trainees only pay their own train tickets', V(True))
e('loan_term_years', 'show me the result', CMD)
e('public_events_2021', 'start over', CMD)
e('min_class_size', 'reset', CMD)
e('trainees_3y_avg', '/result', CMD)

# ---------------------------------------------------------------- write + counts
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

def kind(a):
    ex = a['expect']
    return ex['not_answer'] if 'not_answer' in ex else next(iter(ex))

print('openings', len(openings), dict(collections.Counter(o['lang'] for o in openings)),
      'with traps', sum(1 for o in openings if o['must_not_record']))
print('answers', len(answers), dict(collections.Counter(a['lang'] for a in answers)))
for lang in ('zh', 'en', None):
    sel = [a for a in answers if lang is None or a['lang'] == lang]
    c = collections.Counter('not_answer' if 'not_answer' in a['expect'] else next(iter(a['expect'])) for a in sel)
    print(' ', lang or 'all', dict(c), 'na kinds', dict(collections.Counter(kind(a) for a in sel if 'not_answer' in a['expect'])))
print('  with also', sum(1 for a in answers if a.get('also')))
print('  slots', len({a['slot'] for a in answers}))
print('  slot types', dict(collections.Counter(VOC[a['slot']]['type'] for a in answers)))
