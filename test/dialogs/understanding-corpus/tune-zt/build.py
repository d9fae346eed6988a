#!/usr/bin/env python3
"""Dialog evaluation corpus (tune-zt) for 专项资金申报助手, written blind from the guide,
the contract and /work/kit/corpus-conventions.md.  Writes openings.json and answers.json
next to this file and prints the counts.  Question texts come from facts-vocabulary.json."""
import collections, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))['facts']}

T, F = True, False
openings, answers = [], []
_cnt = collections.Counter()


def O(lang, text, facts, must_not=(), note=''):
    _cnt['o-' + lang] += 1
    openings.append({'id': f"o-{lang}-{_cnt['o-' + lang]:03d}", 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(must_not), 'note': note})


def A(lang, slot, text, expect, also=None, note=''):
    _cnt['a-' + lang] += 1
    a = {'id': f"a-{lang}-{_cnt['a-' + lang]:03d}", 'lang': lang, 'slot': slot,
         'question': VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en'],
         'text': text, 'expect': expect}
    if also:
        a['also'] = also
    if note:
        a['note'] = note
    answers.append(a)


def V(v): return {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
CORR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# ───────────────────────────── openings (zh) ─────────────────────────────
O('zh', '你好 我们是常州武进一家做齿轮箱的规上企业，去年上了条新产线，备案总投资五千二百万，固贷三千万是江苏银行放的，设备都已经用贷款买好了 想问下能不能申请技改贴息',
  {'above_scale': T, 'filed_total_investment': 5200, 'fixed_asset_loan': 3000,
   'loan_from_jiangsu_bank': T, 'equipment_bought_with_loan': T},
  note='tech-loan, clean; 备案 figure → filed_total_investment')
O('zh', '泰兴的化工企业 规上 搞了个技改 备案投资8000w 银行授信5000万实际提款3200万 设备发票含税2260万 能拿多少贴息',
  {'above_scale': T, 'filed_total_investment': 8000},
  ['fixed_asset_loan', 'equipment_invoice_2021'],
  note='授信 vs 提款 (two competing figures); invoices are 含税 while the question asks 不含税')
O('zh', '老板让我问下 我们厂在浙江台州 技改固贷两千五百万 去年产值三个多亿 江苏这个贴息我们能申请吗',
  {'in_jiangsu': F, 'fixed_asset_loan': 2500},
  ['revenue_last_year'],
  note='台州 is Zhejiang (not 泰州); 产值 is not 主营业务收入')
O('zh', '苏州工业园区一家外资电子厂（规上），21年进了省智能制造示范工厂名单，项目去年11月完工，总投资不含税4600万，其中软件和系统集成650万，推荐单位的验收意见上个月拿到了',
  {'applicant_kind': 'enterprise', 'above_scale': T, 'certifications_include': ['smart-factory-list'],
   'completion_date': '2021-11-30', 'stage': 'completed', 'total_investment': 4600,
   'software_investment': 650, 'accepted': T},
  ['certifications'],
  note='smart-factory; 园区里的一家企业 → enterprise; partial certification mention')
O('zh', '无锡惠山 规上汽配企业 想报工业互联网标杆工厂 项目投资3390万是含税的 土建另算 去年9月份完工了 还没验收',
  {'above_scale': T, 'completion_date': '2021-09-30', 'stage': 'completed', 'accepted': F},
  ['total_investment'],
  note='iiot-benchmark; 含税 total')
O('zh', '盐城一家钢帘线企业 在搞5G全连接工厂 厂里5G专网已经建了 用在AGV调度和视觉质检 总投资两千八百万左右 到去年底大概投了四成 计划明年6月建完 现在还在装设备',
  {'total_investment': 2800, 'fiveg_direction': T, 'completion_date': '2023-06-30',
   'stage': 'under_construction'},
  ['invested_by_2021_end'],
  note='5g-iiot; 四成 is a relative figure → not recorded')
O('zh', '我们是扬州做环保设备的，省级服务型制造示范企业，想申报服务化改造，主要搞远程运维和全生命周期管理平台，总投入2100万，软件大概三百九十万，去年产值两个亿左右',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': T,
   'total_investment': 2100, 'software_investment': 390},
  ['revenue_last_year', 'certifications'],
  note='service-upgrade; software 390 is a hedged figure (recorded), 产值 is not revenue')
