#!/usr/bin/env python3
"""tune-zy: a HARD dialog corpus for 专项资金申报助手 (2022 Jiangsu special fund guide).
All data is written here in writing order; run to regenerate openings.json and answers.json.
Question texts are read from facts-vocabulary.json so they cannot drift."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))
FACTS = {f['key']: f for f in VOC['facts']}

openings, answers = [], []

def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text, 'facts': facts,
                     'must_not_record': list(mnr), 'note': note})

def A(lang, slot, text, expect, also=None, note=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    q = FACTS[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    rec = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': expect}
    if also: rec['also'] = also
    if note: rec['note'] = note
    answers.append(rec)

V = lambda v: {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
COR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# =====================================================================================
# OPENINGS — Chinese (28)
# =====================================================================================
O('zh', '你好 常州武进一家做减速机的规上企业，项目就在武进厂区里。技改项目备案总投资6000万，江苏银行授信5000万 实际放了3800万，设备去年都用这笔贷款买了，想问贴息能不能报',
  {'applicant_kind': 'enterprise', 'above_scale': True, 'in_jiangsu': True, 'filed_total_investment': 6000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  ['fixed_asset_loan'], 'tech-loan; 授信 vs 放款 are two competing loan figures → ask later')
O('zh', '无锡惠山 做汽配的 去年产值3个多亿 想报技改贴息 项目总投资四五千万 代款还在批。。',
  {'applicant_kind': 'enterprise'},
  ['revenue_last_year', 'total_investment', 'fixed_asset_loan'],
  'tech-loan; 产值 is not 主营业务收入; range 四五千万; pending loan is not 0')
O('zh', '苏州吴江一家纺织企业，已经进了省智能制造示范工厂名单。项目21年10月完工，总投资（不含税）5200万，软件和系统集成占了600多万，市工信局（我们的推荐单位）验收过了 验收意见也出了',
  {'applicant_kind': 'enterprise', 'certifications_include': ['smart-factory-list'], 'total_investment': 5200,
   'software_investment': 600, 'completion_date': '2021-10-31', 'stage': 'completed', 'accepted': True},
  ['certifications'], 'smart-factory; one recognition mentioned → partial, full list must not be set')
O('zh', '南通的，我们是省工业互联网标杆工厂，标杆工厂项目投了3390万 这个是含税的哈，去年12月底完工的',
  {'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-12-31', 'stage': 'completed'},
  ['total_investment', 'certifications'], 'iiot-benchmark; 含税 figure where the guide counts ex-tax')
O('zh', '盐城一家做风电叶片的，想报5G+工业互联网，厂里建了5G专网，项目总投资2800万，截至去年底大概完成了三成，预计明年6月建完',
  {'applicant_kind': 'enterprise', 'total_investment': 2800, 'completion_date': '2023-06-30', 'stage': 'under_construction'},
  ['invested_by_2021_end'], '5g-iiot; 完成了三成 is relative → not an amount; 明年6月 → 2023-06-30')
O('zh', '我们是泰州一家做压缩机的，省级服务型制造示范企业，这次搞远程运维+全生命周期管理平台，总投入2100万，软件那块不到400',
  {'applicant_kind': 'enterprise', 'certifications_include': ['service-manufacturing-demo'], 'service_direction': True,
   'total_investment': 2100},
  ['software_investment', 'certifications'], 'service-upgrade; 不到400 sits just under the 400 threshold')
O('zh', '您好 我们在南京江北新区做工业互联网标识解析二级节点，已经通过了信通院组织的专家评估。累计注册量目前1.5亿，项目完成时能到2.3亿，接入企业1200多家',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.3,
   'identifier_connected_enterprises': 1200},
  ['certifications'], 'iiot-identifier; two registration figures, the at-completion one (2.3亿) answers the vocabulary question')
O('zh', '省重点工业互联网平台（19年认定的），平台项目去年8月上线，总投入1500万，可以承诺对接信通院云池',
  {'certifications_include': ['key-iiot-platform'], 'completion_date': '2021-08-31', 'stage': 'completed',
   'total_investment': 1500, 'platform_monitoring_commitment': True},
  ['certifications'], 'iiot-platform; 2019 is "2018年以来"; 上线 = completion')
O('zh', '做工控安全的 徐州 企业侧安全平台项目 总投入600万 到去年底投了100来万',
  {'total_investment': 600, 'invested_by_2021_end': 100},
  [], 'iiot-security; no trap: 100来万 → 100 (below 20% of 600, for the screening to find)')
O('zh', '我们是XX高新区管委会，想申请信创先导区。园区里有几家信创龙头，实施期内投资预算一个亿左右，运营主体是园区的国资平台公司',
  {'applicant_kind': 'park', 'total_investment': 10000, 'xinchuang_zone_operator': True},
  [], 'xinchuang-zone; 一个亿左右 → 10000')
O('zh', '省内骨干信创企业，跟东南大学合作共建信创实验室，合作期五到八年吧还在谈，实验室放在学校里，建设期投入1200万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'total_investment': 1200},
  ['lab_cooperation_years', 'certifications'], 'xinchuang-lab; range 五到八年')
O('zh', '我们已经入了省工信厅云计算大数据区块链企业库，做的区块链溯源平台入选了21年省大数据示范项目名单，去年11月完工，总投资九百八十万',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'data_product_tech': True,
   'completion_date': '2021-11-30', 'stage': 'completed', 'total_investment': 980},
  ['certifications'], 'data-product; 980 just under 1000 is a clear figure (recorded)')
O('zh', '无锡做IGBT模块的，准备搞车规级IGBT攻关，研发投入大概三千万 可能略少一点，手上有十几个发明专利，计划明年3月开工、25年底完成',
  {'core_tech_direction': True, 'stage': 'planned', 'start_date': '2023-03-31', 'completion_date': '2025-12-31'},
  ['rd_investment', 'own_ip'], 'core-tech; 略少 → under the 3000 threshold; patents alone do not answer the three-part own_ip')
O('zh', '我们是昆山一家精密模具公司，去年收购了德国一家企业，出资800万欧元，持股70%，21年11月完成的股权变更',
  {'applicant_kind': 'enterprise', 'merger_completed_2021': True, 'stake_after_pct': 70, 'acquisition_date': '2021-11-30'},
  ['acquisition_amount'], 'merger; EUR amount without RMB figure')
O('zh', '集团下面两个子公司之间的重组 我们出了两个亿 去年12月办完工商变更',
  {'same_parent': True, 'acquisition_amount': 20000, 'acquisition_date': '2021-12-31'},
  ['in_jiangsu'], 'merger; same parent; no place given')
O('zh', '并购了浙江湖州一家企业，现金出资6000万，控股了，去年10月工商变更都弄完了',
  {'acquisition_cash': 6000, 'acquisition_date': '2021-10-31', 'merger_completed_2021': True},
  ['stake_after_pct', 'in_jiangsu', 'acquisition_amount'],
  'merger; 控股了 is not a percentage; target in Zhejiang says nothing of the applicant; cash part ≠ total payment')
O('zh', '我们是21年新认定的省专精特新小巨人，近三年主营平均增长12%，研发占比去年是5%，上年实缴税金三百八十多万',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'taxes_paid_last_year': 380},
  ['rd_ratio_3y_avg_pct', 'certifications'], 'little-giant; last-year R&D ratio is not the 3-year average')
O('zh', '19年就评上小巨人了 主导产品占主营八成以上 去年在创新升级上投了一千一百万（专项审计还没做）',
  {'main_product_share_pct': 80, 'upgrade_investment_last_year': 1100},
  ['certifications'], 'little-giant; a 2019 recognition is not little-giant-2021')
O('zh', '江阴的，去年拿了工信部的制造业单项冠军（产品），还首次进了中国企业500强😄 想问奖励有多少',
  {'certifications_include': ['single-champion-2021', 'top500-first-2021']},
  ['certifications'], 'honor-award; 去年 = 2021')
O('zh', '我们是无锡市工信局，世界物联网博览会这个展会项目想报一下，问问补助怎么算',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True},
  [], 'expo-event; 世界物联网博览会 is named in 3.4')
O('zh', '宿迁一家化工厂 做余热回收+节能改造 项目总投资3500万 去年底投了600 已经开工了 明年底完工 备案环评能评都有',
  {'green_direction': True, 'total_investment': 3500, 'invested_by_2021_end': 600, 'stage': 'under_construction',
   'completion_date': '2023-12-31', 'approvals_complete': True},
  [], 'green-upgrade; clean message')
O('zh', '做印染的 想弄个节水改造 投资两千万不到一点 还木有开工',
  {'green_direction': True, 'stage': 'planned'},
  ['total_investment'], 'green-upgrade; 不到 2000 threshold; dialect 木有')
O('zh', '公交公司 想问下新能源公交推广有补贴么 今年买了50辆',
  {'applicant_kind': 'enterprise'},
  [], 'nev-promotion (announced separately)')
O('zh', '省级XX制造业创新中心的依托企业，创新中心批下来快三年了，这次能力建设项目建设周期两年，总投入5500万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 5500},
  ['innovation_center_age_years', 'certifications'], 'innovation-center; 快三年 = just under the 3-year limit')
O('zh', '我们是个民非 专门服务常州新能源集群（动力电池那条链） 专职十来个人 去年集群服务收入两百出头 参加过国家集群竞赛',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 10, 'cluster_service_revenue_2021': 200,
   'cluster_participation': True},
  [], 'cluster-org; hedges 十来个 → 10, 两百出头 → 200')
O('zh', '省级中小企业公共服务示范平台（还在有效期），21年线下服务了一百三十多家，线上加起来六百多，公益活动办了10场，满意度96%，平台投入含税450万',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 130, 'public_events_2021': 10, 'satisfaction_pct': 96},
  ['platform_investment_2021', 'certifications'], 'sme-platform; offline vs online counts; 含税 investment')
O('zh', '南京一家做智慧养老平台的软件公司，项目总投入800万，截至去年底投了200，计划明年3月底上线',
  {'info_consumption_direction': True, 'industrial': False, 'total_investment': 800, 'invested_by_2021_end': 200,
   'completion_date': '2023-03-31'},
  [], 'info-consumption; 软件公司 → industrial false')
O('zh', '培训机构 注册资本500万美元 做培训6年了 近三年每年大概培训1500人次 营业执照里有教育咨询',
  {'training_licensed': True, 'trainees_3y_avg': 1500},
  ['registered_capital'], 'talent-training; registered capital in USD; 做培训6年了 counts to today, not to end-2021 (not scored)')

# =====================================================================================
# OPENINGS — English (12)
# =====================================================================================
O('en', "Hi, we're a German-owned auto parts maker in Taicang, above designated size. Our upgrade project was filed at RMB 80 million, with a 30m fixed-asset loan from Bank of Jiangsu. Part of the equipment has been bought with it already, rest arrives in Q3.",
  {'applicant_kind': 'enterprise', 'above_scale': True, 'filed_total_investment': 8000, 'fixed_asset_loan': 3000,
   'loan_from_jiangsu_bank': True},
  ['equipment_bought_with_loan'], 'tech-loan; partial equipment purchase')
O('en', 'HQ is in Shanghai, the new plant is in Kunshan. smart factory upgrade, total roughly USD 7m. can we apply?',
  {'in_jiangsu': False},
  ['total_investment'], 'smart-factory; applicant outside Jiangsu; USD figure')
O('en', 'We run a 5G private network in our Changzhou plant, used in production, maintenance and logistics. Project budget 25m RMB ex-VAT, roughly 40% spent by end-2021, completion planned end of next year.',
  {'fiveg_direction': True, 'total_investment': 2500, 'completion_date': '2023-12-31'},
  ['invested_by_2021_end'], '5g-iiot; 40% is relative')
O('en', 'We acquired a Dutch company last year, paid EUR 12m, now own 60% and are the largest shareholder. Registration was done in Dec 2021.',
  {'stake_after_pct': 60, 'largest_shareholder': True, 'acquisition_date': '2021-12-31', 'merger_completed_2021': True},
  ['acquisition_amount', 'in_jiangsu'], 'merger; EUR; foreign target, applicant place not said')
O('en', "We're a non-profit training institute in Nanjing, 8 years running trainings. Plan: 900 trainees in total, classes in Nanjing, Yangzhou and Huai'an, free for participants.",
  {'applicant_kind': 'nonprofit', 'planned_trainees': 900, 'training_cities': 3,
   'training_all_regions': True, 'training_free': True},
  [], 'talent-training; Nanjing (south), Yangzhou (central), Huai\'an (north)')
O('en', 'we are a consulting firm doing 智改数转 diagnosis for factories around Suzhou. can we apply for the free diagnosis money ourselves?',
  {'applicant_kind': 'enterprise', 'industrial': False},
  [], 'free-diagnosis (bought by government, not applied for by enterprises)')
O('en', 'University lab spin-off company in Wuxi, working on high-end sensors. R&D budget between 30 and 40 million RMB over 3 years.',
  {'applicant_kind': 'enterprise', 'core_tech_direction': True},
  ['rd_investment'], 'core-tech; a spin-off company is an enterprise, not a university; range')
O('en', 'Taizhou-based industrial cybersecurity firm. project total 6m RMB, 1.5m invested by Dec 2021.',
  {'total_investment': 600, 'invested_by_2021_end': 150},
  ['in_jiangsu'], 'iiot-security; Taizhou may be 泰州 (Jiangsu) or 台州 (Zhejiang)')
O('en', 'We were newly recognised as a provincial Little Giant in 2021. Revenue growth last year was 15%, tax paid last year RMB 4.2 million.',
  {'certifications_include': ['little-giant-2021'], 'taxes_paid_last_year': 420},
  ['revenue_growth_3y_avg_pct', 'certifications'], 'little-giant; one year growth ≠ 3-year average')
O('en', 'We operate a provincial micro-business innovation base (双创示范基地) in Yangzhou. Two firms in the base went above-scale in 2021 and all our services are free.',
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 2, 'all_services_free': True},
  ['certifications'], 'sme-platform')
O('en', 'Steel rolling mill in Zhangjiagang. Energy-efficiency retrofit, total investment 50m yuan including VAT, construction started March 2022.',
  {'green_direction': True, 'start_date': '2022-03-31'},
  ['total_investment'], 'green-upgrade; VAT-inclusive figure')
O('en', "I'm with a vocational college in Changzhou, we'd like to build a smart-education platform, budget about 6 million yuan, nothing spent so far.",
  {'applicant_kind': 'university', 'info_consumption_direction': True, 'total_investment': 600, 'invested_by_2021_end': 0},
  [], 'info-consumption; nothing spent → 0 by end-2021')

# =====================================================================================
# ANSWERS — Chinese (125)
# =====================================================================================
z = 'zh'
# applicant
A(z, 'in_jiangsu', '公司注册在上海 厂在昆山', V(False))
A(z, 'in_jiangsu', '台州的，浙江那个台州', V(False))
A(z, 'in_jiangsu', '通州', ASK, note='北京通州 or 南通通州区')
A(z, 'applicant_kind', '民非 行业协会性质的', V('nonprofit'))
A(z, 'applicant_kind', '常州信息职业技术学院', V('university'))
A(z, 'applicant_kind', '我是市工信局的，帮辖区一家企业问问', ASK, note='the speaker is bureau staff, the applicant is an enterprise not yet described')
A(z, 'industrial', '做软件的', V(False))
A(z, 'revenue_last_year', '产值2个亿左右', ASK, note='产值 is not 主营业务收入')
A(z, 'revenue_last_year', '去年主营一亿二 今年预计一亿五', V(12000))
A(z, 'revenue_last_year', '1900多万 差一点点进规', V(1900), {'above_scale': False})
A(z, 'revenue_last_year', '这个保密哈 不方便说', UNK)
A(z, 'above_scale', '规上👍 去年就进了', V(True))
A(z, 'above_scale', '规上是啥意思？营收多少算规上', Q)
A(z, 'above_scale', '刚才说错了 主营是9000不是900', COR, {'revenue_last_year': 9000})
A(z, 'certifications', '小巨人，21年评的，还有省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']))
A(z, 'certifications', '都木有', V([]))
A(z, 'certifications', '有小巨人，别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
A(z, 'certifications', '省智能制造示范工厂名单里有我们，单项冠军是前年拿的', V(['smart-factory-list']),
  note='前年 = 2020, not single-champion-2021')
A(z, 'certifications', '这些认定去哪查？', Q)
A(z, 'approvals_complete', '备案环评有，能评不需要', ASK, note='不需要 without a note from the recommending unit')
A(z, 'approvals_complete', '能评不用做 推荐单位那边出了说明的 备案环评都有', V(True))
A(z, 'approvals_complete', '环评还在批', V(False))
# investment
A(z, 'total_investment', '备案8000w，去掉土建和铺底流动资金还剩5200左右', V(5200), {'filed_total_investment': 8000})
A(z, 'total_investment', '含税六千七，不含税的话我算算…大概5900吧', V(5900))
A(z, 'total_investment', '四五千万的样子', ASK)
A(z, 'total_investment', '一开始报的3500，后来改成4200了，以4200为准', V(4200))
A(z, 'total_investment', '土建算进去一个亿，不算的话不到六千', ASK)
A(z, 'total_investment', '总投资要多少才够？', Q)
A(z, 'total_investment', '35000000', ASK, note='bare number without unit')
A(z, 'total_investment', '跟贷款一样 都是三千', V(3000), {'fixed_asset_loan': 3000})
A(z, 'total_investment', '固贷三千万，总投资我得回去算算', UNK, {'fixed_asset_loan': 3000})
A(z, 'filed_total_investment', '备案是一亿二 实际花了一亿五', V(12000))
A(z, 'total_investment_basis', '扣掉土建的 流动资金本来就没有 也是不含税', V('net'))
A(z, 'total_investment_basis', '有啥区别？', Q)
A(z, 'software_investment', '软件加集成四百出头，云是租的 一年二十来万', ASK, note='part + yearly rent, no total')
A(z, 'software_investment', '软件这块三百八，加上云服务刚好过400', V(400))
A(z, 'invested_by_2021_end', '去年底投了1800w 今年又投了1200 total就是3000', V(1800))
A(z, 'invested_by_2021_end', '完成了六成左右', ASK)
A(z, 'invested_by_2021_end', '截至今年6月投了3000', ASK, note='a 2022 cut-off, not end-2021')
A(z, 'invested_by_2021_end', '财务那边还没出数', UNK)
A(z, 'invested_by_2021_end', '20%以上就行吧？', Q)
# schedule
A(z, 'start_date', '去年3月开的工', V('2021-03-31'))
A(z, 'start_date', '还没开工，计划下个月', ASK, {'stage': 'planned'})
A(z, 'start_date', '２０２１年５月１０日', V('2021-05-10'))
A(z, 'start_date', '打桩是20年12月，设备进场是21年4月', ASK, note='two competing dates')
A(z, 'start_date', '记不得了🤷', UNK)
A(z, 'completion_date', '预计明年三季度末', V('2023-09-30'))
A(z, 'completion_date', '明年三季度吧', ASK)
A(z, 'completion_date', '原计划去年10月，拖到今年1月才完', V('2022-01-31'), {'stage': 'completed'})
A(z, 'completion_date', '还在装设备，估计年底', V('2022-12-31'), {'stage': 'under_construction'})
A(z, 'completion_date', '今年Q1完工的', ASK, {'stage': 'completed'}, note='quarter without a month')
A(z, 'completion_date', '等下 开工时间说错了 是21年5月开的', COR, {'start_date': '2021-05-31'})
A(z, 'stage', '设备装了一半', V('under_construction'))
A(z, 'stage', '不是在建', ASK)
A(z, 'stage', '早投产了 21年8月', V('completed'), {'completion_date': '2021-08-31'})
A(z, 'stage', '木有开工 还在走流程', V('planned'))
A(z, 'accepted', '验收会开完了 意见书还在走流程', V(False))
A(z, 'accepted', '验收要找谁验？', Q)
# loan
A(z, 'fixed_asset_loan', '授信5000，实际提了3200', ASK)
A(z, 'fixed_asset_loan', '贷了两千五，已经还了五百', V(2500))
A(z, 'fixed_asset_loan', '贷款还在批', ASK)
A(z, 'fixed_asset_loan', '3kw 南京银行的', V(3000), {'loan_from_jiangsu_bank': True})
A(z, 'fixed_asset_loan', '两千万（固贷），另外还有一千流贷', V(2000))
A(z, 'fixed_asset_loan', '不对，刚才总投资说错了，是六千五', COR, {'total_investment': 6500})
A(z, 'loan_from_jiangsu_bank', '工行上海分行', V(False))
A(z, 'equipment_bought_with_loan', '买了一部分，还有几台没到货', ASK)
A(z, 'equipment_bought_with_loan', '设备是自有资金买的，贷款付的工程款', V(False))
A(z, 'equipment_bought_with_loan', '必须用贷款买吗？', Q)
A(z, 'loan_interest_paid_2021', '去年利息一共120，扣掉土建的是95', V(95))
A(z, 'loan_interest_paid_2021', '要问财务', UNK)
A(z, 'loan_rate_pct', 'LPR+50bp', ASK)
A(z, 'loan_rate_pct', '４．３５％', V(4.35))
A(z, 'loan_rate_pct', '签的时候4.65 后来降到4.2', ASK)
A(z, 'loan_rate_pct', '3.85，5年期的', V(3.85), {'loan_term_years': 5})
A(z, 'loan_rate_pct', 'LPR现在是多少来着？', Q)
A(z, 'loan_term_years', '36个月', V(3))
A(z, 'loan_term_years', '这个我得查一下合同', UNK)
A(z, 'other_interest_subsidy_2021', '市里给了30万，区里还没批下来', V(30))
A(z, 'equipment_invoice_2021', '含税一千一百三', ASK)
A(z, 'equipment_invoice_2021', '设备合同3000，去年开票1800，今年开了1200', V(1800))
A(z, 'equipment_invoice_2021', '这个是含税还是不含税？', Q)
# core tech
A(z, 'rd_investment', '研发攻关总投入4500万，其中人工1200', V(4500))
A(z, 'rd_investment', '3000万以上才可以吗', Q)
A(z, 'rd_investment', '肿么算我也不知道 灰常复杂', UNK)
A(z, 'own_ip', '有几个发明专利', ASK, note='one part of a three-part question')
A(z, 'own_ip', '资金肯定要靠补贴啊，自己拿不出', V(False))
A(z, 'core_tech_direction', '应该算吧 做MEMS传感器的', V(True))
A(z, 'fiveg_direction', '厂里建了5G专网 但是只用在AGV上', ASK)
A(z, 'replicable_solution', '不好说', UNK)
# merger
A(z, 'acquisition_date', '协议去年6月签的，工商变更今年1月才办完', V('2022-01-31'))
A(z, 'acquisition_amount', '800万欧，按当时汇率差不多5800万人民币', V(5800))
A(z, 'acquisition_amount', '出资6000万美元', ASK)
A(z, 'acquisition_amount', '总对价1.2亿，现金8000万，剩下的换股', V(12000), {'acquisition_cash': 8000})
A(z, 'stake_after_pct', '控股了', ASK)
A(z, 'stake_after_pct', '等我问下老板 回头告诉你', UNK)
A(z, 'largest_shareholder', '并列第一大股东', V(False))
A(z, 'largest_shareholder', '是的，我们51%', V(True), {'stake_after_pct': 51})
A(z, 'merger_completed_2021', '21年谈的，22年3月才交割', V(False))
# little giant
A(z, 'revenue_growth_3y_avg_pct', '去年涨了15%，前两年都是5%左右', ASK)
A(z, 'main_product_share_pct', '七成', V(70))
A(z, 'taxes_paid_last_year', '交了四百万出头 VAT加所得税都算上', V(400))
A(z, 'taxes_paid_last_year', '今年预计能交500', ASK, note='this year, not last year')
A(z, 'core_chain_leading', '核心环节肯定是，国内领先，替代进口还谈不上', V(True), note='领先 OR 替代进口 suffices')
# identifier / platform / security / xinchuang
A(z, 'identifier_registrations_yi', '注册量2亿，解析量1.2亿', V(2), {'identifier_resolutions_yi': 1.2})
A(z, 'identifier_registrations_yi', '两千万', V(0.2))
A(z, 'lab_with_jiangsu_university', '跟东南大学合作，但实验室放在我们公司', V(False))
A(z, 'innovation_center_age_years', '快三年了', ASK)
# cluster / sme platform / training
A(z, 'service_team_size', '专职8个 兼职5个', V(8))
A(z, 'smes_served_2021', '线上线下加起来三百多家，线下大概一百五', V(150))
A(z, 'public_events_2021', '十场左右，有两场是收费的', ASK)
A(z, 'public_events_2021', '么得统计过', UNK)
A(z, 'satisfaction_pct', '九成五', V(95))
A(z, 'satisfaction_pct', '满意度很高的', ASK)
A(z, 'platform_investment_2021', '含税460，不含税大概420', V(420))
A(z, 'all_services_free', '基本免费，个别收点材料费', V(False))
A(z, 'revenue_3y_avg', '审计报告还没出 不知道', UNK)
A(z, 'planned_trainees', '10个班，每班80人', ASK)
A(z, 'training_free', '不收费，交通自理', V(True), note='交通费 is excepted by 5.5.1.6')
# commands and the rest
A(z, 'loan_term_years', '重新开始', CMD)
A(z, 'satisfaction_pct', '算了，从头来', CMD)
A(z, 'software_investment', '换个项目，看看绿色化改造那个', CMD)
A(z, 'revenue_3y_avg', '先看看结果吧', CMD)
A(z, 'stake_after_pct', '/reset', CMD)
A(z, 'core_tech_direction', '不太清楚算不算', UNK)
A(z, 'accepted', '你问的是哪个项目？我们有两个', Q)

# =====================================================================================
# ANSWERS — English (55)
# =====================================================================================
e = 'en'
A(e, 'total_investment', 'about RMB 52 million ex VAT', V(5200))
A(e, 'total_investment', 'USD 8m', ASK)
A(e, 'total_investment', 'somewhere between 30 and 40 million', ASK)
A(e, 'total_investment', 'Is that before or after tax?', Q)
A(e, 'total_investment', 'do we need at least 30m to qualify?', Q)
A(e, 'total_investment', 'RMB 1.2bn', V(120000))
A(e, 'fixed_asset_loan', '25m, from Bank of Jiangsu', V(2500), {'loan_from_jiangsu_bank': True})
A(e, 'fixed_asset_loan', "credit line is 50m, we've drawn 32m so far", ASK)
A(e, 'loan_rate_pct', '0.0385', ASK)
A(e, 'loan_rate_pct', 'sorry, the loan was 20m not 25m', COR, {'fixed_asset_loan': 2000})
A(e, 'loan_term_years', '60 months', V(5))
A(e, 'start_date', 'last September', V('2021-09-30'))
A(e, 'start_date', '15/03/2021', V('2021-03-15'))
A(e, 'start_date', '03/04/2021', ASK, note='day/month order unclear')
A(e, 'completion_date', 'end of next year', V('2023-12-31'))
A(e, 'completion_date', 'it went live on 30 Nov 2021', V('2021-11-30'), {'stage': 'completed'})
A(e, 'completion_date', 'end of next quarter', ASK)
A(e, 'completion_date', 'Correction: we started in May 2021, not March', COR, {'start_date': '2021-05-31'})
A(e, 'stage', 'half-way, machines being installed', V('under_construction'))
A(e, 'stage', "we haven't broken ground yet", V('planned'))
A(e, 'stage', 'not under construction', ASK)
A(e, 'accepted', 'inspection done but still waiting for the written opinion', V(False))
A(e, 'equipment_bought_with_loan', 'yes, all the machines were paid from that loan', V(True))
A(e, 'loan_from_jiangsu_bank', 'HSBC, Shanghai branch', V(False))
A(e, 'revenue_last_year', 'RMB 180 million main business revenue, total turnover a bit higher', V(18000))
A(e, 'revenue_last_year', 'output value was about 300m', ASK)
A(e, 'revenue_last_year', 'just under 20 million', ASK)
A(e, 'revenue_last_year', "I'd rather not share that", UNK)
A(e, 'in_jiangsu', 'Taizhou', ASK, note='泰州 or 台州')
A(e, 'certifications', 'none of those', V([]))
A(e, 'certifications', 'Little Giant, not sure about the rest', ASK, {'certifications_include': ['little-giant-2021']})
A(e, 'stake_after_pct', 'a quarter', V(25))
A(e, 'stake_after_pct', 'majority', ASK)
A(e, 'acquisition_amount', 'USD 10m, about RMB 65m at the time', V(6500))
A(e, 'acquisition_date', 'signed Nov 2021, registration completed Jan 2022', V('2022-01-31'))
A(e, 'invested_by_2021_end', '18m by December, another 12m this year', V(1800))
A(e, 'invested_by_2021_end', 'about 40% of it', ASK)
A(e, 'loan_interest_paid_2021', '850k in 2021', V(85))
A(e, 'equipment_invoice_2021', '10m excl. VAT (11.3m with VAT)', V(1000))
A(e, 'equipment_invoice_2021', 'let me check with our accountant and get back to you', UNK)
A(e, 'other_interest_subsidy_2021', 'the district gave us 0.3m', V(30))
A(e, 'rd_investment', 'what counts as R&D here?', Q)
A(e, 'rd_investment', 'not sure, need to ask finance', UNK)
A(e, 'smes_served_2021', 'around 300 offline, 800 incl. online', V(300))
A(e, 'satisfaction_pct', "93% in last year's survey", V(93))
A(e, 'service_team_size', '12 full-time plus a few interns', V(12))
A(e, 'training_cities', 'Nanjing, Suzhou, Yangzhou and Xuzhou', V(4))
A(e, 'training_free', 'free, they only pay their own train tickets', V(True))
A(e, 'registered_capital', 'USD 1m', ASK)
A(e, 'registered_capital', 'RMB 5 million', V(500))
A(e, 'training_years', "can't remember, sorry", UNK)
A(e, 'planned_trainees', 'start over', CMD)
A(e, 'min_class_size', 'show me the result', CMD)
A(e, 'long_classes', "never mind, let's try another program", CMD)
A(e, 'trainees_3y_avg', 'no idea tbh', UNK)

# =====================================================================================
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

def kind(a):
    e = a['expect']; k = next(iter(e))
    return f"not_answer:{e[k]}" if k == 'not_answer' else k
print('openings', len(openings), dict(collections.Counter(o['lang'] for o in openings)),
      'with traps', sum(1 for o in openings if o['must_not_record']))
print('answers', len(answers), dict(collections.Counter(a['lang'] for a in answers)))
for lang in ('zh', 'en', None):
    sel = [a for a in answers if lang is None or a['lang'] == lang]
    c = collections.Counter(next(iter(a['expect'])) for a in sel)
    print(' ', lang or 'all', dict(c), dict(collections.Counter(kind(a) for a in sel if 'not_answer' in a['expect'])))
print('  with also', sum(1 for a in answers if 'also' in a))
print('  by slot type', dict(collections.Counter(FACTS[a['slot']]['type'] for a in answers)))
