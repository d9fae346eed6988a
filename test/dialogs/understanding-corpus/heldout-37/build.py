#!/usr/bin/env python3
"""heldout37-dialog: blind-written dialog evaluation corpus for 专项资金申报助手.

All data below is written in writing order. Running this script writes
openings.json and answers.json next to it and prints the counts.
Question texts are read from /work/kit/facts-vocabulary.json so they cannot drift.
"""
import json, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VOC_PATH = '/work/kit/facts-vocabulary.json'
VOC = {f['key']: f for f in json.load(open(VOC_PATH, encoding='utf-8'))['facts']}

# ---------------------------------------------------------------- openings
OPENINGS = []


def o(lang, text, facts, mnr=(), note=''):
    n = sum(1 for x in OPENINGS if x['lang'] == lang) + 1
    OPENINGS.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(mnr), 'note': note})


# ---- zh openings (35)
o('zh', '你好 我们无锡做电机的 规上企业 技改项目备案总投资六千万 固贷四千万是工行无锡分行放的 设备已经买好了 想问下贴息加设备补助大概能拿多少',
  {'above_scale': True, 'filed_total_investment': 6000, 'fixed_asset_loan': 4000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  note='tech-loan, clean case; 备案总投资 is named, so filed_total_investment.')
o('zh', '常州一家做注塑件的厂，规上，去年上了条自动化产线，总投资含税三千一百万，不含税的还没算出来，贷款2000万',
  {'above_scale': True, 'fixed_asset_loan': 2000},
  ['total_investment', 'filed_total_investment'],
  note='tech-loan; only a 含税 total is given (1.2.3 / 1.1.1.2 measures are ex-tax or as filed).')
o('zh', '我们是昆山的台资企业做PCB的，技改项目贷了800万美元的外汇贷款，中行昆山支行放的，能申请贴息吗',
  {'loan_from_jiangsu_bank': True},
  ['fixed_asset_loan'],
  note='tech-loan; the loan is in USD without an RMB figure.')
o('zh', '苏州工业园区一家做精密零部件的企业，已经进了省智能制造示范工厂名单，项目21年10月完工，总投资不含税4200万，软件系统集成这块大概六百万，推荐单位验收还没做',
  {'applicant_kind': 'enterprise', 'certifications_include': ['smart-factory-list'],
   'completion_date': '2021-10-31', 'stage': 'completed', 'total_investment': 4200,
   'software_investment': 600, 'accepted': False},
  note='smart-factory; 园区里的一家企业 is an enterprise, not a park.')
o('zh', '南通纺织企业 想报工业互联网标杆工厂 依托我们自己的工业互联网平台做的 项目总投资四五千万吧 去年年底完工',
  {'completion_date': '2021-12-31', 'stage': 'completed'},
  ['total_investment'],
  note='iiot-benchmark; 四五千万 is a range.')
o('zh', '盐城汽车零部件 规上 在搞5G全连接工厂 厂区自建了5G专网 AGV 视觉质检 设备运维都跑在5G上 总投资2500万 到去年底投了差不多一半',
  {'above_scale': True, 'fiveg_direction': True, 'stage': 'under_construction', 'total_investment': 2500},
  ['invested_by_2021_end'],
  note='5g-iiot; 一半 is a relative figure, not an amount.')
o('zh', '扬州做起重机的 我们是省级服务型制造示范企业 这次搞远程运维+全生命周期管理平台 总投入2200万左右 这里头有300万是土建',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True},
  ['total_investment'],
  note='service-upgrade; 2200 includes civil works, which 1.2.3 excludes; the net figure (tax status unknown) must be asked.')
o('zh', '我们做行业标识解析二级节点的，已经通过信通院组织的专家评估了，计划明年6月底上线，总投资1200万，现在注册量1.8个亿左右',
  {'certifications_include': ['identifier-expert-review'], 'completion_date': '2023-06-30',
   'total_investment': 1200},
  ['identifier_registrations_yi'],
  note='iiot-identifier; 1.8亿 is today, the slot asks for the cumulative figure at completion.')
o('zh', '徐州xx工业互联网平台 19年认定的省重点工业互联网平台 平台项目21年8月上线的 投了1100万 推荐单位验收过了意见也出了',
  {'certifications_include': ['key-iiot-platform'], 'completion_date': '2021-08-31', 'stage': 'completed',
   'total_investment': 1100, 'accepted': True},
  note='iiot-platform; 2019 is within 2018以来; 上线 = completion.')
o('zh', '南京一家做工控安全的网络安全公司，打算建工业互联网安全公共服务平台，总投资八百万，到去年底投了不到两百万',
  {'total_investment': 800},
  ['invested_by_2021_end'],
  note='iiot-security; 不到两百万 is not a figure (20% of 800 is 160).')