O('zh', '南京一家信息技术公司，做工程机械行业的标识解析二级节点，已经过了信通院组织的专家评估，计划注册量做到2.3亿 解析量1.2亿 接入企业一千多家，项目投资九百到一千二百万之间',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.3,
   'identifier_resolutions_yi': 1.2, 'identifier_connected_enterprises': 1000},
  ['total_investment', 'certifications'],
  note='iiot-identifier; investment is a range')
O('zh', '我们平台是2019年认定的省重点工业互联网平台 这次报平台项目 总投资一千五百万左右 备案是1800万含土建 去年年底上线的 验收还在走流程',
  {'certifications_include': ['key-iiot-platform'], 'filed_total_investment': 1800,
   'completion_date': '2021-12-31', 'stage': 'completed', 'accepted': F},
  ['total_investment', 'certifications'],
  note='iiot-platform; two competing totals (备案 incl. 土建 vs net), 上线 = completion')
O('zh', '做工控安全的 总部在杭州 这次是南京子公司来报工业互联网安全项目 企业侧安全平台 总投入六百万 去年底已经投了150万',
  {'total_investment': 600, 'invested_by_2021_end': 150},
  ['in_jiangsu'],
  note='iiot-security; HQ Hangzhou but the applicant is the Nanjing subsidiary and the project place is not said')
O('zh', '我们是XX高新区管委会，想牵头申报信创先导区，实施期内投资预算大概1.2亿，运营主体是区属国企，方案和绩效目标都在写',
  {'applicant_kind': 'park', 'total_investment': 12000, 'xinchuang_zone_operator': T},
  note='xinchuang-zone; 方案在写 → has_plan_and_targets not scored')
O('zh', '本公司是省内骨干信创企业，准备跟东南大学合作共建信创实验室，合作期五年，建设期投入预计900到1100万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_cooperation_years': 5},
  ['total_investment', 'certifications'],
  note='xinchuang-lab; investment is a range around the 1000万 threshold')
O('zh', '昆山一家做工业大数据平台的软件公司，已入省工信厅大数据企业库，项目是去年下半年完工的 总投入1200万',
  {'industrial': F, 'certifications_include': ['cloud-bigdata-registry'], 'stage': 'completed',
   'total_investment': 1200},
  ['completion_date', 'certifications'],
  note='data-product; 做软件的 → industrial false; 下半年 is not a date')
O('zh', '无锡做功率器件的 IGBT攻关产业化项目 研发投入四千五百万 实施期三年 公司二十多项相关发明专利 公司产值大概9个亿',
  {'core_tech_direction': T, 'rd_investment': 4500},
  ['revenue_last_year'],
  note='core-tech; IGBT is listed in 2.1.2; 产值 not revenue')
O('zh', '常熟的纺机企业，去年8月签约收购了德国一家公司80%的股份，花了900万欧元，工商和股权变更去年10月办完的',
  {'stake_after_pct': 80, 'acquisition_date': '2021-10-31', 'merger_completed_2021': T,
   'acquisition_registered': T},
  ['acquisition_amount', 'acquisition_cash'],
  note='merger; EUR amount not recordable; date is the registration, not the signing')
O('zh', '集团下面两家子公司之间做了个重组 我们出资6000万（其中一半是股权置换）并购后持股50% 跟另一家并列第一大股东 这种能报兼并重组吗',
  {'same_parent': T, 'acquisition_amount': 6000, 'stake_after_pct': 50, 'largest_shareholder': F},
  ['acquisition_cash'],
  note='merger trap: same parent, 并列第一大股东, cash only relative')
O('zh', '我们是21年新认定的省专精特新小巨人，近三年营收平均增长12%，主导产品占比六七成，研发投入占比3.8%，去年交税三百九十多万',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12,
   'rd_ratio_3y_avg_pct': 3.8, 'taxes_paid_last_year': 390},
  ['main_product_share_pct', 'certifications'],
  note='little-giant; 六七成 is a range; 三百九十多万 → 390 (hedge), below 400')
