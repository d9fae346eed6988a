#!/usr/bin/env python3
"""tune-zza: a HARD dialog evaluation corpus for 专项资金申报助手 (2022 Jiangsu special fund guide).

All data is written here in writing order; running this file writes openings.json and
answers.json next to it and prints the counts. Question texts are read from the kit's
facts-vocabulary.json so they cannot drift.

Usage: python3 build.py
Check: python3 /work/kit/validate.py /work/kit/facts-vocabulary.json /work/kit/tune-zza
"""
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = json.load(open('/work/kit/facts-vocabulary.json'))['facts']
FACT = {f['key']: f for f in VOC}


def V(x):
    return {'value': x}


ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
CMD = {'not_answer': 'command'}
COR = {'not_answer': 'correction'}

# ---------------------------------------------------------------------------
# Openings: (lang, text, facts, must_not_record, note)
# ---------------------------------------------------------------------------
OPENINGS = [
    # --- zh ---------------------------------------------------------------
    ('zh',
     '常州武进的 做减速机 规上企业。技改项目备案总投资6800万，江苏银行批了5000万授信 目前实际提款3200万，设备陆续在买。想问下贴息能报不',
     {'applicant_kind': 'enterprise', 'above_scale': True, 'filed_total_investment': 6800,
      'loan_from_jiangsu_bank': True},
     ['fixed_asset_loan', 'equipment_bought_with_loan'],
     'tech-loan. 授信 5000 vs 提款 3200: two competing loan figures → ask. 设备陆续在买 = partly bought → ask.'),

    ('zh',
     '台州这边做汽配的，规上，想上一条自动化冲压线 项目总投资4500w，贷款打算贷2500w左右，江苏这个技改贴息我们能不能报？',
     {'in_jiangsu': False, 'applicant_kind': 'enterprise', 'above_scale': True, 'total_investment': 4500},
     ['fixed_asset_loan'],
     'tech-loan. 台州 is Zhejiang (≠ 泰州) → in_jiangsu false. The loan is only planned (打算贷…左右): not a loan total.'),

    ('zh',
     '苏州园区的，我们21年进了省智能制造示范工厂名单。示范工厂项目去年11月完工的，总投资1.2亿（含税），推荐单位上个月来验收过了 但是验收意见还没发下来。这个能补多少',
     {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-11-30',
      'stage': 'completed', 'accepted': False},
     ['total_investment'],
     'smart-factory. 1.2亿 is 含税, the measure is ex-tax → ask. 验收了但意见没发 → accepted false.'),

    ('zh',
     '无锡的，做精密铸件 营收去年3个多亿。在做工业互联网标杆工厂，依托自己的平台搞数据采集、建模优化那一套，总投资四五千万，其中软件和上云600来万。省里标杆工厂名单还没进',
     {'revenue_last_year': 30000, 'software_investment': 600},
     ['total_investment'],
     'iiot-benchmark. 四五千万 is a range → ask. 3个多亿 → 30000; 600来万 → 600.'),

    ('zh',
     '通州这边一家纺织厂🙂 在搞5G全连接工厂，厂区5G专网基站建了12个，准备把5G用在质检、AGV物流和设备运维上，总投资2600万，截止去年底大概投了三成',
     {'total_investment': 2600},
     ['in_jiangsu', 'invested_by_2021_end'],
     '5g-iiot. 通州 is ambiguous (南通通州区 / 北京通州) → ask. 三成 is relative → ask the amount.'),

    ('zh',
     '徐州做工程机械的，我们是省级服务型制造示范企业。搞了个远程运维+全生命周期管理的服务化改造项目，总投入2200万，软件系统集成380万。产值去年12个亿左右',
     {'certifications_include': ['service-manufacturing-demo'], 'total_investment': 2200,
      'software_investment': 380, 'service_direction': True},
     ['revenue_last_year'],
     'service-upgrade. 产值 is not 主营业务收入. 380 < 400 is recorded as stated (it fails 1.2.2.4, not a trap to skip).'),

    ('zh',
     '南京的，想申请标识解析二级节点（行业型），信通院组织的专家评估已经过了。现在累计注册量1.2亿，明年6月底上线时能做到2.5亿，项目总投资九百多万',
     {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.5,
      'total_investment': 900, 'completion_date': '2023-06-30'},
     [],
     'iiot-identifier. The slot is registrations at completion: 2.5, not today\'s 1.2. 九百多万 → 900 (hedge), just under 1000.'),

    ('zh',
     '苏州做工业软件的公司，我们平台2019年认定为省重点工业互联网平台。平台项目去年12月底上线了，总投资1100万不含税。今年营收预计8000万',
     {'industrial': False, 'certifications_include': ['key-iiot-platform'], 'completion_date': '2021-12-31',
      'stage': 'completed', 'total_investment': 1100},
     ['revenue_last_year'],
     'iiot-platform. 2019 recognition is within "2018年以来". 今年 (2022) revenue forecast is not 2021 revenue.'),

    ('zh',
     '南京做网络安全的，想报工业互联网安全项目，做企业侧安全平台。预算600万，去年底前付出去100万出头，计划明年6月底前完成。去年营收大几千万吧',
     {'total_investment': 600, 'invested_by_2021_end': 100, 'completion_date': '2023-06-30'},
     ['revenue_last_year'],
     'iiot-security. 100万出头 → 100 (16.7 % < 20 %). 大几千万 is no figure.'),

    ('zh',
     '淮安高新区管委会，想申请信创先导区。区里有龙头企业也有示范应用，实施期两年到明年6月底，先导区建设投资预算不到1个亿',
     {'applicant_kind': 'park', 'in_jiangsu': True, 'completion_date': '2023-06-30'},
     ['total_investment'],
     'xinchuang-zone. 不到1个亿 sits just under the 1亿 threshold → ask.'),

    ('zh',
     '我们是省内骨干信创企业（南京），打算跟东南大学在学校里共建信创实验室，学校出场地负责运营，我们出软硬件和服务。协议合作期签的3+2年，建设期总投入1200万',
     {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True,
      'lab_roles_agreed': True, 'total_investment': 1200},
     ['lab_cooperation_years'],
     'xinchuang-lab. 3+2年 (three years plus an optional two) is not a firm 5-year period → ask.'),

    ('zh',
     '无锡一家做工业大数据的，已经入了省工信厅云计算大数据区块链企业库。项目是设备预测性维护的数据平台，2019年进过省大数据示范项目名单。21年10月完工，总投资1500万',
     {'certifications_include': ['cloud-bigdata-registry'], 'completion_date': '2021-10-31',
      'stage': 'completed', 'total_investment': 1500, 'data_product_tech': True},
     [],
     'data-product. Trap: the 2019 demo list is before 2020 → bigdata-demo-project must not be among the recognitions.'),

    ('zh',
     '苏州做车规级IGBT模块的，准备报关键核心技术攻关。攻关项目总预算3500万（含厂房装修500万），今年3月开工，24年6月底前完成',
     {'start_date': '2022-03-31', 'completion_date': '2024-06-30'},
     ['rd_investment'],
     'core-tech. 3500 includes 500 of renovation, which 2.2.3 does not list: two competing figures → ask.'),

    ('zh',
     '扬州的企业，去年把一家德国做传感器的公司收购了，工商股权变更去年8月就办完了，付了1200万欧元，现在持股80%',
     {'acquisition_date': '2021-08-31', 'stake_after_pct': 80, 'merger_completed_2021': True,
      'acquisition_registered': True},
     ['acquisition_amount', 'acquisition_cash'],
     'merger. Euro figure → ask for the RMB amount; the payment form is not stated.'),

    ('zh',
     '我们集团下面两家子公司去年做了个吸收合并，对价6000万，一半现金一半股权，这个能报兼并重组吗',
     {'same_parent': True, 'acquisition_amount': 6000},
     ['acquisition_cash'],
     'merger. 同一母公司下子公司 → same_parent true (excluded by 3.1.1.2). 一半现金 is relative → ask.'),

    ('zh',
     '镇江的，2021年新认定的省专精特新小巨人。近三年营收平均增长12%，研发占比4个点左右，主导产品占七成以上，就是去年实缴税金不到400万😂',
     {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12,
      'rd_ratio_3y_avg_pct': 4, 'main_product_share_pct': 70},
     ['taxes_paid_last_year'],
     'little-giant. 不到400万 is just under the threshold → ask. 七成以上 → 70.'),

    ('zh',
     '我们19年就是省小巨人了，去年又评上了国家级专精特新小巨人，去年技改研发这些加起来投了一千二三百万，小巨人培育那个能报吗',
     {},
     ['certifications', 'upgrade_investment_last_year'],
     'little-giant. A 2019 provincial and a 2021 national recognition are not "2021年新认定的省级" → no little-giant-2021. 一千二三百万 is a range.'),

    ('zh',
     '泰州的，去年拿了工信部的国家制造业单项冠军（产品），今年第一次进了中国企业500强，省里说有奖励 怎么报？营收去年50来个亿',
     {'certifications_include': ['single-champion-2021'], 'revenue_last_year': 500000},
     [],
     'honor-award. Trap: the 500强 entry is 2022, not 2021 → top500-first-2021 must not be among the recognitions.'),

    ('zh',
     '无锡市工信局 想报世界物联网博览会的展会项目，总预算3000万左右',
     {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True,
      'total_investment': 3000},
     [],
     'expo-event. 世界物联网博览会 is named in 3.4.'),

    ('zh',
     '盐城滨海的化工企业，在做余热回收节能改造，总投资2800万 里面土建大概300万，截止去年底投了600来万，设备还在装',
     {'green_direction': True, 'invested_by_2021_end': 600, 'stage': 'under_construction'},
     ['total_investment'],
     'green-upgrade. 2800 includes civil works; the measure excludes them: two competing figures → ask.'),

    ('zh',
     '公司总部在南京，不过这个节能技改是在安徽滁州的分厂做的，去年底就建完了，想问问绿色化改造能报吗',
     {'in_jiangsu': False, 'stage': 'completed', 'completion_date': '2021-12-31', 'green_direction': True},
     [],
     'green-upgrade. Project in 安徽滁州 → in_jiangsu false despite the Nanjing HQ.'),

    ('zh',
     '我们是省级制造业创新中心的依托企业，创新中心批复试点建设快3年了。这次能力建设项目建设周期两年，总投入5000万出头',
     {'applicant_kind': 'enterprise', 'total_investment': 5000},
     ['innovation_center_age_years'],
     'innovation-center. 快3年 is "just under" the 3-year limit → ask. 5000万出头 → 5000.'),

    ('zh',
     '常州市智能装备产业协会（社团），专门服务智能装备集群的，专职12个人，去年集群服务收入180万，算上会费的话280',
     {'applicant_kind': 'nonprofit', 'service_team_size': 12, 'cluster_focus': True,
      'cluster_service_revenue_2021': 180},
     [],
     'cluster-org. The cluster service revenue is the 180 named as such, not the 280 with membership fees.'),

    ('zh',
     '南通的，有效期内的省级中小企业公共服务示范平台。去年线下服务了一百三十多家中小企业，活动搞了十来场，满意度九成五，平台投入450万（含税）',
     {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 130,
      'public_events_2021': 10, 'satisfaction_pct': 95},
     ['platform_investment_2021'],
     'sme-platform. The investment is asked ex-tax; 450 含税 → ask.'),

    ('zh',
     '我们是省级小微企业双创示范基地（昆山），去年基地新增规上2家，免费服务占比一半以上，投入420万',
     {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 2,
      'platform_investment_2021': 420},
     ['free_service_share_pct'],
     'sme-platform (base). 一半以上 is "过半", not a figure → ask.'),

    ('zh',
     '宿迁的，做智慧养老平台，面向全市老人那种。总投入800万，截至去年底投了200万，明年6月底上线。备案有了，环评说不用做。啥省级牌子都木有',
     {'info_consumption_direction': True, 'total_investment': 800, 'invested_by_2021_end': 200,
      'completion_date': '2023-06-30', 'certifications': []},
     ['approvals_complete'],
     'info-consumption. 环评不用做 without the recommending unit\'s note (and nothing on 能评) → ask.'),

    ('zh',
     '南京一家培训公司，营业执照经营范围里有培训。公司注册7年了 培训业务是前年才开始做的，注册资本500万，近三年年均收入六七百万。准备办个1000人的项目，在南京苏州扬州淮安四个市开班',
     {'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 500,
      'planned_trainees': 1000, 'training_cities': 4},
     ['training_years', 'revenue_3y_avg'],
     'talent-training. Registered 7 years but training only since 前年: the 7 is not the training years. 六七百万 is a range.'),

    ('zh',
     '我们是常州一所职业技术学院，想申请产业人才培养项目，智改数转方向，面向省内制造企业中层。培训不收费 住宿学员自理，每班60人',
     {'applicant_kind': 'university', 'training_direction_match': True, 'min_class_size': 60},
     ['training_free'],
     'talent-training. 住宿自理 shifts a cost other than intercity transport to trainees (5.5.1.6) → ask.'),

    # --- en ---------------------------------------------------------------
    ('en',
     "Hi, we're a German-owned auto parts maker in Taicang (Suzhou). The retrofit project at our Taicang plant is filed at EUR 8 million; "
     "we took a RMB 40m fixed-asset loan from Bank of China's Suzhou branch and the new presses were already bought with it. Can we get the interest subsidy?",
     {'in_jiangsu': True, 'fixed_asset_loan': 4000, 'loan_from_jiangsu_bank': True,
      'equipment_bought_with_loan': True},
     ['filed_total_investment', 'total_investment'],
     'tech-loan. The filed total is in euros → ask for the RMB figure.'),

    ('en',
     'hi, our factory in Changzhou is on the provincial smart factory list, project done last Sept, total invest 35m ex tax, software part around 5m. how much subsidy pls?',
     {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-09-30', 'stage': 'completed',
      'total_investment': 3500, 'software_investment': 500},
     [],
     'smart-factory. Chinese staff English; last Sept → 2021-09-30.'),

    ('en',
     "We're headquartered in Shanghai; our plant in Kunshan is rolling out a 5G private network for AGVs, machine-vision QC and predictive maintenance. "
     "Budget is somewhere between 30 and 40 million yuan.",
     {'in_jiangsu': False},
     ['total_investment'],
     '5g-iiot. Company in Shanghai, project in Kunshan → false. A range → ask.'),

    ('en',
     'Our platform was named a provincial key industrial internet platform back in 2017. The platform upgrade (RMB 15m) went live in Nov 2021. Does that qualify?',
     {'total_investment': 1500, 'completion_date': '2021-11-30', 'stage': 'completed'},
     ['certifications'],
     'iiot-platform. A 2017 recognition is before "2018年以来" → key-iiot-platform is not held.'),

    ('en',
     'Machine tool builder in Nanjing here (工业母机). We are planning a key-technology project, R&D budget just under 30 million, kicked off in March 2022, to finish within three years.',
     {'start_date': '2022-03-31'},
     ['rd_investment'],
     'core-tech. "just under 30 million" sits under the 3000万 threshold → ask.'),

    ('en',
     "We're a Nanjing pharma company. In Oct 2021 we bought 60% of a Shanghai CRO for RMB 120 million, all cash; the business and equity registration changes were done that month.",
     {'acquisition_date': '2021-10-31', 'stake_after_pct': 60, 'acquisition_amount': 12000,
      'acquisition_cash': 12000, 'merger_completed_2021': True, 'acquisition_registered': True},
     [],
     'merger. Clean case; 120 million → 12000万.'),

    ('en',
     'Steel mill in Zhangjiagang. Energy-efficiency retrofit benchmarked against sector best practice, total investment approx. RMB 150 million, '
     'about a fifth of it spent by end of 2021, still under construction.',
     {'total_investment': 15000, 'green_direction': True, 'stage': 'under_construction'},
     ['invested_by_2021_end'],
     'green-upgrade. "a fifth" is relative → ask the amount.'),

    ('en',
     'We run a provincial SME public service demonstration platform in Nantong (designation still valid). Last year we served 118 SMEs offline, held 9 free events, satisfaction 92%.',
     {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 118,
      'public_events_2021': 9, 'satisfaction_pct': 92},
     [],
     'sme-platform. 118 < 120 is recorded as stated.'),

    ('en',
     "We're a consultancy doing 智改数转 diagnosis for factories around Wuxi — can we apply for the free diagnosis program ourselves?",
     {'applicant_kind': 'enterprise', 'industrial': False},
     [],
     'free-diagnosis (bought by government, info only).'),

    ('en',
     'hi, Xuzhou bus company here, we will put 200 new electric buses on the road this year. any subsidy under this guide?',
     {'applicant_kind': 'enterprise'},
     [],
     'nev-promotion (scheme announced separately).'),

    ('en',
     "We're a non-profit training association (民非) in Suzhou, running training since 2015. About 1,500 trainees a year including online courses. "
     "Next project: 900 people, 10 classes of 4 days each in Suzhou, Nantong, Lianyungang and Wuxi, no fees.",
     {'applicant_kind': 'nonprofit', 'planned_trainees': 900, 'long_classes': 10, 'training_cities': 4,
      'training_free': True},
     ['trainees_3y_avg'],
     'talent-training. 1,500 includes online trainees; 5.5.1.2 counts offline only → ask.'),

    ('en',
     "I'm at a university in Nanjing. A local xinchuang backbone company wants to co-build an IT application innovation lab on our campus — five-year cooperation, "
     "RMB 10m build-out over two years. We'd host it.",
     {'applicant_kind': 'university', 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5,
      'total_investment': 1000},
     [],
     'xinchuang-lab, written by the university partner.'),
]