o('zh', '我们是xx高新区管委会 想申报信创先导区 区里有好几家信创龙头 实施期两年 投资预算大概一个亿左右',
  {'applicant_kind': 'park', 'total_investment': 10000},
  ['xinchuang_zone_basis'],
  note='xinchuang-zone; leading firms alone are one of three parts of 1.4.1.1.1 (firms, products, demo base).')
o('zh', '我们算省内骨干信创企业，正在跟南京一所大学谈共建信创实验室，合作期五年，建设期到23年底，预算投一千万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_cooperation_years': 5,
   'completion_date': '2023-12-31', 'total_investment': 1000},
  ['lab_with_jiangsu_university'],
  note='xinchuang-lab; still negotiating, and not said to be on campus.')
o('zh', '苏州大数据公司 已入省工信厅大数据企业库 项目是工业数据分析平台 入选了2021年省大数据示范项目 去年11月完工 投入一千三',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'],
   'completion_date': '2021-11-30', 'stage': 'completed', 'total_investment': 1300},
  note='data-product, clean case.')
o('zh', '我们是一家做智改数转的服务商 想报那个免费诊断 一家企业诊断能给多少钱',
  {'applicant_kind': 'enterprise'},
  note='free-diagnosis: bought by government, not applied for; the bot should say so.')
o('zh', '无锡一家做IGBT功率器件的 想报关键核心技术攻关 研发投入预计三千来万 我们有十几个发明专利 项目22年1月开工 计划24年底完成',
  {'core_tech_direction': True, 'rd_investment': 3000, 'start_date': '2022-01-31',
   'completion_date': '2024-12-31'},
  ['own_ip'],
  note='core-tech; patents alone do not state the research base and funding of 2.2.1; 24年底 is after the 2024-06 deadline.')
o('zh', '常州做工业母机的，想申请数控系统攻关产业化，研发攻关投入不到三千万，项目周期三年',
  {'core_tech_direction': True},
  ['rd_investment'],
  note='core-tech; 不到三千万 is just under the 2.2.3 threshold, not a figure.')
o('zh', '泰州一家医药企业 去年收购了台州一家药厂 9月份工商股权变更都办完了 出资6500万 一半现金一半换股 现在持股55%',
  {'acquisition_date': '2021-09-30', 'acquisition_registered': True, 'merger_completed_2021': True,
   'acquisition_amount': 6500, 'stake_after_pct': 55},
  ['acquisition_cash'],
  note='merger; 一半现金 is relative; 台州 is the target (Zhejiang), not the applicant.')
o('zh', '我们集团下面A公司去年把同一个集团的B公司100%股权收了 出资八千万 这种能报兼并重组吗',
  {'same_parent': True, 'stake_after_pct': 100, 'acquisition_amount': 8000},
  note='merger; same-parent deal is excluded by 3.1.1.2.')
o('zh', '我们21年刚评上省专精特新小巨人，做传感器的，前年营收8000万，去年一个亿，研发占比大概5%',
  {'certifications_include': ['little-giant-2021'], 'revenue_last_year': 10000},
  ['rd_ratio_3y_avg_pct', 'revenue_growth_3y_avg_pct'],
  note='little-giant; 5% is not said to be the 3-year average; one year of growth is not the 3-year average.')
o('zh', '我们19年就是省小巨人了 今年还能报小巨人培育吗 去年交税五百多万',
  {'taxes_paid_last_year': 500},
  ['certifications'],
  note='little-giant; a 2019 recognition is not little-giant-2021, and nothing says the list is complete.')
o('zh', '去年我们被工信部认定为国家制造业单项冠军，还拿了全国质量奖，有啥奖励没',
  {'certifications_include': ['single-champion-2021', 'quality-award-2021']},
  note='honor-award, 去年 = 2021.')
o('zh', '南京市工信局 今年承办2022中国（南京）国际软件产品和服务交易博览会 想申请展会补助 预算一千五到两千万',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True},
  ['total_investment'],
  note='expo-event; the budget is a range.')
o('zh', '苏州高新区这边 我们办紫金奖工业设计大赛的一个分赛区 这个算不算省里的重大活动',
  {'applicant_kind': 'park'},
  ['event_listed'],
  note='expo-event; a 分赛区 of a listed contest is not clearly the listed item itself.')
o('zh', '宿迁一家造纸企业 做节能降碳技改 余热回收加高效电机 总投资三千五 21年6月开工 到去年底投了1200万 还在建 明年6月完工 备案环评能评都批了',
  {'green_direction': True, 'total_investment': 3500, 'start_date': '2021-06-30',
   'invested_by_2021_end': 1200, 'stage': 'under_construction', 'completion_date': '2023-06-30',
   'approvals_complete': True},
  note='green-upgrade, clean case.')
o('zh', '我们公司是嘉兴的，在苏州吴江有个分厂，要做废旧动力电池回收利用项目，总投资2个亿，里面土建占了一大半',
  {'in_jiangsu': False, 'green_direction': True},
  ['total_investment'],
  note='green-upgrade; applicant in Zhejiang (cf. 公司在上海，项目在昆山 → false); the 2亿 includes civil works.')