O('zh', '公司是19年评的省专精特新小巨人 去年技改+研发+数字化一共投了1500万 营收1.6个亿 能报小巨人培育吗',
  {'revenue_last_year': 16000},
  ['certifications'],
  note='little-giant trap: a 2019 recognition is not little-giant-2021, and the rest of the list is unknown')
O('zh', '我司去年被工信部认定为国家级制造业单项冠军（产品），好像还进了500强但不确定是不是第一次，今年省里有奖励吗',
  {'certifications_include': ['single-champion-2021']},
  ['certifications'],
  note='honor-award; top-500 first entry is unsure')
O('zh', '市工信局的 我们承办的世界物联网博览会配套展会能不能申请这块资金 专项审计后总投入1800万',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'total_investment': 1800},
  ['event_listed'],
  note='expo-event; a side exhibition of a listed expo: whether it is listed is unclear')
O('zh', '宿迁的造纸厂 节能降碳技改 余热回收加电机改造 总投资3600万 截止去年底投了800万 现在在建 明年年底完工 备案能评环评都办好了',
  {'industrial': T, 'green_direction': T, 'total_investment': 3600, 'invested_by_2021_end': 800,
   'stage': 'under_construction', 'completion_date': '2023-12-31', 'approvals_complete': T},
  note='green-upgrade, clean')
O('zh', '公司注册在南京，节水改造项目放在安徽马鞍山的分厂，总投资两三千万，这个能报绿色化改造吗',
  {'in_jiangsu': F, 'green_direction': T},
  ['total_investment'],
  note='green-upgrade; project outside Jiangsu; investment a range')
O('zh', '省级制造业创新中心 20年批复试点的 依托企业这边想报创新能力建设 建设周期两年 总投入5500万',
  {'applicant_kind': 'enterprise', 'certifications_include': ['provincial-innovation-center'],
   'total_investment': 5500},
  ['innovation_center_age_years', 'certifications'],
  note='innovation-center; a year alone does not give the age')
O('zh', '我们是苏州一个生物医药行业协会（民非），专门服务生物医药集群，专职人员十来个，去年集群服务收入不到200万',
  {'applicant_kind': 'nonprofit', 'cluster_focus': T, 'service_team_size': 10},
  ['cluster_service_revenue_2021'],
  note='cluster-org; 不到200万 just under the threshold')
O('zh', '我们是省级中小企业公共服务示范平台 还在有效期内 去年线下服务了三百多家企业 活动搞了二十几场 满意度95%左右 平台投入450万含税',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 300,
   'public_events_2021': 20, 'satisfaction_pct': 95},
  ['platform_investment_2021', 'certifications'],
  note='sme-platform; 含税 platform investment')
O('zh', '县中小企业服务中心 事业单位 去年建设投入加服务企业支出一共220万 服务全部免费的',
  {'applicant_kind': 'public_institution', 'sme_service_center': T, 'platform_investment_2021': 220,
   'all_services_free': T},
  note='sme-platform via 5.3.1.4 (service centre)')
O('zh', '南通做智慧养老服务平台的 总投入800万 去年底投了一百五十万 计划明年上半年上线',
  {'info_consumption_direction': T, 'total_investment': 800, 'invested_by_2021_end': 150},
  ['completion_date'],
  note='info-consumption; 上半年 is not a date')
O('zh', '我们是南京一家培训公司 营业执照里有培训 注册资金300万 近三年平均收入六百多万 线上线下加起来每年培训五千人次',
  {'training_licensed': T, 'registered_capital': 300, 'revenue_3y_avg': 600},
  ['trainees_3y_avg'],
  note='talent-training; the trainee count includes online')

# ───────────────────────────── openings (en) ─────────────────────────────
O('en', "Hi, I'm the finance manager at a German-owned auto parts plant in Taicang, an above-designated-size company. "
        "We financed a new stamping line with a fixed-asset loan of RMB 25 million from Bank of Jiangsu; the filed investment "
        "was 48 million yuan. All equipment has been bought with the loan. Interest paid last year was about USD 150k.",
  {'above_scale': T, 'fixed_asset_loan': 2500, 'loan_from_jiangsu_bank': T,
   'filed_total_investment': 4800, 'equipment_bought_with_loan': T},
  ['loan_interest_paid_2021'],
  note='tech-loan; interest in USD')
