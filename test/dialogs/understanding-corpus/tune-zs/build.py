#!/usr/bin/env python3
"""Blind dialog corpus tune-zs: openings.json and answers.json, written in writing order.
Questions are copied verbatim from /work/kit/facts-vocabulary.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open('/work/kit/facts-vocabulary.json'))['facts']}

# ---------------------------------------------------------------- openings
OPENINGS = []
def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in OPENINGS if o['lang'] == lang) + 1
    OPENINGS.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text, 'facts': facts,
                     'must_not_record': list(mnr), 'note': note})

# --- zh (28)
O('zh', '你好 常州做阀门的 规上企业 今年想报技改贴息 项目备案总投资5800万 固贷授信四千万 实际提款三千二 是常州农商行放的',
  {'applicant_kind': 'enterprise', 'above_scale': True, 'total_investment': 5800, 'loan_from_jiangsu_bank': True},
  ['fixed_asset_loan'], 'tech-loan; 授信 vs 提款 are two competing loan figures -> ask later')
O('zh', '我们技改项目备案总投资1.2个亿 不含土建的话八千万左右 固贷五千万 南京银行的 设备都用贷款买好了',
  {'filed_total_investment': 12000, 'fixed_asset_loan': 5000, 'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  ['total_investment'], 'tech-loan; filed total beside a total excluding civil works: total_investment is asked, the filed figure is clearly labelled')
O('zh', '苏州工业园区的德资企业 做汽车零部件 技改项目投资大概800万欧元 贷款是德国总部那边的银行给的 能申请贴息吗',
  {'applicant_kind': 'enterprise', 'loan_from_jiangsu_bank': False},
  ['total_investment'], 'tech-loan; foreign currency investment; loan from a bank abroad')
O('zh', '昆山一家规上电子厂 在做5G全连接工厂 厂区5G专网已经建好了 5G用在质检和AGV物流上 项目总投资2600万不含税 其中软件和系统集成450万 去年底完成投资大概七百万',
  {'above_scale': True, 'fiveg_direction': True, 'total_investment': 2600, 'software_investment': 450,
   'invested_by_2021_end': 700, 'stage': 'under_construction'},
  [], '5g-iiot; 在做 = under construction')
O('zh', '我们在省智能制造示范工厂名单里 项目去年10月完工 推荐单位验收过了 意见也出了 项目总投资含税4520万',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31', 'stage': 'completed', 'accepted': True},
  ['total_investment', 'certifications'], 'smart-factory; tax-inclusive total; partial certification mention')
O('zh', '上了省工业互联网标杆工厂名单 项目总投资三千来万 不含税不含土建 去年12月底建成 验收是验收了 但是意见还没拿到',
  {'certifications_include': ['iiot-benchmark-list'], 'total_investment': 3000, 'completion_date': '2021-12-31',
   'stage': 'completed', 'accepted': False},
  ['certifications'], 'iiot-benchmark; 三千来万 -> 3000; accepted without opinion = false')
O('zh', '我们是国家级服务型制造示范企业 这次做的是远程运维和全生命周期管理的服务化改造 项目总投入两千二百万 其中软件和云四百来万 去年完工的',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True, 'total_investment': 2200,
   'software_investment': 400, 'stage': 'completed'},
  ['certifications'], 'service-upgrade; 去年完工 gives a year only, completion_date neither required nor forbidden')
O('zh', '我们在建一个工业互联网标识解析行业型二级节点 已经通过信通院组织的专家评估 现在累计标识注册量一亿八千万左右 计划明年6月底上线',
  {'certifications_include': ['identifier-expert-review'], 'stage': 'under_construction', 'completion_date': '2023-06-30'},
  ['identifier_registrations_yi', 'certifications'], 'iiot-identifier; the registration figure is today\'s, not at completion (and under 2亿)')
O('zh', '我们平台是2019年认定的省重点工业互联网平台 这次项目总投资1500万 2021年8月完工 推荐单位验收过了意见也出了 同意和信通院云池对接',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-08-31',
   'stage': 'completed', 'accepted': True, 'platform_monitoring_commitment': True},
  ['certifications'], 'iiot-platform')
O('zh', '泰州医药高新区管委会 想申报信创先导区 实施期内先导区建设投资预算一个多亿 运营主体明确 是区属平台公司',
  {'applicant_kind': 'park', 'total_investment': 10000, 'xinchuang_zone_operator': True},
  [], 'xinchuang-zone; 泰州 (Jiangsu), 一个多亿 -> 10000')
O('zh', '公司已经入了省工信厅大数据企业库 项目也入选了2021年省大数据应用示范项目 项目总投资不到一千万 去年11月完工 推荐单位还没来验收',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'completion_date': '2021-11-30',
   'stage': 'completed', 'accepted': False},
  ['total_investment', 'certifications'], 'data-product; 不到一千万 is just under the threshold')
O('zh', '做IGBT和MOSFET功率器件的 想报关键核心技术攻关 研发攻关投入预计三千二百万 今年3月已经开始 计划2024年6月底前完成',
  {'core_tech_direction': True, 'rd_investment': 3200, 'start_date': '2022-03-31', 'completion_date': '2024-06-30'},
  [], 'core-tech; 今年 = 2022')
O('zh', '我们做高端数控机床 研发投入三千万 不过里面含了一千万盖研发楼的钱 有自己的发明专利 去年产值五个亿',
  {'core_tech_direction': True},
  ['rd_investment', 'revenue_last_year', 'own_ip'], 'core-tech; R&D figure includes a building (not in 2.2.3); 产值 is not revenue; patents alone are a partial own_ip')
O('zh', '去年7月完成的工商和股权变更 收购了浙江一家做轴承的公司 出资八千万 其中现金六千万 我们持股51%',
  {'acquisition_date': '2021-07-31', 'acquisition_registered': True, 'merger_completed_2021': True,
   'acquisition_amount': 8000, 'acquisition_cash': 6000, 'stake_after_pct': 51},
  ['in_jiangsu'], 'merger; the target is in Zhejiang, which says nothing about the applicant')
O('zh', '去年我们收购了一家德国公司 工商和股权变更去年11月都办好了 出资1200万欧元 全部现金 现在持股100%',
  {'acquisition_date': '2021-11-30', 'acquisition_registered': True, 'merger_completed_2021': True, 'stake_after_pct': 100},
  ['acquisition_amount', 'acquisition_cash'], 'merger; foreign currency, no RMB figure')
O('zh', '集团内部重组 把兄弟公司并进来了 我们持股50% 跟另一家股东并列第一大股东',
  {'same_parent': True, 'stake_after_pct': 50, 'largest_shareholder': False},
  [], 'merger; same parent; 并列第一 = not sole largest')
O('zh', '我们是2021年新认定的省级专精特新小巨人 近三年主营平均增长15% 主导产品占比七成 研发占比三年平均4.3% 去年交税五百来万',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 15, 'main_product_share_pct': 70,
   'rd_ratio_3y_avg_pct': 4.3, 'taxes_paid_last_year': 500},
  ['certifications'], 'little-giant')
O('zh', '我们是2019年评上的小巨人 去年综合投入一千多万 交税不到400万 小巨人培育项目能报吗',
  {'upgrade_investment_last_year': 1000},
  ['certifications', 'taxes_paid_last_year'], 'little-giant; a 2019 recognition is not little-giant-2021; 不到400万 just under the threshold')
O('zh', '我们去年被工信部认定为国家制造业单项冠军企业 公司在苏州 这个有奖励吗',
  {'certifications_include': ['single-champion-2021'], 'applicant_kind': 'enterprise'},
  ['certifications'], 'honor-award; 去年 = 2021')
O('zh', '我们是无锡市工信局 承办世界物联网博览会 是展会项目 专项审计后总投入两千多万',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True, 'total_investment': 2000},
  [], 'expo-event; listed in 3.4')
O('zh', '盐城的化工企业 在做余热回收的节能降碳技改 总投资3500万 到去年底投了一千二 设备正在装 预计明年年底完工 备案环评能评都齐了',
  {'applicant_kind': 'enterprise', 'green_direction': True, 'total_investment': 3500, 'invested_by_2021_end': 1200,
   'stage': 'under_construction', 'completion_date': '2023-12-31', 'approvals_complete': True},
  [], 'green-upgrade')
O('zh', '台州一家阀门企业 做节水改造 项目总投资两千五 已经开工了',
  {'in_jiangsu': False, 'green_direction': True, 'total_investment': 2500},
  [], 'green-upgrade; 台州 is in Zhejiang (not 泰州)')
O('zh', '我们是省级制造业创新中心的依托企业 2020年批复的试点 项目建设周期两年 总投入六千万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
  ['certifications'], 'innovation-center; 2020 alone does not give the age in years')
O('zh', '我们是民非 专门服务新能源集群的促进机构 专职团队12人 2021年集群服务收入一百八九十万',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12},
  ['cluster_service_revenue_2021'], 'cluster-org; 一百八九十万 is a range')
O('zh', '我们是有效期内的省级中小企业公共服务示范平台 不是中小企业服务中心 2021年线下服务省内中小企业三百多家 公益活动十来场 满意度九成五 平台投入四百五十万 含税的',
  {'certifications_include': ['sme-service-platform'], 'sme_service_center': False, 'smes_served_2021': 300,
   'public_events_2021': 10, 'satisfaction_pct': 95},
  ['platform_investment_2021', 'certifications'], 'sme-platform; the investment is tax-inclusive')
O('zh', '公司在上海 项目在南通 做智慧养老服务平台 总投入800万 去年底已经投了两百万',
  {'in_jiangsu': False, 'info_consumption_direction': True, 'total_investment': 800, 'invested_by_2021_end': 200},
  [], 'info-consumption; applicant outside Jiangsu')
O('zh', '我们在通州 是一家培训公司 营业执照经营范围里有培训 注册资本一千万 近三年年均收入六百来万 年均线下培训一千五百人次左右',
  {'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 1000, 'revenue_3y_avg': 600,
   'trainees_3y_avg': 1500},
  ['in_jiangsu'], 'talent-training; 通州 is ambiguous (南通 or 北京)')
O('zh', '常州一所职业技术学院 想申报产业人才培养 计划培训总人数八百人 每个班不少于50人 全程不收学员费用',
  {'applicant_kind': 'university', 'planned_trainees': 800, 'min_class_size': 50, 'training_free': True},
  [], 'talent-training; 职业技术学院 = university')

# --- en (12)
O('en', "Hi, I'm the CFO of a German-owned plant in Taicang. We took a RMB 40m fixed-asset loan from Bank of China Suzhou branch for new presses. The filed project investment is 65 million yuan. Can we get the interest subsidy?",
  {'applicant_kind': 'enterprise', 'fixed_asset_loan': 4000, 'loan_from_jiangsu_bank': True, 'total_investment': 6500},
  ['equipment_bought_with_loan'], 'tech-loan; "a loan for new presses" does not say the presses were bought')
O('en', 'hi, we are 规上 enterprise in Nantong, tech upgrade project total invest about 3kw, loan 2kw from Jiangsu Bank, equipment not bought yet',
  {'applicant_kind': 'enterprise', 'above_scale': True, 'total_investment': 3000, 'fixed_asset_loan': 2000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': False},
  [], 'tech-loan; Chinese staff English with kw slang')
O('en', 'Our factory in Changzhou is on the provincial smart manufacturing demonstration factory list. The upgrade cost USD 6 million, roughly RMB 39 million ex-VAT, no civil works in that. Completed September 2021, acceptance opinion not issued yet.',
  {'certifications_include': ['smart-factory-list'], 'total_investment': 3900, 'completion_date': '2021-09-30',
   'stage': 'completed', 'accepted': False},
  ['certifications'], 'smart-factory; the user gave the RMB figure')
O('en', "We're rolling out a private 5G network across our Wuxi plant - machine vision QC, AGVs and remote maintenance all run on 5G. Budget is 25 million yuan ex-tax, about 30% of it was spent by the end of 2021.",
  {'fiveg_direction': True, 'total_investment': 2500, 'stage': 'under_construction'},
  ['invested_by_2021_end'], '5g-iiot; progress given as a share, not an amount')
O('en', 'We are software company in Nanjing, not manufacturer, doing industrial internet security platform. total input 6 million RMB, by end of 2021 invested 1.5 million',
  {'applicant_kind': 'enterprise', 'industrial': False, 'total_investment': 600, 'invested_by_2021_end': 150},
  [], 'iiot-security')
O('en', "We're a backbone xinchuang company in Jiangsu and plan a joint lab with a university in Nanjing, on their campus. 5-year cooperation, 12 million yuan for the two-year build.",
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5,
   'total_investment': 1200},
  ['certifications'], 'xinchuang-lab')
O('en', 'We design automotive MCUs. R&D spend on the project will be between 30 and 40 million yuan, and we hold several patents of our own.',
  {'core_tech_direction': True},
  ['rd_investment', 'own_ip'], 'core-tech; range; patents alone are a partial own_ip')
O('en', 'In March 2021 we closed the acquisition of a Dutch sensor maker, registration and equity changes done. Paid EUR 9 million, all cash; we now hold 60%.',
  {'acquisition_date': '2021-03-31', 'acquisition_registered': True, 'merger_completed_2021': True, 'stake_after_pct': 60},
  ['acquisition_amount', 'acquisition_cash'], 'merger; foreign currency')
O('en', 'Our group first made the China Top 500 Enterprises list in 2021 as a manufacturer. HQ is in Xuzhou. Is there an award for that?',
  {'certifications_include': ['top500-first-2021']},
  ['certifications'], 'honor-award')
O('en', 'Our plant in Jiaxing is doing an energy-efficiency retrofit, about 50 million yuan including VAT.',
  {'in_jiangsu': False, 'green_direction': True},
  ['total_investment'], 'green-upgrade; Jiaxing is in Zhejiang; tax-inclusive')
O('en', 'We are a 民非 training organisation in Nanjing, offline trainees about 1,300 per year on average in the past three years, and we never charge trainees',
  {'applicant_kind': 'nonprofit', 'trainees_3y_avg': 1300, 'training_free': True},
  [], 'talent-training')
O('en', "We run a smart-health public service platform in Suzhou. Total input 8 million yuan; just under 2 million invested by end of 2021. We have the filing but the environmental assessment isn't done.",
  {'info_consumption_direction': True, 'total_investment': 800, 'approvals_complete': False},
  ['invested_by_2021_end'], 'info-consumption; just under X')

# ---------------------------------------------------------------- answers
ANSWERS = []
def A(lang, slot, text, expect, also=None):
    n = sum(1 for a in ANSWERS if a['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    item = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': expect}
    if also: item['also'] = also
    ANSWERS.append(item)
def Z(slot, text, expect, also=None): A('zh', slot, text, expect, also)
def E(slot, text, expect, also=None): A('en', slot, text, expect, also)
V = lambda v: {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
C = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# --- zh: values
Z('equipment_bought_with_loan', '没买 设备是拿自有资金买的 贷款用来付土建了', V(False))
Z('equipment_bought_with_loan', '买了买了 不含税发票一千八百来万', V(True), {'equipment_invoice_2021': 1800})
Z('approvals_complete', '都办了 齐了', V(True))
Z('approvals_complete', '备案有的 环评能评不用做 推荐单位出了说明', V(True))
Z('approvals_complete', '环平还在走流程', V(False))
Z('identifier_promotion_events', '一共计划六场 已经办了两场', V(6))
Z('fixed_asset_loan', '流贷一千万 固贷是两千八百万', V(2800))
Z('fixed_asset_loan', '没贷款 全是自有资金', V(0))
Z('loan_from_jiangsu_bank', '是上海那边总行直接放的 不是江苏分行', V(False))
Z('total_investment', '一个多亿', V(10000))
Z('total_investment', '1.2个亿 不含税 土建没算进去', V(12000))
Z('total_investment', '跟备案的一样 5200万 本来就没有土建', V(5200), {'filed_total_investment': 5200})
Z('registered_capital', '注册资本一千万 实缴了六百', V(1000))
Z('revenue_last_year', '去年主营1.8个亿 今年估计能到2.5亿', V(18000))
Z('revenue_last_year', '差不多两千万吧', V(2000))
Z('above_scale', '是的 规上 前年就进规了', V(True))
Z('industrial', '我们是做软件的 不生产东西', V(False))
Z('applicant_kind', '我们是高新区管委会 不是企业', V('park'))
Z('applicant_kind', '市工信局', V('city_bureau'))
Z('in_jiangsu', '公司和项目都在常州 一致的', V(True))
Z('certifications', '都没有', V([]))
Z('certifications', '只有一个小巨人 还是2019年评的', V([]))
Z('certifications', '2021年新认定的小巨人、省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']))
Z('certifications', '入了省工信厅大数据企业库 项目也进了2021年省大数据示范项目名单 别的没有', V(['cloud-bigdata-registry', 'bigdata-demo-project']))
Z('software_investment', '软件加系统集成六百来万', V(600))
Z('invested_by_2021_end', '到去年底投了八百来万', V(800))
Z('start_date', '去年3月开的工', V('2021-03-31'))
Z('completion_date', '去年年底完工的', V('2021-12-31'), {'stage': 'completed'})
Z('completion_date', '计划明年6月底建成', V('2023-06-30'))
Z('stage', '设备正在装 还没完工', V('under_construction'))
Z('stage', '早投产了 去年10月就建成了', V('completed'), {'completion_date': '2021-10-31'})
Z('stage', '还没开工 下个月动土', V('planned'))
Z('accepted', '验收过了 意见书也拿到了', V(True))
Z('accepted', '验收了 意见还没拿到', V(False))
Z('loan_interest_paid_2021', '去年付了一百二十来万利息', V(120))
Z('loan_interest_paid_2021', '利息一共150 含土建那块 不含土建的是110左右', V(110))
Z('loan_rate_pct', '年利率4.2 跟合同上一致', V(4.2))
Z('loan_term_years', '60个月', V(5))
Z('other_interest_subsidy_2021', '区里给过30万贴息', V(30))
Z('equipment_invoice_2021', '发票含税2260 不含税2000', V(2000))
Z('rd_investment', '研发攻关投入三千二 按指南那个口径算的', V(3200))
Z('own_ip', '有 发明专利十几个 研发中心是省级的 资金也没问题', V(True))
Z('core_tech_direction', '我们做车规级MCU 应该算吧', V(True))
Z('fiveg_direction', '厂区建了5G专网 生产 质检 物流都上5G了', V(True))
Z('info_consumption_direction', '是 智慧养老平台 面向社区老人', V(True))
Z('acquisition_amount', '1000万美元 折合人民币6400万', V(6400))
Z('acquisition_amount', '出资七千万 其中五千万现金 剩下是股权支付', V(7000), {'acquisition_cash': 5000})
Z('largest_shareholder', '并列第一大股东', V(False))
Z('acquisition_registered', '办了 去年就变更好了', V(True))
Z('acquisition_date', '去年8月份工商变更办完的', V('2021-08-31'))
Z('main_product_share_pct', '七成五', V(75))
Z('taxes_paid_last_year', '缴税四百五十来万', V(450))
Z('revenue_growth_3y_avg_pct', '年均增长12个点左右', V(12))
Z('identifier_registrations_yi', '两千万', V(0.2))
Z('public_events_2021', '二十几场', V(20))
Z('all_services_free', '不收费 全是免费的', V(True))
Z('training_free', '不收学员一分钱 就是往返车费自理', V(True))
Z('training_cities', '南京 扬州 淮安 苏州 四个市', V(4), {'training_all_regions': True})
Z('service_team_size', '专职15个 兼职还有五六个', V(15))
Z('cluster_service_revenue_2021', '集群服务收入260万 机构总收入八百多万', V(260))
Z('event_kind', '不是展会 是个大赛', V('activity'))
Z('trainees_3y_avg', '线下一千三 加上线上有两千多', V(1300))
Z('total_investment_basis', '备案上的 含土建', V('filed'))
Z('total_investment_basis', '不是备案那个 是扣掉土建 不含税的', V('net'))
Z('upgrade_investment_last_year', '1200万 专项审计做过了', V(1200))
Z('new_above_scale_2021', '一家都没有', V(0))

# --- zh: ask
Z('equipment_bought_with_loan', '买了一部分 还有几台没到', ASK)
Z('approvals_complete', '不需要办', ASK)
Z('approvals_complete', '备案办了', ASK)
Z('fixed_asset_loan', '授信五千 实际提款三千二', ASK)
Z('fixed_asset_loan', '贷款还在批 批下来大概三千', ASK)
Z('total_investment', '四五千万吧', ASK)
Z('total_investment', '8000万 含税的', ASK)
Z('total_investment', '备案6000 扣掉土建大概4500', ASK, {'filed_total_investment': 6000})
Z('total_investment', '35000000', ASK)
Z('revenue_last_year', '产值三个亿左右', ASK)
Z('loan_rate_pct', 'LPR加50个基点', ASK)
Z('start_date', '前年开工的', ASK)
Z('completion_date', '9月底', ASK)
Z('stage', '不是在建', ASK)
Z('certifications', '有小巨人 别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
Z('stake_after_pct', '控股了 过半', ASK)
Z('acquisition_amount', '800万欧元', ASK)
Z('acquisition_cash', '一半现金', ASK)
Z('rd_ratio_3y_avg_pct', '不到4%', ASK)
Z('identifier_connected_enterprises', '不到一千家', ASK)
Z('own_ip', '有几个发明专利', ASK)
Z('invested_by_2021_end', '完成了六成', ASK)
Z('planned_trainees', '八九百人', ASK)
Z('acquisition_2_stake_pct', '同上', ASK)
Z('in_jiangsu', '在通州', ASK)

# --- zh: unknown
Z('loan_interest_paid_2021', '要问财务', UNK)
Z('revenue_growth_3y_avg_pct', '不太清楚 得查一下', UNK)
Z('software_investment', '这个不好说 还没拆分', UNK)
Z('other_interest_subsidy_2021', '不知道区里给没给', UNK)
Z('taxes_paid_last_year', '不方便透露', UNK)
Z('identifier_resolutions_yi', '暂时没统计', UNK)
Z('loan_rate_pct', '记不得了', UNK)
Z('invested_by_2021_end', '跳过 这个回头再说', UNK)
Z('accepted', '不清楚推荐单位那边走到哪一步了', UNK)
Z('smes_served_2021', '没数过 说不准', UNK)

# --- zh: not answers (questions)
Z('total_investment', '要3000万以上才行吗？', Q)
Z('loan_interest_paid_2021', '2021年的利息怎么算', Q)
Z('taxes_paid_last_year', '400万以上算吗', Q)
Z('rd_investment', '研发投入包括人工费吗', Q)
Z('certifications', '小巨人要哪一年认定的才算？', Q)
Z('completion_date', '5G项目最晚什么时候要完工？', Q)
Z('fixed_asset_loan', '流动资金贷款算不算固贷', Q)
Z('applicant_kind', '免费诊断我们企业能自己报吗', Q)
Z('stake_after_pct', '持股50%算绝对控股吗', Q)
Z('training_cities', '苏中是指哪几个市啊', Q)
# --- zh: not answers (corrections)
Z('software_investment', '不对 刚才总投资说错了 是七千万', C, {'total_investment': 7000})
Z('loan_rate_pct', '更正一下 贷款是两千八 不是三千', C, {'fixed_asset_loan': 2800})
Z('equipment_invoice_2021', '等下 前面开工时间说错了 是2021年4月', C, {'start_date': '2021-04-30'})
Z('stake_after_pct', '出资额我刚才打错了 应该是六千五百万', C, {'acquisition_amount': 6500})
Z('accepted', '改一下 完工是去年11月 不是12月', C, {'completion_date': '2021-11-30'})
Z('training_free', '之前说的注册资金不对 是八百万', C, {'registered_capital': 800})
Z('public_events_2021', '纠正下 服务企业是一百五十家 不是一百二', C, {'smes_served_2021': 150})
Z('loan_term_years', '刚才说错了 贷款是上海那边放的 不是省内的', C, {'loan_from_jiangsu_bank': False})
# --- zh: not answers (commands)
Z('revenue_last_year', '结果', CMD)
Z('loan_rate_pct', '/result', CMD)
Z('satisfaction_pct', '先看看结果吧', CMD)
Z('stage', '重新开始', CMD)
Z('acquisition_cash', '算了，从头来', CMD)
Z('main_product_share_pct', '直接出结果吧 后面的不填了', CMD)

# --- en: values
E('equipment_bought_with_loan', 'yes bought already', V(True))
E('fixed_asset_loan', 'the loan is 3kw', V(3000))
E('fixed_asset_loan', 'no loan, we paid everything ourselves', V(0))
E('total_investment', 'about 45 million yuan, ex VAT, no building works', V(4500))
E('loan_from_jiangsu_bank', 'Bank of China, Suzhou branch', V(True))
E('loan_from_jiangsu_bank', "It came from our parent's bank in Frankfurt", V(False))
E('revenue_last_year', 'main business revenue 2021 was roughly 260 million yuan', V(26000))
E('in_jiangsu', 'Both the company and the plant are in Kunshan', V(True))
E('in_jiangsu', "We're registered in Shanghai, the project is in Taicang", V(False))
E('applicant_kind', "We're a vocational college in Changzhou", V('university'))
E('certifications', 'None of those', V([]))
E('certifications', 'Only the provincial smart factory list, nothing else', V(['smart-factory-list']))
E('completion_date', 'last September', V('2021-09-30'))
E('completion_date', "Sept 2021, it's been running since", V('2021-09-30'), {'stage': 'completed'})
E('stage', 'done, fully operational', V('completed'))
E('stage', "we're halfway, installing equipment now", V('under_construction'))
E('accepted', 'Yes, the acceptance opinion was issued in March', V(True))
E('loan_rate_pct', '4.35 percent', V(4.35))
E('loan_term_years', 'five years', V(5))
E('other_interest_subsidy_2021', 'no, nothing from the city or county', V(0))
E('stake_after_pct', 'a quarter', V(25))
E('acquisition_amount', "USD 10m, that's about RMB 65m", V(6500))
E('rd_investment', '32 million yuan per the 2.2.3 definition', V(3200))
E('identifier_registrations_yi', '250 million', V(2.5))
E('training_free', 'yes totally free, trainees only pay their own train tickets', V(True))
E('same_parent', 'yes, both are subsidiaries of our group', V(True))
E('equipment_invoice_2021', '18 million ex-VAT', V(1800))
# --- en: ask
E('total_investment', 'between 30 and 40 million', ASK)
E('fixed_asset_loan', "credit line is 50m, we've drawn 32m so far", ASK)
E('total_investment', 'USD 8 million', ASK)
E('loan_rate_pct', 'LPR', ASK)
E('taxes_paid_last_year', 'just under 4 million yuan', ASK)
E('start_date', 'sometime in 2021', ASK)
E('stake_after_pct', 'majority', ASK)
E('equipment_bought_with_loan', 'some of it', ASK)
E('invested_by_2021_end', 'about a third', ASK)
E('certifications', "We're a little giant, not sure about the rest", ASK, {'certifications_include': ['little-giant-2021']})
E('approvals_complete', 'not needed', ASK)
# --- en: unknown
E('loan_interest_paid_2021', 'not sure', UNK)
E('equipment_invoice_2021', "I'd have to check with finance", UNK)
E('revenue_last_year', "can't share that", UNK)
E('rd_ratio_3y_avg_pct', 'no idea, sorry', UNK)
E('software_investment', 'let me get back to you on that', UNK)
# --- en: not answers
E('total_investment', 'does VAT count in the total investment?', Q)
E('green_direction', "what's the max subsidy for a green project?", Q)
E('software_investment', 'Is 20 million enough for the 5G program?', Q)
E('certifications', 'Does a national little giant count?', Q)
E('loan_rate_pct', 'sorry, the loan was 20m not 25m', C, {'fixed_asset_loan': 2000})
E('accepted', 'correction: we completed in November 2021, not October', C, {'completion_date': '2021-11-30'})
E('above_scale', 'wait, revenue was 180 million, not 150', C, {'revenue_last_year': 18000})
E('stage', "oh, sorry, our company is in Suzhou but the plant is actually in Jiaxing", C, {'in_jiangsu': False})
E('loan_term_years', 'start over', CMD)
E('identifier_connected_enterprises', 'reset', CMD)
E('stake_after_pct', 'show me the result', CMD)
E('completion_date', 'just give me the results now', CMD)

json.dump(OPENINGS, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(ANSWERS, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    from collections import Counter
    print('openings', Counter(o['lang'] for o in OPENINGS))
    print('answers', Counter(a['lang'] for a in ANSWERS))
    for lang in ('zh', 'en', None):
        xs = [a for a in ANSWERS if lang is None or a['lang'] == lang]
        c = Counter(next(k for k in ('value', 'unknown', 'ask', 'not_answer') if k in a['expect']) for a in xs)
        print(lang or 'all', dict(c), Counter(a['expect']['not_answer'] for a in xs if 'not_answer' in a['expect']))
    slots = {a['slot'] for a in ANSWERS}
    print('slots', len(slots), 'types', sorted({VOC[s]['type'] for s in slots}))