o('zh', '泰兴化工企业 能效提升改造 已经完工投产了 总投资含税2600万 还能报绿色化改造吗',
  {'stage': 'completed'},
  ['total_investment'],
  note='green-upgrade; 4.1.1.4 needs a project still under construction; 含税 figure.')
o('zh', '我们是公交公司 去年采购了一百多台新能源公交车 这个专项能补多少',
  {'applicant_kind': 'enterprise'},
  note='nev-promotion: scheme announced separately.')
o('zh', '我们是省级制造业创新中心的依托企业 中心是20年批的 这次能力建设项目周期两年 总投入六千万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
  ['innovation_center_age_years'],
  note='innovation-center; approved in 2020 with no month, so the age (under 3 years?) must be asked.')
o('zh', '苏州纳米新材料集群促进机构 民非 专职12个人 去年集群服务收入两百万出头',
  {'applicant_kind': 'nonprofit', 'service_team_size': 12, 'cluster_service_revenue_2021': 200},
  note='cluster-org; 出头 → the round figure.')
o('zh', '常州市中小企业公共服务示范平台 省级的 有效期到24年 21年线下服务了一百五十多家企业 活动搞了十几场 满意度95以上',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150,
   'public_events_2021': 10, 'satisfaction_pct': 95},
  note='sme-platform, clean case.')
o('zh', '我们是县里的中小企业服务中心 事业单位 21年投入含税一百九十多万 服务全部免费',
  {'sme_service_center': True, 'applicant_kind': 'public_institution', 'all_services_free': True},
  ['platform_investment_2021'],
  note='sme-platform; 5.3.1.3 counts ex-tax, and the figure is 含税.')
o('zh', '淮安 做智慧养老服务平台的 总投入六百万 去年底投了两百 计划明年3月上线',
  {'info_consumption_direction': True, 'total_investment': 600, 'invested_by_2021_end': 200,
   'completion_date': '2023-03-31'},
  note='info-consumption, clean case.')
o('zh', '南京一家培训公司 营业执照上有培训 成立五年了 注册资金一千万 近三年年均收入八百万 年均培训两千人次左右（含线上） 想办智改数转专题班',
  {'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 1000,
   'revenue_3y_avg': 800},
  ['trainees_3y_avg'],
  note='talent-training; 5.5.1.2 excludes online training; 成立五年 is registration, not years of actual training.')
o('zh', '我们是常州一所职业技术学院，想办产业人才培训班，计划培训900人，12个班，每班60人左右，放南京苏州扬州徐州四个城市',
  {'applicant_kind': 'university', 'planned_trainees': 900, 'training_cities': 4},
  ['min_class_size', 'long_classes'],
  note='talent-training; 每班60人左右 is not the smallest class; 12 班 says nothing of their length.')
o('zh', '通州一家做家纺的规上企业 技改贷款2500万 设备已经买了 利率是按LPR走的',
  {'above_scale': True, 'fixed_asset_loan': 2500, 'equipment_bought_with_loan': True},
  ['in_jiangsu', 'loan_rate_pct'],
  note='tech-loan; 通州 may be 南通通州 or 北京通州; LPR is not a rate.')

# ---- en openings (15)
o('en', "Hi, we're a German-owned auto parts manufacturer in Taicang. We're planning a private 5G network across the whole plant, linking AGVs, quality inspection and predictive maintenance. Budget is about EUR 4 million. Could we apply?",
  {'fiveg_direction': True, 'stage': 'planned'},
  ['total_investment'],
  note='5g-iiot; EUR; 1.2.2.3 requires construction started.')
o('en', 'hi pls help check, we r 规上 enterprise in changzhou, tech upgrade proj total invest 5000w, bank of jiangsu approved 3200w loan but only 2500w drawn so far',
  {'above_scale': True, 'total_investment': 5000, 'loan_from_jiangsu_bank': True},
  ['fixed_asset_loan'],
  note='tech-loan; approved vs drawn: two competing figures.')
o('en', 'Our company is registered in Shanghai but the new factory is in Kunshan. It is a smart factory project of RMB 50 million, completed last September.',
  {'in_jiangsu': False, 'total_investment': 5000, 'completion_date': '2021-09-30', 'stage': 'completed'},
  note='smart-factory; applicant outside Jiangsu.')
o('en', "We're a Nanjing-based pharma group. Last year we bought 60% of a Swiss medical device company for USD 12 million, about RMB 78 million at the time, paid mostly in cash. Registration changes were completed in November 2021.",
  {'acquisition_amount': 7800, 'stake_after_pct': 60, 'acquisition_date': '2021-11-30',
   'acquisition_registered': True, 'merger_completed_2021': True},
  ['acquisition_cash'],
  note='merger; the user gave the RMB figure; "mostly cash" is not an amount.')