# ---------------------------------------------------------------------------
# Answers: (lang, slot, text, expect, also, note)
# ---------------------------------------------------------------------------
ANSWERS = [
    # --- zh: investment ---------------------------------------------------
    ('zh', 'total_investment', '一个多亿吧', V(10000), None, '一个多亿 → 10000'),
    ('zh', 'total_investment', '３５００万（不含税）', V(3500), None, 'full-width digits'),
    ('zh', 'total_investment', '四五千万的样子', ASK, None, 'range'),
    ('zh', 'total_investment', '计划投8000，到现在实际投了五千多', V(8000), None,
     'planned total vs spent so far: the total is 8000; 五千多 is 2022 progress, not the end-2021 figure'),
    ('zh', 'total_investment', '4500w ex-tax的', V(4500), None, 'w = 万, English mixed in'),
    ('zh', 'total_investment', '备案5000，不含土建的话3800左右', ASK, {'filed_total_investment': 5000},
     '备案 vs net: two figures; the 备案 one fills filed_total_investment'),
    ('zh', 'total_investment', '是不是要过3000万才行啊', Q, None, 'policy question with a number'),
    ('zh', 'filed_total_investment', '备案3600，后来追加到4200了 还没重新备案', V(3600), None,
     'the question asks the amount on the filing: 3600'),
    ('zh', 'filed_total_investment', '不记得了 要翻下备案证', UNK, None, None),
    ('zh', 'total_investment_basis', '备案证上的那个数', V('filed'), None, None),
    ('zh', 'total_investment_basis', '这俩有啥区别？', Q, None, None),
    ('zh', 'software_investment', '软件加系统集成差不多四百', V(400), None, None),
    ('zh', 'software_investment', 'MES 200万，云服务一年30万 签了三年', ASK, None, 'one-year vs three-year cloud figure'),
    ('zh', 'invested_by_2021_end', '去年底完成了六成左右', ASK, None, 'relative'),
    ('zh', 'invested_by_2021_end', '今年3月底统计是2600', ASK, None, 'a 2022 figure, not end-2021'),
    ('zh', 'invested_by_2021_end', '要问财务', UNK, None, None),

    # --- zh: schedule -----------------------------------------------------
    ('zh', 'start_date', '２０２１．６', V('2021-06-30'), None, 'full-width, month → last day'),
    ('zh', 'start_date', '合同去年9月签的，正式开工是去年11月8号', V('2021-11-08'), None, 'two dates, only the start answers'),
    ('zh', 'start_date', '前年开工的', ASK, None, 'year alone'),
    ('zh', 'start_date', '还没开工呢 计划下个月', ASK, {'stage': 'planned'}, None),
    ('zh', 'completion_date', '原定去年10月，后来拖到去年12月20号才弄完', V('2021-12-20'), {'stage': 'completed'},
     'before/after: the actual date'),
    ('zh', 'completion_date', '计划明年三季度', ASK, None, 'quarter, no month'),
    ('zh', 'completion_date', '还早呢，你先算算能补多少', CMD, None, 'asks for the result'),
    ('zh', 'completion_date', '更正下，开工是21年5月', COR, {'start_date': '2021-05-31'}, 'correction of another slot'),
    ('zh', 'stage', '还在跑审批 木有动工', V('planned'), None, 'dialect 木有'),
    ('zh', 'stage', 'status的话 still在建', V('under_construction'), None, None),
    ('zh', 'stage', '不是在建', ASK, None, None),
    ('zh', 'stage', '算了，换个项目问', CMD, None, None),
    ('zh', 'accepted', '验收过了 意见也出了👌', V(True), None, None),
    ('zh', 'accepted', '验收是谁来验？区里还是市里？', Q, None, None),

    # --- zh: loan ---------------------------------------------------------
    ('zh', 'fixed_asset_loan', '授信5000w，drawdown了3000', ASK, None, '授信 vs 提款'),
    ('zh', 'fixed_asset_loan', '贷了两千五百万，工行南京分行的', V(2500), {'loan_from_jiangsu_bank': True}, None),
    ('zh', 'fixed_asset_loan', '贷款还在批', ASK, None, 'pending loan is not 0'),
    ('zh', 'fixed_asset_loan', '3kw固贷 另外还有1kw流贷', V(3000), None, 'only the fixed-asset part answers'),
    ('zh', 'fixed_asset_loan', '不对，刚才说错了，备案总投资是5200', COR, {'filed_total_investment': 5200}, None),
    ('zh', 'loan_from_jiangsu_bank', '招行的，哪个分行我得问问', UNK, None, None),
    ('zh', 'loan_from_jiangsu_bank', '不对，贷款是2500不是3000', COR, {'fixed_asset_loan': 2500}, None),
    ('zh', 'equipment_bought_with_loan', '买了一部分', ASK, None, 'partial yes'),
    ('zh', 'equipment_bought_with_loan', '买是买了，不过用的自有资金', V(False), None,
     'bought, but not with the loan'),
    ('zh', 'equipment_bought_with_loan', '肿么还要问这个，前面不是说过了吗', Q, None, 'complaint / question back'),
    ('zh', 'loan_interest_paid_2021', '去年利息一共96万，里面土建那块大概20万', ASK, None,
     'total incl. civil works; the ex-civil part is not given'),
    ('zh', 'loan_interest_paid_2021', '大概八十来万', V(80), None, None),
    ('zh', 'loan_interest_paid_2021', '今年付了120，去年的记不清了', UNK, None, 'a 2022 figure; 2021 unknown'),
    ('zh', 'loan_interest_paid_2021', '2021年的利息怎么算', Q, None, None),
    ('zh', 'loan_rate_pct', '0.045', ASK, None, 'fraction to a % question'),
    ('zh', 'loan_rate_pct', '年化４．２％左右', V(4.2), None, 'full-width'),
    ('zh', 'loan_rate_pct', '贴息是按LPR算吗', Q, None, None),
    ('zh', 'other_interest_subsidy_2021', '没有🙅', V(0), None, None),
    ('zh', 'other_interest_subsidy_2021', '市里给了20万，区里的还没批下来', V(20), None, 'granted part only'),
    ('zh', 'other_interest_subsidy_2021', '区里给的是设备补助 不是贴息，贴息木有', V(0), None,
     'about a different subsidy; interest subsidy none'),
    ('zh', 'other_interest_subsidy_2021', '市里贴过，多少忘了', UNK, None, None),
    ('zh', 'equipment_invoice_2021', '发票含税1130万', ASK, None, 'tax-inclusive'),
    ('zh', 'equipment_invoice_2021', '去年买了800万的设备，今年初又进了300', V(800), None, 'only the 2021 purchase answers'),

    # --- zh: core tech / directions -------------------------------------
    ('zh', 'rd_investment', '攻关总预算4200，其中人工1200', V(4200), None, '人工 is part of 2.2.3; the total answers'),
    ('zh', 'rd_investment', '/result', CMD, None, None),
    ('zh', 'own_ip', '有几个发明专利，资金没问题', ASK, None, 'research base not mentioned'),
    ('zh', 'core_tech_direction', '我们做车规IGBT模块的，算吧？', Q, None, 'asks the bot to judge'),
    ('zh', 'green_direction', '主要是扩产能 顺便换了几台节能电机', ASK, None, 'mostly capacity expansion'),
    ('zh', 'green_direction', '不好说', UNK, None, None),
    ('zh', 'fiveg_direction', '5G基站装了，目前只用在仓库AGV上', ASK, None, 'network yes, one use only'),
    ('zh', 'service_direction', '做的是远程运维+全生命周期管理', V(True), None, None),
    ('zh', 'approvals_complete', '备案环评都有，能评还在办', V(False), None, 'one required approval explicitly missing'),
    ('zh', 'approvals_complete', '不需要办', ASK, None, 'no recommending-unit note mentioned'),
    ('zh', 'approvals_complete', 'deadline是啥时候', Q, None, None),

    # --- zh: applicant ----------------------------------------------------
    ('zh', 'certifications', '小巨人（21年新认定的）、省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']), None, None),
    ('zh', 'certifications', '都木有', V([]), None, None),
    ('zh', 'certifications', '有小巨人，别的记不清了', ASK, {'certifications_include': ['little-giant-2021']}, None),
    ('zh', 'certifications', '19年评的小巨人，其他都没有', V([]), None, 'a 2019 recognition is not little-giant-2021'),
    ('zh', 'applicant_kind', '我们是园区里的一家企业', V('enterprise'), None, None),
    ('zh', 'industrial', '我们是做软件的', V(False), None, None),
    ('zh', 'industrial', '什么算工业企业？', Q, None, None),
    ('zh', 'revenue_last_year', '产值3个亿', ASK, None, '产值 is not revenue'),
    ('zh', 'revenue_last_year', '主营两千万不到', ASK, None, 'just under the 2000 scale threshold'),
    ('zh', 'revenue_last_year', '21年主营1.8亿，今年估计能到2个亿，规上的', V(18000), {'above_scale': True},
     'last year vs this year'),
    ('zh', 'revenue_last_year', '去年9500w', V(9500), None, None),
    ('zh', 'revenue_last_year', '重新开始', CMD, None, None),
    ('zh', 'above_scale', '么得，还差一点', V(False), None, 'dialect 么得'),
    ('zh', 'in_jiangsu', '公司在上海，项目在昆山', V(False), None, None),
    ('zh', 'in_jiangsu', '在通州', ASK, None, 'ambiguous place'),
    ('zh', 'in_jiangsu', '台州的', V(False), None, '台州 (Zhejiang) ≠ 泰州'),

    # --- zh: merger -------------------------------------------------------
    ('zh', 'stake_after_pct', '控股了', ASK, None, None),
    ('zh', 'stake_after_pct', '原来有30%，这次又收了25%', V(55), None, 'stake after = 30 + 25'),
    ('zh', 'acquisition_amount', '1.2个亿，其中现金8000', V(12000), {'acquisition_cash': 8000}, 'total and part'),
    ('zh', 'acquisition_amount', '对价5000万欧元', ASK, None, 'foreign currency'),
    ('zh', 'acquisition_cash', '一半现金', ASK, None, 'relative'),
    ('zh', 'acquisition_date', '协议去年11月签的，工商今年1月才变更完', V('2022-01-31'), None,
     'the registration date answers, not the signing'),
    ('zh', 'largest_shareholder', '并列第一大股东', V(False), None, None),
    ('zh', 'same_parent', '都是集团下面的兄弟公司', V(True), None, None),
    ('zh', 'merger_completed_2021', '去年谈的，今年3月才完成工商变更', V(False), {'acquisition_date': '2022-03-31'}, None),
    ('zh', 'more_acquisitions', '还有一个，不过才2000万', V(True), {'acquisition_2_amount': 2000},
     'answers the next question too'),
    ('zh', 'acquisition_2_date', '今年二月', V('2022-02-28'), None, None),

    # --- zh: little giant ---------------------------------------------------
    ('zh', 'revenue_growth_3y_avg_pct', '19到21年分别涨了5%、10%、15%', ASK, None,
     'three yearly rates; arithmetic mean and compound average differ'),
    ('zh', 'revenue_growth_3y_avg_pct', '一成多', V(10), None, None),
    ('zh', 'rd_ratio_3y_avg_pct', '跳过', UNK, None, None),
    ('zh', 'main_product_share_pct', '你们这个最多能补多少？', Q, None, None),
    ('zh', 'core_chain_leading', '不是很清楚', UNK, None, None),
    ('zh', 'upgrade_investment_last_year', '老板才知道 我问问', UNK, None, None),
    ('zh', 'taxes_paid_last_year', '不方便透露', UNK, None, None),

    # --- zh: identifier / platform / xinchuang -----------------------------
    ('zh', 'identifier_registrations_yi', '两千万', V(0.2), None, 'unit 亿'),
    ('zh', 'identifier_registrations_yi', '现在3000万，完成时能到2.2亿，解析量1亿多', V(2.2), {'identifier_resolutions_yi': 1},
     'now vs at completion; also resolutions'),
    ('zh', 'identifier_resolutions_yi', '不知道诶🤷', UNK, None, None),
    ('zh', 'identifier_promotion_events', '计划搞5场，已经办了2场', V(5), None, 'planned total answers'),
    ('zh', 'platform_indicators_met', '量化指标具体指哪些？', Q, None, None),
    ('zh', 'has_plan_and_targets', '方案有了 绩效目标还在写', V(False), None, 'targets explicitly not ready'),
    ('zh', 'xinchuang_zone_basis', '灰常确定，都有', V(True), None, 'dialect 灰常'),
    ('zh', 'lab_with_jiangsu_university', '跟上海交大合作的', V(False), None, 'not a Jiangsu university'),

    # --- zh: events / platforms / clusters --------------------------------
    ('zh', 'event_kind', '是个大赛', V('activity'), None, None),
    ('zh', 'innovation_center_age_years', '两年半', V(2.5), None, None),
    ('zh', 'service_team_size', '专职12个，还有兼职5个', V(12), None, 'full-time only'),
    ('zh', 'smes_served_2021', '线上线下加起来500多家，线下一百五左右，满意度都在95以上', V(150),
     {'satisfaction_pct': 95}, 'offline only; also satisfaction'),
    ('zh', 'smes_served_2021', '这个我得回去查下', UNK, None, None),
    ('zh', 'public_events_2021', '二十几场', V(20), None, None),
    ('zh', 'satisfaction_pct', '先看看结果吧', CMD, None, None),
    ('zh', 'new_above_scale_2021', '一家都没有', V(0), None, None),
    ('zh', 'platform_investment_2021', '450（含税）', ASK, None, 'tax-inclusive'),
    ('zh', 'free_service_share_pct', '二成五', V(25), None, None),
    ('zh', 'public_welfare_platform', '不清楚算不算', UNK, None, None),

    # --- zh: training -----------------------------------------------------
    ('zh', 'training_years', '到去年底做了五年多，执照里有培训这一项', V(5), {'training_licensed': True}, None),
    ('zh', 'registered_capital', '注册资本500万，实缴200，近三年收入平均600来万', V(500), {'revenue_3y_avg': 600},
     'registered vs paid-in; also 3-year revenue'),
    ('zh', 'revenue_3y_avg', '19年400，20年550，21年700', V(550), None, 'mean of three years'),
    ('zh', 'trainees_3y_avg', '每年1500人次左右，有一半是线上', ASK, None, 'offline part only relative'),
    ('zh', 'long_classes', '10个班，4天的8个，2天的2个，每班都60人以上', V(8), {'min_class_size': 60},
     'only the 3.5-day+ classes count'),
    ('zh', 'min_class_size', '每班50到60人', V(50), None, 'the smallest class: lower bound answers'),
    ('zh', 'training_all_regions', '苏南苏中有，苏北还没定', ASK, None, 'undecided'),
    ('zh', 'training_free', '不收费，住宿学员自理', ASK, None, 'lodging shifted to trainees'),

    # --- en ---------------------------------------------------------------
    ('en', 'total_investment', 'RMB 0.5bn', V(50000), None, None),
    ('en', 'total_investment', 'between 30 and 40 million', ASK, None, None),
    ('en', 'total_investment', 'USD 5m roughly', ASK, None, 'foreign currency'),
    ('en', 'total_investment', '35000000', ASK, None, 'bare number, no unit'),
    ('en', 'total_investment', '35,000,000 yuan', V(3500), None, None),
    ('en', 'total_investment', 'do we need 30m minimum?', Q, None, None),
    ('en', 'filed_total_investment', 'the filing says 62.5 million', V(6250), None, None),
    ('en', 'total_investment_basis', "what does 'filed' mean here?", Q, None, None),
    ('en', 'invested_by_2021_end', 'roughly 9m by end of 2021, another 6m so far this year', V(900), None, None),
    ('en', 'invested_by_2021_end', 'around 40% done by December', ASK, None, 'relative'),
    ('en', 'start_date', 'last September', V('2021-09-30'), None, None),
    ('en', 'start_date', 'sometime in 2021', ASK, None, None),
    ('en', 'completion_date', 'went live on 30 Nov last year', V('2021-11-30'), {'stage': 'completed'}, None),
    ('en', 'completion_date', 'planned for June 2023, might slip a bit', V('2023-06-30'), None, None),
    ('en', 'completion_date', 'end of next quarter', ASK, None, None),
    ('en', 'stage', 'not started yet, still waiting for permits', V('planned'), None, None),
    ('en', 'accepted', 'inspection done, opinion letter still pending', V(False), None, None),
    ('en', 'accepted', 'wait, correction: completion was Dec 2021, not Nov', COR, {'completion_date': '2021-12-31'}, None),
    ('en', 'fixed_asset_loan', 'RMB 40m from ICBC Wuxi', V(4000), {'loan_from_jiangsu_bank': True}, None),
    ('en', 'fixed_asset_loan', 'credit line 50m, drawn 32m so far', ASK, None, None),
    ('en', 'loan_from_jiangsu_bank', 'HSBC Shanghai', V(False), None, None),
    ('en', 'equipment_bought_with_loan', 'yes but only part of it', ASK, None, None),
    ('en', 'loan_interest_paid_2021', '1.2m in 2021, ~1.5m expected this year', V(120), None, None),
    ('en', 'loan_interest_paid_2021', 'need to check with finance', UNK, None, None),
    ('en', 'loan_rate_pct', 'LPR + 30bp', ASK, None, None),
    ('en', 'loan_rate_pct', 'sorry, the loan was 20m not 25m', COR, {'fixed_asset_loan': 2000}, None),
    ('en', 'loan_term_years', '60 months', V(5), None, None),
    ('en', 'equipment_invoice_2021', 'Does the 20m cap apply per project?', Q, None, None),
    ('en', 'certifications', 'none of them', V([]), None, None),
    ('en', 'certifications', "2021 provincial little giant + a provincial industrial design centre, that's it",
     V(['little-giant-2021', 'industrial-design-center']), None, None),
    ('en', 'certifications', 'little giant i think, not sure abt the rest', ASK,
     {'certifications_include': ['little-giant-2021']}, None),
    ('en', 'applicant_kind', "We're the Suzhou Industrial Park administrative committee", V('park'), None, None),
    ('en', 'revenue_last_year', "RMB 180 million for 2021, maybe 200m this year; we're above-scale", V(18000),
     {'above_scale': True}, None),
    ('en', 'revenue_last_year', 'output value was ~300m', ASK, None, None),
    ('en', 'revenue_last_year', "I'd rather not say", UNK, None, None),
    ('en', 'revenue_last_year', 'start over', CMD, None, None),
    ('en', 'in_jiangsu', 'HQ in Shanghai, project in Kunshan', V(False), None, None),
    ('en', 'in_jiangsu', 'we r in Taizhou', ASK, None, 'Taizhou romanises both 泰州 (Jiangsu) and 台州 (Zhejiang)'),
    ('en', 'stake_after_pct', 'majority', ASK, None, None),
    ('en', 'acquisition_amount', '$8m, which was about RMB 52m at the time', V(5200), None, None),
    ('en', 'largest_shareholder', "we're tied 50/50 with the founder", V(False), None, None),
    ('en', 'core_chain_leading', 'not sure', UNK, None, None),
    ('en', 'taxes_paid_last_year', 'our CFO would know, not me', UNK, None, None),
    ('en', 'innovation_center_age_years', 'almost three years', ASK, None, 'just under the limit'),
    ('en', 'identifier_registrations_yi', '200 million', V(2), None, None),
    ('en', 'identifier_resolutions_yi', 'no idea tbh', UNK, None, None),
    ('en', 'smes_served_2021', 'around 130 offline, plus 400 online; did 12 free events too', V(130),
     {'public_events_2021': 12}, None),
    ('en', 'cluster_service_revenue_2021', '2.3m', V(230), None, None),
    ('en', 'lab_cooperation_years', 'five-year agreement', V(5), None, None),
    ('en', 'training_years', 'since 2015, so six-plus years', V(6), None, None),
    ('en', 'trainees_3y_avg', '1,300ish per year, all in-person', V(1300), None, None),
    ('en', 'min_class_size', 'at least 45 per class', V(45), None, None),
    ('en', 'training_free', 'free, trainees just cover their own train tickets', V(True), None,
     'intercity transport is the allowed exception'),
    ('en', 'satisfaction_pct', 'show me the result', CMD, None, None),
    ('en', 'planned_trainees', 'reset pls', CMD, None, None),
]