O('en', 'hi pls help check, we r 规上 in Nantong, smart factory proj total invest 3500w excl tax, sw+integration 520w, finished Dec 2021, acceptance opinion already issued',
  {'above_scale': T, 'total_investment': 3500, 'software_investment': 520,
   'completion_date': '2021-12-31', 'stage': 'completed', 'accepted': T},
  note='smart-factory, Chinese staff English, clean')
O('en', 'Our Wuxi plant is doing a 5G+IIoT project. Total budget somewhere between 30 and 40 million yuan, construction started in March 2021 and we expect to finish by the end of 2023.',
  {'start_date': '2021-03-31', 'completion_date': '2023-12-31', 'stage': 'under_construction'},
  ['total_investment'],
  note='5g-iiot; range')
O('en', 'We are a listed pharma company in Suzhou. In 2021 we acquired 65% of a US biotech for USD 12m, roughly RMB 78 million. Can we apply for the M&A support?',
  {'stake_after_pct': 65, 'acquisition_amount': 7800, 'merger_completed_2021': T},
  note='merger; the user gave the RMB figure → 7800 (not 1200)')
O('en', 'we r little giant (newly recognised 2021), tax paid last yr just under 4m RMB, main product ~75% of rev. can apply?',
  {'certifications_include': ['little-giant-2021'], 'main_product_share_pct': 75},
  ['taxes_paid_last_year', 'certifications'],
  note='little-giant; just under the 400万 threshold')
O('en', "Hello, I work for a Danish-owned water treatment equipment maker in Changzhou. We're upgrading our plant for water recycling and reuse, "
        "budget roughly 25 million yuan including VAT; about 6 million was spent by December 2021. Still under construction.",
  {'green_direction': T, 'stage': 'under_construction', 'invested_by_2021_end': 600},
  ['total_investment'],
  note='green-upgrade; VAT-inclusive total')
O('en', "We're a private non-profit training institute in Nanjing and have been running industry trainings for 8 years. "
        "The plan is 900 trainees with classes in Nanjing, Yangzhou, Xuzhou and Suzhou, all free for participants.",
  {'applicant_kind': 'nonprofit', 'training_years': 8, 'planned_trainees': 900, 'training_cities': 4,
   'training_all_regions': T, 'training_free': T},
  note='talent-training; Nanjing/Suzhou south, Yangzhou central, Xuzhou north')
O('en', "This is the investment promotion office of a provincial-level economic development zone in Huai'an. We'd like to apply for the xinchuang pilot zone, budget around RMB 100m over two years.",
  {'applicant_kind': 'park', 'total_investment': 10000},
  note='xinchuang-zone')
O('en', "I'm from a university in Nanjing. A xinchuang company wants to build a lab with us on our campus, cooperation period 3-5 years.",
  {'applicant_kind': 'university', 'lab_with_jiangsu_university': T},
  ['lab_cooperation_years'],
  note='xinchuang-lab; cooperation period is a range')
O('en', 'Our company is registered in Shanghai, but the smart-transport platform will run in Kunshan. Total investment 6 million RMB. Eligible for the info consumption program?',
  {'in_jiangsu': F, 'info_consumption_direction': T, 'total_investment': 600},
  note='info-consumption; applicant outside Jiangsu')
O('en', 'we r a provincial micro-biz innovation base (双创示范基地), 2021 added 2 above-scale firms, invested 4.2m ex VAT',
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 2,
   'platform_investment_2021': 420},
  ['certifications'],
  note='sme-platform (base)')
O('en', 'We develop high-end pressure sensors in Wuxi. The R&D budget for the project is about 30 million RMB, but about 5 million of that is building renovation. Project period 2022-2025.',
  {'core_tech_direction': T},
  ['rd_investment'],
  note='core-tech; the stated R&D figure includes renovation, which 2.2.3 does not count')