o('en', 'hi we r provincial little giant, recognised 2021. revenue growth abt 10% avg last 3 yrs, main product ~70% of sales, R&D 3.5-4.5% of revenue',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 10,
   'main_product_share_pct': 70},
  ['rd_ratio_3y_avg_pct'],
  note='little-giant; the R&D ratio is a range.')
o('en', "We run an industry secondary node for identifier resolution (textiles) in Nantong and passed CAICT's expert evaluation last year. We'd hold maybe 8 to 10 promotion events; about 1,200 enterprises are connected already.",
  {'certifications_include': ['identifier-expert-review'], 'identifier_connected_enterprises': 1200},
  ['identifier_promotion_events'],
  note='iiot-identifier; the events figure is a range.')
o('en', 'we r industrial cybersecurity co in Wuxi, project = enterprise-side security platform + crypto apps, total 600w, invested 130w by end 2021, finish Jun 2023',
  {'total_investment': 600, 'invested_by_2021_end': 130, 'completion_date': '2023-06-30'},
  note='iiot-security, clean case (130 ≥ 20% of 600).')
o('en', "I'm from the computer school of a university in Nanjing. A xinchuang software company wants to build an innovation lab with us on our campus: 5-year cooperation, build phase until December 2023. Can we be the applicant?",
  {'applicant_kind': 'university', 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5,
   'completion_date': '2023-12-31'},
  note='xinchuang-lab; the applicant must be the backbone enterprise (1.4.2.3).')
o('en', "We're an industry association (non-profit) in Suzhou, doing training since 2017, ~1500 trainees a year offline, registered capital 300w. Plan: 10 classes in 5 cities incl Xuzhou, Yangzhou, Suzhou, free for participants.",
  {'applicant_kind': 'nonprofit', 'registered_capital': 300,
   'training_cities': 5, 'training_free': True},
  ['training_years'],
  note='talent-training; "since 2017" gives no month; non-profits are exempt from the capital limit; "~1500 a year" is left unscored (not said to be the 3-year average).')
o('en', "Hello, we are a Japanese-invested chemical company in Lianyungang. We're replacing raw materials with cleaner ones and cutting toxic substances. Project investment is JPY 500 million, started in Q3 2021 and still under construction.",
  {'green_direction': True, 'stage': 'under_construction'},
  ['total_investment'],
  note='green-upgrade; JPY.')
o('en', 'we r provincial 小微企业双创示范基地 in Yancheng. 2021: served 130+ SMEs offline, 9 events, 2 firms became 规上, platform spend abt 450w ex-tax, free/low-fee ~30%',
  {'certifications_include': ['micro-business-base'], 'smes_served_2021': 130, 'public_events_2021': 9,
   'new_above_scale_2021': 2, 'platform_investment_2021': 450, 'free_service_share_pct': 30},
  note='sme-platform (base), clean case.')
o('en', "We're a 规上 manufacturer in Zhenjiang, 2021 revenue about RMB 300 million. Our HK parent lent us HK$30m for a new production line. Does that count for the interest subsidy?",
  {'above_scale': True, 'revenue_last_year': 30000},
  ['fixed_asset_loan'],
  note='tech-loan; HK$ and not a bank loan.')
o('en', 'We operate a smart tourism platform for Wuxi. Total investment RMB 8 million, about 30% spent by end of 2021, go-live planned for March 2023.',
  {'total_investment': 800, 'info_consumption_direction': True, 'completion_date': '2023-03-31'},
  ['invested_by_2021_end'],
  note='info-consumption; 30% is relative.')
o('en', "hi, we're the promotion org of the Changzhou new-energy equipment cluster. 8 full-time staff plus a few part-timers, 2021 cluster service income around 260w",
  {'service_team_size': 8, 'cluster_service_revenue_2021': 260},
  note='cluster-org; 8 < 10 required by 5.2.1.2.')
o('en', 'We entered the China Top 500 (manufacturing) for the first time in 2021. HQ is in Hangzhou, our main plant is in Changzhou. Anything in this guide for us?',
  {'certifications_include': ['top500-first-2021']},
  ['in_jiangsu'],
  note='honor-award; which entity applies (Hangzhou HQ or Changzhou plant) is unclear.')

# ---------------------------------------------------------------- answers
ANSWERS = []
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
COR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}


def V(v):
    return {'value': v}