def build():
    openings, answers = [], []
    n = Counter()
    for lang, text, facts, mnr, note in OPENINGS:
        n['o' + lang] += 1
        o = {'id': f'o-{lang}-{n["o" + lang]:03d}', 'lang': lang, 'text': text, 'facts': facts,
             'must_not_record': mnr}
        if note:
            o['note'] = note
        openings.append(o)
    for lang, slot, text, expect, also, note in ANSWERS:
        n['a' + lang] += 1
        q = FACT[slot]['question']['zh-CN' if lang == 'zh' else 'en']
        a = {'id': f'a-{lang}-{n["a" + lang]:03d}', 'lang': lang, 'slot': slot, 'question': q,
             'text': text, 'expect': dict(expect)}
        if also:
            a['also'] = also
        if note:
            a['note'] = note
        answers.append(a)
    for name, data in (('openings.json', openings), ('answers.json', answers)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
            f.write('\n')
    return openings, answers


def kind(e):
    k = next(iter(e))
    return f'not_answer:{e[k]}' if k == 'not_answer' else k


def report(openings, answers):
    print('openings:', len(openings), dict(Counter(o['lang'] for o in openings)))
    print('  with must_not_record:', sum(1 for o in openings if o['must_not_record']))
    print('answers:', len(answers), dict(Counter(a['lang'] for a in answers)))
    for lang in ('zh', 'en', None):
        sel = [a for a in answers if lang is None or a['lang'] == lang]
        c = Counter(next(iter(a['expect'])) for a in sel)
        print(f'  {lang or "all"} by kind:', dict(c),
              ' not_answer:', dict(Counter(a['expect']['not_answer'] for a in sel if 'not_answer' in a['expect'])))
    print('  with also:', sum(1 for a in answers if a.get('also')))
    print('  distinct slots:', len({a['slot'] for a in answers}))
    print('  by slot type:', dict(Counter(FACT[a['slot']]['type'] for a in answers)))
    vt = Counter(FACT[a['slot']]['type'] for a in answers if 'value' in a['expect'])
    print('  value answers by slot type:', dict(vt))


if __name__ == '__main__':
    report(*build())