# ───────────────────────────── answers ─────────────────────────────
# applicant
A('zh', 'in_jiangsu', '对 都在无锡 我们是规上企业', V(T), {'above_scale': T})
A('zh', 'in_jiangsu', '公司注册在上海 项目落在昆山那边', V(F))
A('zh', 'in_jiangsu', '我们在通州', ASK, note='通州 could be 南通通州 or Beijing')
A('zh', 'in_jiangsu', '台州 浙江那个台州', V(F))
A('en', 'in_jiangsu', 'yes, both in Suzhou', V(T))
A('en', 'in_jiangsu', "HQ is in Hangzhou and the plant is in Jiaxing", V(F))
A('en', 'in_jiangsu', "We're in Tongzhou", ASK)

A('zh', 'applicant_kind', '我们是高新区管委会', V('park'))
A('zh', 'applicant_kind', 'xx职业技术学院', V('university'))
A('zh', 'applicant_kind', '行业协会 民非', V('nonprofit'))
A('en', 'applicant_kind', 'an industry association, registered as a non-profit', V('nonprofit'))

A('zh', 'industrial', '我们做软件的', V(F))

A('zh', 'revenue_last_year', '一亿二左右吧 我们做汽配的 规上企业', V(12000), {'above_scale': T})
A('zh', 'revenue_last_year', '去年产值3个亿', ASK, note='产值 is not 主营业务收入')
A('zh', 'revenue_last_year', '要问财务', UNK)
A('zh', 'revenue_last_year', '去年营收八千多万，交税四百出头', V(8000), {'taxes_paid_last_year': 400})
A('zh', 'revenue_last_year', '结果', CMD)
A('en', 'revenue_last_year', 'abt 150 mio RMB', V(15000))
A('en', 'revenue_last_year', 'roughly USD 20m', ASK)
A('en', 'revenue_last_year', 'not sure, need to check with finance', UNK)

A('zh', 'above_scale', '更正一下 营收是1.5个亿不是1.2', CORR, {'revenue_last_year': 15000})