def a(lang, slot, text, expect, also=None):
    n = sum(1 for x in ANSWERS if x['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    rec = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q,
           'text': text, 'expect': dict(expect)}
    if also:
        rec['also'] = also
    ANSWERS.append(rec)


# ---- zh answers (150)
# applicant
a('zh', 'in_jiangsu', '公司注册在上海 工厂在太仓', V(False))
a('zh', 'in_jiangsu', '我们在台州那边', V(False))          # 台州 is Zhejiang
a('zh', 'in_jiangsu', '在通州', ASK)                      # 南通通州 or 北京通州
a('zh', 'applicant_kind', '高新区管委会', V('park'))
a('zh', 'applicant_kind', '我们是市工信局的', V('city_bureau'))
a('zh', 'applicant_kind', '事业单位 县里的中小企业服务中心', V('public_institution'),
  {'sme_service_center': True})
a('zh', 'industrial', '不是 我们做软件的', V(False))
a('zh', 'industrial', '算吧？有生产也有贸易 一半一半', ASK)
a('zh', 'revenue_last_year', '一亿二', V(12000))
a('zh', 'revenue_last_year', '三千多万', V(3000))
a('zh', 'revenue_last_year', '产值五个亿左右', ASK)                 # 产值 is not revenue
a('zh', 'revenue_last_year', '这个要问财务', UNK)
a('zh', 'revenue_last_year', '主营是2000万以上才算规上吗', Q)
a('zh', 'revenue_last_year', '去年营收1.5亿 今年上半年已经过亿了', V(15000))
a('zh', 'above_scale', '是滴 规上', V(True))
a('zh', 'above_scale', '不太清楚 统计上的事财务管', UNK)
a('zh', 'certifications', '都没有', V([]))
a('zh', 'certifications', '小巨人 还有省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']))
a('zh', 'certifications', '有小巨人，别的记不太清了', ASK, {'certifications_include': ['little-giant-2021']})
a('zh', 'certifications', '我们是19年评的小巨人 别的木有', V([]))   # 2019 is not little-giant-2021
a('zh', 'certifications', '单项冠军要哪年认定的才算？', Q)
a('zh', 'approvals_complete', '环平还在走流程', V(False))
a('zh', 'approvals_complete', '不需要办，推荐单位给出了说明', V(True))
a('zh', 'approvals_complete', '不需要办', ASK)

# investment
a('zh', 'total_investment', '三千五', V(3500))
a('zh', 'total_investment', '0.35亿', V(3500))
a('zh', 'total_investment', '四五千万', ASK)
a('zh', 'total_investment', '含税3390万', ASK)
a('zh', 'total_investment', '备案是5000万 不含土建的话3800', V(3800), {'filed_total_investment': 5000})
a('zh', 'total_investment', '要3000万以上才行吗？', Q)
a('zh', 'total_investment', '35000000', ASK)
a('zh', 'total_investment', '两个亿', V(20000))
a('zh', 'filed_total_investment', '备案文件上是一个多亿', V(10000))
a('zh', 'filed_total_investment', '没找到备案文件 回头看看', UNK)
a('zh', 'total_investment_basis', '是不含税也不含土建的那个', V('net'))
a('zh', 'software_investment', '软件这块大概四百五', V(450))
a('zh', 'software_investment', '不到400万', ASK)
a('zh', 'invested_by_2021_end', '完成了六成', ASK)
a('zh', 'invested_by_2021_end', '不好说 财务还在对账', UNK)
a('zh', 'invested_by_2021_end', '到21年底以经付了三千二 设备款为主', V(3200))

# schedule
a('zh', 'start_date', '去年9月', V('2021-09-30'))
a('zh', 'start_date', '前年开工', ASK)
a('zh', 'start_date', '还没开工 下个月开', ASK, {'stage': 'planned'})
a('zh', 'start_date', '2020.11', V('2020-11-30'))
a('zh', 'completion_date', '21年底完工的', V('2021-12-31'), {'stage': 'completed'})
a('zh', 'completion_date', '9月底吧', ASK)
a('zh', 'completion_date', '去年10月20号建成投产', V('2021-10-20'), {'stage': 'completed'})
a('zh', 'completion_date', '上半年应该能完', ASK)
a('zh', 'completion_date', '一定要23年底前完成吗', Q)
a('zh', 'stage', '在健 设备正在进场', V('under_construction'))
a('zh', 'stage', '已经完工了 去年8月投产的', V('completed'), {'completion_date': '2021-08-31'})
a('zh', 'stage', '不是在建', ASK)
a('zh', 'stage', '完成一半了', V('under_construction'))
a('zh', 'accepted', '验收过了 意见也拿到了', V(True))
a('zh', 'accepted', '验收了 意见还没拿到', V(False))
a('zh', 'accepted', '验收是谁来组织啊？', Q)

