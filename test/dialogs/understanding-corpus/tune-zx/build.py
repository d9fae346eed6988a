#!/usr/bin/env python3
"""tune-zx: a HARD dialog corpus for 专项资金申报助手 (2022 Jiangsu special fund guide).
All data below, in writing order. Writes openings.json and answers.json next to this file
and prints the counts. Question texts come from facts-vocabulary.json so they cannot drift."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))['facts']}

# ---------------------------------------------------------------- openings
OPENINGS = []
def O(lang, text, facts, mnr=(), note=''):
    OPENINGS.append(dict(lang=lang, text=text, facts=facts, must_not_record=list(mnr), note=note))

# ---- Chinese openings (28)
O('zh', '你好 常州武进做减速机的 规上 去年产值两个多亿 想搞技改贴息 项目备案总投资4800万 固贷批了3000万 实际提了2200万',
  {'above_scale': True, 'filed_total_investment': 4800},
  ['revenue_last_year', 'fixed_asset_loan'],
  'tech-loan. 产值 is not 主营业务收入; 授信(批了) vs 提款 are two competing loan figures; 备案 figure → filed_total_investment.')
O('zh', '苏州工业园区一家精密注塑厂，已经进了省智能制造示范工厂名单，项目21年10月完工的，总投资5600万（含税），软件那块差不多600来万',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31', 'stage': 'completed', 'software_investment': 600},
  ['total_investment'],
  'smart-factory. 含税 total where 1.2.3 counts ex-tax; one recognition named is a partial list.')
O('zh', '无锡新吴区 做汽车零部件的 厂里在自己建5G专网 AGV 远程运维都上5G 已经在建了 总投入两三千万 去年底进度差不多两成',
  {'fiveg_direction': True, 'stage': 'under_construction'},
  ['total_investment', 'invested_by_2021_end'],
  '5g-iiot. Range 两三千万; progress given only as a share (两成) of an unknown total.')
O('zh', '我们是泰州一家医药集团，去年8月把上海一家公司收了，签完协议持股51%，工商变更去年9月底才办完，出资1.2个亿，其中现金8000万，剩下是股权置换',
  {'merger_completed_2021': True, 'acquisition_date': '2021-09-30', 'stake_after_pct': 51, 'acquisition_amount': 12000, 'acquisition_cash': 8000},
  [],
  'merger. Date is the registration date (9月底), not the signing month (8月); 泰州 is Jiangsu (target in Shanghai says nothing against it).')
O('zh', '在吗 我们是21年新认定的省专精特新小巨人 南通的 做特种电缆 近三年营收平均涨了百分之十二左右 研发占比大概4.5 去年交税380万 能申报么',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'rd_ratio_3y_avg_pct': 4.5, 'taxes_paid_last_year': 380},
  [],
  'little-giant. 380 is an exact figure (below 400 but stated): record it; partial certification mention.')
O('zh', '盐城 化工企业 搞节能降碳改造 余热回收+高效电机替换 总投资3200万（含土建800万） 截止去年底设备上投了700来万 今年还在继续装 环评能评都批了 备案也有',
  {'green_direction': True, 'invested_by_2021_end': 700, 'stage': 'under_construction', 'approvals_complete': True},
  ['total_investment'],
  'green-upgrade. Total given with civil works inside (3200 含土建800): two figures, the ex-civil one is not stated as such.')
O('zh', '南京一家培训公司，营业执照里有教育培训，注册资金300万，近三年平均每年培训1500人次左右（含线上的）',
  {'training_licensed': True, 'registered_capital': 300, 'applicant_kind': 'enterprise'},
  ['trainees_3y_avg'],
  'talent-training. 1500 includes online training; the guide counts offline only.')
O('zh', '我们是XX高新区管委会，想报信创先导区，运营主体定了是区属国企，实施期投资预算八千万到一个亿',
  {'applicant_kind': 'park', 'xinchuang_zone_operator': True},
  ['total_investment'],
  'xinchuang-zone. Budget is a range straddling the 1亿 threshold.')
O('zh', '省内骨干信创企业 牵头跟东南大学在学校里共建信创实验室 合作先签3年 到期再续两年 建设期到23年底 投1200万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'completion_date': '2023-12-31', 'total_investment': 1200},
  ['lab_cooperation_years'],
  'xinchuang-lab. Cooperation 3 years signed + 2 optional: two competing figures for the term.')
O('zh', '我们做的是行业型标识解析二级节点 已经过了信通院组织的专家评估 计划23年6月上线 注册量现在3000万 项目完成时目标1.5亿 解析量做到1个亿没问题 接入企业一千出头',
  {'certifications_include': ['identifier-expert-review'], 'completion_date': '2023-06-30', 'identifier_registrations_yi': 1.5,
   'identifier_resolutions_yi': 1, 'identifier_connected_enterprises': 1000},
  [],
  'iiot-identifier. Current 3000万 registrations vs target 1.5亿: the slot is at completion → 1.5 (below 2亿).')
O('zh', '常熟 做纺织行业工业互联网平台的 19年评上的省重点工业互联网平台 平台项目投了900多万 去年11月上线 推荐单位还没来验收',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 900, 'completion_date': '2021-11-30', 'stage': 'completed', 'accepted': False},
  [],
  'iiot-platform. 2019 ≥ 2018 so the platform recognition counts; 上线 = completion; not yet accepted.')
O('zh', '我们公司注册在上海，做工控安全的，项目落在昆山，总投入600万，到去年年底投了一百出头，23年6月底前能完',
  {'in_jiangsu': False, 'total_investment': 600, 'invested_by_2021_end': 100, 'completion_date': '2023-06-30'},
  [],
  'iiot-security. Applicant in Shanghai, project in Kunshan → in_jiangsu false (applicant AND project).')
O('zh', '我们公司在省工信厅的云计算大数据企业库里 项目是20年入选的省大数据应用示范项目 做工业数据分析平台 总投资1100万 实际花了980万 去年12月完工',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'data_product_tech': True, 'completion_date': '2021-12-31', 'stage': 'completed'},
  ['total_investment'],
  'data-product. Planned 1100 vs actual 980: two competing totals.')
O('zh', '苏州 做车规级IGBT的 有自主专利 研发投入两千七八百万 实施期3年 想报关键核心技术攻关',
  {'core_tech_direction': True},
  ['rd_investment', 'own_ip'],
  'core-tech. IGBT is a 2.1 direction; R&D is a range just under 3000; 有自主专利 answers one part of own_ip only.')
O('zh', '徐州 工程机械配套企业 省级服务型制造示范企业 做远程运维和全生命周期管理的服务化改造 总投入2500万 软件系统集成400万不到',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True, 'total_investment': 2500},
  ['software_investment'],
  'service-upgrade. 不到400 sits at the 400 threshold → not recorded.')
O('zh', '我们是无锡物联网产业集群促进中心 民非 专职团队12个人 21年服务收入一百八九十万',
  {'applicant_kind': 'nonprofit', 'service_team_size': 12},
  ['cluster_service_revenue_2021'],
  'cluster-org. Revenue range 180–190 just under 200.')
O('zh', '常州市中小企业服务中心 事业单位 21年线下服务了三百多家企业 公益活动二十几场 满意度96% 所有服务都是免费的 投入（含房屋改造）260万',
  {'applicant_kind': 'public_institution', 'sme_service_center': True, 'smes_served_2021': 300, 'public_events_2021': 20,
   'satisfaction_pct': 96, 'all_services_free': True},
  ['platform_investment_2021'],
  'sme-platform (5.3.1.4). Investment includes 房屋改造, which 5.3.1.3 excludes.')
O('zh', '我们是省级小微企业双创示范基地 在扬州 去年新增规上企业1家 今年上半年又多了2家 服务企业150家左右 免费服务占比三成',
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 1, 'smes_served_2021': 150, 'free_service_share_pct': 30},
  [],
  'sme-platform (base). 2021 figure is 1, not 3 (this year) and not 2.')
O('zh', '南京的公司 做智慧养老服务平台 平台主要服务安徽马鞍山那边的养老院 能在养老行业复制推广 总投入800万 截至去年底投了150万 23年6月底前完成',
  {'info_consumption_direction': True, 'replicable_solution': True, 'total_investment': 800, 'invested_by_2021_end': 150, 'completion_date': '2023-06-30'},
  ['in_jiangsu'],
  'info-consumption. Applicant in Nanjing but the platform is deployed in Anhui: where the project is carried out is unclear.')
O('zh', '省级XX制造业创新中心 20年省里批复试点的 项目周期两年 总投入6000万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
  ['innovation_center_age_years'],
  'innovation-center. 批复 year alone: age not computable exactly.')
O('zh', '我们是苏州市工信局，承办2022世界工业与能源互联网暨国际工业装备博览会，想申请展会补助，总投入预计1500万',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True, 'total_investment': 1500},
  [],
  'expo-event. The expo is named in 3.4.')
O('zh', '我们公司去年被工信部认定为国家制造业单项冠军 另外19年就是省小巨人了',
  {'certifications_include': ['single-champion-2021']},
  ['certifications'],
  'honor-award. A 2019 little-giant recognition is not little-giant-2021; the list is partial.')
O('zh', '昆山台资企业 技改项目 设备主要从日本进口 贷款是工行昆山支行的 固定资产贷款500万美元 备案总投资4000万',
  {'loan_from_jiangsu_bank': True, 'filed_total_investment': 4000},
  ['fixed_asset_loan'],
  'tech-loan. Loan in US dollars.')
O('zh', '台州一家做泵的企业，规上，想报绿色化改造，高效节能泵产线改造，总投资2600万',
  {'in_jiangsu': False, 'above_scale': True, 'total_investment': 2600},
  [],
  'green-upgrade. 台州 is in Zhejiang (not 泰州) → in_jiangsu false.')
O('zh', '通州一家做智改数转诊断的服务商 我们是软件公司 想申请免费诊断那块的钱 去年营收三千来万',
  {'industrial': False, 'revenue_last_year': 3000},
  ['in_jiangsu'],
  'free-diagnosis (bought by government). 通州 is ambiguous (Nantong or Beijing).')
O('zh', '我们是常州信息职业技术学院 想办智改数转专题培训班 计划培训900人 10个班 每班不少于60人 南京苏州常州三个城市办',
  {'applicant_kind': 'university', 'planned_trainees': 900, 'min_class_size': 60, 'training_cities': 3},
  ['long_classes'],
  'talent-training. 10 classes but their length is not said → not long_classes.')
O('zh', '灰常想申请5G+工业互联网那个 我们宿迁的 酒厂 去年开工的 总投资三千五 到去年底投了七百 预计明年年底建成',
  {'total_investment': 3500, 'invested_by_2021_end': 700, 'completion_date': '2023-12-31', 'stage': 'under_construction'},
  [],
  '5g-iiot. 去年开工 (year alone) neither required nor forbidden for start_date; 明年年底 → 2023-12-31.')
O('zh', '常州的 我们去年做了两笔并购 一笔在德国 出资3000万欧元 一笔在浙江 出资6000万人民币 都控股了',
  {},
  ['acquisition_amount', 'stake_after_pct', 'largest_shareholder'],
  'merger. Which deal is "the" acquisition is unclear, one is in euros; 控股了 is not a percentage.')

# ---- English openings (12)
O('en', "Hi, we're a German-owned auto parts maker in Taicang, above-scale. Upgrading our stamping line, filed investment about RMB 62 million. Fixed-asset loan from Bank of Suzhou: 35m approved, 28m drawn so far. Can we get the interest subsidy?",
  {'above_scale': True, 'filed_total_investment': 6200, 'loan_from_jiangsu_bank': True},
  ['fixed_asset_loan'],
  'tech-loan. Approved vs drawn loan: two competing figures.')
O('en', 'pls help check: our company in Nantong is on the provincial iiot benchmark factory list, project done Dec 2021, total inv 4,500w incl VAT',
  {'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-12-31', 'stage': 'completed'},
  ['total_investment'],
  'iiot-benchmark. VAT-inclusive total.')
O('en', 'We are a Wuxi-based listed company. Last year we acquired 60% of an Italian machinery maker for EUR 18 million, all cash. Closing and the business/equity registration were done in November 2021.',
  {'stake_after_pct': 60, 'acquisition_date': '2021-11-30', 'acquisition_registered': True, 'merger_completed_2021': True},
  ['acquisition_amount', 'acquisition_cash'],
  'merger. Foreign-currency payment.')
O('en', "Hello, we got the provincial 'little giant' title in 2021. Revenue grew 9% a year on average over 3 yrs, R&D about 3.8% of revenue, main product ~70% of sales. Taxes paid last year just under 4m RMB.",
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 9, 'rd_ratio_3y_avg_pct': 3.8, 'main_product_share_pct': 70},
  ['taxes_paid_last_year'],
  'little-giant. "just under 4m" sits at the 400万 threshold.')
O('en', 'Our plant in Zhenjiang is replacing coal-fired boilers with industrial heat pumps (energy-saving retrofit). Budget is between 20 and 25 million yuan. Construction started March 2022 and is ongoing.',
  {'green_direction': True, 'start_date': '2022-03-31', 'stage': 'under_construction'},
  ['total_investment'],
  'green-upgrade. Range around the 2000万 threshold.')
O('en', 'We run an industry-level secondary identifier resolution node in Nanjing and passed the expert review organised by CAICT. By completion we expect ~2.3 billion registrations, 1.2 bn resolutions and 1,500 connected firms.',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 23, 'identifier_resolutions_yi': 12, 'identifier_connected_enterprises': 1500},
  [],
  'iiot-identifier. Billions → 亿 (×10).')
O('en', "We're an industry association (non-profit) in Suzhou. Plan: free training for manufacturers on digital transformation, 8 classes of 4 days each, at least 60 per class, ~1000 trainees in total, held in Suzhou, Yangzhou, Xuzhou and Wuxi.",
  {'applicant_kind': 'nonprofit', 'long_classes': 8, 'min_class_size': 60, 'planned_trainees': 1000, 'training_cities': 4,
   'training_all_regions': True, 'training_free': True},
  [],
  'talent-training. Suzhou/Wuxi south, Yangzhou central, Xuzhou north.')
O('en', 'Our SME public service platform (provincial demo platform, still valid) served about 140 SMEs offline in 2021, held 10 free events, satisfaction 92%. 2021 spend was 450, but a good part of it is staff bonuses and depreciation.',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 140, 'public_events_2021': 10, 'satisfaction_pct': 92},
  ['platform_investment_2021'],
  'sme-platform. Spend includes items 5.3.1.3 excludes.')
O('en', 'Hi, we are Huaian bus group, planning 150 new electric buses this year, budget around 120 million yuan. Any subsidy under the 2022 fund?',
  {'applicant_kind': 'enterprise'},
  [],
  'nev-promotion (scheme announced separately).')
O('en', "We're in Changzhou, building a 5G private network in the factory for AGV logistics and remote maintenance. Total 30m RMB including the new workshop building, about 5m spent by end of last year, should finish end of next year.",
  {'fiveg_direction': True, 'completion_date': '2023-12-31', 'stage': 'under_construction'},
  ['total_investment', 'invested_by_2021_end'],
  '5g-iiot. Total includes civil works (a building); the 5m spent may include it too.')
O('en', "Hi, I'm with the Suzhou nanotech cluster promotion organisation. 15 full-time staff, 2021 cluster service revenue approx 2.6 million yuan, and we took part in the national cluster competition.",
  {'service_team_size': 15, 'cluster_service_revenue_2021': 260, 'cluster_participation': True},
  [],
  'cluster-org.')
O('en', "Our HQ is in Shanghai; we'd build a smart-tourism platform for Wuxi's scenic areas, 7m RMB total, 30% invested by end 2021.",
  {'info_consumption_direction': True, 'total_investment': 700, 'in_jiangsu': False},
  ['invested_by_2021_end'],
  'info-consumption. Applicant in Shanghai → false; progress only as a share.')

# ---------------------------------------------------------------- answers
ANSWERS = []
def V(v): return {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
COR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}
def A(lang, slot, text, expect, also=None, note=None):
    d = dict(lang=lang, slot=slot, text=text, expect=expect)
    if also: d['also'] = also
    if note: d['note'] = note
    ANSWERS.append(d)

# ---- Chinese answers (125)
z = lambda *a, **k: A('zh', *a, **k)
# investment
z('total_investment', '三千五 哦不对 三千八 刚看错行了', V(3800), note='self-correction inside the answer: the last figure')
z('total_investment', '４５００ｗ', V(4500), note='full-width digits, w = 万')
z('total_investment', '备案写的5000万 那个含厂房的 刨掉土建 设备软件这块是3800', ASK, {'filed_total_investment': 5000}, note='备案 vs 土建-excluded: two figures')
z('total_investment', '35000000', ASK, note='bare figure without unit')
z('total_investment', '固贷一共2500万 总投资财务还没算清楚', UNK, {'fixed_asset_loan': 2500})
z('total_investment', '总投资要到多少才够啊 3000够不够', Q)
z('software_investment', '软件 集成 云 全部加起来四百二', V(420))
z('new_above_scale_2021', '这个没算过😂', UNK)
z('invested_by_2021_end', '到21年底实际投了1800 今年又投了900', V(1800), note='last year vs this year')
z('invested_by_2021_end', '完成了六成左右', ASK)
z('invested_by_2021_end', '肿么算 是按总投资的进度算吗', Q)
# loan
z('fixed_asset_loan', '固贷一共三千 分两笔放的 第一笔1800 第二笔1200', V(3000), note='total vs parts')
z('fixed_asset_loan', '贷了2kw', V(2000))
z('fixed_asset_loan', '授信五千 实际提款三千二', ASK)
z('fixed_asset_loan', '贷款还在批 下个月应该能放', ASK)
z('fixed_asset_loan', '不对 前面说错了 总投资是6500不是5600', COR, {'total_investment': 6500})
z('loan_from_jiangsu_bank', '招行上海分行放的', V(False))
z('loan_from_jiangsu_bank', '中行 五年期的', ASK, {'loan_term_years': 5}, note='branch not said; answers the term instead')
z('equipment_bought_with_loan', '买了一部分 还有一半没到货', ASK)
z('equipment_bought_with_loan', '不是没买哈 都买了滴', V(True), note='double negation')
z('equipment_bought_with_loan', '买了，21年的设备票不含税1800万', V(True), {'equipment_invoice_2021': 1800})
z('loan_interest_paid_2021', '21年付了86万利息 其中土建那块十几万吧', ASK, note='total incl. civil works; civil part vague')
z('loan_interest_paid_2021', '去年全年实际付息一百二十几万，都是设备那块的', V(120))
z('loan_interest_paid_2021', '土建部分的利息为啥不能算进去？', Q)
z('loan_rate_pct', '年化４．２％', V(4.2))
z('loan_rate_pct', 'LPR加50个bp', ASK)
z('loan_rate_pct', '利息是按LPR贴还是按我们实际利率贴？', Q)
z('loan_term_years', '贷款期限有要求吗 5年以下算不算', Q)
z('other_interest_subsidy_2021', '木有 市里区里都没给过', V(0))
z('other_interest_subsidy_2021', '区里给了20万 市里的还在审', V(20), note='granted vs pending')
z('equipment_invoice_2021', '21年开的设备票 含税1130万', ASK)
# applicant
z('revenue_last_year', '主营1.35个亿 产值的话有两个亿', V(13500))
z('revenue_last_year', '产值三个亿左右', ASK)
z('revenue_last_year', '不清楚 要问财务 反正是规上', UNK, {'above_scale': True})
z('above_scale', '不是规上 差一点 营收1900万', V(False), {'revenue_last_year': 1900})
z('above_scale', '我们是规上吗？你那边能查到不', Q)
z('industrial', '我们做工业软件的 不是生产型企业', V(False))
z('in_jiangsu', '泰州的 项目也在泰州 靖江那边', V(True))
z('in_jiangsu', '通州', ASK)
z('applicant_kind', '民办非企业单位', V('nonprofit'))
z('approvals_complete', '备案环评都有了 能评还在走流城', V(False), note='all three addressed, one not done')
z('approvals_complete', '纯软件项目 环评能评都不用做 推荐单位那边出了个说明 备案OK的', V(True))
z('approvals_complete', '不用办吧应该', ASK)
z('certifications', '都木有', V([]))
z('certifications', '省智能制造示范工厂、服务型制造示范企业', V(['smart-factory-list', 'service-manufacturing-demo']))
z('certifications', '小巨人（21年评的） 别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
z('certifications', '19年评的省小巨人 其他没有', V([]), note='2019 recognition is not little-giant-2021; the answer is complete')
# schedule
z('stage', '不是在建', ASK)
z('stage', '已经投产了 去年9月底建成的', V('completed'), {'completion_date': '2021-09-30'})
z('stage', '去年10月开的工 现在在装设备', V('under_construction'), {'start_date': '2021-10-31'})
z('identifier_showroom', '重新开始', CMD)
z('start_date', '２０２１年３月１５号', V('2021-03-15'))
z('start_date', '前年11月开的工', V('2020-11-30'))
z('start_date', '合同去年5月签的 6月20号正式开工', V('2021-06-20'), note='two dates; 开工 is the second')
z('start_date', '还没开工呢 计划下个月', ASK, {'stage': 'planned'})
z('start_date', '记不得了 回头查查', UNK)
z('start_date', '更正下 总投资是4200万 刚才多打了个0', COR, {'total_investment': 4200})
z('completion_date', '明年三季度末', V('2023-09-30'))
z('completion_date', '原计划21年10月 后来拖到12月才完', V('2021-12-31'), {'stage': 'completed'}, note='planned vs actual')
z('completion_date', '9月底', ASK)
z('accepted', '推荐单位上周来验收过了 意见也出了 项目是去年11月完工的', V(True), {'completion_date': '2021-11-30', 'stage': 'completed'})
z('accepted', '你说的验收是指哪个验收？我们自己内部验过了', Q)
z('accepted', '刚刚完工时间说错了 是21年11月底', COR, {'completion_date': '2021-11-30'})
# core tech / directions
z('rd_investment', '研发攻关投入3200万 其中人工费八百左右', V(3200))
z('merger_initiator', '算了算了 从头来吧', CMD)
z('own_ip', '专利有十几个 研发中心也有 资金木问题', V(True))
z('own_ip', '有几个发明专利', ASK, note='partial yes to a three-part question')
z('core_tech_direction', '我们做车规级MCU的', V(True))
z('green_direction', '灰常确定 余热回收 节能降耗的', V(True))
z('long_classes', '算了 换个项目问', CMD)
z('fiveg_direction', '5G只在仓库用了一下 主要还是wifi', ASK)
z('replicable_solution', '不好说诶', UNK)
# merger
z('acquisition_amount', '出资6000万美元 折合人民币差不多3.9个亿', V(39000))
z('acquisition_amount', '1.5个亿 其中现金9000万', V(15000), {'acquisition_cash': 9000})
z('acquisition_amount', '八百万欧', ASK)
z('acquisition_amount', '海外并购也能报吗', Q)
z('acquisition_cash', '现金付了七成', ASK)
z('acquisition_2_cash', '这笔全是换股 没有现金', V(0))
z('stake_after_pct', '持股六成五', V(65))
z('stake_after_pct', '之前有30% 这次收完一共70%了', V(70), note='before vs after')
z('stake_after_pct', '这个得问下我们老板', UNK)
z('largest_shareholder', '跟国资各占一半', V(False), {'stake_after_pct': 50})
z('merger_completed_2021', '签了 但工商还没变更完', V(False))
z('acquisition_date', '协议去年6月签的 股权变更今年1月才弄好', V('2022-01-31'))
z('more_acquisitions_2', '还有一笔 不过是22年3月完成的', V(False), note='another deal, but not in 2021')
# little giant
z('taxes_paid_last_year', '前年交了500 去年疫情只交了360', V(360))
z('taxes_paid_last_year', '不方便透露', UNK)
z('revenue_growth_3y_avg_pct', '三年平均涨了一成多', V(10))
z('main_product_share_pct', '木有概念🤷', UNK)
z('rd_ratio_3y_avg_pct', '19年3.2 20年4.1 21年5.0', ASK, note='three yearly figures, no average given')
z('core_chain_leading', '核心环节肯定是 国内领先谈不上 但替代进口了', V(True))
# platforms
z('identifier_registrations_yi', '3个亿左右吧 现在才8000万', V(3), note='at completion vs now')
z('identifier_connected_enterprises', '现在接了600家 项目完成能到1200家', ASK, note='now vs at completion; the question does not say which')
z('platform_indicators_met', '大部分指标达到了 接入设备数还差点', ASK)
z('has_plan_and_targets', '方案有了 绩效目标还在编', ASK)
z('lab_with_jiangsu_university', '跟浙大合作 实验室放在杭州', V(False), {'in_jiangsu': False}, note='the lab (the project) is in Zhejiang')
z('innovation_center_age_years', '批复一年半了', V(1.5))
z('event_kind', '是个大赛 紫金奖那种', V('activity'))
z('event_kind', '展会＋论坛 两块都有', ASK)
z('event_listed', '是世界物联网博览会下面的一个分论坛', ASK)
z('total_investment_basis', '不含税的 厂房也没算', V('net'))
# cluster / sme platform
z('cluster_org_basics', '不晓得哎 我刚来的', UNK)
z('service_team_size', '专职的8个 兼职还有5个', V(8))
z('platform_monitoring_commitment', '/reset', CMD)
z('cluster_service_revenue_2021', '21年集群服务收入二百三 今年估计能到三百', V(230))
z('smes_served_2021', '线下服务了一百三十几家 线上的就多了去了', V(130))
z('public_events_2021', '么得数 没统计过', UNK)
z('satisfaction_pct', '0.95', ASK)
z('satisfaction_pct', '满意度用什么口径算 第三方测评的行不行', Q)
z('data_product_tech', 'emmm 不太清楚 你先跳过吧', UNK)
z('all_services_free', '大部分免费 少数收点成本费', V(False))
z('all_services_free', '没有不免费的', V(True), note='double negation')
z('sme_service_center', '我们是市中小企业服务中心下面的平台公司', ASK)
z('training_experience', '先看看结果吧', CMD)
# training
z('training_years', '16年成立 17年开始做培训', ASK)
z('registered_capital', '注册资本一千万 实缴才三百', V(1000), note='注册资金 read as the registered (subscribed) figure')
z('registered_capital', '这个指的是认缴还是实缴啊', Q)
z('trainees_3y_avg', '线下一年平均1300人次左右 线上另算', V(1300))
z('training_direction_match', '主要是给我们集团内部员工培训', V(False), note='企业内训 is excluded by 5.5.1.4')
z('training_cities', '南京、徐州、泰州、苏州四个市', V(4))
z('training_all_regions', '苏南苏中都有 苏北还在谈', ASK)
z('training_free', '收个资料费 100块', V(False))
z('xinchuang_zone_basis', '跳过', UNK)
z('smes_served_2021', 'sorry 上面revenue打错了 应该是1.2亿', COR, {'revenue_last_year': 12000}, note='English mixed in; corrects an earlier answer')
z('upgrade_investment_last_year', '专项审计还没做 数不好说', UNK)

# ---- English answers (55)
e = lambda *a, **k: A('en', *a, **k)
e('total_investment', 'roughly 48 million RMB, ex-VAT, no buildings in it', V(4800))
e('filed_total_investment', 'the filing says RMB 0.3bn, buildings included', V(3000))
e('total_investment', 'somewhere between 30 and 40 million', ASK)
e('acquisition_2_amount', '$8 million', ASK)
e('total_investment', 'Does the 30m threshold include VAT?', Q)
e('fixed_asset_loan', '20m, one bank, one contract', V(2000))
e('fixed_asset_loan', 'credit line is 50m, we have drawn 32m so far', ASK)
e('fixed_asset_loan', 'still can apply if loan only 1800w?', Q)
e('loan_rate_pct', '3.7% fixed', V(3.7))
e('loan_rate_pct', 'LPR + 30bp', ASK)
e('loan_term_years', '60 months', V(5))
e('loan_interest_paid_2021', 'we paid 1.1m interest in 2021, all equipment-related', V(110))
e('loan_interest_paid_2021', 'dunno 🤷', UNK)
e('other_interest_subsidy_2021', 'nothing so far', V(0))
e('equipment_invoice_2021', '18.5 million ex VAT (about 20.9 incl.)', V(1850))
e('equipment_invoice_2021', 'about 11 million including VAT', ASK)
e('loan_from_jiangsu_bank', 'Bank of Jiangsu, Changzhou branch, 5-year term', V(True), {'loan_term_years': 5})
e('equipment_bought_with_loan', 'yep, machines delivered and paid with the loan', V(True))
e('start_date', "we broke ground on 8 March last year, it's about 60% built now", V('2021-03-08'), {'stage': 'under_construction'})
e('completion_date', 'it went live last December', V('2021-12-31'), {'stage': 'completed'})
e('completion_date', 'end of next quarter', ASK, note='relative to an unstated today')
e('security_capability', 'yes - we sell industrial firewalls and do pen testing for plants', V(True))
e('stage', 'well, not exactly under construction', ASK)
e('accepted', 'not yet, the acceptance meeting is next week', V(False))
e('approvals_complete', 'filing yes, the EIA I think so', ASK)
e('invested_by_2021_end', 'about 40% of the total', ASK)
e('revenue_last_year', 'main business revenue 2021 was 156 million yuan; output value was higher, ~200m', V(15600))
e('revenue_last_year', 'just under 20m', ASK)
e('revenue_last_year', "we're above-scale, output value around 300m", ASK, {'above_scale': True})
e('revenue_3y_avg', "no idea, finance handles that, the audit isn't back yet", UNK)
e('in_jiangsu', "Company's in Suzhou but the project site is in Jiaxing", V(False))
e('applicant_kind', "we're a vocational college (职业技术学院)", V('university'))
e('certifications', 'none of them', V([]))
e('certifications', "we're a little giant, not sure about the rest", ASK, {'certifications_include': ['little-giant-2021']})
e('acquisition_amount', 'USD 10m, which was about RMB 65m at the time', V(6500))
e('acquisition_cash', "I'd have to check with HQ", UNK)
e('acquisition_2_stake_pct', 'three quarters', V(75))
e('stake_after_pct', 'majority', ASK)
e('acquisition_date', 'registration changed on 15 Oct 2021', V('2021-10-15'))
e('same_parent', 'No, the seller was an unrelated private company', V(False))
e('acquisition_3_amount', 'another RMB 52m for the third one', V(5200))
e('taxes_paid_last_year', 'correction — our 2021 revenue was RMB 180m, not 150m', COR, {'revenue_last_year': 18000})
e('taxes_paid_last_year', "can't disclose that, sorry", UNK)
e('identifier_resolutions_yi', 'around 150 million', V(1.5))
e('identifier_connected_enterprises', '500 now, 1000+ by completion', ASK)
e('rd_investment', 'what counts as R&D investment? do salaries count?', Q)
e('lab_cooperation_years', 'is 2 years enough?', Q)
e('smes_served_2021', 'around 210 firms offline, plus lots online', V(210))
e('satisfaction_pct', '96.5%', V(96.5))
e('public_welfare_platform', 'start over pls', CMD)
e('training_cities', 'Nanjing, Huai\'an and Nantong', V(3))
e('acquisition_registered', 'show me the result', CMD)
e('training_free', 'free — trainees only pay their own train tickets', V(True))
e('min_class_size', 'what if one class only gets 45 people?', Q)
e('service_team_size', 'not sure tbh, depends how you count', UNK)

# ---------------------------------------------------------------- write
def number(items, prefix):
    c = collections.Counter()
    out = []
    for it in items:
        c[it['lang']] += 1
        d = {'id': f"{prefix}-{it['lang']}-{c[it['lang']]:03d}"}
        d.update(it)
        out.append(d)
    return out

openings = []
for o in number(OPENINGS, 'o'):
    openings.append({k: o[k] for k in ('id', 'lang', 'text', 'facts', 'must_not_record', 'note')})
answers = []
for a in number(ANSWERS, 'a'):
    slot = VOC[a['slot']]
    d = {'id': a['id'], 'lang': a['lang'], 'slot': a['slot'],
         'question': slot['question']['zh-CN' if a['lang'] == 'zh' else 'en'],
         'text': a['text'], 'expect': a['expect']}
    if 'also' in a: d['also'] = a['also']
    if 'note' in a: d['note'] = a['note']
    answers.append(d)

json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

kind = lambda a: next(iter(a['expect']))
print('openings', len(openings), dict(collections.Counter(o['lang'] for o in openings)),
      'with must_not_record', sum(1 for o in openings if o['must_not_record']))
print('answers', len(answers), dict(collections.Counter(a['lang'] for a in answers)))
for lang in ('zh', 'en'):
    print(' ', lang, dict(collections.Counter(kind(a) for a in answers if a['lang'] == lang)))
print('  all', dict(collections.Counter(kind(a) for a in answers)))
print('  not_answer', dict(collections.Counter(a['expect']['not_answer'] for a in answers if kind(a) == 'not_answer')))
print('  with also', sum(1 for a in answers if 'also' in a))
print('  slot types', dict(collections.Counter(VOC[a['slot']]['type'] for a in answers)))
print('  distinct slots', len({a['slot'] for a in answers}))