A('zh', 'certifications', '都没有', V([]))
A('zh', 'certifications', '小巨人、省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']))
A('zh', 'certifications', '有小巨人 别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
A('zh', 'certifications', '19年评的小巨人，其他都没有', V([]), note='a 2019 recognition is not little-giant-2021')
A('zh', 'certifications', '小巨人是指省级的还是国家级的', Q)
A('zh', 'certifications', '先看看结果吧', CMD)
A('en', 'certifications', 'none', V([]))
A('en', 'certifications', "we're on the provincial big data enterprise registry, nothing else", V(['cloud-bigdata-registry']))

A('zh', 'approvals_complete', '环评还在做', V(F))
A('zh', 'approvals_complete', '不需要办，推荐单位出了说明', V(T))
A('zh', 'approvals_complete', '这个好像不需要办吧', ASK)
A('zh', 'approvals_complete', '什么叫能评', Q)

# investment
A('zh', 'total_investment', '含税4520万', ASK)
A('zh', 'total_investment', '5000万 含土建的', ASK)
A('zh', 'total_investment', '一个多亿', V(10000))
A('zh', 'total_investment', '三千五，其中软件四百五', V(3500), {'software_investment': 450})
A('zh', 'total_investment', '要3000万以上才行吗？', Q)
A('zh', 'total_investment', '/reset', CMD)
A('en', 'total_investment', 'RMB 40m', V(4000))
A('en', 'total_investment', 'around 22 million yuan, ex VAT', V(2200))
A('en', 'total_investment', 'between 30 and 40 million', ASK)
A('en', 'total_investment', 'civil works can count or not?', Q)

A('zh', 'filed_total_investment', '备案8千万 实际投了6千', V(8000))
A('zh', 'filed_total_investment', '35000000', ASK)
A('en', 'filed_total_investment', 'The filing says 52 million yuan', V(5200))

A('zh', 'total_investment_basis', '不清楚，财务给的数', UNK)

A('zh', 'software_investment', '380w左右', V(380))
A('zh', 'software_investment', '没单独算过', UNK)

A('zh', 'invested_by_2021_end', '完成了六成', ASK)
A('zh', 'invested_by_2021_end', '去年底前投了八百多万 今年又投了五百', V(800))
A('en', 'invested_by_2021_end', 'roughly 9 million by end of 2021', V(900))
A('en', 'invested_by_2021_end', "the total is 30m, we've spent most of it already", ASK, {'total_investment': 3000}, note='the figure belongs to another fact')

# schedule
A('zh', 'start_date', '21年3月', V('2021-03-31'))
A('zh', 'start_date', '还没开工', ASK, {'stage': 'planned'})
A('zh', 'start_date', '前年十月份', V('2020-10-31'))
A('en', 'start_date', 'Sept 2021', V('2021-09-30'))
A('en', 'start_date', 'sometime in 2021', ASK)

A('zh', 'completion_date', '预计明年6月份能完', V('2023-06-30'))
A('zh', 'completion_date', '9月底', ASK)
A('zh', 'completion_date', '已经完攻了 去年11月', V('2021-11-30'), {'stage': 'completed'}, note='完攻 typo for 完工')
A('zh', 'completion_date', '刚才说错了 开工是21年5月', CORR, {'start_date': '2021-05-31'})
A('en', 'completion_date', 'it went live last September', V('2021-09-30'), {'stage': 'completed'})

A('zh', 'stage', '还在准备哈 下个月开工', V('planned'))
A('zh', 'stage', '去年12月就投产了', V('completed'), {'completion_date': '2021-12-31'})
A('zh', 'stage', '算了，从头来', CMD)
A('en', 'stage', "we haven't broken ground yet", V('planned'))

A('zh', 'accepted', '验收了 意见也出了 就是去年12月完工那个', V(T), {'completion_date': '2021-12-31'})
A('zh', 'accepted', '验手了，意见还没拿到', V(F), note='验手 typo for 验收')
A('en', 'accepted', 'Is there a deadline for this?', Q)
A('en', 'accepted', 'correction: we finished in Nov 2021, not Oct', CORR, {'completion_date': '2021-11-30'})

# loan
A('zh', 'fixed_asset_loan', '固贷两千五 江苏银行放的 设备都买好了', V(2500),
  {'loan_from_jiangsu_bank': T, 'equipment_bought_with_loan': T})
A('zh', 'fixed_asset_loan', '没贷款 全是自有资金', V(0))
A('zh', 'fixed_asset_loan', '授信5000 提了3000', ASK)
A('zh', 'fixed_asset_loan', '贷款还在批', ASK)
A('zh', 'fixed_asset_loan', '3kw', V(3000))
A('zh', 'fixed_asset_loan', '项目总投资是五千万', ASK, {'total_investment': 5000}, note='the figure belongs to another fact')
A('zh', 'fixed_asset_loan', '不对，前面总投资说错了，是六千万', CORR, {'total_investment': 6000})
A('zh', 'fixed_asset_loan', '补助最多能拿多少', Q)
A('zh', 'fixed_asset_loan', '重新开始', CMD)
A('en', 'fixed_asset_loan', 'RMB 20 million from Bank of Jiangsu', V(2000), {'loan_from_jiangsu_bank': T})
A('en', 'fixed_asset_loan', 'sorry, the total was 45m not 54m', CORR, {'total_investment': 4500})

A('zh', 'loan_from_jiangsu_bank', '上海浦发总行直接放的', V(F))
A('en', 'loan_from_jiangsu_bank', "I'd have to ask our bank", UNK)

A('zh', 'equipment_bought_with_loan', '买了一部分', ASK)
A('en', 'equipment_bought_with_loan', 'not yet', V(F))
A('en', 'equipment_bought_with_loan', 'partly, about half of the machines so far', ASK)

A('zh', 'loan_interest_paid_2021', '利息一百二十几万', V(120))
A('zh', 'loan_interest_paid_2021', '利西85万左右，里面有土建那块', ASK, note='利西 typo; includes civil works')
A('zh', 'loan_interest_paid_2021', '2021年的利息怎么算', Q)
A('zh', 'loan_interest_paid_2021', '这个得问下财务小王', UNK)
A('en', 'loan_interest_paid_2021', 'about 1.1 million yuan', V(110))

A('zh', 'loan_rate_pct', 'LPR加50个bp', ASK)
A('zh', 'loan_rate_pct', '年化3.8%左右', V(3.8))
A('zh', 'loan_rate_pct', '等下，贷款其实是两千八', CORR, {'fixed_asset_loan': 2800})
A('en', 'loan_rate_pct', 'LPR + 20bp', ASK)
A('en', 'loan_rate_pct', 'no idea', UNK)

A('zh', 'loan_term_years', '36个月', V(3))
A('zh', 'loan_term_years', '不晓得', UNK)

A('zh', 'other_interest_subsidy_2021', '没有的', V(0))
A('zh', 'other_interest_subsidy_2021', '县里贴了一点，具体多少不清楚', UNK)

A('zh', 'equipment_invoice_2021', '发票含税2260', ASK)
A('en', 'equipment_invoice_2021', 'about USD 3 million worth of machines', ASK)

# core tech
A('zh', 'rd_investment', '四千万，含厂房', ASK)
A('zh', 'rd_investment', '三千万出头', V(3000))
A('zh', 'rd_investment', '研发投入要多少才够？', Q)
A('en', 'rd_investment', 'approx 35 million RMB', V(3500))
A('en', 'rd_investment', 'what counts as R&D investment?', Q)

A('zh', 'own_ip', '有，十几个发明专利，钱也没问题', V(T))
A('zh', 'core_tech_direction', '不太清楚算不算', UNK)
A('en', 'core_tech_direction', "Yes - it's an MCU for cars", V(T))

# directions
A('zh', 'green_direction', '绿色化改造都有哪些方向啊', Q)
A('zh', 'fiveg_direction', '没建5G网络 就用的运营商公网信号', V(F))
A('zh', 'service_direction', '对的 主要是远程运维跟定制化', V(T))

# merger
A('zh', 'acquisition_date', '记不得了', UNK)
A('en', 'acquisition_date', 'Dec 15, 2021', V('2021-12-15'))

A('zh', 'acquisition_amount', '6500万 现金4000万 剩下换股', V(6500), {'acquisition_cash': 4000})
A('zh', 'acquisition_amount', '900万欧元', ASK)
A('zh', 'acquisition_amount', '600万美元，折合人民币大概3900万', V(3900))
A('en', 'acquisition_amount', 'EUR 10m', ASK)

A('zh', 'acquisition_cash', '一半现金', ASK)

A('en', 'stake_after_pct', 'majority', ASK)
A('en', 'stake_after_pct', '70 percent', V(70))

A('zh', 'largest_shareholder', '并列第一大股东', V(F))
A('zh', 'largest_shareholder', '上面持股比例打错了 应该是55%', CORR, {'stake_after_pct': 55})
A('zh', 'same_parent', '都是集团下面的子公司', V(T))
A('zh', 'merger_completed_2021', '去年并了一家 浙江的', V(T))
A('zh', 'more_acquisitions', '还有一家 出资七千万', V(T), {'acquisition_2_amount': 7000})
A('en', 'more_acquisitions', 'no, just that one', V(F))
A('zh', 'acquisition_2_date', '21年12月份', V('2021-12-31'))

# little giant
A('zh', 'main_product_share_pct', '八成以上吧', V(80))
A('zh', 'rd_ratio_3y_avg_pct', '0.05', ASK)
A('en', 'rd_ratio_3y_avg_pct', 'around 5 percent', V(5))
A('zh', 'core_chain_leading', '不好说', UNK)
A('en', 'core_chain_leading', 'hard to say tbh', UNK)
A('zh', 'upgrade_investment_last_year', '一千二百万 专项审计做过了', V(1200))
A('zh', 'taxes_paid_last_year', '交了四百万出头', V(400))
A('zh', 'taxes_paid_last_year', '不到400万', ASK)
A('zh', 'taxes_paid_last_year', '400万以上算吗', Q)

# IIoT
A('zh', 'identifier_registrations_yi', '两千万吧', V(0.2))
A('zh', 'identifier_resolutions_yi', '不知道诶', UNK)
A('en', 'identifier_resolutions_yi', 'about 120 million', V(1.2))
A('zh', 'identifier_connected_enterprises', '接了快一千家了', ASK)
A('en', 'security_services_commitment', "Yes, we'll connect to the provincial platform.", ASK,
  note='only the connection is committed; the services part is not answered')

# xinchuang, data
A('zh', 'has_plan_and_targets', '方案写好了 绩效目标还在弄', ASK)
A('en', 'lab_with_jiangsu_university', 'The university is in Shanghai', V(F))
A('zh', 'lab_roles_agreed', '协议里写了 学校出场地管运营 我们出软硬件', V(T))
A('zh', 'data_product_tech', '对 基于区块链做的溯源平台', V(T))

# events, innovation centre
A('en', 'event_kind', "It's a conference, not an expo", V('activity'))
A('zh', 'event_listed', '不在 是我们自己办的论坛', V(F))
A('zh', 'innovation_center_age_years', '20年批的', ASK)

# cluster org
A('zh', 'cluster_focus', '啥都服务 不限行业', V(F))
A('zh', 'service_team_size', '专职8个 兼职还有十几个', V(8))
A('en', 'cluster_service_revenue_2021', 'show me the result', CMD)

# SME platform
A('zh', 'smes_served_2021', '三百多家 活动二十几场', V(300), {'public_events_2021': 20})
A('zh', 'smes_served_2021', '线上线下加起来五百家', ASK)
A('zh', 'smes_served_2021', '还没统计', UNK)
A('en', 'smes_served_2021', 'around 150', V(150))
A('zh', 'public_events_2021', '没搞', V(0))
A('en', 'satisfaction_pct', "don't know yet", UNK)
A('zh', 'new_above_scale_2021', '一家都没有', V(0))
A('zh', 'platform_investment_2021', '房屋改造费能算吗', Q)
A('en', 'platform_investment_2021', 'RMB 3.8m excl. VAT', V(380))
A('en', 'free_service_share_pct', 'a quarter', V(25))
A('zh', 'all_services_free', '大部分免费 个别收点材料费', V(F))
A('zh', 'public_welfare_platform', '不是纯公益的', V(F))

# training
A('zh', 'training_licensed', '执照里没写培训 但我们一直在做', V(F))
A('en', 'training_years', 'start over', CMD)
A('zh', 'registered_capital', '注册资金一千万 实缴三百', V(1000))
A('zh', 'registered_capital', '这个不方便说', UNK)
A('zh', 'revenue_3y_avg', '六百多万', V(600))
A('en', 'revenue_3y_avg', "not sure, the audit isn't out", UNK)
A('zh', 'trainees_3y_avg', '一年一千五百人次左右 不算线上', V(1500))
A('en', 'planned_trainees', '/result', CMD)
A('zh', 'long_classes', '8个', V(8))
A('zh', 'min_class_size', '四五十人', ASK)
A('zh', 'training_cities', '南京、苏州、淮安、盐城四个，苏中暂时没有', V(4), {'training_all_regions': F})
A('en', 'training_cities', 'Nanjing, Yangzhou, Xuzhou', V(3))
A('zh', 'training_all_regions', '苏南苏北都有 苏中还没定', ASK)
A('en', 'training_free', 'free, except they pay their own travel', V(T))

# ───────────────────────────── write ─────────────────────────────
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)


def kind(a):
    return next(iter(a['expect']))


print('openings', len(openings), dict(collections.Counter(o['lang'] for o in openings)),
      'with traps', sum(1 for o in openings if o['must_not_record']))
print('answers', len(answers), dict(collections.Counter(a['lang'] for a in answers)))
print(' by kind', dict(collections.Counter(kind(a) for a in answers)))
for lang in ('zh', 'en'):
    print(' ', lang, dict(collections.Counter(kind(a) for a in answers if a['lang'] == lang)))
print(' not_answer', dict(collections.Counter(a['expect']['not_answer'] for a in answers if kind(a) == 'not_answer')))
print(' with also', sum(1 for a in answers if 'also' in a))
print(' slots', len({a['slot'] for a in answers}))
print(' slot types', dict(collections.Counter(VOC[a['slot']]['type'] for a in answers)))