# loan
a('zh', 'fixed_asset_loan', '没贷款 全是自有资金', V(0))
a('zh', 'fixed_asset_loan', '贷歀还在批', ASK)
a('zh', 'fixed_asset_loan', '授信5000 实际提了3200', ASK)
a('zh', 'fixed_asset_loan', '3kw', V(3000))
a('zh', 'fixed_asset_loan', '600万美元，折合人民币大概3900万', V(3900))
a('zh', 'fixed_asset_loan', '2000万以上才可以吗', Q)
a('zh', 'loan_from_jiangsu_bank', '是 江苏银行', V(True))
a('zh', 'loan_from_jiangsu_bank', '上海浦发总行放的', V(False))
a('zh', 'equipment_bought_with_loan', '买了一部分 还有一批在招标', ASK)
a('zh', 'equipment_bought_with_loan', '还没买嘞', V(False))
a('zh', 'loan_interest_paid_2021', '付的利习一百二十几万', V(120))
a('zh', 'loan_interest_paid_2021', '利息大概85w 含土建那部分的', ASK)
a('zh', 'loan_interest_paid_2021', '2021年的利息怎么算', Q)
a('zh', 'loan_interest_paid_2021', '要问财务', UNK)
a('zh', 'loan_rate_pct', 'LPR加50个bp', ASK)
a('zh', 'loan_rate_pct', '百分之三点八五', V(3.85))
a('zh', 'loan_term_years', '五年期滴', V(5))
a('zh', 'other_interest_subsidy_2021', '没有', V(0))
a('zh', 'other_interest_subsidy_2021', '区里好像给过 具体多少不清楚', UNK)
a('zh', 'equipment_invoice_2021', '不含税2600万哈', V(2600))
a('zh', 'equipment_invoice_2021', '含税发票是2260万', ASK)

# core tech
a('zh', 'rd_investment', '三千万上下', V(3000))
a('zh', 'rd_investment', '人工费算研发投入吗', Q)
a('zh', 'own_ip', '有 十几个发明专利 研发团队也有 资金没问题', V(True))
a('zh', 'own_ip', '专利有几个 资金还得靠贷款', ASK)
a('zh', 'core_tech_direction', '属于 我们做车规MCU', V(True))
a('zh', 'green_direction', '对 余热余压利用的节能改造', V(True))
a('zh', 'info_consumption_direction', '是 智慧养老平台', V(True))
a('zh', 'fiveg_direction', '没有 就装了几个5G摄像头', V(False))
a('zh', 'service_direction', '是的 做的是远程运维和全生命周期管理', V(True))

# merger
a('zh', 'acquisition_date', '去年签的协议 变更今年3月才办完', V('2022-03-31'))
a('zh', 'acquisition_amount', '6500万', V(6500))
a('zh', 'acquisition_amount', '1200万欧元', ASK)
a('zh', 'acquisition_amount', '大概七八千万', ASK)
a('zh', 'acquisition_cash', '现金付了4000万 剩下的换股', V(4000))
a('zh', 'acquisition_cash', '一半现金', ASK)
a('zh', 'stake_after_pct', '控股了', ASK)
a('zh', 'stake_after_pct', '全资', V(100))
a('zh', 'largest_shareholder', '并列第一大股东', V(False))
a('zh', 'same_parent', '不是 是外部企业', V(False))
a('zh', 'merger_completed_2021', '没有 今年才收的', V(False))
a('zh', 'merger_initiator', '我们是被收购那方', V(False))
a('zh', 'more_acquisitions', '还有一个 也是去年的 出资6000万', V(True), {'acquisition_2_amount': 6000})
a('zh', 'acquisition_2_date', '21年12月', V('2021-12-31'))
a('zh', 'acquisition_2_stake_pct', '70', V(70))
a('zh', 'more_acquisitions_2', '没了', V(False))

# little giant
a('zh', 'revenue_growth_3y_avg_pct', '一成多', V(10))
a('zh', 'revenue_growth_3y_avg_pct', '8%以上就行吗', Q)
a('zh', 'main_product_share_pct', '八成以上', V(80))
a('zh', 'main_product_share_pct', '过半吧', ASK)
a('zh', 'rd_ratio_3y_avg_pct', '4.5', V(4.5))
a('zh', 'rd_ratio_3y_avg_pct', '去年5% 前两年记不清', ASK)
a('zh', 'core_chain_leading', '是的 替代进口的', V(True))
a('zh', 'upgrade_investment_last_year', '一千二 专项审计做过了', V(1200))
a('zh', 'taxes_paid_last_year', '四百万出头', V(400))
a('zh', 'taxes_paid_last_year', '不到400万', ASK)

# platforms, events, centres
a('zh', 'identifier_registrations_yi', '两千万', V(0.2))
a('zh', 'identifier_promotion_events', '计划搞6场', V(6))
a('zh', 'has_plan_and_targets', '方案写好了 绩效目标还在弄', ASK)
a('zh', 'innovation_center_age_years', '两年多', V(2))
a('zh', 'cluster_service_revenue_2021', '两百多万', V(200))
a('zh', 'public_events_2021', '二十几场', V(20))
a('zh', 'new_above_scale_2021', '一家都没有', V(0))
a('zh', 'platform_investment_2021', '不含税420万', V(420))
a('zh', 'all_services_free', '都免费', V(True))
a('zh', 'public_welfare_platform', '不是 我们有收费业务', V(False))

