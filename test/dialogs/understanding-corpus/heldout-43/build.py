#!/usr/bin/env python3
"""heldout43-dialog: blind-authored dialog evaluation corpus for 专项资金申报助手.

All data is written here in writing order; running this file writes openings.json and
answers.json next to it and prints the counts. Question texts are read from
/work/kit/facts-vocabulary.json so they cannot drift.
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VOC_PATH = '/work/kit/facts-vocabulary.json'
VOC = {f['key']: f for f in json.load(open(VOC_PATH, encoding='utf-8'))['facts']}

openings = []
answers = []


def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({
        'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
        'facts': facts, 'must_not_record': list(mnr), 'note': note,
    })


def A(lang, slot, text, expect, also=None, note=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q,
         'text': text, 'expect': expect}
    if also:
        a['also'] = also
    if note:
        a['note'] = note
    answers.append(a)


def V(v):
    return {'value': v}


ASK = {'ask': True}
UNK = {'unknown': True}
QUESTION = {'not_answer': 'question'}
CORR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# ---------------------------------------------------------------------------
# Openings, Chinese (35)
# ---------------------------------------------------------------------------

# tech-loan (1.1)
O('zh', '你好 常州武进做减速机的 规上企业 去年上了条自动化产线 技改项目备案总投资4800万 工行常州分行贷了2600万固贷 设备都用贷款买好了 贴息能申吗',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'filed_total_investment': 4800, 'fixed_asset_loan': 2600,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  [], 'tech-loan, clean: every 1.1.1 figure stated; the 4800 is called 备案 so it is filed_total_investment.')

O('zh', '无锡惠山 汽车零部件 规上 技改备案总投资两千八百多万 银行授信三千 实际提款两千二 利率是LPR加30个bp 能报贴息吗',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'filed_total_investment': 2800},
  ['fixed_asset_loan', 'loan_rate_pct'],
  'tech-loan: 两千八百多万 → 2800 (hedge, below the 原则上 3000); 授信 vs 提款 are competing loan figures; LPR+bp is not a %.')

O('zh', '昆山台资厂 做PCB的 规上 技改买设备 设备都是用贷款买的 贷款是香港那边母公司关联银行放的 1500万美元 这种能拿设备补助不',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'equipment_bought_with_loan': True, 'loan_from_jiangsu_bank': False},
  ['fixed_asset_loan'],
  'tech-loan: the loan is in USD (not recordable) and came from a Hong Kong bank (not a Jiangsu institution, 1.1.1.2).')

O('zh', '连云港一家医药企业 规上 技改项目 备案投资一个多亿（含土建） 固贷五千万 中行连云港分行放的 年利率3.9 期限5年 去年付的利息两百多万 不过含了土建那块',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'filed_total_investment': 10000, 'fixed_asset_loan': 5000,
   'loan_from_jiangsu_bank': True, 'loan_rate_pct': 3.9, 'loan_term_years': 5},
  ['loan_interest_paid_2021'],
  'tech-loan: 一个多亿 → 10000 as filed (civil works allowed in the filed figure); the interest figure includes civil works, which 1.1.2 excludes.')

# smart-factory (1.2.1.1)
O('zh', '苏州工业园区的 做精密注塑 规上 已经在省智能制造示范工厂名单里了 项目21年10月完工 推荐单位验收过了但意见还没出 总投资含税3600万左右',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31',
   'stage': 'completed', 'accepted': False},
  ['total_investment'],
  'smart-factory: 21年10月 → 2021-10-31; 验收过了但意见还没出 → accepted false; 含税 total is not the ex-tax measure of 1.2.3.')

# iiot-benchmark (1.2.1.2)
O('zh', '南通的纺织企业 规上 进了省工业互联网标杆工厂名单 项目去年12月底上线的 总投资3200万 软件系统集成云加起来六百万左右 推荐单位验收过了 意见也出了',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-12-31',
   'stage': 'completed', 'total_investment': 3200, 'software_investment': 600, 'accepted': True},
  [], 'iiot-benchmark, clean: 上线 = completion.')

# 5g-iiot (1.2.1.3)
O('zh', '扬州做阀门的厂 在搞5G全连接工厂 厂区自己建5G专网 用在生产、设备运维、厂内物流 去年8月开工的 现在还在装设备 总投入两千到两千五 到去年底完成了差不多两成 计划明年6月建好',
  {'in_jiangsu': True, 'fiveg_direction': True, 'start_date': '2021-08-31',
   'stage': 'under_construction', 'completion_date': '2023-06-30'},
  ['total_investment', 'invested_by_2021_end'],
  '5g-iiot: total is a range; progress is relative (两成), not an amount; 明年6月 → 2023-06-30.')

# service-upgrade (1.2.1.4)
O('zh', '徐州 做工程机械配套的 我们是省级服务型制造示范企业 项目是远程运维+全生命周期管理平台 去年完工的 总投入2300万 其中软件云这块不到四百',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise',
   'certifications_include': ['service-manufacturing-demo'], 'service_direction': True,
   'total_investment': 2300, 'stage': 'completed'},
  ['software_investment'],
  'service-upgrade: 不到四百 sits just under the 400 software floor of 1.2.2.4; 去年完工 gives the stage only (a year alone is not a date).')

# iiot-identifier (1.3.1.1)
O('zh', '泰州医药城这边一家信息公司 在建医药行业标识解析二级节点 已经过了信通院组织的专家评估 计划23年6月底上线 注册量目标两三个亿',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise',
   'certifications_include': ['identifier-expert-review'], 'stage': 'under_construction',
   'completion_date': '2023-06-30'},
  ['identifier_registrations_yi'],
  'iiot-identifier: 泰州 is Jiangsu; 信通院 is a MIIT-affiliated unit; 两三个亿 is a range.')

O('zh', '台州的 做汽摩配行业标识解析二级节点 总投资一千二百万左右含税 接入企业一千五百家',
  {'in_jiangsu': False, 'identifier_connected_enterprises': 1500},
  ['total_investment'],
  'iiot-identifier: 台州 is in Zhejiang (≠ 泰州) → in_jiangsu false; the total is tax-inclusive.')

# iiot-platform (1.3.1.2)
O('zh', '我们平台是2019年认定的省重点工业互联网平台 做机械行业的 项目总投资一千一百万 去年11月完工 推荐单位验收意见已经出了 信通院云池对接承诺函可以出 量化指标应该差不多满足吧',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1100,
   'completion_date': '2021-11-30', 'stage': 'completed', 'accepted': True,
   'platform_monitoring_commitment': True},
  ['platform_indicators_met'],
  'iiot-platform: 2019 is within "2018年以来"; 应该差不多满足吧 is a hedge, not a yes.')

# iiot-security (1.3.1.3)
O('zh', '南京做工控安全的软件公司 想报工业互联网安全项目 企业侧安全平台方向 总投入六百万 截至21年底投了一百出头 23年上半年完成',
  {'applicant_kind': 'enterprise', 'industrial': False, 'total_investment': 600,
   'invested_by_2021_end': 100},
  [], 'iiot-security, clean: 一百出头 → 100; 23年上半年 is not a date (neither required nor forbidden).')

# xinchuang-zone (1.4.1)
O('zh', '南京江北新区管委会这边 想牵头报信创先导区 实施期内投资预算1.2个亿 有专门的运营公司 龙头企业有几家 示范应用还在谈',
  {'applicant_kind': 'park', 'in_jiangsu': True, 'total_investment': 12000,
   'xinchuang_zone_operator': True},
  ['xinchuang_zone_basis'],
  'xinchuang-zone: 管委会 → park; 1.2个亿 → 12000; the three-part basis of 1.4.1.1.1 is only partly there (示范应用还在谈).')

# xinchuang-lab (1.4.2)
O('zh', '无锡 我们是省内骨干信创企业 准备和江南大学在学校里共建信创实验室 学校出场地管运营 我们出软硬件 建设期投入一千万出头 合作期暂定三到五年',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'certifications_include': ['xinchuang-backbone'],
   'lab_with_jiangsu_university': True, 'lab_roles_agreed': True, 'total_investment': 1000},
  ['lab_cooperation_years'],
  'xinchuang-lab: 三到五年 is a range (the floor is 5 years, 1.4.2.1.2).')

# data-product (1.5)
O('zh', '苏州一家做工业数据分析平台的公司 入了省工信厅大数据企业库 项目去年也进了省大数据示范项目名单 21年9月做完的 总投资含税1130万 不含税一千万 验收意见拿到了',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise',
   'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'],
   'data_product_tech': True, 'completion_date': '2021-09-30', 'stage': 'completed',
   'total_investment': 1000, 'accepted': True},
  [], 'data-product: two figures, but one is named ex-tax, which is the measure (1.2.3 "下同") → 1000.')

O('zh', '我们公司在上海 区块链溯源平台项目落在苏州 投入一千四五百万 能报数据产品化吗',
  {'in_jiangsu': False, 'data_product_tech': True},
  ['total_investment'],
  'data-product: applicant in Shanghai → in_jiangsu false; 一千四五百万 is a range.')

# free-diagnosis (1.6)
O('zh', '常州一家做智改数转咨询的服务商 想报免费诊断服务项目 我们自己能直接报吗',
  {'applicant_kind': 'enterprise'},
  [], 'free-diagnosis: bought by government per city quota, not applied for by the firm (1.6).')

# core-tech (2)
O('zh', '无锡做IGBT功率器件的 想报关键核心技术攻关 车规级 研发投入预计三千五左右 相关发明专利十几项 有省级研发中心 资金我们自己能保障 去年7月开工 24年6月前完成',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'core_tech_direction': True,
   'rd_investment': 3500, 'own_ip': True, 'start_date': '2021-07-31',
   'completion_date': '2024-06-30'},
  [], 'core-tech, clean: IGBT car chips are named in 2.1.2; IP, research base and funding all stated.')

O('zh', '常州做数控机床主轴的 攻关项目研发投入差一点到三千万 另外还要盖个研发楼一千万 这个能不能凑到一起算',
  {'applicant_kind': 'enterprise', 'core_tech_direction': True},
  ['rd_investment'],
  'core-tech: 差一点到三千万 is just under the 3000 floor; the building is not 研发攻关投入 (2.2.3) and must not be added.')

# merger (3.1)
O('zh', '苏州一家集团 21年12月底完成了对同一集团下兄弟公司的并购 控股了 出资七八千万',
  {'same_parent': True, 'merger_completed_2021': True, 'acquisition_date': '2021-12-31'},
  ['stake_after_pct', 'acquisition_amount'],
  'merger: sister companies under one parent (3.1.1.2); 控股了 is not a %; 七八千万 is a range.')

# little-giant (3.2)
O('zh', '常州做精密轴承的 21年新认定的省专精特新小巨人 近三年营收平均增长12% 主导产品占主营七成 研发投入占比平均4.5% 去年实缴税金四百二十万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['little-giant-2021'],
   'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70,
   'rd_ratio_3y_avg_pct': 4.5, 'taxes_paid_last_year': 420},
  [], 'little-giant, clean.')

O('zh', '我们19年就评上省小巨人了 去年实缴税金不到400万 研发占比三到四个点 去年综合投入一千二左右 能报小巨人培育吗',
  {'upgrade_investment_last_year': 1200},
  ['certifications', 'taxes_paid_last_year', 'rd_ratio_3y_avg_pct'],
  'little-giant: a 2019 recognition is not little-giant-2021; 不到400万 is just under the threshold; 三到四个点 is a range.')

# honor-award (3.3)
O('zh', '南京的 去年被工信部认定为国家制造业单项冠军企业 还拿了全国质量奖 省里有奖励吧',
  {'applicant_kind': 'enterprise', 'certifications_include': ['single-champion-2021', 'quality-award-2021']},
  [], 'honor-award: both recognitions in 2021 (去年).')

# expo-event (3.4)
O('zh', '我们是省级高新区管委会 打算今年办个区里的创新创业大赛 这种能报重大活动补助吗',
  {'applicant_kind': 'park', 'event_kind': 'activity'},
  ['event_listed'],
  'expo-event: a district contest is not in the 3.4 list and nothing says the province decided it.')

# green-upgrade (4.1)
O('zh', '泰兴的化工企业 规上 搞余热回收+电机系统节能改造 总投资三千五 截至去年底投了八百 现在在建 计划明年年底完工 备案环评能评都批了',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'green_direction': True, 'total_investment': 3500, 'invested_by_2021_end': 800,
   'stage': 'under_construction', 'completion_date': '2023-12-31', 'approvals_complete': True},
  [], 'green-upgrade, clean.')

O('zh', '集团总部在南京 项目在安徽滁州的工厂 节水改造 投资两千五左右 去年投了五六百',
  {'in_jiangsu': False, 'green_direction': True, 'total_investment': 2500},
  ['invested_by_2021_end'],
  'green-upgrade: project carried out in Anhui → in_jiangsu false; 五六百 is a range.')

O('zh', '如皋 做废旧动力电池回收再利用的 项目还没开工 计划投资两千万出头 去年设备定金付了一成多',
  {'in_jiangsu': True, 'green_direction': True, 'stage': 'planned', 'total_investment': 2000},
  ['invested_by_2021_end'],
  'green-upgrade: 还没开工 → planned (fails 4.1.1.4); 一成多 is relative, not an amount.')

# nev-promotion (4.2)
O('zh', '淮安的公交公司 今年要换一批新能源公交 这个专项资金能申请吗',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'industrial': False},
  [], 'nev-promotion: scheme announced separately (4.2).')

# innovation-center (5.1)
O('zh', '我们是省XX制造业创新中心的依托企业 做高性能纤维 创新中心20年底批的试点 这次创新能力建设项目周期两年 总投入六千万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['provincial-innovation-center'],
   'total_investment': 6000},
  [], 'innovation-center, clean: a 2-year project needs ≥5000 (5.1.1.2).')

# cluster-org (5.2)
O('zh', '无锡物联网产业集群促进会 民非 只服务物联网这一个集群 专职团队12个人 21年集群服务收入一百八十多万 参加过国家集群竞赛',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12,
   'cluster_service_revenue_2021': 180, 'cluster_participation': True},
  [], 'cluster-org, clean: 一百八十多万 → 180 (below the 200 floor).')

O('zh', '常州新型碳材料集群促进中心 专门服务碳材料集群 专职服务团队十来个人 21年集群服务收入两百万左右 这个是含税的 参加过省里的产业强链工作',
  {'cluster_focus': True, 'service_team_size': 10, 'cluster_participation': True},
  ['cluster_service_revenue_2021'],
  'cluster-org: revenue given tax-inclusive (ex-tax by 1.2.3 "下同"), right at the 200 floor.')

# sme-platform (5.3)
O('zh', '我们是宿迁市中小企业服务中心（事业单位） 去年建设投入加服务企业支出一共两百万出头 不过里面含设备折旧和员工奖金 服务全免费',
  {'in_jiangsu': True, 'applicant_kind': 'public_institution', 'sme_service_center': True,
   'all_services_free': True},
  ['platform_investment_2021'],
  'sme-platform: 5.3.1.3 excludes depreciation and bonuses, so the 两百万出头 figure is not the measure.')

# info-consumption (5.4)
O('zh', '镇江一家做智慧养老平台的公司 总投入八百万 截至去年底投了两百 计划明年6月完工 备案环评啥的应该不用办吧',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'info_consumption_direction': True,
   'total_investment': 800, 'invested_by_2021_end': 200, 'completion_date': '2023-06-30'},
  ['approvals_complete'],
  'info-consumption: 应该不用办吧 without a note from the recommending unit is not complete approvals.')

# talent-training (5.5)
O('zh', '南京一家培训公司 营业执照里有教育培训 注册资金600万 近三年年均收入七百来万 年均线下培训两千人次左右 计划在南京、苏州、扬州、淮安四个市开班 学员不收费',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'training_licensed': True,
   'registered_capital': 600, 'revenue_3y_avg': 700, 'trainees_3y_avg': 2000,
   'training_cities': 4, 'training_all_regions': True, 'training_free': True},
  [], 'talent-training, clean: 南京/苏州 苏南, 扬州 苏中, 淮安 苏北.')

O('zh', '我们是常州XX职业技术学院 想办产业人才培训班 培训业务算上今年有三年 计划培训七八百人 不收学员钱',
  {'applicant_kind': 'university', 'training_free': True},
  ['training_years', 'planned_trainees'],
  'talent-training: 算上今年三年 is about 2 years to end-2021, not a clear figure; 七八百 is a range.')

# ---------------------------------------------------------------------------
# Openings, English (15)
# ---------------------------------------------------------------------------

O('en', 'Hello, we are a German-owned auto parts manufacturer in Taicang, above designated size. Our retrofit project was filed with a total investment of RMB 52 million, and Bank of Jiangsu granted us a fixed-asset loan of 30 million yuan, which we have already used to buy the equipment. Can we apply for the interest subsidy?',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'above_scale': True,
   'filed_total_investment': 5200, 'fixed_asset_loan': 3000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  [], 'tech-loan, clean (foreign staff).')

O('en', 'hi pls check, we r 规上 company in Suzhou, tech upgrade proj filed 36m, loan approx 20-25m rmb from ICBC Suzhou, rate is LPR+20bp, still can apply?',
  {'in_jiangsu': True, 'above_scale': True, 'filed_total_investment': 3600,
   'loan_from_jiangsu_bank': True},
  ['fixed_asset_loan', 'loan_rate_pct'],
  'tech-loan: loan is a range; LPR+bp is not a %.')

O('en', 'Hello, our factory in Wujiang is on the provincial smart manufacturing demonstration factory list. The project cost about 45 million RMB including VAT, it was finished in November 2021, and the recommending unit has already done the acceptance and issued its opinion. Are we eligible?',
  {'in_jiangsu': True, 'certifications_include': ['smart-factory-list'],
   'completion_date': '2021-11-30', 'stage': 'completed', 'accepted': True},
  ['total_investment'],
  'smart-factory: the total includes VAT; 1.2.3 wants the ex-tax figure.')

O('en', 'Our plant in Changzhou is rolling out a private 5G network for AGVs, machine-vision QC and predictive maintenance. Budget RMB 30 million; about 7 million had been spent by end-2021. Target completion: September 2023.',
  {'in_jiangsu': True, 'fiveg_direction': True, 'total_investment': 3000,
   'invested_by_2021_end': 700, 'completion_date': '2023-09-30', 'stage': 'under_construction'},
  [], '5g-iiot, clean: progress 7/30 > 20%.')

O('en', 'we r a cybersecurity sw company in Nanjing, plan to apply industrial internet security project (enterprise-side platform), total budget about USD 1.2m, pls advise',
  {'applicant_kind': 'enterprise', 'industrial': False},
  ['total_investment'],
  'iiot-security: budget in USD.')

O('en', "Hi, I'm with a medical device company in Suzhou BioBAY. We're developing core components for high-end MRI systems domestically. R&D budget around RMB 40 million; we hold the core patents and will fund it ourselves. We aim to finish by June 2024.",
  {'applicant_kind': 'enterprise', 'core_tech_direction': True, 'rd_investment': 4000,
   'completion_date': '2024-06-30'},
  ['own_ip'],
  'core-tech: high-end medical equipment is a 2.1.2 direction; own_ip also needs a research base (2.2.1), not stated.')

O('en', "We're a listed company in Wuxi. In August 2021 we completed the acquisition of 70% of a Japanese sensor maker (business registration and share transfer done). The price was JPY 1.5 billion, paid in cash.",
  {'applicant_kind': 'enterprise', 'stake_after_pct': 70, 'acquisition_date': '2021-08-31',
   'acquisition_registered': True, 'merger_completed_2021': True},
  ['acquisition_amount', 'acquisition_cash'],
  'merger: price in JPY, no RMB figure given.')

O('en', 'our group did 2 deals in 2021: bought 55% of a Changzhou firm for 80m yuan, and another company for 45m yuan. mostly cash',
  {'stake_after_pct': 55, 'acquisition_amount': 8000, 'acquisition_2_amount': 4500,
   'more_acquisitions': True, 'merger_completed_2021': True},
  ['acquisition_cash'],
  'merger: "mostly cash" is relative; the second deal (4500) cannot be added (3.1.1.4 needs each >5000).')

O('en', 'hi, we became 省专精特新小巨人 in 2021 (newly recognised). revenue growth avg 9% in last 3 yrs, main product ~65% of sales, R&D ratio 3-4%, tax paid last yr RMB 5.2m',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 9,
   'main_product_share_pct': 65, 'taxes_paid_last_year': 520},
  ['rd_ratio_3y_avg_pct'],
  'little-giant: R&D ratio is a range.')

O('en', "We are the management committee of a provincial-level high-tech zone in Yancheng. We'd like to apply for the xinchuang pilot zone. Investment budget over the two-year period would be somewhere between 80 and 100 million yuan.",
  {'applicant_kind': 'park', 'in_jiangsu': True},
  ['total_investment'],
  'xinchuang-zone: budget is a range straddling the 1亿 floor.')

O('en', 'We run a provincial SME public service demonstration platform in Nantong (still valid). In 2021 we served just under 120 SMEs offline, held 10 free seminars, and our satisfaction rate was 93%.',
  {'certifications_include': ['sme-service-platform'], 'public_events_2021': 10,
   'satisfaction_pct': 93},
  ['smes_served_2021'],
  'sme-platform: "just under 120" is the 5.3.1.2 threshold.')

O('en', 'Training company, Suzhou. Licence covers training, registered capital RMB 5 million, 4 years doing training. We plan 900 trainees with classes in Suzhou, Taizhou and Xuzhou, all free for trainees.',
  {'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 500,
   'training_years': 4, 'planned_trainees': 900, 'training_free': True},
  ['training_cities', 'training_all_regions'],
  'talent-training: "Taizhou" is 泰州 (Jiangsu) or 台州 (Zhejiang): the city count and the three-region test cannot be decided.')

O('en', 'We are a steel maker in Zhangjiagang, annual output value about 8 billion yuan. The project is an energy-efficiency retrofit of our blast furnaces against the sector benchmark: total investment RMB 150 million, construction started October 2021, 35 million spent by the end of 2021, completion planned for end of 2023.',
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'green_direction': True,
   'total_investment': 15000, 'start_date': '2021-10-31', 'invested_by_2021_end': 3500,
   'completion_date': '2023-12-31'},
  ['revenue_last_year'],
  'green-upgrade: output value (产值) is not main business revenue.')

O('en', 'Our HQ is in Shanghai, but the smart-health platform will run in hospitals in Nanjing. Total investment RMB 6 million, about 1.5m spent by end-2021.',
  {'in_jiangsu': False, 'info_consumption_direction': True, 'total_investment': 600,
   'invested_by_2021_end': 150},
  [], 'info-consumption: applicant outside Jiangsu → in_jiangsu false.')

O('en', 'Hi, Nanjing Municipal Bureau of Industry and Information Technology here. We co-organise the 2022 China (Nanjing) International Software Products and Services Expo. How would the subsidy be calculated?',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True},
  [], 'expo-event: the expo is named in 3.4.')

# ---------------------------------------------------------------------------
# Answers, Chinese (150)
# ---------------------------------------------------------------------------

# applicant
A('zh', 'in_jiangsu', '公司注册在上海 工厂在太仓 项目在太仓做', V(False), note='applicant outside Jiangsu')
A('zh', 'in_jiangsu', '通州的', ASK, note='南通通州 or 北京通州')
A('zh', 'in_jiangsu', '在台州椒江', V(False), note='台州 is Zhejiang, not 泰州')
A('zh', 'applicant_kind', '南京XX职业技术学院 公办的', V('university'))
A('zh', 'applicant_kind', '市工信局的', V('city_bureau'))
A('zh', 'applicant_kind', '事业单位 区中小企业服务中心', V('public_institution'), {'sme_service_center': True})
A('zh', 'applicant_kind', '先看看结果吧', CMD)
A('zh', 'applicant_kind', '不好意思 前面说错了 我们不在苏州 在嘉兴', CORR, {'in_jiangsu': False})
A('zh', 'industrial', '不是 我们做软件开发的', V(False))
A('zh', 'industrial', '算是吧 主要做工程安装 也有个小加工车间', ASK)
A('zh', 'revenue_last_year', '两个亿出头', V(20000))
A('zh', 'revenue_last_year', '去年产值三个多亿', ASK, note='产值 is not 主营业务收入')
A('zh', 'revenue_last_year', '要问财务', UNK)
A('zh', 'above_scale', '还不是 今年争取进规', V(False))
A('zh', 'above_scale', '规上是啥标准？', QUESTION)
A('zh', 'certifications', '有小巨人 别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
A('zh', 'certifications', '省级工业设计中心、服务型制造示范企业 就这俩', V(['industrial-design-center', 'service-manufacturing-demo']))
A('zh', 'certifications', '省示范智能车间算不算', QUESTION, note='a 智能车间 is not on the list; the user asks')
A('zh', 'certifications', '19年评的省小巨人 其他没有了', V([]), note='a 2019 recognition is not little-giant-2021; the list is complete')
A('zh', 'certifications', '入了云计算大数据企业库 项目也进了去年的省大数据示范项目名单', V(['cloud-bigdata-registry', 'bigdata-demo-project']))
A('zh', 'approvals_complete', '不需要办吧', ASK)
A('zh', 'approvals_complete', '我们这个不用办 推荐单位已经出了说明', V(True))
A('zh', 'approvals_complete', '这个要问下行政部', UNK)

# investment
A('zh', 'total_investment', '含税大概4520万', ASK)
A('zh', 'total_investment', '0.42亿', V(4200))
A('zh', 'total_investment', '不对 刚才说错了 收入是一亿二不是一亿', CORR, {'revenue_last_year': 12000})
A('zh', 'total_investment', '总投资要3000万以上才行吗', QUESTION)
A('zh', 'total_investment', '35000000', ASK, note='bare figure with no unit')
A('zh', 'total_investment', '两千二百万 不含税 厂房没算进去', V(2200), {'total_investment_basis': 'net'})
A('zh', 'filed_total_investment', '备案六千 不过里面有一千多是厂房', V(6000), note='the filed figure may include civil works')
A('zh', 'filed_total_investment', '备案证上的数记不得了', UNK)
A('zh', 'total_investment_basis', '是不含税的 也没算厂房和流动资金', V('net'))
A('zh', 'total_investment_basis', '这俩有啥区别', QUESTION)
A('zh', 'software_investment', '不到四百', ASK)
A('zh', 'software_investment', 'mes加erp加云 大概五百来万', V(500))
A('zh', 'software_investment', '刚才那个总投资写错了 应该是3800', CORR, {'total_investment': 3800})
A('zh', 'software_investment', '/result', CMD)
A('zh', 'invested_by_2021_end', '截止去年底投了九百多 现在还在建', V(900), {'stage': 'under_construction'})
A('zh', 'invested_by_2021_end', '完成了六成左右', ASK, note='relative figure')
A('zh', 'invested_by_2021_end', '这个没统计过', UNK)

# schedule
A('zh', 'start_date', '21年3月15号', V('2021-03-15'))
A('zh', 'start_date', '还没开工 下个月', ASK, {'stage': 'planned'})
A('zh', 'completion_date', '去年11月底完工的 验收意见也拿到了', V('2021-11-30'), {'stage': 'completed', 'accepted': True})
A('zh', 'completion_date', '9月底吧', ASK, note='month without a year')
A('zh', 'completion_date', '等下 前面开工时间说错了 是21年4月', CORR, {'start_date': '2021-04-30'})
A('zh', 'stage', '不是在建', ASK)
A('zh', 'stage', '去年年底完工了', V('completed'), {'completion_date': '2021-12-31'})
A('zh', 'accepted', '验收了 意见还没拿到', V(False))
A('zh', 'accepted', '啥叫推荐单位？', QUESTION)
A('zh', 'accepted', '不问了 直接出结果吧', CMD)

# loan
A('zh', 'fixed_asset_loan', '两千五 南京银行的', V(2500), {'loan_from_jiangsu_bank': True})
A('zh', 'fixed_asset_loan', '授信五千 实际提了三千二', ASK, note='two competing figures')
A('zh', 'fixed_asset_loan', '贷款还在批', ASK, note='a pending loan is not 0')
A('zh', 'fixed_asset_loan', '3kw', V(3000))
A('zh', 'loan_from_jiangsu_bank', '上海浦发总行直接放的', V(False))
A('zh', 'loan_from_jiangsu_bank', '是滴 农行泰州分行 利率4.2', V(True), {'loan_rate_pct': 4.2})
A('zh', 'equipment_bought_with_loan', '买了一部分 还有几台没到', ASK, note='partial yes')
A('zh', 'equipment_bought_with_loan', '嗯 去年买的 发票不含税一千八', V(True), {'equipment_invoice_2021': 1800})
A('zh', 'loan_interest_paid_2021', '一百二十几万 区里贴过20万', V(120), {'other_interest_subsidy_2021': 20})
A('zh', 'loan_interest_paid_2021', '利息含土建部分一共180万', ASK, note='civil works must be excluded')
A('zh', 'loan_interest_paid_2021', '不清楚 财务在休假', UNK)
A('zh', 'loan_interest_paid_2021', '2021年的利息怎么算 按放款日还是付息日', QUESTION)
A('zh', 'loan_rate_pct', 'LPR加50个bp', ASK)
A('zh', 'loan_rate_pct', '0.0385', ASK, note='a fraction to a % question')
A('zh', 'loan_rate_pct', '3.8%左右', V(3.8))
A('zh', 'loan_rate_pct', '更正一下 贷款是两千五不是三千', CORR, {'fixed_asset_loan': 2500})
A('zh', 'loan_term_years', '结果', CMD)
A('zh', 'other_interest_subsidy_2021', '没有', V(0))
A('zh', 'other_interest_subsidy_2021', '好像有 多少记不得了', UNK)
A('zh', 'equipment_invoice_2021', '发票不含税两千一百万', V(2100))
A('zh', 'equipment_invoice_2021', '含税2260万', ASK)
A('zh', 'equipment_invoice_2021', '设备补助按多少比例给', QUESTION)
A('zh', 'equipment_invoice_2021', '/reset', CMD)

# core-tech and directions
A('zh', 'rd_investment', '差不多三千万吧 不过包括买地', ASK, note='land is not in the 2.2.3 list')
A('zh', 'rd_investment', '研发投入包括人工费吗', QUESTION)
A('zh', 'own_ip', '有 十几个发明专利 研发中心也有 钱也没问题', V(True))
A('zh', 'own_ip', '专利有几个 资金还得找投资', ASK, note='partial answer to a three-part question')
A('zh', 'core_tech_direction', '属于 做车规MCU的', V(True))
A('zh', 'green_direction', '不是 主要是扩产能', V(False))
A('zh', 'info_consumption_direction', '对 智慧养老服务平台', V(True))
A('zh', 'fiveg_direction', '厂里5G专网已经建了 用在AGV和质检', V(True))
A('zh', 'fiveg_direction', '就是用运营商的5G流量卡传数据 没自己组网', ASK)
A('zh', 'service_direction', '搞的是远程运维和全生命周期管理', V(True))

# merger
A('zh', 'merger_completed_2021', '有 去年10月20号完成工商变更', V(True), {'acquisition_date': '2021-10-20', 'acquisition_registered': True})
A('zh', 'merger_initiator', '我们是收购方', V(True))
A('zh', 'acquisition_date', '今年1月才办完变更', V('2022-01-31'))
A('zh', 'acquisition_date', '去年吧', ASK)
A('zh', 'acquisition_amount', '1000万美元', ASK)
A('zh', 'acquisition_amount', '600万美元 折人民币大概3900万', V(3900))
A('zh', 'acquisition_cash', '现金付了五千 剩下的是换股', V(5000))
A('zh', 'acquisition_cash', '一半现金一半换股', ASK)
A('zh', 'stake_after_pct', '51% 唯一最大股东', V(51), {'largest_shareholder': True})
A('zh', 'stake_after_pct', '控股了', ASK)
A('zh', 'stake_after_pct', '不太清楚 法务在弄', UNK)
A('zh', 'largest_shareholder', '并列第一大股东', V(False))
A('zh', 'same_parent', '同一个老板控制的两家公司算吗', QUESTION)
A('zh', 'acquisition_lawful', '符合的 律所出了法律意见', V(True))
A('zh', 'more_acquisitions', '还有一个 收了一家常州的 出资六千万', V(True), {'acquisition_2_amount': 6000})
A('zh', 'acquisition_2_date', '第二个是21年6月30号变更完的', V('2021-06-30'))
A('zh', 'acquisition_3_amount', '五千万整', V(5000))

# little-giant
A('zh', 'main_product_share_pct', '八成以上', V(80))
A('zh', 'main_product_share_pct', '得问下老板', UNK)
A('zh', 'rd_ratio_3y_avg_pct', '4.2%', V(4.2))
A('zh', 'rd_ratio_3y_avg_pct', '不知道', UNK)
A('zh', 'core_chain_leading', '替代进口的 国内领先', V(True))
A('zh', 'upgrade_investment_last_year', '一千一百万 专项审计报告有', V(1100))
A('zh', 'upgrade_investment_last_year', '专项审计还没做 不好说', UNK)
A('zh', 'taxes_paid_last_year', '400万以上算吗', QUESTION)
A('zh', 'revenue_growth_3y_avg_pct', '重新开始', CMD)

# iiot / xinchuang / data
A('zh', 'identifier_capability', '有 我们做标识好几年了', V(True))
A('zh', 'identifier_promotion_events', '五六场', ASK)
A('zh', 'identifier_registrations_yi', '两千万', V(0.2), note='the slot is in 亿')
A('zh', 'identifier_connected_enterprises', '一千二百多家', V(1200))
A('zh', 'xinchuang_zone_basis', '这个不好说 要问下园区招商那边', UNK)
A('zh', 'platform_monitoring_commitment', '可以 承诺函能出', V(True))
A('zh', 'security_capability', '有 自研工控防火墙和态势感知', V(True))
A('zh', 'xinchuang_zone_operator', '运营主体还没定', V(False))
A('zh', 'has_plan_and_targets', '方案和绩效目标都写好了', V(True))
A('zh', 'lab_cooperation_years', '暂定三年', V(3))
A('zh', 'lab_roles_agreed', '协议里写了 学校出场地管运营 我们出软硬件', V(True))
A('zh', 'data_product_tech', '是的 基于区块链的溯源平台', V(True))

# expo / innovation centre / cluster
A('zh', 'event_listed', '就是世界智能制造大会', V(True))
A('zh', 'innovation_center_age_years', '批了两年多', V(2))
A('zh', 'cluster_org_basics', '都有 专职十二个人', V(True), {'service_team_size': 12})
A('zh', 'service_team_size', '十来个', V(10))
A('zh', 'cluster_service_revenue_2021', '两百三', V(230))

# sme platform
A('zh', 'sme_service_center', '不是 我们是民营平台', V(False))
A('zh', 'smes_served_2021', '三百多家 活动办了二十几场', V(300), {'public_events_2021': 20})
A('zh', 'public_events_2021', '算了，从头来', CMD)
A('zh', 'satisfaction_pct', '满意度没统计过', UNK)
A('zh', 'new_above_scale_2021', '两家', V(2))
A('zh', 'platform_investment_2021', '四百二十万 不含税', V(420))
A('zh', 'platform_investment_2021', '差不多四百 含房屋改造', ASK, note='房屋改造 is excluded by 5.3.1.3')
A('zh', 'free_service_share_pct', '两成', V(20))
A('zh', 'all_services_free', '都免费', V(True))
A('zh', 'replicable_solution', '能 已经在三个县推广了', V(True))

# training
A('zh', 'training_licensed', '营业执照里有培训', V(True))
A('zh', 'training_years', '记不清了', UNK)
A('zh', 'registered_capital', '注册资本五百万 实缴两百', V(500), note='注册资金 = registered capital, not the paid-in part')
A('zh', 'revenue_3y_avg', '这个不方便说', UNK)
A('zh', 'trainees_3y_avg', '一年一千五百人次 都是线下', V(1500))
A('zh', 'trainees_3y_avg', '加上线上有两千', ASK, note='online training is excluded; no offline figure')
A('zh', 'training_experience', '经验有 师资也有 给市工信局办过好几期班', V(True))
A('zh', 'planned_trainees', '人数还没定下来', UNK)
A('zh', 'long_classes', '我们的班都是两天的', V(0))
A('zh', 'min_class_size', '最少的班四十几个人', V(40))
A('zh', 'training_cities', '南京苏州扬州淮安四个市 苏南苏中苏北都有', V(4), {'training_all_regions': True})
A('zh', 'training_all_regions', '苏北那边还没定', ASK)
A('zh', 'training_free', '不收培训费 学员来回路费自己出', V(True), note='intercity travel is excepted in 5.5.1.6')
A('zh', 'training_free', '只收点资料费', V(False))

# ---------------------------------------------------------------------------
# Answers, English (70)
# ---------------------------------------------------------------------------

A('en', 'acquisition_registered', 'yes, business registration and share transfer were both done in Nov', V(True))
A('en', 'applicant_kind', "We're the admin committee of a national economic development zone.", V('park'))
A('en', 'applicant_kind', 'industry association, non-profit', V('nonprofit'))
A('en', 'industrial', 'yes we manufacture valves', V(True))
A('en', 'revenue_last_year', 'approx RMB 120m, and yes we are above-scale', V(12000), {'above_scale': True})
A('en', 'revenue_last_year', 'output value was ~300 million', ASK, note='output value is not revenue')
A('en', 'certifications', 'none', V([]))
A('en', 'certifications', "We're on the provincial industrial internet benchmark factory list, that's all.", V(['iiot-benchmark-list']))
A('en', 'certifications', 'we are little giant, not sure about others', ASK, {'certifications_include': ['little-giant-2021']})
A('en', 'certifications', 'Does a national-level recognition count for the provincial ones?', QUESTION)
A('en', 'approvals_complete', 'EIA still pending', V(False))
A('en', 'approvals_complete', 'no idea, the project office handles that', UNK)
A('en', 'total_investment', 'between 30 and 40 million', ASK)
A('en', 'total_investment', '4500', V(4500))
A('en', 'total_investment', 'Does the investment have to exclude VAT?', QUESTION)
A('en', 'filed_total_investment', 'is the 3000万 threshold strict?', QUESTION)
A('en', 'total_investment_basis', "it's from the filing document", V('filed'))
A('en', 'software_investment', 'just under 4 million', ASK)
A('en', 'invested_by_2021_end', 'not sure, need to check with finance', UNK)
A('en', 'invested_by_2021_end', 'about a third of the budget', ASK, note='relative figure')
A('en', 'start_date', 'March 2021', V('2021-03-31'))
A('en', 'start_date', 'sometime in 2021', ASK)
A('en', 'start_date', 'Not started yet, we break ground next month.', ASK, {'stage': 'planned'})
A('en', 'completion_date', 'done last September, acceptance opinion already issued', V('2021-09-30'), {'stage': 'completed', 'accepted': True})
A('en', 'completion_date', 'end of next year', V('2023-12-31'))
A('en', 'stage', 'under construction, about halfway', V('under_construction'))
A('en', 'stage', 'not started yet, planned for Q3', V('planned'))
A('en', 'accepted', 'Yes, the opinion was issued in March.', V(True))
A('en', 'fixed_asset_loan', 'RMB 20m from Bank of Nanjing', V(2000), {'loan_from_jiangsu_bank': True})
A('en', 'fixed_asset_loan', 'credit line is 50m, we drew 30m', ASK)
A('en', 'fixed_asset_loan', 'no loan, all self-funded', V(0))
A('en', 'equipment_bought_with_loan', 'yes all machines bought with it', V(True))
A('en', 'loan_interest_paid_2021', 'sorry, the loan was 20m not 25m', CORR, {'fixed_asset_loan': 2000})
A('en', 'loan_rate_pct', 'LPR + 20bp', ASK)
A('en', 'loan_rate_pct', "what's LPR?", QUESTION)
A('en', 'loan_term_years', '5 yrs', V(5))
A('en', 'loan_term_years', 'show me the result', CMD)
A('en', 'rd_investment', 'about RMB 32m', V(3200))
A('en', 'rd_investment', 'start over', CMD)
A('en', 'own_ip', 'we have patents but funding is not fully secured', ASK, note='partial')
A('en', 'green_direction', "Yes, it's a waste heat recovery retrofit.", V(True))
A('en', 'acquisition_amount', 'EUR 12 million', ASK)
A('en', 'acquisition_amount', '40 million yuan', V(4000))
A('en', 'stake_after_pct', 'majority', ASK)
A('en', 'stake_after_pct', '70%, we are the sole largest shareholder', V(70), {'largest_shareholder': True})
A('en', 'same_parent', 'no, the target was independent', V(False))
A('en', 'more_acquisitions_2', "I'd have to check with our M&A team", UNK)
A('en', 'taxes_paid_last_year', 'about RMB 4.2 million', V(420))
A('en', 'revenue_growth_3y_avg_pct', 'roughly 10%', V(10))
A('en', 'identifier_resolutions_yi', 'about 1.5 亿 resolutions by completion', V(1.5))
A('en', 'identifier_showroom', 'not sure yet', UNK)
A('en', 'platform_indicators_met', 'Yes, we meet all the quantitative indicators.', V(True))
A('en', 'security_services_commitment', 'yes we can provide all those services and connect to the provincial platform', V(True))
A('en', 'lab_with_jiangsu_university', 'Does it have to be a Jiangsu university, or can we partner with a Shanghai university that has a campus in Suzhou?', QUESTION)
A('en', 'lab_breakthrough_direction', 'hard to say at this point', UNK)
A('en', 'cluster_participation', 'Yes, we took part in the national cluster competition.', V(True))
A('en', 'service_team_size', "don't know exactly", UNK)
A('en', 'cluster_service_revenue_2021', 'oops, team size is 14 not 12', CORR, {'service_team_size': 14})
A('en', 'smes_served_2021', 'just under 120', ASK)
A('en', 'satisfaction_pct', '96%', V(96))
A('en', 'free_service_share_pct', "we don't track that", UNK)
A('en', 'public_welfare_platform', 'No, some of our services are paid.', V(False))
A('en', 'training_years', 'do you count from registration or from the first course?', QUESTION)
A('en', 'trainees_3y_avg', 'not sure, pls ask our ops team', UNK)
A('en', 'training_direction_match', 'yes, courses follow the 智改数转 direction for Jiangsu manufacturers', V(True))
A('en', 'planned_trainees', 'around 1,000 people', V(1000))
A('en', 'training_cities', "Nanjing, Suzhou, Yangzhou, Huai'an and Xuzhou", V(5))
A('en', 'cluster_focus', 'Yes, we only serve the biomedicine cluster and its chain.', V(True))
A('en', 'min_class_size', '/reset', CMD)
A('en', 'event_kind', "it's an exhibition", V('exhibition'))


# ---------------------------------------------------------------------------
def kind(e):
    return next(iter(e))


def main():
    json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w', encoding='utf-8'),
              ensure_ascii=False, indent=1)
    print('openings', len(openings), dict(Counter(o['lang'] for o in openings)),
          'with must_not_record', sum(1 for o in openings if o['must_not_record']))
    print('answers', len(answers), dict(Counter(a['lang'] for a in answers)))
    for lang in ('zh', 'en', None):
        sel = [a for a in answers if lang is None or a['lang'] == lang]
        print(' ', lang or 'all', dict(Counter(kind(a['expect']) for a in sel)))
    print('  not_answer kinds', dict(Counter(a['expect']['not_answer'] for a in answers if 'not_answer' in a['expect'])))
    print('  with also', sum(1 for a in answers if 'also' in a))
    print('  slot types', dict(Counter(VOC[a['slot']]['type'] for a in answers)))
    print('  distinct slots', len({a['slot'] for a in answers}), 'of', len(VOC))


if __name__ == '__main__':
    main()
