#!/usr/bin/env python3
"""Builds openings.json and answers.json for the blind dialog corpus tune-zr.
Items are kept in writing order. Question texts are taken verbatim from the vocabulary."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))['facts']}

# ---------------------------------------------------------------- openings
openings = []
_on = {'zh': 0, 'en': 0}
def O(lang, text, facts, must_not=(), note=''):
    _on[lang] += 1
    openings.append({'id': f'o-{lang}-{_on[lang]:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(must_not), 'note': note})

# tech-loan
O('zh', '常州武进做齿轮箱的 规上企业 技改项目总投资五千二百万 项目就在自己厂里 固贷3000万工行常州分行放的 设备都已经用贷款买了 今年营收能到3个亿',
  {'in_jiangsu': True, 'above_scale': True, 'total_investment': 5200, 'fixed_asset_loan': 3000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  ['revenue_last_year'], 'tech-loan; 3个亿 is this year\'s expected revenue, not 2021')
O('zh', '盐城大丰的厂 技改项目备案总投资8600万 里面土建两千多万 不含土建大概6400万 固贷批了4500 目前提款2800',
  {'in_jiangsu': True, 'filed_total_investment': 8600},
  ['total_investment', 'fixed_asset_loan'], 'tech-loan; filed total beside ex-civil-works total; 授信 vs 提款')
# smart-factory
O('zh', '您好 我们是苏州工业园区里的一家企业 去年进了省智能制造示范工厂名单 示范工厂项目21年10月完工的 推荐单位验收意见也出了 总投资不含税3800万 其中软件和系统集成620万',
  {'applicant_kind': 'enterprise', 'in_jiangsu': True, 'certifications_include': ['smart-factory-list'],
   'completion_date': '2021-10-31', 'stage': 'completed', 'accepted': True, 'total_investment': 3800,
   'software_investment': 620},
  ['certifications'], 'smart-factory; a firm in a park is an enterprise, not a park; partial certification mention')
# iiot-benchmark
O('zh', '江阴的 我们列入省工业互联网标杆工厂名单了 项目含税投资三千三百九十万 已经验收了',
  {'certifications_include': ['iiot-benchmark-list']},
  ['total_investment', 'certifications'], 'iiot-benchmark; tax-inclusive total; 验收 without saying by whom is not scored')
# 5g-iiot
O('zh', '南通海门一家纺织厂 想报5G+工业互联网融合应用 项目21年3月开工 到去年底投了1100万 总投资不含税4800万 计划明年6月完工 去年产值2.3个亿',
  {'in_jiangsu': True, 'start_date': '2021-03-31', 'invested_by_2021_end': 1100, 'total_investment': 4800,
   'completion_date': '2023-06-30'},
  ['revenue_last_year'], '5g-iiot; 产值 is not 主营业务收入; 明年 = 2023')
# service-upgrade
O('zh', '做电梯的 省级服务型制造示范企业 搞了个远程运维+全生命周期管理的服务化改造 总投入2600万左右 软件这块不到四百万',
  {'certifications_include': ['service-manufacturing-demo'], 'total_investment': 2600, 'service_direction': True},
  ['software_investment', 'certifications'], 'service-upgrade; 不到四百万 is just under the 400 threshold')
# iiot-identifier
O('zh', '我们做工业互联网标识解析二级节点 已经通过了工信部下属信通院组织的专家评估 项目完成时注册量能到2.5亿 解析量1.2亿左右 目前接了900多家企业 计划接到1500家',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.5,
   'identifier_resolutions_yi': 1.2},
  ['identifier_connected_enterprises', 'certifications'], 'iiot-identifier; current vs planned connected firms compete')
# iiot-platform
O('zh', '我们的平台2019年认定为省重点工业互联网平台 平台项目投了1500万 21年8月上线 推荐单位还没来验收',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-08-31',
   'accepted': False},
  ['certifications'], 'iiot-platform; 2019 is within "2018年以来"')
# iiot-security
O('zh', '我们不算工业企业 做工控安全软件和服务的 去年营收一两千万 想报工业互联网安全项目 总投入九百万 到去年底投了150万 到今年3月累计320万 计划23年5月完成',
  {'industrial': False, 'total_investment': 900, 'invested_by_2021_end': 150, 'completion_date': '2023-05-31'},
  ['revenue_last_year'], 'iiot-security; 320 is the March 2022 figure, 150 the end-2021 one; revenue given as a range')
# xinchuang-zone
O('zh', '徐州高新区管委会 想申报信创先导区 实施期内投资预算1.2个亿 运营主体是区属国资平台公司 区里规上企业去年产值800多亿',
  {'applicant_kind': 'park', 'in_jiangsu': True, 'total_investment': 12000, 'xinchuang_zone_operator': True},
  ['revenue_last_year'], 'xinchuang-zone; 1.2个亿 = 12000; the zone\'s 产值 is not the applicant\'s revenue')
# xinchuang-lab
O('zh', '我们是省内骨干信创企业 准备跟南京邮电大学在校内共建信创实验室 合作期5年 两年建设期投入1200万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5,
   'total_investment': 1200},
  ['certifications'], 'xinchuang-lab')
# data-product
O('zh', '我们已经入了省工信厅大数据企业库 项目没进示范名单 做工业数据分析平台的 总投资含税1300万 21年12月完工',
  {'certifications_include': ['cloud-bigdata-registry'], 'completion_date': '2021-12-31'},
  ['certifications', 'total_investment'], 'data-product; negated demo list; tax-inclusive total (1.2.3 "下同")')
# core-tech
O('zh', '做车规IGBT模块的 想报关键核心技术攻关 研发投入预算3500万 其中设备1200万 22年3月开工 24年6月完成 手上有几个相关发明专利',
  {'core_tech_direction': True, 'rd_investment': 3500, 'start_date': '2022-03-31', 'completion_date': '2024-06-30'},
  ['own_ip'], 'core-tech; patents alone do not answer the three-part own_ip question; 1200 is a part of the R&D budget')
# merger
O('zh', '去年9月完成了对德国一家公司的收购 工商和股权变更都办完了 出资2600万欧元 持股80%',
  {'merger_completed_2021': True, 'acquisition_registered': True, 'acquisition_date': '2021-09-30',
   'stake_after_pct': 80},
  ['acquisition_amount'], 'merger; foreign currency without an RMB figure')
O('zh', '去年并购了无锡一家同行 现金6000万加股权置换2000万 总共出资8000万 持股51% 但跟另一家股东并列第一大 我们自己去年产值6个亿',
  {'merger_completed_2021': True, 'acquisition_amount': 8000, 'acquisition_cash': 6000, 'stake_after_pct': 51,
   'largest_shareholder': False},
  ['revenue_last_year'], 'merger; 并列第一大股东 → largest_shareholder false; 产值 is not revenue')
# little-giant
O('zh', '我们21年新认定的省专精特新小巨人 近三年营收平均增长12% 主导产品占七成 研发占比三年平均4.5% 去年交税380万 今年能过400',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70,
   'rd_ratio_3y_avg_pct': 4.5, 'taxes_paid_last_year': 380},
  ['certifications'], 'little-giant; 400 is this year\'s expectation')
O('zh', '我们19年就评上省小巨人了 去年主营1.8个亿 去年智改数转加研发的投入一千万不到',
  {'revenue_last_year': 18000},
  ['certifications', 'upgrade_investment_last_year'], 'little-giant; a 2019 recognition is not little-giant-2021; 不到 the threshold')
# honor-award
O('zh', '我司在常州 去年被工信部认定为国家制造业单项冠军示范企业 听说省里有奖励 怎么申请',
  {'certifications_include': ['single-champion-2021']},
  ['certifications'], 'honor-award; 去年 = 2021')
# expo-event
O('zh', '无锡市工信局 今年世界物联网博览会想申请专项资金 展会总投入两千来万 市里已经补了300万',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True, 'total_investment': 2000},
  ['other_interest_subsidy_2021'], 'expo-event; 两千来万 → 2000; the city\'s 300万 is not an interest subsidy')
# green-upgrade
O('zh', '泰州的化工企业 余热回收节能降碳技改 总投资3200万 截至21年底投了600来万 目前在建 计划明年底完工 备案环评能评都齐了 固贷还在批',
  {'in_jiangsu': True, 'green_direction': True, 'total_investment': 3200, 'invested_by_2021_end': 600,
   'stage': 'under_construction', 'completion_date': '2023-12-31', 'approvals_complete': True},
  ['fixed_asset_loan'], 'green-upgrade; a pending loan is not 0')
O('zh', '我们公司注册在浙江台州 在泰州新建的厂做节水改造 总投入2500万 已开工 去年营收五六千万',
  {'in_jiangsu': False, 'total_investment': 2500, 'green_direction': True},
  ['revenue_last_year'], 'green-upgrade; applicant in 台州 (Zhejiang) even though the project is in 泰州; revenue range')
# innovation-center
O('zh', '我们是省级制造业创新中心的依托企业 省里批复试点建设快两年了 新项目建设周期两年 总投入6000万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
  ['certifications', 'innovation_center_age_years'], 'innovation-center; 快两年 is "just under", ask')
# cluster-org
O('zh', '我们是通州的一家服务物联网集群的促进机构 民非 专职人员12个 21年集群服务收入230万 参加过国家集群竞赛',
  {'applicant_kind': 'nonprofit', 'service_team_size': 12, 'cluster_service_revenue_2021': 230,
   'cluster_participation': True},
  ['in_jiangsu'], 'cluster-org; bare 通州 is ambiguous')
# sme-platform
O('zh', '省级中小企业公共服务示范平台 在有效期内 21年线下服务了一百五十多家中小企业 公益活动搞了十来场 满意度95% 平台投入含税520万',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 10,
   'satisfaction_pct': 95},
  ['platform_investment_2021', 'certifications'], 'sme-platform; platform investment asked ex-tax')
# info-consumption
O('zh', '宿迁的 做智慧养老服务平台 总投入800万 到去年年底投了两百万 计划23年6月底上线 去年营收不到两千万',
  {'info_consumption_direction': True, 'total_investment': 800, 'invested_by_2021_end': 200,
   'completion_date': '2023-06-30'},
  ['revenue_last_year'], 'info-consumption; 不到两千万 is just under a threshold')
# talent-training
O('zh', '我们是培训公司 营业执照里有教育培训 注册资金1000万 近三年年均收入600来万 年均培训两千人次左右 一半是线上的',
  {'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 1000, 'revenue_3y_avg': 600},
  ['trainees_3y_avg'], 'talent-training; trainee count includes online training')
O('zh', '南京一所职业技术学院 想办产业人才培训 计划培训900人 每班最少60人 3.5天以上的班10个 放在苏州 扬州 淮安 南京四个市 不收学员任何费用 近三年年均培训一千一二百人次',
  {'applicant_kind': 'university', 'in_jiangsu': True, 'planned_trainees': 900, 'min_class_size': 60,
   'long_classes': 10, 'training_cities': 4, 'training_all_regions': True, 'training_free': True},
  ['trainees_3y_avg'], 'talent-training; 苏州/南京 south, 扬州 central, 淮安 north; trainee figure is a range just under 1200')
# tech-loan, outside Jiangsu + USD
O('zh', '公司总部在上海 项目在昆山 技改总投资800万美元 贷款是上海那边的银行放的',
  {'in_jiangsu': False, 'loan_from_jiangsu_bank': False},
  ['total_investment'], 'tech-loan; applicant outside Jiangsu; USD without RMB')

# English
O('en', "Hi, I'm the finance director of a German-owned gearbox plant in Taicang. Our technical upgrade project there has a total investment of about RMB 60m, with a fixed-asset loan of 35 million yuan from Bank of Jiangsu. The equipment has already been bought with the loan. Revenue last year was roughly 30 million euros.",
  {'in_jiangsu': True, 'total_investment': 6000, 'fixed_asset_loan': 3500, 'loan_from_jiangsu_bank': True,
   'equipment_bought_with_loan': True},
  ['revenue_last_year'], 'tech-loan; foreign staff; revenue in EUR')
O('en', 'We are on the provincial smart manufacturing demonstration factory list. The project cost somewhere between 30 and 40 million RMB, was finished last September, and the recommending unit has issued its acceptance opinion.',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-09-30', 'stage': 'completed',
   'accepted': True},
  ['total_investment', 'certifications'], 'smart-factory; range; last September = 2021-09-30')
O('en', 'hello, our company in Nantong Tongzhou district do 5G full-connected factory project, 5G network build inside plant. total invest 30m rmb no tax, until end of 2021 invest 5 million, start construction 2021.6, output value 2021 about 200m rmb',
  {'in_jiangsu': True, 'total_investment': 3000, 'invested_by_2021_end': 500, 'start_date': '2021-06-30'},
  ['revenue_last_year'], '5g-iiot; Chinese staff; 南通通州区 is unambiguous; output value is not revenue')
O('en', "We're an industrial cybersecurity company based in Tongzhou. We're planning a security service platform, total budget 8 million yuan, and about 20% was spent by the end of 2021.",
  {'total_investment': 800},
  ['in_jiangsu', 'invested_by_2021_end'], 'iiot-security; bare Tongzhou is ambiguous; relative progress')
O('en', 'We signed to acquire a Hong Kong company in March 2021 for HK$120 million, all in cash. The business and equity registration changes were completed in May 2021 and we now own 100% of it.',
  {'merger_completed_2021': True, 'acquisition_registered': True, 'acquisition_date': '2021-05-31',
   'stake_after_pct': 100},
  ['acquisition_amount', 'acquisition_cash'], 'merger; HK$; registration date, not signing date')
O('en', 'We were newly recognised as a provincial Little Giant (专精特新小巨人) in 2021. Tax paid last year was just under 4 million yuan, and the main product is about 65% of our revenue.',
  {'certifications_include': ['little-giant-2021'], 'main_product_share_pct': 65},
  ['taxes_paid_last_year', 'certifications'], 'little-giant; just under the 400 threshold')
O('en', 'Our company is registered in Nanjing, but the energy-saving retrofit is at our plant in Chuzhou, Anhui. Total investment RMB 25 million, construction is ongoing, and we borrowed somewhere around 10 to 15 million for it.',
  {'in_jiangsu': False, 'total_investment': 2500, 'stage': 'under_construction', 'green_direction': True},
  ['fixed_asset_loan'], 'green-upgrade; project in Anhui; loan range')
O('en', "We're a software company in Wuxi, not an industrial firm. Our industrial internet platform project cost 12 million yuan and went live in December 2021. Our output value last year was about 300 million.",
  {'industrial': False, 'total_investment': 1200, 'completion_date': '2021-12-31'},
  ['revenue_last_year'], 'iiot-platform; output value is not revenue')
O('en', "We're a Suzhou maker of high-end medical imaging equipment. R&D for the new detector is roughly 45 million yuan over three years, starting January 2022. We hold several patents on the detector.",
  {'core_tech_direction': True, 'rd_investment': 4500, 'start_date': '2022-01-31'},
  ['own_ip'], 'core-tech; 高端医疗装备 is a 2.1 direction; patents alone are a partial own_ip')
O('en', 'We operate a provincial micro-business innovation base (小微企业双创示范基地). In 2021 three of our resident firms became above-scale, we served around 200 SMEs offline and satisfaction was 92%.',
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 3, 'smes_served_2021': 200,
   'satisfaction_pct': 92},
  ['certifications'], 'sme-platform (base)')
O('en', "We're a non-profit training association in Yangzhou. Plan: 1,000 trainees, 9 classes of four days each, smallest class 50 people, held in Nanjing, Yangzhou, Xuzhou and Suzhou, no fees for trainees. We've been running training for three or four years.",
  {'applicant_kind': 'nonprofit', 'planned_trainees': 1000, 'long_classes': 9, 'min_class_size': 50,
   'training_cities': 4, 'training_all_regions': True, 'training_free': True},
  ['training_years'], 'talent-training; Xuzhou north, Yangzhou central, Nanjing/Suzhou south; years as a range')
O('en', 'Our plant and the upgrade project are both in Changzhou. The bank approved a 50 million facility and we have drawn 32 million so far. 2021 equipment invoices came to 11.3 million including VAT, and the 2021 interest on the equipment part (no civil works) was 1.2 million yuan.',
  {'in_jiangsu': True, 'loan_interest_paid_2021': 120},
  ['fixed_asset_loan', 'equipment_invoice_2021'], 'tech-loan; facility vs drawn; VAT-inclusive invoices')

# ---------------------------------------------------------------- answers
answers = []
_an = {'zh': 0, 'en': 0}
def A(lang, slot, text, expect, also=None):
    _an[lang] += 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    item = {'id': f'a-{lang}-{_an[lang]:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': expect}
    if also:
        item['also'] = also
    answers.append(item)
V = lambda v: {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
COR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# ---- zh answers (125), in writing order
# applicant
A('zh', 'in_jiangsu', '对的 跟公司一样 项目也在泰州', V(True))
A('zh', 'in_jiangsu', '公司在嘉兴 项目在吴江', V(False))
A('zh', 'in_jiangsu', '在宿州 项目也在宿州', V(False))
A('zh', 'in_jiangsu', '我们在通州', ASK)
A('zh', 'applicant_kind', '我们是经开区管委会', V('park'))
A('zh', 'applicant_kind', '园区里的一家企业', V('enterprise'))
A('zh', 'applicant_kind', '我们是事业单位 研究所', V('public_institution'))
A('zh', 'industrial', '不是 做软件的', V(False))
A('zh', 'revenue_last_year', '一个多亿', V(10000))
A('zh', 'revenue_last_year', '主营2.6亿 产值3个亿', V(26000))
A('zh', 'revenue_last_year', '一千九百多万 差一点到规上', V(1900), {'above_scale': False})
A('zh', 'revenue_last_year', '产值三个亿 主营没单独算过', ASK)
A('zh', 'revenue_last_year', '35000000', ASK)
A('zh', 'revenue_last_year', '要问财务', UNK)
A('zh', 'merger_initiator', '结果', CMD)
A('zh', 'above_scale', '不好说 今年可能掉下来', UNK)
A('zh', 'certifications', '小巨人、服务型制造示范企业', V(['little-giant-2021', 'service-manufacturing-demo']))
A('zh', 'certifications', '小巨人是19年评的 其他都没有', V([]))
A('zh', 'same_parent', '不是 是外部收购', V(False))
A('zh', 'certifications', '有小巨人 别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
A('zh', 'certifications', '小巨人是国家级的还是省级的？', Q)
A('zh', 'approvals_complete', '办了 都齐了', V(True))
A('zh', 'approvals_complete', '环评还在办', V(False))
A('zh', 'approvals_complete', '不需要办 推荐单位出了说明', V(True))
A('zh', 'approvals_complete', '不需要办', ASK)
A('zh', 'approvals_complete', '备案环评都好了 能评不清楚', ASK)
A('zh', 'approvals_complete', '这个要问一下工程部', UNK)

# project figures
A('zh', 'total_investment', '三千五 对 就是3500万', V(3500))
A('zh', 'total_investment', '3kw', V(3000))
A('zh', 'total_investment', '一亿二', V(12000))
A('zh', 'total_investment', '600万美元 折合人民币大概3900万', V(3900))
A('zh', 'total_investment', '备案是6000万 不含土建的4200万', ASK)
A('zh', 'total_investment', '含税4520', ASK)
A('zh', 'total_investment', '要3000万以上才行吗？', Q)
A('zh', 'filed_total_investment', '跟不含税那个数不一样 备案是1.2个亿', V(12000))
A('zh', 'filed_total_investment', '备案文件找不到了', UNK)
A('zh', 'total_investment_basis', '不是备案那个数', V('net'))
A('zh', 'total_investment_basis', '和备案文件一致', V('filed'))
A('zh', 'total_investment_basis', '两个差不多吧', ASK)
A('zh', 'software_investment', '四百万出头', V(400))
A('zh', 'green_direction', '不是 就是扩产能', V(False))
A('zh', 'software_investment', '不到400', ASK)
A('zh', 'software_investment', '同上', ASK)
A('zh', 'software_investment', '不清楚 集成商报价还没出', UNK)
A('zh', 'cluster_focus', '/reset', CMD)
A('zh', 'invested_by_2021_end', '去年底投了八百来万', V(800))
A('zh', 'invested_by_2021_end', '刚过五百万', V(500))
A('zh', 'invested_by_2021_end', '完成了六成', ASK)
A('zh', 'invested_by_2021_end', '到今年3月投了1500万', ASK)
A('zh', 'invested_by_2021_end', '刚才那个软件投入写错了 应该是480', COR, {'software_investment': 480})

# dates and stage
A('zh', 'start_date', '21年3月', V('2021-03-31'))
A('zh', 'start_date', '前年年底', V('2020-12-31'))
A('zh', 'start_date', '还没开工', ASK, {'stage': 'planned'})
A('zh', 'start_date', '9月底', ASK)
A('zh', 'completion_date', '去年10月完工的', V('2021-10-31'), {'stage': 'completed'})
A('zh', 'completion_date', '明年年底', V('2023-12-31'))
A('zh', 'completion_date', '还没定', UNK)
A('zh', 'completion_date', '5G项目首次拨多少', Q)
A('zh', 'stage', '设备正在装', V('under_construction'))
A('zh', 'stage', '已经建成投产了', V('completed'))
A('zh', 'stage', '不是在建', ASK)
A('zh', 'stage', '是不是必须是规上企业？', Q)
A('zh', 'training_experience', '先看看结果吧', CMD)
A('zh', 'accepted', '验收办了 意见书也拿到了', V(True))
A('zh', 'accepted', '验收了 意见还没拿到', V(False))
A('zh', 'accepted', '不知道 要问一下经信局', UNK)
A('zh', 'accepted', '更正：完工日期是2021年12月20日', COR, {'completion_date': '2021-12-20'})

# loan
A('zh', 'fixed_asset_loan', '没贷款 全是自有资金', V(0))
A('zh', 'fixed_asset_loan', '贷了两千万 不对 是两千五', V(2500))
A('zh', 'fixed_asset_loan', '授信5000万 提款3000万', ASK)
A('zh', 'fixed_asset_loan', '贷款还在批', ASK)
A('zh', 'fixed_asset_loan', '不对 总投资是5500万 不是5000', COR, {'total_investment': 5500})
A('zh', 'loan_from_jiangsu_bank', '工行苏州分行放的', V(True))
A('zh', 'equipment_bought_with_loan', '没买 设备是自有资金买的', V(False))
A('zh', 'equipment_bought_with_loan', '嗯 买了 都买了', V(True))
A('zh', 'equipment_bought_with_loan', '买了一部分', ASK)
A('zh', 'loan_interest_paid_2021', '含土建一共180万 不含土建的135万', V(135))
A('zh', 'loan_interest_paid_2021', '这个得问财务 我不清楚', UNK)
A('zh', 'loan_interest_paid_2021', '2021年的利息怎么算', Q)
A('zh', 'loan_rate_pct', '百分之四左右', V(4))
A('zh', 'loan_rate_pct', 'LPR+50bp', ASK)
A('zh', 'loan_rate_pct', '刚才说错了 开工是21年5月', COR, {'start_date': '2021-05-31'})
A('zh', 'loan_rate_pct', '/result', CMD)
A('zh', 'loan_term_years', '一年半', V(1.5))
A('zh', 'loan_term_years', '不对 贷款是3000万不是2500', COR, {'fixed_asset_loan': 3000})
A('zh', 'other_interest_subsidy_2021', '没有', V(0))
A('zh', 'other_interest_subsidy_2021', '区里给了二十万 市里没给', V(20))
A('zh', 'other_interest_subsidy_2021', '县里还在审 不知道给多少', UNK)
A('zh', 'other_interest_subsidy_2021', '这个能和市里的贴息叠加吗', Q)
A('zh', 'equipment_invoice_2021', '含税1130万 不含税1000万', V(1000))
A('zh', 'equipment_invoice_2021', '算了，从头来', CMD)

# core-tech and directions
A('zh', 'rd_investment', '研发投入3200 其中设备1000', V(3200))
A('zh', 'rd_investment', '研发投入算人工吗？', Q)
A('zh', 'own_ip', '专利有 资金有缺口', V(False))
A('zh', 'own_ip', '有几个发明专利', ASK)
A('zh', 'own_ip', '重新开始', CMD)
A('zh', 'fiveg_direction', '只是用了运营商的5G信号 没在厂里建网', V(False))

# merger
A('zh', 'acquisition_date', '签约是去年3月 工商变更是今年1月', V('2022-01-31'))
A('zh', 'acquisition_amount', '1500万欧元 折合人民币约1.1亿', V(11000))
A('zh', 'acquisition_cash', '一半现金', ASK)
A('zh', 'stake_after_pct', '全资', V(100))
A('zh', 'stake_after_pct', '控股了', ASK)
A('zh', 'largest_shareholder', '并列第一大股东', V(False))
A('zh', 'largest_shareholder', '更正一下 持股是60% 不是51', COR, {'stake_after_pct': 60})

# little-giant
A('zh', 'main_product_share_pct', '七成', V(70))
A('zh', 'rd_ratio_3y_avg_pct', '三个点多', V(3))
A('zh', 'upgrade_investment_last_year', '这个不方便透露', UNK)
A('zh', 'taxes_paid_last_year', '400万以上算吗', Q)
A('zh', 'taxes_paid_last_year', '含个税吗？', Q)

# iiot, platforms, training
A('zh', 'identifier_registrations_yi', '两千万', V(0.2))
A('zh', 'identifier_connected_enterprises', '不知道 还没统计过', UNK)
A('zh', 'service_team_size', '专职8个 兼职5个', V(8))
A('zh', 'public_events_2021', '一场都没有', V(0))
A('zh', 'satisfaction_pct', '九成五', V(95))
A('zh', 'platform_investment_2021', '含税565万', ASK)
A('zh', 'all_services_free', '大部分免费 少数收点成本费', V(False))
A('zh', 'registered_capital', '实缴500 认缴1000', ASK)
A('zh', 'revenue_3y_avg', '审计报告要找一下 现在说不准', UNK)
A('zh', 'training_cities', '5个 南京苏州扬州南通徐州', V(5), {'training_all_regions': True})
A('zh', 'training_free', '不收费', V(True))

# zh corrections and commands on other pending questions
A('zh', 'certifications', '更正一下 营收是1.5亿', COR, {'revenue_last_year': 15000})
A('zh', 'approvals_complete', '公司和项目都在宿迁 刚才打错了 不是宿州', COR, {'in_jiangsu': True})
A('zh', 'industrial', '纠正下 我们是规上 刚才说错了', COR, {'above_scale': True})
A('zh', 'smes_served_2021', '直接出结果吧', CMD)
A('zh', 'long_classes', '从头再来一遍', CMD)

# ---- en answers (55)
A('en', 'in_jiangsu', 'Yes, both the company and the plant are in Suzhou Industrial Park.', V(True))
A('en', 'in_jiangsu', 'HQ is in Hangzhou, project is in Wuxi', V(False))
A('en', 'applicant_kind', "We're a private manufacturing company, wholly foreign-owned.", V('enterprise'))
A('en', 'applicant_kind', 'Can a foreign-invested company apply?', Q)
A('en', 'revenue_last_year', 'about RMB 40m', V(4000))
A('en', 'revenue_last_year', 'Around 6 million US dollars.', ASK)
A('en', 'above_scale', "Yes, we've been above-scale since 2019.", V(True))
A('en', 'certifications', 'none', V([]))
A('en', 'certifications', "We're in the provincial cloud computing / big data enterprise registry, and the project is on the 2021 provincial big data demo project list. That's all.", V(['cloud-bigdata-registry', 'bigdata-demo-project']))
A('en', 'certifications', 'Not sure, I need to check with our admin team.', UNK)
A('en', 'certifications', 'show me the result', CMD)
A('en', 'approvals_complete', 'All done, filing plus EIA and energy review.', V(True))
A('en', 'total_investment', 'total invest is 3500w', V(3500))
A('en', 'total_investment', 'About 25 million yuan ex VAT, no civil works in it.', V(2500))
A('en', 'total_investment', 'EUR 5 million', ASK)
A('en', 'total_investment', 'Actually the revenue figure I gave was wrong, it is 32 million yuan.', COR, {'revenue_last_year': 3200})
A('en', 'filed_total_investment', 'The filing says 58 million yuan, civil works included.', V(5800))
A('en', 'invested_by_2021_end', 'Around 9 million yuan by Dec 2021.', V(900))
A('en', 'invested_by_2021_end', 'Does the 20% include civil works?', Q)
A('en', 'start_date', 'last September', V('2021-09-30'))
A('en', 'start_date', 'sometime in 2021', ASK)
A('en', 'start_date', 'start over', CMD)
A('en', 'completion_date', 'It went live on 15 Nov 2021.', V('2021-11-15'), {'stage': 'completed'})
A('en', 'stage', "we're about halfway through construction", V('under_construction'))
A('en', 'accepted', "Yes, we've got the acceptance opinion from the recommending unit.", V(True))
A('en', 'fixed_asset_loan', 'no loan', V(0))
A('en', 'fixed_asset_loan', "Credit line is 50m, we've drawn 30m so far.", ASK)
A('en', 'fixed_asset_loan', "What's the maximum subsidy for this?", Q)
A('en', 'fixed_asset_loan', 'Does it have to be at least 20 million?', Q)
A('en', 'loan_from_jiangsu_bank', 'sorry, the loan was 20m not 25m', COR, {'fixed_asset_loan': 2000})
A('en', 'equipment_bought_with_loan', 'we buy already, all CNC machines', V(True))
A('en', 'equipment_bought_with_loan', 'Partly, about half the machines so far.', ASK)
A('en', 'loan_interest_paid_2021', "I'd have to ask our finance team.", UNK)
A('en', 'loan_rate_pct', '3.7%', V(3.7))
A('en', 'loan_rate_pct', 'LPR plus 30 basis points', ASK)
A('en', 'loan_term_years', '5-year term', V(5))
A('en', 'loan_term_years', 'two or three years', ASK)
A('en', 'equipment_invoice_2021', '7.5m ex VAT', V(750))
A('en', 'core_tech_direction', "Not sure which direction we'd fit in.", UNK)
A('en', 'xinchuang_zone_basis', 'reset', CMD)
A('en', 'fiveg_direction', 'Partly. We have a 5G private network, but only in one workshop so far.', ASK)
A('en', 'acquisition_date', 'Registration was completed on 12 Aug 2021.', V('2021-08-12'))
A('en', 'stake_after_pct', 'majority', ASK)
A('en', 'largest_shareholder', 'Yes, we hold 70%.', V(True), {'stake_after_pct': 70})
A('en', 'largest_shareholder', 'Correction: our stake is 55%, not 45%.', COR, {'stake_after_pct': 55})
A('en', 'revenue_growth_3y_avg_pct', 'about 15%', V(15))
A('en', 'rd_ratio_3y_avg_pct', '0.04', ASK)
A('en', 'taxes_paid_last_year', 'just under 4 million', ASK)
A('en', 'taxes_paid_last_year', 'I would rather not say.', UNK)
A('en', 'identifier_resolutions_yi', '150 million', V(1.5))
A('en', 'lab_breakthrough_direction', 'Yes, industrial OS is our target direction.', V(True))
A('en', 'satisfaction_pct', 'No idea, we never surveyed.', UNK)
A('en', 'trainees_3y_avg', 'About 1,500 a year, all in person.', V(1500))
A('en', 'long_classes', 'ten', V(10))
A('en', 'replicable_solution', '/result', CMD)

with open(os.path.join(HERE, 'openings.json'), 'w', encoding='utf-8') as f:
    json.dump(openings, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, 'answers.json'), 'w', encoding='utf-8') as f:
    json.dump(answers, f, ensure_ascii=False, indent=1)

if __name__ == '__main__':
    from collections import Counter
    print('openings', Counter(o['lang'] for o in openings))
    print('answers', Counter(a['lang'] for a in answers), len(answers))
    print('expect', Counter(next(iter(a['expect'])) if 'not_answer' not in a['expect'] else 'na:' + a['expect']['not_answer'] for a in answers))
    print('slots', len({a['slot'] for a in answers}))
    print('types', Counter(VOC[s]['type'] for s in {a['slot'] for a in answers}))