# training
a('zh', 'registered_capital', '五百万', V(500))
a('zh', 'trainees_3y_avg', '一千五百人次左右 不含线上', V(1500))
a('zh', 'training_cities', '南京、苏州、扬州三个地方', V(3))
a('zh', 'training_all_regions', '苏北还没有安排', V(False))
a('zh', 'training_free', '不收费', V(True))

# not answers: commands, corrections, questions, and more unknowns
a('zh', 'loan_term_years', '结果', CMD)
a('zh', 'equipment_invoice_2021', '/result', CMD)
a('zh', 'software_investment', '先看看结果吧', CMD)
a('zh', 'rd_investment', '重新开始', CMD)
a('zh', 'stake_after_pct', '/reset', CMD)
a('zh', 'certifications', '算了，从头来', CMD)
a('zh', 'loan_rate_pct', '不对 刚才说错了 总投资是4800万', COR, {'total_investment': 4800})
a('zh', 'accepted', '更正下 营收是一亿二不是一亿', COR, {'revenue_last_year': 12000})
a('zh', 'equipment_bought_with_loan', '不好意思 贷款是2500 刚才打错了', COR, {'fixed_asset_loan': 2500})
a('zh', 'trainees_3y_avg', '等下 前面说的注册资金不对 是八百万', COR, {'registered_capital': 800})
a('zh', 'main_product_share_pct', '这个补贴最多能拿多少', Q)
a('zh', 'taxes_paid_last_year', '小巨人要交多少税才行', Q)
a('zh', 'platform_investment_2021', '400万以上算吗', Q)
a('zh', 'stage', '申报截止是啥时候', Q)
a('zh', 'same_parent', '不清楚 这个得问集团法务', UNK)
a('zh', 'loan_rate_pct', '记不清了', UNK)
a('zh', 'core_chain_leading', '不好说', UNK)
a('zh', 'identifier_connected_enterprises', '现在还说不准', UNK)
a('zh', 'training_direction_match', '不知道 方案还没定', UNK)
a('zh', 'acquisition_lawful', '应该合规吧 这个我得问下老板', UNK)
a('zh', 'upgrade_investment_last_year', '审计报告还没出 不知道', UNK)
a('zh', 'start_date', '忘了 回头查下', UNK)
a('zh', 'software_investment', '得问下我们IT部门', UNK)

# ---- en answers (70)
# program-specific slots
a('en', 'identifier_showroom', 'Yes, the showroom is being fitted out right now.', V(True))
a('en', 'platform_monitoring_commitment', 'yes we can commit, letter already stamped', V(True))
a('en', 'security_capability', 'yes, industrial security is our core biz, we have our own products and a service team', V(True))
a('en', 'xinchuang_zone_operator', "Yes, the zone's state-owned platform company will run it.", V(True))
a('en', 'lab_roles_agreed', 'yes agreement says uni gives space & runs the lab, we provide hw/sw + services', V(True))
a('en', 'lab_breakthrough_direction', 'yes, we target industrial software, thats one of the key directions', V(True))
a('en', 'data_product_tech', 'yes - data analytics models + a platform on top', V(True))
a('en', 'event_kind', "It's an exhibition, a trade fair with about 400 exhibitors.", V('exhibition'))
a('en', 'cluster_focus', 'only the IC cluster, nothing else', V(True))
a('en', 'service_team_size', '15 full-timers', V(15))
a('en', 'smes_served_2021', '150ish', V(150))
a('en', 'satisfaction_pct', '92%', V(92))
a('en', 'free_service_share_pct', 'About a quarter of our services.', V(25))
a('en', 'replicable_solution', "Yes. It's already been rolled out in three other counties.", V(True))
a('en', 'training_years', '5 yrs', V(5))
a('en', 'revenue_3y_avg', 'avg abt 6.5m yuan a year, audited', V(650))
a('en', 'training_experience', 'yes, did several programmes for Suzhou city gov, good trainer pool too', V(True))
a('en', 'planned_trainees', 'about 1000', V(1000))
a('en', 'min_class_size', '50 minimum', V(50))
a('en', 'long_classes', '8 of them', V(8))
a('en', 'identifier_resolutions_yi', 'about 150 million', V(1.5))
# applicant and project basics
a('en', 'in_jiangsu', 'HQ is in Shanghai, the plant is in Nantong', V(False))
a('en', 'applicant_kind', "We're a university.", V('university'))
a('en', 'applicant_kind', 'industry association, non-profit', V('nonprofit'))
a('en', 'industrial', 'yes, we manufacture valves', V(True))
a('en', 'revenue_last_year', 'about RMB 40m', V(4000))
a('en', 'certifications', 'none', V([]))
a('en', 'certifications', "little giant, that's all", V(['little-giant-2021']))
a('en', 'approvals_complete', 'all done', V(True))
a('en', 'total_investment', '45m RMB', V(4500))
a('en', 'total_investment_basis', 'the one on the filing', V('filed'))
a('en', 'invested_by_2021_end', 'roughly 12m by Dec 2021', V(1200))
a('en', 'start_date', 'last September', V('2021-09-30'))
a('en', 'completion_date', 'end of June next year', V('2023-06-30'))
a('en', 'stage', "still installing equipment", V('under_construction'))
a('en', 'taxes_paid_last_year', 'RMB 5.2m', V(520))
a('en', 'loan_interest_paid_2021', 'abt 96w', V(96))
a('en', 'equipment_invoice_2021', '18m ex-VAT', V(1800))
a('en', 'acquisition_date', 'Registration was completed on 18 Nov 2021.', V('2021-11-18'))
# ask
a('en', 'in_jiangsu', 'Tongzhou', ASK)
a('en', 'revenue_last_year', 'Our output value was about 300 million.', ASK)       # 产值
a('en', 'certifications', "We're on the provincial smart factory list, plus something else I can't recall.", ASK,
  {'certifications_include': ['smart-factory-list']})
