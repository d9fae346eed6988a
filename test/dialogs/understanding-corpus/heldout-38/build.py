#!/usr/bin/env python3
"""heldout38-dialog: blind-written dialog evaluation corpus for 专项资金申报助手
(2022年度江苏省工业和信息产业转型升级专项资金项目指南).

All data is written here in writing order; running this file writes openings.json and
answers.json next to it and prints the counts.  Question texts are read from
../facts-vocabulary.json so they cannot drift.
Check: python3 /work/kit/validate.py /work/kit/facts-vocabulary.json /work/kit/heldout38-dialog
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(
    open(os.path.join(HERE, '..', 'facts-vocabulary.json'), encoding='utf-8'))['facts']}

openings, answers = [], []


def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(mnr), 'note': note})


def A(lang, slot, text, expect, also=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q,
         'text': text, 'expect': expect}
    if also:
        a['also'] = also
    answers.append(a)


def V(v):
    return {'value': v}


ASK = {'ask': True}
UNK = {'unknown': True}
NQ = {'not_answer': 'question'}
NC = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# ---------------------------------------------------------------------------
# Openings, Chinese
# ---------------------------------------------------------------------------
O('zh', '你好 我们是常州武进一家做齿轮箱的规上企业，今年在搞技改 备案总投资六千八百万 工行给的固贷四千万 设备买了一部分 想问下贴息能拿多少',
  {'applicant_kind': 'enterprise', 'above_scale': True, 'filed_total_investment': 6800, 'fixed_asset_loan': 4000},
  ['equipment_bought_with_loan'],
  'tech-loan. 设备只买了一部分 = partial yes: equipment_bought_with_loan is asked later.')
O('zh', '苏州吴江的 做纺织机械 规上 技改项目总投资1.2亿 银行授信八千万 实际提款五千万 21年固贷利息付了两百多万 土建那块不算在里面',
  {'above_scale': True, 'total_investment': 12000, 'loan_interest_paid_2021': 200},
  ['fixed_asset_loan'],
  'tech-loan. 授信 vs 提款 are two competing loan figures; 两百多万 → 200.')
O('zh', '南通一家家纺企业 去年入选了省智能制造示范工厂名单 项目21年10月完工 总投资5200万 但里面含了新厂房土建1500万 软件这块六百来万',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31', 'stage': 'completed',
   'software_investment': 600},
  ['total_investment'],
  'smart-factory. 5200 includes civil works which 1.2.3 excludes: total_investment must be asked (no silent subtraction).')
O('zh', '无锡锡山 规上 做汽车零部件 在搞5G全连接工厂 厂里自己建5G专网 生产质检物流都跑5G 总投资三千五百万（含税的）21年底已经投了八百万左右 还在建',
  {'above_scale': True, 'fiveg_direction': True, 'invested_by_2021_end': 800, 'stage': 'under_construction'},
  ['total_investment'],
  '5g-iiot. The total is tax-inclusive; 1.2.3 counts it ex-tax.')
O('zh', '扬州做起重机的 我们是国家级服务型制造示范企业 做了个远程运维加全生命周期管理平台 总投入2600万 软件系统集成四百五 21年8月上线 推荐单位还没来验收 去年产值两个多亿',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True, 'total_investment': 2600,
   'software_investment': 450, 'completion_date': '2021-08-31', 'stage': 'completed', 'accepted': False},
  ['revenue_last_year'],
  'service-upgrade. 国家级 counts as 省级及以上; 产值 is not 主营业务收入.')
O('zh', '你好，我们是徐州一家工业互联网公司，在做工程机械行业的标识解析二级节点，已经通过了信通院组织的专家评估。现在注册量1.5亿左右，预计上线时能到3个亿',
  {'applicant_kind': 'enterprise', 'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 3},
  [],
  'iiot-identifier. The slot is the cumulative figure at completion: 3 (亿), not today\'s 1.5.')
O('zh', '我们平台是19年认定的省级重点工业互联网平台 这次项目投了1500万 21年12月完工 推荐单位已经验收 意见也出了 对接信通院云池没问题 可以承诺',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-12-31',
   'stage': 'completed', 'accepted': True, 'platform_monitoring_commitment': True},
  [],
  'iiot-platform. 2019 is within "2018年以来认定".')
O('zh', '南京 做工控安全的 想报工业互联网安全项目（企业侧安全平台）总投入七八百万 截止去年底投了一百五 明年6月完工',
  {'invested_by_2021_end': 150, 'completion_date': '2023-06-30'},
  ['total_investment'],
  'iiot-security. 七八百万 is a range.')
O('zh', '我们是南京江北新区管委会 想申报信创先导区 实施期内投资预算一个多亿 有明确的运营主体 是区里的国资平台公司',
  {'applicant_kind': 'park', 'total_investment': 10000, 'xinchuang_zone_operator': True},
  [],
  'xinchuang-zone. 管委会 → park; 一个多亿 → 10000.')
O('zh', '我们是省内骨干信创企业 打算和南京一所大学合建信创实验室 合作期三到五年 建设期投入一千二百万',
  {'certifications_include': ['xinchuang-backbone'], 'total_investment': 1200},
  ['lab_cooperation_years'],
  'xinchuang-lab. 三到五年 is a range (and the guide needs ≥5).')
O('zh', '苏州工业园区一家大数据公司 已经入了省工信厅的大数据企业库 项目是工业设备数据分析平台 21年9月底上线的 总投资980万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['cloud-bigdata-registry'], 'completion_date': '2021-09-30',
   'stage': 'completed', 'total_investment': 980},
  [],
  'data-product. 980 is stated exactly (below the 1000 threshold, but recordable).')
O('zh', '我们是做智改数转诊断的服务商 上海和苏州都有公司 听说有免费诊断服务项目 我们能直接申请吗',
  {'applicant_kind': 'enterprise'},
  ['in_jiangsu'],
  'free-diagnosis (bought by government, not applied for). Two seats, Shanghai and Suzhou: in_jiangsu is unclear.')
O('zh', '常州 做IGBT功率器件的 有自己的专利 研发攻关投入大概三千来万 实施期两三年吧',
  {'rd_investment': 3000},
  ['own_ip'],
  'core-tech. 有专利 answers only one part of the three-part own_ip (IP + research base + funding).')
O('zh', '无锡一家做高端数控机床的 搞五轴联动攻关 研发投入四五千万 2022年3月开工 计划24年底完成',
  {'start_date': '2022-03-31', 'completion_date': '2024-12-31'},
  ['rd_investment'],
  'core-tech. 四五千万 is a range; completion after the 2024-06 deadline.')
O('zh', '我们集团去年7月完成了对湖州一家同行的收购 工商变更都办完了 持股65% 出资1.8亿 其中现金1.2个亿',
  {'merger_completed_2021': True, 'acquisition_registered': True, 'acquisition_date': '2021-07-31', 'stake_after_pct': 65,
   'acquisition_amount': 18000, 'acquisition_cash': 12000},
  ['in_jiangsu'],
  'merger. The Huzhou (Zhejiang) target says nothing about where the applicant is.')
O('zh', '苏州 我们21年11月完成了对一家德国传感器公司的并购 100%股权 交易对价2300万欧元 都是现金',
  {'merger_completed_2021': True, 'acquisition_date': '2021-11-30', 'stake_after_pct': 100},
  ['acquisition_amount', 'acquisition_cash'],
  'merger, cross-border. Euro figure: the RMB amount must be asked.')
O('zh', '集团下面两个子公司之间做了个股权重组 去年完成的 金额6000万港币 能报兼并重组吗',
  {'same_parent': True},
  ['acquisition_amount'],
  'merger. Same-parent deals are excluded (3.1.1.2); HK$ figure.')
O('zh', '你好 我们是21年新认定的省专精特新小巨人 做精密轴承 近三年营收平均增长12% 研发占比大概3.5到4% 主导产品占营收七成 去年交税380万',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70,
   'taxes_paid_last_year': 380},
  ['rd_ratio_3y_avg_pct'],
  'little-giant. R&D ratio given as a range across the 4% threshold.')
O('zh', '我们19年就评上省专精特新小巨人了 去年创新升级投入一千一百多万 有专项审计 实缴税金差不多四百',
  {'upgrade_investment_last_year': 1100, 'taxes_paid_last_year': 400},
  ['certifications'],
  'little-giant. A 2019 recognition is not little-giant-2021.')
O('zh', '小巨人企业 21年新认定的 去年纳税不到400万 营收三年平均增长百分之七八',
  {'certifications_include': ['little-giant-2021']},
  ['taxes_paid_last_year', 'revenue_growth_3y_avg_pct'],
  'little-giant. 不到400万 (just under the threshold) and 百分之七八 (range).')
O('zh', '盐城一家企业 2021年被工信部认定为国家制造业单项冠军 省里有奖励吗',
  {'applicant_kind': 'enterprise', 'certifications_include': ['single-champion-2021']},
  [],
  'honor-award.')
O('zh', '我们是苏州市工信局的 今年牵头办2022中国工业软件大会 算展会还是活动搞不清 预算两千万左右',
  {'applicant_kind': 'city_bureau'},
  ['event_kind'],
  'expo-event. The user explicitly does not know whether it is an exhibition or an event.')
O('zh', '泰州 化工企业 做余热回收节能改造 总投资2800万 截至21年底投了九百万 现在还在施工 预计明年年底完工 环评能评都有了',
  {'green_direction': True, 'total_investment': 2800, 'invested_by_2021_end': 900, 'stage': 'under_construction',
   'completion_date': '2023-12-31'},
  ['approvals_complete'],
  'green-upgrade. 环评能评 but 备案 not mentioned: approvals only partly confirmed.')
O('zh', '台州一家做废旧动力电池回收的 项目投资三千万 在建 想报绿色化改造',
  {'in_jiangsu': False, 'total_investment': 3000, 'stage': 'under_construction'},
  [],
  'green-upgrade. 台州 is in Zhejiang (not 泰州).')
O('zh', '我们去年底节能技改已经完工了 总投资2500万 能报绿色化改造吗',
  {'stage': 'completed', 'completion_date': '2021-12-31', 'total_investment': 2500},
  [],
  'green-upgrade needs a project started and not yet completed (4.1.1.4).')
O('zh', '我们是省级制造业创新中心的依托企业 20年省里批复的 项目建设周期两年 总投入五六千万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['provincial-innovation-center']},
  ['total_investment'],
  'innovation-center. 五六千万 is a range straddling the 5000 threshold.')
O('zh', '我们是常州的一个行业协会 民非性质 专门服务新能源汽车零部件集群 专职人员十来个 21年集群服务收入一百八十几万',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 10, 'cluster_service_revenue_2021': 180},
  [],
  'cluster-org.')
O('zh', '我们是集群促进机构 只服务物联网集群 去年服务收入两百万左右吧 团队八到十二个人',
  {'cluster_focus': True, 'cluster_service_revenue_2021': 200},
  ['service_team_size'],
  'cluster-org. Team size is a range around the 10-person threshold.')
O('zh', '我们是省级中小企业公共服务示范平台 在有效期内 去年线下服务中小企业150多家 公益活动搞了十二场 满意度95% 平台投入四百二十万 其中装修改造花了八十万 免费服务占三成',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 12,
   'satisfaction_pct': 95, 'free_service_share_pct': 30},
  ['platform_investment_2021'],
  'sme-platform. 420 includes 房屋改造 which 5.3.1.3 excludes: two competing figures.')
O('zh', '省级小微企业双创示范基地 去年新增规上一两家 服务的企业一百二十家左右',
  {'certifications_include': ['micro-business-base']},
  ['new_above_scale_2021'],
  'sme-platform (base). 一两家 is a range.')
O('zh', '县中小企业服务中心 事业单位 21年建设投入加服务支出一共二百三十万 服务全是免费的',
  {'applicant_kind': 'public_institution', 'sme_service_center': True, 'platform_investment_2021': 230,
   'all_services_free': True},
  [],
  'sme-platform, local SME service centre (5.3.1.4).')
O('zh', '我们做智慧养老平台的 在通州 项目总投入六百万 21年底前投了一百万 明年3月完成',
  {'info_consumption_direction': True, 'total_investment': 600, 'invested_by_2021_end': 100,
   'completion_date': '2023-03-31'},
  ['in_jiangsu'],
  'info-consumption. 通州 is ambiguous (南通通州区 or 北京通州).')
O('zh', '公司注册在上海 项目在南通落地 做智慧文旅平台 投资七百万',
  {'in_jiangsu': False, 'total_investment': 700, 'info_consumption_direction': True},
  [],
  'info-consumption. Applicant outside Jiangsu → in_jiangsu false.')
O('zh', '你好 我们是南京一家培训机构 注册资金300万 近三年收入一年四五百万 每年线下培训两千人次左右 想报产业人才培养',
  {'registered_capital': 300, 'trainees_3y_avg': 2000},
  ['revenue_3y_avg'],
  'talent-training. 四五百万 is a range.')
O('zh', '某职业技术学院 计划办10个班 每班大概五六十人 总共五百多人 在南京苏州扬州徐州淮安五个市办 学员要收一点资料费',
  {'applicant_kind': 'university', 'training_cities': 5, 'planned_trainees': 500, 'training_free': False},
  ['min_class_size'],
  'talent-training. 五六十人 per class is a range; charging 资料费 → training_free false.')

# ---------------------------------------------------------------------------
# Openings, English
# ---------------------------------------------------------------------------
O('en', "Hi, I'm the finance manager at a German-owned auto parts plant in Taicang. We're upgrading the stamping line at our plant. "
        "The filed investment is RMB 45 million and we have a 30 million yuan fixed-asset loan from Bank of China's Suzhou branch. "
        "Most of the equipment has been delivered, a few presses are still pending. Are we eligible for the interest subsidy?",
  {'in_jiangsu': True, 'applicant_kind': 'enterprise', 'filed_total_investment': 4500, 'fixed_asset_loan': 3000,
   'loan_from_jiangsu_bank': True},
  ['equipment_bought_with_loan'],
  'tech-loan, foreign staff. "Most of the equipment" = partial yes.')
O('en', 'hi pls help, we r 规上 company in Nantong, tech upgrade proj total invest abt 50m rmb, loan 20m, rate LPR+50bp, interest paid 2021 around 90w. can apply 贴息?',
  {'above_scale': True, 'total_investment': 5000, 'fixed_asset_loan': 2000, 'loan_interest_paid_2021': 90},
  ['loan_rate_pct'],
  'tech-loan, Chinese staff. LPR+bp is not a percentage.')
O('en', 'We are a Japanese-invested electronics manufacturer in Wuxi. Our plant is on the provincial industrial internet benchmark factory list. '
        'The project finished in November 2021 and cost about USD 6 million, of which roughly USD 1.2 million went to software and cloud.',
  {'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-11-30', 'stage': 'completed'},
  ['total_investment', 'software_investment'],
  'iiot-benchmark. Dollar figures.')
O('en', 'Our factory in Changzhou is building a private 5G network and using it for AGV logistics, machine-vision QC and predictive maintenance. '
        'Total investment is 25 million yuan ex-tax; by the end of 2021 about 30% had been spent.',
  {'fiveg_direction': True, 'total_investment': 2500, 'stage': 'under_construction'},
  ['invested_by_2021_end'],
  '5g-iiot. Progress given as a share, not an amount.')
O('en', 'Hello. We operate the secondary identifier resolution node for the textile industry in Suzhou and passed the expert evaluation organised by CAICT last year. '
        'We expect 250 million cumulative registrations and about 1,200 connected companies when the node goes live in June 2023.',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.5,
   'identifier_connected_enterprises': 1200, 'completion_date': '2023-06-30'},
  [],
  'iiot-identifier. 250 million = 2.5 亿.')
O('en', 'we r industrial cybersecurity vendor in nanjing, want apply iiot security proj, budget just under 5m rmb, started last yr',
  {'applicant_kind': 'enterprise'},
  ['total_investment'],
  'iiot-security. "just under 5m" sits at the 500万 threshold.')
O('en', "I work at Xi'an Jiaotong-Liverpool University in Suzhou. A Jiangsu xinchuang backbone company wants to set up an IT application innovation lab with us on our campus. "
        'The cooperation would run five years, the build phase ends December 2023, and the build budget is 12 million yuan.',
  {'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5, 'completion_date': '2023-12-31',
   'total_investment': 1200},
  ['applicant_kind'],
  'xinchuang-lab. The writer is the university, but the applicant is the company (1.4.2.3).')
O('en', "Data productization project: blockchain-based traceability platform for the food supply chain. Completed Dec 2021, the acceptance opinion has been issued. "
        "Total investment was 11.3 million yuan incl. VAT. We're on the provincial cloud/big data/blockchain enterprise registry.",
  {'completion_date': '2021-12-31', 'stage': 'completed', 'accepted': True, 'data_product_tech': True,
   'certifications_include': ['cloud-bigdata-registry']},
  ['total_investment'],
  'data-product. Total given incl. VAT.')
O('en', 'Hello, our group is headquartered in Nanjing. In September 2021 we completed the acquisition of 55% of a Hungarian bus maker '
        '(registration changes done), paying EUR 11 million, about RMB 80 million, all in cash.',
  {'merger_completed_2021': True, 'acquisition_registered': True, 'acquisition_date': '2021-09-30', 'stake_after_pct': 55,
   'acquisition_amount': 8000},
  [],
  'merger, cross-border. The user gave the RMB figure.')
O('en', 'hi, we r 2021 newly recognised provincial little giant (专精特新), revenue growth 3yr avg 9%, R&D ratio abt 3.8%, tax paid last yr 4.5m, output value 1.8亿',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 9, 'rd_ratio_3y_avg_pct': 3.8,
   'taxes_paid_last_year': 450},
  ['revenue_last_year'],
  'little-giant. Output value (产值) is not revenue.')
O('en', 'We operate a cement plant near Xuzhou and are retrofitting two kilns for energy efficiency. Total project cost is somewhere between 30 and 40 million yuan, '
        'roughly a quarter of it was spent by the end of 2021, and we expect to finish mid-2023.',
  {'green_direction': True, 'stage': 'under_construction'},
  ['total_investment', 'invested_by_2021_end'],
  'green-upgrade. Range, relative progress, "mid-2023" (not required).')
O('en', 'We are a non-profit training institute in Suzhou, running since 2015. Our plan: 12 classes, mostly 4 days but a few only 3 days, '
        'at least 60 trainees per class, held in Suzhou, Yangzhou, Huai\'an and Nanjing. No fees for trainees.',
  {'applicant_kind': 'nonprofit', 'min_class_size': 60, 'training_cities': 4, 'training_free': True},
  ['long_classes'],
  'talent-training. The number of 3.5-day+ classes is not given (12 includes some 3-day ones).')
O('en', "Hi, I'm with the Wuxi National Hi-tech Zone administrative committee. We co-host the World IoT Expo every year. What support is there for the expo?",
  {'applicant_kind': 'park', 'event_kind': 'exhibition'},
  [],
  'expo-event.')
O('en', 'Is there funding for buying electric buses? We are the public transport company in Yancheng and plan to add 200 new-energy buses this year.',
  {'applicant_kind': 'enterprise'},
  [],
  'nev-promotion (scheme announced separately).')
O('en', "We're an industry association in Wuxi serving the IoT cluster only. About 15 full-time staff. 2021 cluster service income was HK$2.5m.",
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 15},
  ['cluster_service_revenue_2021'],
  'cluster-org. HK$ figure.')

# ---------------------------------------------------------------------------
# Answers, Chinese  (slot, text, expect, also)
# ---------------------------------------------------------------------------
Z = lambda *a, **k: A('zh', *a, **k)

# applicant
Z('in_jiangsu', '是的 公司跟项目都在无锡', V(True))
Z('in_jiangsu', '我们在通州', ASK)
Z('in_jiangsu', '台州的 浙江那个台州', V(False))
Z('applicant_kind', '事业单位哈', V('public_institution'))
Z('industrial', '是 做注塑件的 规上', V(True), also={'above_scale': True})
Z('industrial', '贸易公司算工业企业伐', NQ)
Z('revenue_last_year', '一亿二左右 规上的', V(12000), also={'above_scale': True})
Z('revenue_last_year', '产值两个多亿', ASK)
Z('revenue_last_year', '35000000', ASK)
Z('revenue_last_year', '不到两千万 差一点点', ASK)
Z('revenue_last_year', '要问财务', UNK)
Z('above_scale', '啥叫规上 营收多少算', NQ)
Z('certifications', '都没有', V([]))
Z('certifications', '进了省工信厅大数据企业库 项目也在20年的大数据示范项目名单里', V(['cloud-bigdata-registry', 'bigdata-demo-project']))
Z('certifications', '21年的国家单项冠军 还有21年全国质量奖', V(['single-champion-2021', 'quality-award-2021']))
Z('approvals_complete', '不需要办 推荐单位出了说明的', V(True))
Z('approvals_complete', '备案有了 环评还在走流程', V(False))

# investment
Z('total_investment', '3kw', V(3000))
Z('total_investment', '四五千万吧', ASK)
Z('total_investment', '备案是6000万 不含土建的话大概4200', ASK, also={'filed_total_investment': 6000})
Z('total_investment', '不到2000万', ASK)
Z('total_investment', '不清楚 方案还没定', UNK)
Z('total_investment', '要3000万以上才行吗？', NQ)
Z('filed_total_investment', '备案文件上是1.05亿 含土建', V(10500))
Z('filed_total_investment', '备案证找不到了 回头找找看', UNK)
Z('total_investment_basis', '是备案文件上的数', V('filed'))
Z('total_investment_basis', '不含税不含土建的 财务核过', V('net'))
Z('total_investment_basis', '都不是 是几个合同额加起来的', ASK)
Z('software_investment', '四百万出头', V(400))
Z('software_investment', '大概占总投资一成多', ASK)
Z('has_plan_and_targets', '方案是咨询公司在弄 我不太清楚', UNK)
Z('invested_by_2021_end', '还没投 21年一分钱没花', V(0))

# schedule
Z('start_date', '21年3月15号开工 预计今年底完工', V('2021-03-15'), also={'completion_date': '2022-12-31'})
Z('start_date', '前年开工的', ASK)
Z('start_date', '还没开工 下个月开', ASK, also={'stage': 'planned'})
Z('completion_date', '去年十月底就建成头产了', V('2021-10-31'), also={'stage': 'completed'})
Z('more_acquisitions_2', '没了 就这俩', V(False))
Z('completion_date', '21年12月上线的', V('2021-12-31'), also={'stage': 'completed'})
Z('completion_date', '9月底吧', ASK)
Z('completion_date', '还没定', UNK)
Z('stage', '完工了 去年11月', V('completed'), also={'completion_date': '2021-11-30'})
Z('stage', '完成一半了', V('under_construction'))
Z('stage', '不是在建', ASK)
Z('accepted', '验收了 意见还没拿到', V(False))
Z('accepted', '推荐单位是哪个 区工信局吗', NQ)

# loan
Z('fixed_asset_loan', '没贷款 全自有资金', V(0))
Z('fixed_asset_loan', '两千五 江苏银航贷的', V(2500), also={'loan_from_jiangsu_bank': True})
Z('fixed_asset_loan', '贷款还在批', ASK)
Z('loan_from_jiangsu_bank', '上海浦发总行直接放的', V(False))
Z('loan_from_jiangsu_bank', '省外银行贷的算不算', NQ)
Z('equipment_bought_with_loan', '买了', V(True))
Z('equipment_bought_with_loan', '买了一部分 还有几台在谈', ASK)
Z('loan_interest_paid_2021', '一百二十几万', V(120))
Z('loan_interest_paid_2021', '不好说', UNK)
Z('loan_interest_paid_2021', '2021年的利息怎么算 按提款日吗', NQ)
Z('loan_rate_pct', '百分之三点八五', V(3.85))
Z('loan_rate_pct', '0.038', ASK)
Z('loan_term_years', '两三年', ASK)
Z('other_interest_subsidy_2021', '木有', V(0))
Z('equipment_invoice_2021', '含税一千一百三', ASK)
Z('equipment_invoice_2021', '审计报告还没出', UNK)

# core tech
Z('rd_investment', '不到三千', ASK)
Z('rd_investment', '研发投入算不算人工费？', NQ)
Z('own_ip', '有 发明专利十几个 有研发中心 资金也没问题', V(True))
Z('own_ip', '有几个发明专利', ASK)
Z('core_tech_direction', '是的 属于高端芯片 做MCU的', V(True))
Z('core_tech_direction', '不太确定 方向挺多的', UNK)

# directions
Z('green_direction', '对 余热回收 节能的', V(True))
Z('fiveg_direction', '嗯 5G专网以经建了 AGV和视觉质检都走5G 总投资两千六', V(True), also={'total_investment': 2600})
Z('service_direction', '是滴 做的远程运维和全生命周期管理', V(True))
Z('info_consumption_direction', '智慧养老平台 算的', V(True))

# merger
Z('merger_completed_2021', '对 去年9月完成的', V(True), also={'acquisition_date': '2021-09-30'})
Z('merger_completed_2021', '今年3月才变更完', V(False), also={'acquisition_date': '2022-03-31'})
Z('merger_initiator', '是我们发起滴', V(True))
Z('acquisition_date', '2021年6月30号工商变更完的', V('2021-06-30'))
Z('acquisition_registered', '都办完了 新执照都拿到了', V(True))
Z('acquisition_amount', '1000万欧元 折合人民币七千二左右', V(7200))
Z('acquisition_cash', '现金五千 剩下的换股 持股51%', V(5000), also={'stake_after_pct': 51})
Z('acquisition_2_cash', '第二个也是一半现金 一半换股', ASK)
Z('stake_after_pct', '全资', V(100))
Z('same_parent', '不是 外部收购的', V(False))
Z('acquisition_lawful', '合规的 律所出了意见', V(True))
Z('more_acquisitions', '还有一个 出资六千万', V(True), also={'acquisition_2_amount': 6000})
Z('acquisition_2_stake_pct', '七成', V(70))

# little giant
Z('main_product_share_pct', '八成以上', V(80))
Z('main_product_share_pct', '过半', ASK)
Z('rd_ratio_3y_avg_pct', '4.2%', V(4.2))
Z('rd_ratio_3y_avg_pct', '0.045', ASK)
Z('core_chain_leading', '是 替代进口的', V(True))
Z('upgrade_investment_last_year', '一千一百多万 审计报告有', V(1100))
Z('upgrade_investment_last_year', '专项审计还没做 数不好说', UNK)
Z('taxes_paid_last_year', '四百二', V(420))
Z('taxes_paid_last_year', '400万以上算吗', NQ)
Z('taxes_paid_last_year', '不知道 财务休假了', UNK)

# events, innovation centre, cluster
Z('event_kind', '是个大赛 紫金奖工业设计的', V('activity'))
Z('event_listed', '是的 世界物联网博览会', V(True))
Z('innovation_center_age_years', '刚满三年', V(3))
Z('cluster_focus', '对 就服务新能源汽车这条链 专职的有十二个人', V(True), also={'service_team_size': 12})
Z('service_team_size', '十来个', V(10))
Z('service_team_size', '八到十二个人', ASK)
Z('cluster_service_revenue_2021', '一百八十几万', V(180))
Z('cluster_participation', '参加过国家集群竞赛 市里强链行动也在做', V(True))

# SME platform
Z('sme_service_center', '不是 我们是民营平台', V(False))
Z('smes_served_2021', '线上线下加起来五百家 线下单独没统计', UNK)
Z('public_events_2021', '一场都没有', V(0))
Z('satisfaction_pct', '九成五', V(95))
Z('new_above_scale_2021', '两家', V(2))
Z('platform_investment_2021', '四百五 不含税', V(450))
Z('free_service_share_pct', '两成', V(20))
Z('all_services_free', '都免费', V(True))
Z('replicable_solution', '能 已经在三个市复制了', V(True))

# training
Z('training_licensed', '营业执照里有培训 做了六年了', V(True), also={'training_years': 6})
Z('registered_capital', '五百万', V(500))
Z('revenue_3y_avg', '六百w出头 以审计报告为准', V(600))
Z('trainees_3y_avg', '一年一千五百人次左右 不含线上', V(1500))
Z('trainees_3y_avg', '线上线下加一起三千多', ASK)
Z('training_experience', '有的 给市工信局办过好几其', V(True))
Z('training_direction_match', '对 面向省内企业的 主要是智改数转跟绿色低碳两块', V(True))
Z('planned_trainees', '不到800', ASK)
Z('long_classes', '八个班都是四天', V(8))
Z('training_cities', '南京、苏州、扬州、淮安四个地方', V(4))
Z('training_all_regions', '苏北没有', V(False))
Z('training_free', '只收资料费', V(False))

# identifier, platform, security, xinchuang, data
Z('identifier_capability', '具备 团队二十多人', V(True))
Z('identifier_showroom', '这个还没规划 不好说', UNK)
Z('identifier_promotion_events', '计划六场', V(6))
Z('identifier_registrations_yi', '两千万', V(0.2))
Z('identifier_connected_enterprises', '一千二百家 解析量也过亿了', V(1200), also={'identifier_resolutions_yi': 1})
Z('platform_monitoring_commitment', '可以承诺', V(True))
Z('security_capability', '有 我们就是做工控安全的', V(True))
Z('security_services_commitment', '服务能提供 对接省平台要领导定', ASK)
Z('xinchuang_zone_basis', '有的 龙头企业好几家', V(True))
Z('xinchuang_zone_operator', '还没定运营主体', V(False))
Z('lab_with_jiangsu_university', '和南大 在他们仙林校区', V(True))
Z('lab_breakthrough_direction', '这个要问技术那边', UNK)
Z('data_product_tech', '是 基于区块链的溯源平台', V(True))

# not answers: corrections, commands, questions
Z('loan_rate_pct', '不对 刚才贷款说错了 是三千不是四千', NC, also={'fixed_asset_loan': 3000})
Z('equipment_invoice_2021', '更正一下 总投资是五千二', NC, also={'total_investment': 5200})
Z('above_scale', '等下 营收说错了 应该是两千八', NC, also={'revenue_last_year': 2800})
Z('completion_date', '前面说错了 开工是21年5月', NC, also={'start_date': '2021-05-31'})
Z('largest_shareholder', '更正：持股比例是60%', NC, also={'stake_after_pct': 60})
Z('revenue_last_year', '不好意思 我们不是规上 还差一点', NC, also={'above_scale': False})
Z('loan_term_years', '刚才那个利息应该是九十五万', NC, also={'loan_interest_paid_2021': 95})
Z('software_investment', '结果', CMD)
Z('certifications', '先看看结果吧', CMD)
Z('smes_served_2021', '重新开始', CMD)
Z('loan_term_years', '/reset', CMD)
Z('stage', '算了 从头来', CMD)
Z('taxes_paid_last_year', '/result', CMD)
Z('total_investment', '什么时候截止申报', NQ)

# ---------------------------------------------------------------------------
# Answers, English
# ---------------------------------------------------------------------------
E = lambda *a, **k: A('en', *a, **k)

# applicant
E('in_jiangsu', 'Our HQ is in Shanghai but the plant and the project are in Kunshan.', V(False))
E('in_jiangsu', 'we r in Taizhou', ASK)
E('applicant_kind', 'we r the hi-tech zone admin committee', V('park'))
E('industrial', "no, we're a software house, no factory", V(False))
E('revenue_last_year', "RMB 40m, and yes we're 规上", V(4000), also={'above_scale': True})
E('revenue_last_year', 'around USD 8 million', ASK)
E('revenue_last_year', 'output value was 300m last year', ASK)
E('revenue_last_year', "I'd have to check with finance", UNK)
E('above_scale', "What's the threshold for above-scale?", NQ)
E('certifications', "We're on the provincial industrial internet benchmark factory list, and we're also a provincial service-oriented manufacturing demonstration enterprise.",
  V(['iiot-benchmark-list', 'service-manufacturing-demo']))
E('certifications', 'none of those', V([]))
E('certifications', 'we got little giant back in 2019, nothing else', V([]))
E('certifications', 'little giant, not sure about the rest', ASK, also={'certifications_include': ['little-giant-2021']})
E('approvals_complete', 'not needed I think', ASK)

# investment
E('total_investment', 'roughly 28m RMB ex VAT, no civil works. loan is 20m', V(2800), also={'fixed_asset_loan': 2000})
E('total_investment', '40 million yuan', V(4000))
E('total_investment', 'between 30 and 40 million', ASK)
E('total_investment', '35m incl VAT', ASK)
E('total_investment', 'Does it have to be above 30 million?', NQ)
E('filed_total_investment', 'the filing says 62 million', V(6200))
E('software_investment', 'not sure, the IT team would know', UNK)
E('invested_by_2021_end', 'about 9 million by Dec 31', V(900))
E('invested_by_2021_end', 'around half', ASK)

# schedule
E('start_date', 'last September', V('2021-09-30'))
E('start_date', 'sometime in 2021', ASK)
E('completion_date', 'Sept 2021', V('2021-09-30'))
E('completion_date', 'it was done in Nov 2021, already in production', V('2021-11-30'), also={'stage': 'completed'})
E('completion_date', 'end of next year', V('2023-12-31'))
E('completion_date', "when's the application deadline?", NQ)
E('stage', 'not started yet, still in planning', V('planned'))

# loan
E('fixed_asset_loan', 'no loan, all own funds', V(0))
E('fixed_asset_loan', 'credit line 50m, drawn 30m so far', ASK)
E('fixed_asset_loan', "what's the max subsidy for this?", NQ)
E('loan_from_jiangsu_bank', 'Yes, Bank of Jiangsu, Suzhou branch', V(True))
E('loan_interest_paid_2021', 'around 1.1m', V(110))
E('loan_interest_paid_2021', 'need to check with our bank', UNK)
E('loan_rate_pct', '4.2%', V(4.2))
E('loan_rate_pct', 'LPR+30bp', ASK)
E('cluster_org_basics', 'yes, we have our own office, proper rules, steady income from membership fees and services', V(True))
E('loan_term_years', 'no idea tbh', UNK)
E('equipment_invoice_2021', 'RMB 18m excluding VAT', V(1800))

# programme facts
E('rd_investment', 'approx 35 million yuan', V(3500))
E('own_ip', 'hmm not sure, have to ask the R&D director', UNK)
E('acquisition_amount', 'USD 9m, roughly RMB 58 million, for 60%', V(5800), also={'stake_after_pct': 60})
E('acquisition_amount', 'EUR 10m', ASK)
E('stake_after_pct', '51 pct', V(51))
E('stake_after_pct', 'majority', ASK)
E('largest_shareholder', "we're joint largest with a PE fund", V(False))
E('revenue_growth_3y_avg_pct', 'about 10%', V(10))
E('main_product_share_pct', 'a bit over 70 percent', V(70))
E('taxes_paid_last_year', 'just under 4 million', ASK)
E('taxes_paid_last_year', "I'd rather not say", UNK)
E('event_kind', "it's an exhibition", V('exhibition'))
E('service_team_size', 'a dozen', V(12))
E('lab_roles_agreed', 'yes, the agreement says the university provides the space and runs the lab, we supply the hardware and software', V(True))
E('smes_served_2021', 'over 200, all offline', V(200))
E('platform_indicators_met', "don't know offhand", UNK)
E('planned_trainees', 'about 1000', V(1000))
E('min_class_size', 'at least 55 per class', V(55))
E('training_years', '7 years', V(7))
E('training_free', 'free for everyone, they only pay their own train tickets', V(True))
E('identifier_registrations_yi', '300 million', V(3))
E('identifier_resolutions_yi', 'not sure yet', UNK)
E('lab_cooperation_years', 'five years, build phase runs to Dec 2023', V(5), also={'completion_date': '2023-12-31'})

# not answers
E('loan_interest_paid_2021', 'sorry, the loan was 20m not 25m', NC, also={'fixed_asset_loan': 2000})
E('software_investment', 'correction: 2021 revenue was 52 million', NC, also={'revenue_last_year': 5200})
E('accepted', 'wait, completion was Oct 2021 not Dec', NC, also={'completion_date': '2021-10-31'})
E('equipment_invoice_2021', 'show me the result', CMD)
E('rd_investment', 'start over', CMD)
E('loan_term_years', 'reset', CMD)

# ---------------------------------------------------------------------------
with open(os.path.join(HERE, 'openings.json'), 'w', encoding='utf-8') as f:
    json.dump(openings, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, 'answers.json'), 'w', encoding='utf-8') as f:
    json.dump(answers, f, ensure_ascii=False, indent=1)


def kind(a):
    k = next(iter(a['expect']))
    return f"not_answer:{a['expect'][k]}" if k == 'not_answer' else k


if __name__ == '__main__':
    print('openings', len(openings), dict(Counter(o['lang'] for o in openings)),
          'with traps', sum(1 for o in openings if o['must_not_record']))
    print('answers', len(answers), dict(Counter(a['lang'] for a in answers)))
    for lang in ('zh', 'en', None):
        sel = [a for a in answers if lang is None or a['lang'] == lang]
        print(' ', lang or 'all', dict(Counter(kind(a) for a in sel)), 'with also', sum(1 for a in sel if 'also' in a))
    print('  by slot type', dict(Counter(VOC[a['slot']]['type'] for a in answers)))
    print('  value answers by slot type', dict(Counter(VOC[a['slot']]['type'] for a in answers if 'value' in a['expect'])))
    print('  distinct slots', len({a['slot'] for a in answers}), 'of', len(VOC))
