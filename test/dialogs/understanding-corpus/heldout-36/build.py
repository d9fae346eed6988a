#!/usr/bin/env python3
"""Builds the heldout36 dialog corpus (openings.json, answers.json) in writing order.
Every expected value was decided from the guide and corpus-conventions.md alone.
Questions are copied verbatim from facts-vocabulary.json (read here so they cannot drift)."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open('/work/kit/facts-vocabulary.json'))['facts']}

openings = []
answers = []

def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text, 'facts': facts,
                     'must_not_record': list(mnr), 'note': note})

def V(x): return {'value': x}
U = {'unknown': True}
ASK = {'ask': True}
def NA(kind): return {'not_answer': kind}

def A(lang, slot, text, expect, also=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    item = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot,
            'question': VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en'],
            'text': text, 'expect': dict(expect)}
    if also:
        item['also'] = also
    answers.append(item)

def Z(slot, text, expect, also=None): A('zh', slot, text, expect, also)
def E(slot, text, expect, also=None): A('en', slot, text, expect, also)

# ---------------------------------------------------------------- openings, zh
O('zh', '你好 我们是常州武进一家做减速机的规上工业企业，去年搞了个技改，项目总投资六千二百万，固贷三千五，常州本地农商行放的，贷款买的设备都已经进厂了',
  {'applicant_kind': 'enterprise', 'industrial': True, 'above_scale': True, 'total_investment': 6200,
   'fixed_asset_loan': 3500, 'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  [], 'tech-loan; 固贷 slang, 三千五 = 3500')
O('zh', '我们是昆山一家汽车零部件企业，技改贷款银行授信5000万，实际提了3200万，想问下能不能申请贴息',
  {'applicant_kind': 'enterprise'}, ['fixed_asset_loan'],
  'tech-loan; two competing loan figures (授信 vs 提款)')
O('zh', '去年上了条新的冲压线 总投资四千万左右 没贷款 全是自有资金 技改贴息能报不',
  {'total_investment': 4000, 'fixed_asset_loan': 0}, [],
  'tech-loan; negation: no loan → 0; 左右 → the figure')
O('zh', '南通的纺织企业，已经进了省智能制造示范工厂名单，项目去年10月完工的，总投资不含税4800万，软件和系统集成大概六百来万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31',
   'stage': 'completed', 'total_investment': 4800, 'software_investment': 600},
  ['certifications'], 'smart-factory; partial certification mention; 去年10月 → 2021-10-31')
O('zh', '想报工业互联网标杆工厂，项目投资含税5650万，其中软件含税八百万，这个够条件吗',
  {}, ['total_investment', 'software_investment'],
  'iiot-benchmark; tax-inclusive figures where the guide counts ex-tax (1.2.3)')
O('zh', '盐城做汽车配件的规上企业，厂里自己建了5G专网，5G用在视觉质检、AGV物流和设备远程运维上，21年3月开工，总投资2600万，到去年底完成了差不多三成',
  {'above_scale': True, 'fiveg_direction': True, 'start_date': '2021-03-31', 'total_investment': 2600},
  ['invested_by_2021_end'], '5g-iiot; relative progress (三成) is not an amount')
O('zh', '我们是省级服务型制造示范企业 做工程机械的 打算搞远程运维加全生命周期管理的服务化改造 总投入两千一百万 还没开工',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True, 'total_investment': 2100,
   'stage': 'planned'}, ['certifications'], 'service-upgrade; 还没开工 → planned')
O('zh', '我们准备建工业互联网标识解析二级节点，已经通过了信通院组织的专家评估，节点明年6月上线，总投资1200万，计划接入企业一千二百家',
  {'certifications_include': ['identifier-expert-review'], 'completion_date': '2023-06-30', 'total_investment': 1200,
   'identifier_connected_enterprises': 1200}, ['certifications'],
  'iiot-identifier; 信通院 is MIIT-affiliated; 明年6月 → 2023-06-30')
O('zh', '我们平台是2019年认定的省重点工业互联网平台，这次的项目总投资一千五百万，21年12月底完工，推荐单位还没验收',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-12-31',
   'stage': 'completed', 'accepted': False}, ['certifications'],
  'iiot-platform; 2019 platform recognition is within 2018以来; 还没验收 → accepted false')
O('zh', '苏州一家网络安全公司，主要做工控安全监测和商用密码应用，想申请工业互联网安全项目，项目总投入800万，截止去年底投了一百五',
  {'applicant_kind': 'enterprise', 'total_investment': 800, 'invested_by_2021_end': 150}, [],
  'iiot-security; 一百五 = 150')
O('zh', '您好，我们是南京某高新区管委会，拟申报信创先导区，实施期内投资预算1.2个亿，运营主体明确，是区属国资平台公司',
  {'applicant_kind': 'park', 'in_jiangsu': True, 'total_investment': 12000, 'xinchuang_zone_operator': True}, [],
  'xinchuang-zone; 1.2个亿 = 12000; official register')
O('zh', '我们是省内骨干信创企业，准备跟东南大学在校内共建信创实验室，合作期签5年，两年建设期投入一千二百万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5,
   'total_investment': 1200}, ['certifications'], 'xinchuang-lab')
O('zh', '公司已经入了省工信厅的大数据企业库，项目是个工业大数据分析平台，总投资1100万，21年8月上线的，推荐单位验收意见也拿到了',
  {'certifications_include': ['cloud-bigdata-registry'], 'data_product_tech': True, 'total_investment': 1100,
   'completion_date': '2021-08-31', 'stage': 'completed', 'accepted': True}, ['certifications'],
  'data-product; the demo-project list is not mentioned, so certifications stays open')
O('zh', '无锡做功率半导体的，IGBT模块攻关项目，研发投入大概3500万，有几个自己的发明专利，22年1月开工，计划24年底完成',
  {'core_tech_direction': True, 'rd_investment': 3500, 'start_date': '2022-01-31', 'completion_date': '2024-12-31'},
  ['own_ip'], 'core-tech; IGBT named in 2.1.2; patents alone are a partial yes to own_ip')
O('zh', '关键核心技术攻关那个，我们项目总投资8000万，其中研发攻关投入不到3000万，有戏吗',
  {'total_investment': 8000}, ['rd_investment'], 'core-tech; 不到3000万 sits just under the 2.2.3 threshold')
O('zh', '去年收购了一家德国的机床企业，花了1500万欧元，拿到100%股权，21年11月工商和股权变更都办完了',
  {'merger_completed_2021': True, 'stake_after_pct': 100, 'acquisition_date': '2021-11-30',
   'acquisition_registered': True}, ['acquisition_amount', 'in_jiangsu'],
  'merger; foreign currency; the German place is the target, not the applicant')
O('zh', '我们21年并购了上海一家做密封件的企业，出资7800万，现金部分六千万，持股51%，是唯一的最大股东',
  {'merger_completed_2021': True, 'acquisition_amount': 7800, 'acquisition_cash': 6000, 'stake_after_pct': 51,
   'largest_shareholder': True}, ['in_jiangsu'], 'merger; Shanghai is the target')
O('zh', '集团下面两个子公司之间做了个重组，A公司出资6000万收了B公司70%的股份，这种能报兼并重组吗',
  {'same_parent': True, 'acquisition_amount': 6000, 'stake_after_pct': 70}, [],
  'merger; same-parent deal (excluded by 3.1.1.2)')
O('zh', '我们是21年新认定的省专精特新小巨人，近三年营收平均增长12%左右，主导产品占比八成五，研发投入占比平均5.2%，去年实缴税金四百多万',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 85,
   'rd_ratio_3y_avg_pct': 5.2, 'taxes_paid_last_year': 400}, ['certifications'],
  'little-giant; 八成五 = 85; 四百多万 → 400')
O('zh', '我们2019年就评上省小巨人了，去年创新升级这块的综合投入不到一千万，小巨人培育项目还能报吗',
  {}, ['certifications', 'upgrade_investment_last_year'],
  'little-giant; a 2019 recognition is not little-giant-2021; 不到一千万 just under 3.2.1.4')
O('zh', '我们2021年被工信部认定为国家制造业单项冠军企业，省里有没有一次性奖励',
  {'certifications_include': ['single-champion-2021']}, ['certifications'], 'honor-award')
O('zh', '无锡市工信局，我们承办世界物联网博览会，展会总投入两千八百万左右，想申请专项资金补助',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True, 'total_investment': 2800}, [],
  'expo-event; the expo is named in 3.4')
O('zh', '泰州一家化工企业，做余热回收的节能降碳技改，项目总投资3600万，去年底已经投了一千一，现在还在建，计划明年6月完工，环评能评都办好了',
  {'applicant_kind': 'enterprise', 'green_direction': True, 'total_investment': 3600, 'invested_by_2021_end': 1100,
   'stage': 'under_construction', 'completion_date': '2023-06-30'}, ['approvals_complete'],
  'green-upgrade; 泰州 is Jiangsu; 备案 not mentioned, so approvals are only partly stated')
O('zh', '台州一家电镀企业，搞清洁生产改造，总投资2500万，绿色化改造能申请吗',
  {'in_jiangsu': False, 'total_investment': 2500}, [], 'green-upgrade; 台州 is Zhejiang (≠ 泰州)')
O('zh', '我们是省级制造业创新中心的依托企业，中心是2020年10月省里批复试点建设的，这次能力建设项目周期两年，总投入六千万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000}, ['certifications'],
  'innovation-center; the age in years is left to the bot (not required)')
O('zh', '我们是个民非，专门服务高端纺织集群的促进机构，专职团队12个人，21年集群服务收入两百三十万',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12, 'cluster_service_revenue_2021': 230}, [],
  'cluster-org')
O('zh', '我们是有效期内的省级中小企业公共服务示范平台，2021年线下服务了一百五十多家企业，公益活动搞了十来场，满意度95%左右，平台投入含税460万',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 10,
   'satisfaction_pct': 95}, ['certifications', 'platform_investment_2021'],
  'sme-platform; platform investment is asked ex-tax')
O('zh', '连云港做智慧养老平台的，项目总投入900万，截至21年底投了三百万不到，23年3月完成',
  {'info_consumption_direction': True, 'total_investment': 900, 'completion_date': '2023-03-31'},
  ['invested_by_2021_end'], 'info-consumption; 三百万不到 = just under 300')
O('zh', '我们是培训机构，营业执照里有培训，注册资金1000万，近三年年均收入七百来万，年均线下培训两千多人次',
  {'training_licensed': True, 'registered_capital': 1000, 'revenue_3y_avg': 700, 'trainees_3y_avg': 2000},
  ['revenue_last_year'], 'talent-training; 3-year average revenue is not 2021 main business revenue')
O('zh', '我们是一所职业技术学院，计划在南京、苏州、扬州三个地方办培训，一共10个班，总人数九百人左右，不收学员任何费用',
  {'applicant_kind': 'university', 'training_cities': 3, 'planned_trainees': 900, 'training_free': True},
  ['long_classes'], 'talent-training; 10 classes are not said to last 3.5 days')
O('zh', '徐州的规上工业企业，去年产值2.3个亿，营收报表上是1.9亿还是2.1亿我记不太清了，想搞智能工厂',
  {'industrial': True, 'above_scale': True}, ['revenue_last_year'],
  'smart-factory; 产值 is not revenue, and two competing revenue figures')
O('zh', '公司注册在上海，工厂在昆山，数字化车间项目就在昆山做的，总投资三千五',
  {'in_jiangsu': False, 'total_investment': 3500}, [], 'applicant outside Jiangsu → in_jiangsu false')
O('zh', '我们厂在通州，做智能化改造，总投资5000万左右，贷款两千八',
  {'total_investment': 5000, 'fixed_asset_loan': 2800}, ['in_jiangsu'],
  '通州 is ambiguous (Nantong or Beijing)')
O('zh', '做节水改造的，项目还没完工，总投资两千四百万，备案环评能评都齐了',
  {'green_direction': True, 'total_investment': 2400, 'approvals_complete': True}, ['stage'],
  'green-upgrade; 没完工 alone does not give the stage')
O('zh', '打算申请智改数转标杆，总投资四五千万的样子，软件投入有五百多万，去年完工的',
  {'software_investment': 500}, ['total_investment'],
  'smart-factory/iiot; range 四五千万; 去年完工 is a year alone (not required, not forbidden)')

# ---------------------------------------------------------------- openings, en
O('en', "Hello, I'm the plant manager of a German-invested gearbox maker in Taicang. Our retrofit project was filed at RMB 48 million; we took a RMB 30 million fixed-asset loan from a Suzhou bank and have already bought the machines with it.",
  {'applicant_kind': 'enterprise', 'filed_total_investment': 4800, 'fixed_asset_loan': 3000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True}, [],
  'tech-loan; foreign staff; filed figure')
O('en', "We'd like to apply for the service-oriented upgrade demo - remote O&M and customisation for our compressors. Budget is USD 4 million, roughly USD 700k of it software.",
  {'service_direction': True}, ['total_investment', 'software_investment'], 'service-upgrade; foreign currency')
O('en', "We closed the acquisition of a Japanese sensor maker in March 2021, equity and business registration all done. Paid USD 12m, which is about RMB 78 million. We now own 60%.",
  {'merger_completed_2021': True, 'acquisition_date': '2021-03-31', 'acquisition_registered': True,
   'acquisition_amount': 7800, 'stake_after_pct': 60}, ['in_jiangsu'],
  'merger; the user gave the RMB figure; Japan is the target')
O('en', "Our Changzhou plant is on the provincial list of industrial internet benchmark factories. The upgrade cost 35 million yuan ex-VAT and was completed in November last year.",
  {'certifications_include': ['iiot-benchmark-list'], 'total_investment': 3500, 'completion_date': '2021-11-30',
   'stage': 'completed'}, ['certifications'], 'iiot-benchmark')
O('en', "we want apply the 5G+industrial internet project, investment is between 20 and 30 million RMB, 5G private network already built in our factory for AGV and remote maintenance",
  {'fiveg_direction': True}, ['total_investment'], '5g-iiot; Chinese staff English; range')
O('en', "We design automotive MCU chips in Wuxi. R&D investment for the project is about RMB 42m. We own the core patents, have our own R&D centre, and can fund the project ourselves.",
  {'core_tech_direction': True, 'rd_investment': 4200, 'own_ip': True}, [], 'core-tech; MCU named in 2.1.2')
O('en', "We were newly recognised as a provincial 'little giant' in 2021. Taxes actually paid last year were just under RMB 4 million; R&D has averaged about 6% of revenue over the last three years.",
  {'certifications_include': ['little-giant-2021'], 'rd_ratio_3y_avg_pct': 6},
  ['certifications', 'taxes_paid_last_year'], 'little-giant; just under the 400万 threshold')
O('en', "Hi, I work at Nanjing Institute of Technology, a university. We plan to train 1,000 people in 12 classes across 5 Jiangsu cities, free of charge for attendees.",
  {'applicant_kind': 'university', 'planned_trainees': 1000, 'training_cities': 5, 'training_free': True},
  ['long_classes'], 'talent-training')
O('en', "We operate a provincial small and micro business innovation demonstration base. In 2021 two of our tenant firms became above-scale and we served about 130 SMEs offline.",
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 2, 'smes_served_2021': 130},
  ['certifications', 'above_scale'], 'sme-platform; tenants becoming above-scale says nothing of the applicant')
O('en', "Planning an industry secondary node for identifier resolution in Suzhou: expected cumulative registrations 300 million, resolutions 150 million, 1,200 connected companies, total investment RMB 15m.",
  {'identifier_registrations_yi': 3, 'identifier_resolutions_yi': 1.5, 'identifier_connected_enterprises': 1200,
   'total_investment': 1500}, [], 'iiot-identifier; counts in 亿')
O('en', "Our head office is in Hangzhou and the energy-saving retrofit is at our plant in Jiaxing. Total investment RMB 25m.",
  {'in_jiangsu': False, 'total_investment': 2500, 'green_direction': True}, [], 'green-upgrade; Zhejiang')
O('en', "blockchain traceability platform, total investment 12 million yuan incl. VAT, went live Dec 2021, we are in the provincial big data enterprise library",
  {'data_product_tech': True, 'completion_date': '2021-12-31', 'stage': 'completed',
   'certifications_include': ['cloud-bigdata-registry']}, ['total_investment', 'certifications'],
  'data-product; tax-inclusive (1.2.3 …下同)')
O('en', "We're an industry association promoting the Nantong marine engineering cluster. 15 full-time staff, 2021 cluster service income around RMB 1.8 million.",
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 15, 'cluster_service_revenue_2021': 180}, [],
  'cluster-org')
O('en', "We build a smart transport platform for Xuzhou. Total investment 6 million yuan, 1.5 million spent by end-2021, completion planned June 2023.",
  {'info_consumption_direction': True, 'total_investment': 600, 'invested_by_2021_end': 150,
   'completion_date': '2023-06-30'}, [], 'info-consumption')
O('en', "Jiangyin steel pipe company, above-scale. Output value last year was RMB 1.8 billion. Our tech-upgrade loan is 5 years at LPR plus 20bp.",
  {'above_scale': True, 'loan_term_years': 5}, ['revenue_last_year', 'loan_rate_pct'],
  'tech-loan; output value is not revenue; LPR+bp is not a rate')

# ---------------------------------------------------------------- answers, zh
# applicant
Z('in_jiangsu', '公司在南京，项目放在安徽滁州的分厂', V(False))
Z('in_jiangsu', '我们在通州', ASK)
Z('applicant_kind', '民办非企业单位', V('nonprofit'))
Z('applicant_kind', '事业单位 省属的研究所', V('public_institution'))
Z('industrial', '是滴 做铸件的', V(True))
Z('industrial', '不是，我们是做软件开发的', V(False))
Z('industrial', '这个我还真说不好 我们主营是贸易', U)
Z('revenue_last_year', '1.35个亿', V(13500))
Z('revenue_last_year', '去年产值有两个亿', ASK)
Z('revenue_last_year', '主营收入大概八千多万吧', V(8000))
Z('revenue_last_year', '审计报告还没出来 得问财务', U)
Z('revenue_last_year', '营收多少才算规上啊', NA('question'))
Z('above_scale', '规上的，去年主营两个亿出头', V(True), {'revenue_last_year': 20000})
Z('above_scale', '去年刚入规', V(True))
Z('certifications', '省小巨人（21年新认定的）、省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']))
Z('certifications', '评上过省智能制造示范工厂，其他的要查一下', ASK, {'certifications_include': ['smart-factory-list']})
Z('certifications', '19年评的小巨人，别的没有', V([]))
Z('certifications', '21年拿了国家单项冠军，还有全国质量奖也是21年的', V(['single-champion-2021', 'quality-award-2021']))
Z('approvals_complete', '齐了', V(True))
Z('approvals_complete', '不用办 推荐单位那边出了情况说明', V(True))
# project money
Z('total_investment', '含税的话是六千七', ASK)
Z('total_investment', '备案是九千万，去掉土建大概六千', ASK, {'filed_total_investment': 9000})
Z('total_investment', '三千来万', V(3000))
Z('total_investment', '不到三千万', ASK)
Z('total_investment', '门槛是多少来着 两千万够不够', NA('question'))
Z('filed_total_investment', '备案文件上写的8500万', V(8500))
Z('filed_total_investment', '七八千万吧', ASK)
Z('total_investment_basis', '是扣掉税和土建以后的', V('net'))
Z('software_investment', '云的部分还没算进去 软件大概三百', ASK)
Z('software_investment', '四百万出头', V(400))
Z('software_investment', '刚才完工时间写错了，应该是21年11月30号', NA('correction'), {'completion_date': '2021-11-30'})
Z('invested_by_2021_end', '完成了大概四成', ASK)
Z('invested_by_2021_end', '一分钱都还没投', V(0))
# dates and stage
Z('start_date', '去年十月份', V('2021-10-31'))
Z('start_date', '前年开的工', ASK)
Z('start_date', '还没开工呢', ASK, {'stage': 'planned'})
Z('start_date', '更正一下 总投资是4600万', NA('correction'), {'total_investment': 4600})
Z('completion_date', '今年年底', V('2022-12-31'))
Z('completion_date', '上半年吧', ASK)
Z('completion_date', '去年8月份就建成投产了', V('2021-08-31'), {'stage': 'completed'})
Z('completion_date', '这个要问项目经理', U)
Z('completion_date', '22年完工的还能报吗', NA('question'))
Z('stage', '下个月动工', V('planned'))
Z('stage', '反正不是在建', ASK)
Z('accepted', '验收会开过了 意见还没出', V(False))
Z('accepted', '不好意思前面说错了，我们是规上企业', NA('correction'), {'above_scale': True})
# loan
Z('fixed_asset_loan', '固贷2600', V(2600))
Z('fixed_asset_loan', '贷款还在审批', ASK)
Z('fixed_asset_loan', '授信一个亿，提了六千', ASK)
Z('fixed_asset_loan', '贷款要多少才能申请贴息', NA('question'))
Z('loan_from_jiangsu_bank', '不是 上海那边总行直接放的', V(False))
Z('equipment_bought_with_loan', '设备都是拿贷款买的，早到厂了', V(True))
Z('equipment_bought_with_loan', '只买了一部分', ASK)
Z('equipment_bought_with_loan', '还没买', V(False))
Z('loan_interest_paid_2021', '付了一百二十几万', V(120))
Z('loan_interest_paid_2021', '利息一共210万 土建那块占多少不清楚', ASK)
Z('loan_interest_paid_2021', '得找财务小王问问', U)
Z('loan_interest_paid_2021', '土建部分的利息能算进去吗', NA('question'))
Z('loan_rate_pct', '4.35', V(4.35))
Z('loan_rate_pct', 'LPR加30个基点', ASK)
Z('loan_rate_pct', '0.042', ASK)
Z('loan_rate_pct', '等下 刚才贷款总额说错了，是两千八不是三千二', NA('correction'), {'fixed_asset_loan': 2800})
Z('loan_term_years', '三到五年', ASK)
Z('other_interest_subsidy_2021', '没拿过 一分没有', V(0))
Z('other_interest_subsidy_2021', '市里好像给了点 具体多少不知道', U)
Z('equipment_invoice_2021', '不含税1860万', V(1860))
Z('equipment_invoice_2021', '含税两千一百万', ASK)
Z('equipment_invoice_2021', '发票这块我不管 不知道', U)
# core tech
Z('rd_investment', '三千万左右', V(3000))
Z('rd_investment', '总投资五千万，研发大概占一半', ASK, {'total_investment': 5000})
Z('own_ip', '专利有几个，资金要看银行批不批', ASK)
Z('core_tech_direction', '属于 我们做高端芯片的', V(True))
Z('green_direction', '属于节能降碳 换高效电机加余热回收', V(True))
Z('info_consumption_direction', '是的 智慧养老平台', V(True))
Z('fiveg_direction', '5G专网已经建好了，用在AGV和视觉质检上', V(True))
Z('fiveg_direction', '没有 厂里还是WiFi', V(False))
Z('service_direction', '对 主要做远程运维和定制化', V(True))
# merger
Z('merger_completed_2021', '去年并了一家', V(True))
Z('acquisition_date', '去年年中', ASK)
Z('acquisition_date', '工商和股权变更都是2022年1月份办完的', V('2022-01-31'))
Z('acquisition_date', '记不得了', U)
Z('acquisition_amount', '1000万美元', ASK)
Z('acquisition_amount', '六千万左右 其中一半现金', V(6000))
Z('acquisition_cash', '现金4500万', V(4500))
Z('acquisition_cash', '上一条打错了 持股是65%', NA('correction'), {'stake_after_pct': 65})
Z('stake_after_pct', '我们是绝对控股的', ASK)
Z('stake_after_pct', '50%算绝对控股吗', NA('question'))
Z('largest_shareholder', '我们跟另一家并列第一', V(False))
Z('largest_shareholder', '得问下老板', U)
Z('same_parent', '是集团内两家子公司之间', V(True))
Z('acquisition_registered', '工商变更完了 股权还在走', V(False))
Z('more_acquisitions', '就这一个', V(False))
Z('acquisition_2_amount', '第二个出了五千五百万', V(5500))
# little giant
Z('revenue_growth_3y_avg_pct', '一成多', V(10))
Z('main_product_share_pct', '七成', V(70))
Z('rd_ratio_3y_avg_pct', '差不多5个点', V(5))
Z('rd_ratio_3y_avg_pct', '没概念 这个得看审计', U)
Z('core_chain_leading', '是的 替代进口', V(True))
Z('upgrade_investment_last_year', '一千一百万 专项审计做过了', V(1100))
Z('taxes_paid_last_year', '四百五十万', V(450))
Z('taxes_paid_last_year', '不到四百', ASK)
Z('taxes_paid_last_year', '交税正好四百万算达标吗', NA('question'))
# identifier / platform / security
Z('identifier_showroom', '会建的 展厅已经在装修了', V(True))
Z('identifier_promotion_events', '计划搞六场', V(6))
Z('identifier_registrations_yi', '两千万', V(0.2))
Z('identifier_connected_enterprises', '一千二百多家', V(1200))
Z('platform_indicators_met', '说不上来', U)
Z('platform_monitoring_commitment', '可以承诺 承诺函都写好了', V(True))
Z('security_services_commitment', '服务能提供，对接平台这个还得领导拍板', ASK)
# xinchuang / data
Z('xinchuang_zone_basis', '都有', V(True))
Z('lab_with_jiangsu_university', '跟南航合作，实验室就放在学校里', V(True))
Z('lab_roles_agreed', '协议里写了', V(True))
Z('data_product_tech', '是 用区块链做溯源平台', V(True))
# events / platforms
Z('event_kind', '是个大赛', V('activity'))
Z('event_listed', '世界智能制造大会，在名单里的', V(True))
Z('innovation_center_age_years', '20年批的', ASK)
Z('service_team_size', '专职8个，兼职还有几个', V(8))
Z('cluster_service_revenue_2021', '两百四', V(240))
Z('sme_service_center', '不是 我们是示范平台', V(False))
Z('smes_served_2021', '一百三十多家', V(130))
Z('smes_served_2021', '纠正一下 满意度是92不是82', NA('correction'), {'satisfaction_pct': 92})
Z('satisfaction_pct', '九成以上', V(90))
Z('satisfaction_pct', '满意度怎么统计的', NA('question'))
Z('new_above_scale_2021', '今年有一家，去年没有', V(0))
Z('platform_investment_2021', '不含税四百三', V(430))
Z('platform_investment_2021', '含税五百', ASK)
Z('free_service_share_pct', '三成', V(30))
Z('free_service_share_pct', '这个没统计过', U)
Z('all_services_free', '有一部分收点成本费', V(False))
Z('replicable_solution', '这个不敢打包票', U)
# training
Z('training_licensed', '营业执照里有培训', V(True))
Z('training_years', '五年多', V(5))
Z('training_years', '18年注册的', ASK)
Z('registered_capital', '500万美元', ASK)
Z('revenue_3y_avg', '六百多万', V(600))
Z('trainees_3y_avg', '线上线下加起来三千', ASK)
Z('training_direction_match', '符合 智改数转方向', V(True))
Z('planned_trainees', '八百五十人', V(850))
Z('planned_trainees', '线上的人数算不算', NA('question'))
Z('long_classes', '八个', V(8))
Z('long_classes', '报到撤离那天算在3.5天里吗', NA('question'))
Z('training_all_regions', '苏南苏中苏北都有', V(True))
Z('training_free', '学员只出路费 培训费全免', V(True))
# commands (zh)
Z('total_investment', '看下结果', NA('command'))
Z('stage', '/result', NA('command'))
Z('loan_term_years', '从头再来', NA('command'))
Z('certifications', '清空 重新填一遍', NA('command'))
Z('rd_investment', '先出个结论吧', NA('command'))
Z('accepted', '重来重来', NA('command'))
Z('training_cities', '结果呢', NA('command'))

# ---------------------------------------------------------------- answers, en
E('in_jiangsu', 'yes both in Suzhou', V(True))
E('in_jiangsu', "we're registered in Shanghai, the plant is in Kunshan", V(False))
E('applicant_kind', 'we are a university', V('university'))
E('applicant_kind', 'the management committee of an industrial park', V('park'))
E('revenue_last_year', 'RMB 120 million', V(12000))
E('revenue_last_year', 'just under 20 million', ASK)
E('revenue_last_year', 'does output value count as revenue?', NA('question'))
E('above_scale', 'yes, 规上', V(True))
E('certifications', 'none of them', V([]))
E('certifications', 'provincial smart manufacturing demo factory list, and a provincial-level industrial design centre', V(['smart-factory-list', 'industrial-design-center']))
E('certifications', "we're a little giant, not sure about the others", ASK, {'certifications_include': ['little-giant-2021']})
E('approvals_complete', 'not needed for our project', ASK)
E('approvals_complete', 'filing yes, the EIA is still pending', V(False))
E('total_investment', '4500w, not include tax', V(4500))
E('total_investment', '3kw', V(3000))
E('total_investment', 'between 30 and 40 million', ASK)
E('total_investment', 'RMB 52m including VAT', ASK)
E('total_investment', 'is 20 million enough for the 5G one?', NA('question'))
E('total_investment_basis', 'is the 备案 number', V('filed'))
E('invested_by_2021_end', 'about half', ASK)
E('start_date', '15 March 2021', V('2021-03-15'))
E('start_date', "we haven't started yet", ASK, {'stage': 'planned'})
E('completion_date', 'end of last year', V('2021-12-31'))
E('completion_date', 'Sept 2021', V('2021-09-30'))
E('completion_date', 'sometime in 2021', ASK)
E('completion_date', 'wait, revenue was 96 million, not 69', NA('correction'), {'revenue_last_year': 9600})
E('stage', 'done, in production since last spring', V('completed'))
E('stage', 'not finished', ASK)
E('accepted', 'yes, we have the acceptance opinion', V(True))
E('fixed_asset_loan', "we didn't borrow, it's self-financed", V(0))
E('fixed_asset_loan', 'credit line 50m, drawn 30m so far', ASK)
E('loan_from_jiangsu_bank', 'Bank of Jiangsu, Wuxi branch', V(True))
E('equipment_bought_with_loan', 'yep machines bought with it', V(True))
E('equipment_bought_with_loan', 'some of it', ASK)
E('loan_interest_paid_2021', '1.1 million yuan', V(110))
E('loan_interest_paid_2021', 'no idea, finance handles it', U)
E('loan_rate_pct', "it's at LPR", ASK)
E('loan_term_years', '10 years', V(10))
E('other_interest_subsidy_2021', 'nothing from the city or county', V(0))
E('equipment_invoice_2021', "sorry, the loan was 20m not 25m", NA('correction'), {'fixed_asset_loan': 2000})
E('own_ip', 'yes, all three', V(True))
E('acquisition_date', 'closed 30 June 2021, registration done', V('2021-06-30'))
E('acquisition_date', 'what if the deal closed in January 2022?', NA('question'))
E('acquisition_amount', 'USD 10m, about RMB 65m', V(6500))
E('acquisition_amount', 'EUR 9 million', ASK)
E('stake_after_pct', '55 percent', V(55))
E('stake_after_pct', 'we have the majority', ASK)
E('revenue_growth_3y_avg_pct', 'around 9%', V(9))
E('taxes_paid_last_year', '4.2 million yuan', V(420))
E('taxes_paid_last_year', "I'd have to check with our CFO", U)
E('identifier_registrations_yi', '250 million', V(2.5))
E('identifier_connected_enterprises', 'about 1,100', V(1100))
E('lab_cooperation_years', 'five', V(5))
E('event_kind', 'exhibition', V('exhibition'))
E('service_team_size', 'a dozen', V(12))
E('satisfaction_pct', "can't say", U)
E('training_free', 'no fees at all for trainees', V(True))
E('min_class_size', '60', V(60))
E('planned_trainees', 'do online trainees count?', NA('question'))
E('training_cities', 'four', V(4))
E('training_years', 'six years', V(6))
E('training_years', 'two or three years', ASK)
E('registered_capital', 'RMB 8 million', V(800))
E('registered_capital', 'let me check the business licence later', U)
E('cluster_participation', "not sure, I'm new here", U)
E('equipment_invoice_2021', "hmm no clue, that's with the auditors", U)
# commands (en)
E('revenue_last_year', 'ok just show me what we qualify for', NA('command'))
E('stage', 'can we start again from scratch', NA('command'))
E('loan_rate_pct', '/reset', NA('command'))
E('training_cities', "let's restart", NA('command'))

# ---------------------------------------------------------------- write
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

def kind(a):
    return next(k for k in ('value', 'unknown', 'ask', 'not_answer') if k in a['expect'])
c = collections.Counter((a['lang'], kind(a)) for a in answers)
print('openings', collections.Counter(o['lang'] for o in openings))
print('answers', collections.Counter(a['lang'] for a in answers), len(answers))
for k in ('value', 'unknown', 'ask', 'not_answer'):
    t = c[('zh', k)] + c[('en', k)]
    print(f'  {k:10s} zh {c[("zh", k)]:3d} en {c[("en", k)]:3d} total {t:3d} ({100*t/len(answers):.1f} %)')
print('  not_answer kinds', collections.Counter(a['expect']['not_answer'] for a in answers if 'not_answer' in a['expect']))
slots = {a['slot'] for a in answers}
print('slots', len(slots), 'types', sorted({VOC[s]['type'] for s in slots}))
print('with also', sum(1 for a in answers if 'also' in a))