a('en', 'total_investment', 'between 30 and 40 million', ASK)
a('en', 'total_investment', 'USD 5 million', ASK)
a('en', 'invested_by_2021_end', 'about a third', ASK)
a('en', 'start_date', 'sometime in 2021', ASK)
a('en', 'fixed_asset_loan', 'credit line 50m, drawn 30m so far', ASK)
a('en', 'equipment_bought_with_loan', 'partly, rest still in tender', ASK)
a('en', 'loan_rate_pct', '0.035', ASK)
a('en', 'equipment_invoice_2021', '21m incl VAT', ASK)
a('en', 'acquisition_amount', 'EUR 10m', ASK)
a('en', 'stake_after_pct', 'a majority', ASK)
a('en', 'innovation_center_age_years', 'It was approved in 2020.', ASK)     # a year alone
# not answers
a('en', 'total_investment', 'show me the result', CMD)
a('en', 'revenue_last_year', 'start over', CMD)
a('en', 'certifications', 'reset', CMD)
a('en', 'loan_interest_paid_2021', '/result', CMD)
a('en', 'loan_rate_pct', 'sorry, the loan was 20m not 25m', COR, {'fixed_asset_loan': 2000})
a('en', 'above_scale', 'correction: 2021 revenue was RMB 150m, not 120m', COR, {'revenue_last_year': 15000})
a('en', 'start_date', 'oops typo earlier - total investment is 48m not 38m', COR, {'total_investment': 4800})
a('en', 'software_investment', "What's the max subsidy we could get for this?", Q)
a('en', 'loan_rate_pct', 'Does the LPR cap apply to our rate?', Q)
a('en', 'accepted', 'when is the deadline for this batch?', Q)
# unknown
a('en', 'core_chain_leading', 'not sure', UNK)
a('en', 'loan_interest_paid_2021', 'no idea, ask our CFO', UNK)
a('en', 'identifier_connected_enterprises', "can't say yet", UNK)
a('en', 'same_parent', "I don't know, sorry.", UNK)
a('en', 'revenue_3y_avg', 'need to check with finance', UNK)
a('en', 'platform_indicators_met', 'no clue tbh', UNK)
a('en', 'acquisition_lawful', "Not sure - our legal team handles that.", UNK)


# ---------------------------------------------------------------- write + counts
def main():
    with open(os.path.join(HERE, 'openings.json'), 'w', encoding='utf-8') as f:
        json.dump(OPENINGS, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'answers.json'), 'w', encoding='utf-8') as f:
        json.dump(ANSWERS, f, ensure_ascii=False, indent=1)
        f.write('\n')
    ol = Counter(x['lang'] for x in OPENINGS)
    traps = sum(1 for x in OPENINGS if x['must_not_record'])
    print(f"openings: {len(OPENINGS)} (zh {ol['zh']}, en {ol['en']}), with must_not_record: {traps}")
    al = Counter(x['lang'] for x in ANSWERS)
    print(f"answers: {len(ANSWERS)} (zh {al['zh']}, en {al['en']}), slots: {len(set(x['slot'] for x in ANSWERS))}, with also: {sum(1 for x in ANSWERS if 'also' in x)}")
    for lang in ('zh', 'en', None):
        xs = [x for x in ANSWERS if lang is None or x['lang'] == lang]
        kinds = Counter(next(iter(x['expect'])) for x in xs)
        na = Counter(x['expect']['not_answer'] for x in xs if 'not_answer' in x['expect'])
        print(f"  {lang or 'all'}: " + ', '.join(f'{k} {kinds[k]}' for k in ('value', 'ask', 'not_answer', 'unknown'))
              + f"  (not_answer: {dict(na)})")
    types = Counter(VOC[x['slot']]['type'] for x in ANSWERS)
    print('  by slot type: ' + ', '.join(f'{k} {v}' for k, v in sorted(types.items())))


if __name__ == '__main__':
    main()
