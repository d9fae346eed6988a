#!/usr/bin/env python3
"""Builds the tune-zz dialog corpus (openings.json, answers.json) for 专项资金申报助手.

Written blind from the guide, the contract README, corpus-conventions.md and
facts-vocabulary.json only. All data is below in writing order; the question texts
are read from the vocabulary so they cannot drift.
Run:  python3 build.py   (writes the two JSON files next to this script and prints counts)
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOCAB = json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))
FACTS = {f['key']: f for f in VOCAB['facts']}


def V(v):
    return {'value': v}


ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
CMD = {'not_answer': 'command'}
COR = {'not_answer': 'correction'}

# ---------------------------------------------------------------------------
# Openings: (lang, text, facts, must_not_record, note)
# ---------------------------------------------------------------------------
OPENINGS = [
    # ---- Chinese ----
    ('zh', '你好 我们常州武进做注塑机的 规上企业 去年搞了条新产线技改 备案总投资5800万 固贷批了3000实际提了2200 '
           '都是江南农商行（常州本地的）放的 想问贴息能报不',
     {'applicant_kind': 'enterprise', 'above_scale': True, 'filed_total_investment': 5800,
      'loan_from_jiangsu_bank': True},
     ['fixed_asset_loan'],
     'tech-loan. 批了3000 vs 提了2200: two competing loan figures (授信 vs 提款) -> ask later.'),
    ('zh', '苏州吴江的纺织厂，今年刚进了省智能制造示范工厂名单🎉 项目前年开工去年11月完工，总投资含税4520万，'
           '软件系统那块不含税六百来万，推荐单位验收意见已经出了',
     {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-11-30', 'stage': 'completed',
      'software_investment': 600, 'accepted': True},
     ['total_investment'],
     'smart-factory. 4520 is tax-inclusive, the question asks ex-tax. 前年开工 is a year alone (not scored).'),
    ('zh', '南通的，在建一个5G全连接工厂，厂区5G专网已经建好 AGV 质检都上5G了，总投资３２００万（不含税），'
           '截至去年底投了大概六成，计划２０２３年６月建成',
     {'stage': 'under_construction', 'total_investment': 3200, 'fiveg_direction': True,
      'completion_date': '2023-06-30'},
     ['invested_by_2021_end'],
     '5g-iiot. 六成 is a relative figure; full-width digits.'),
    ('zh', '台州一家做空压机的，去年做了个远程运维+全生命周期管理平台的服务化改造，21年10月上线，总投入不到2000万',
     {'in_jiangsu': False, 'service_direction': True, 'completion_date': '2021-10-31', 'stage': 'completed'},
     ['total_investment'],
     'service-upgrade. 台州 is Zhejiang (not 泰州). 不到2000万 sits just under the 2000 threshold. 上线 = completion.'),
    ('zh', '您好 我们是无锡一家工业互联网公司，想报标识解析二级节点（纺机行业），已经通过了信通院组织的专家评估，'
           '总投入计划1200万，明年6月底前上线，标识注册量预计1.5到2个亿',
     {'applicant_kind': 'enterprise', 'certifications_include': ['identifier-expert-review'],
      'total_investment': 1200, 'completion_date': '2023-06-30'},
     ['identifier_registrations_yi'],
     'iiot-identifier. 信通院 is a MIIT-affiliated unit. Registrations given as a range.'),
    ('zh', '我司平台是19年认定的省重点工业互联网平台 去年做了平台升级项目 总投资1350万 去年12月20号完工 推荐单位验收还没搞',
     {'certifications_include': ['key-iiot-platform'], 'total_investment': 1350, 'completion_date': '2021-12-20',
      'stage': 'completed', 'accepted': False},
     [],
     'iiot-platform. 2019 >= 2018, so the platform recognition counts.'),
    ('zh', '南京一家做工控安全的公司，打算建一个企业侧工业互联网安全平台，总投入800万（含税），到去年年底投了150左右，计划明年年中完成',
     {'applicant_kind': 'enterprise'},
     ['total_investment'],
     'iiot-security. 800 is tax-inclusive. 明年年中 is not a month (neither required nor forbidden). '
     'The 150 is left unscored: unclear whether it is on the same tax basis.'),
    ('zh', '昆山高新区管委会这边 想申报信创先导区 区里有两家信创龙头 运营主体是区属国企 实施期内预算投1个亿左右吧 '
           '也可能八千多万 还在测算',
     {'applicant_kind': 'park', 'in_jiangsu': True, 'xinchuang_zone_operator': True},
     ['total_investment'],
     'xinchuang-zone. Budget given as two competing figures (1亿 vs 八千多万).'),
    ('zh', '我们南京的，省骨干信创企业名单里有我们，想跟东南大学在校内共建信创实验室，合作期签的3+2',
     {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True},
     ['lab_cooperation_years'],
     'xinchuang-lab. 3+2 is not a plain term (3 years plus an option of 2).'),
    ('zh', '大数据企业库里有我们 项目是工业数据分析平台 入选了2021年省大数据示范项目 总投资1100w 去年9月完工 验收意见也拿到了',
     {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'total_investment': 1100,
      'completion_date': '2021-09-30', 'stage': 'completed', 'accepted': True, 'data_product_tech': True},
     [],
     'data-product. w = 万.'),
    ('zh', '常州做IGBT功率模块的，想搞车规级IGBT攻关，研发投入预计2800-3500万，手上十几项发明专利，实施期3年',
     {'core_tech_direction': True},
     ['rd_investment', 'own_ip'],
     'core-tech. R&D given as a range; patents are only one part of the three-part own_ip question.'),
    ('zh', '去年我们收购了德国一家做精密轴承的公司 去年8月股权交割、工商变更都办完了 花了1200万欧元 现在持股75%',
     {'merger_completed_2021': True, 'acquisition_date': '2021-08-31', 'acquisition_registered': True,
      'stake_after_pct': 75},
     ['acquisition_amount', 'in_jiangsu'],
     'merger. Amount in EUR only; the German target says nothing about where the applicant is.'),
    ('zh', '集团下面两个子公司重组，A吸收合并B，去年11月工商变更办完，出资6000万全现金，这个能报并购吗',
     {'same_parent': True, 'acquisition_date': '2021-11-30', 'acquisition_registered': True,
      'acquisition_amount': 6000, 'acquisition_cash': 6000},
     [],
     'merger between subsidiaries of one parent (excluded by 3.1.1.2).'),
    ('zh', '我们21年评上的省专精特新小巨人 近三年营收平均涨了12% 研发占比平均4.5 去年纳税380万 去年产值2.3亿',
     {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12,
      'rd_ratio_3y_avg_pct': 4.5, 'taxes_paid_last_year': 380},
     ['revenue_last_year'],
     'little-giant. 产值 is not 主营业务收入.'),
    ('zh', '我们是2019年的省专精特新小巨人，灰常想报小巨人培育，主导产品占营收七成左右，上年度综合投入九百八十万（审计过的）',
     {'main_product_share_pct': 70, 'upgrade_investment_last_year': 980},
     ['certifications'],
     'little-giant. A 2019 recognition is not little-giant-2021; nothing about certifications may be recorded.'),
    ('zh', '请问 我们是21年工信部认定的国家制造业单项冠军 去年还首次进了中国企业500强（制造业） 省里有奖励吗',
     {'certifications_include': ['single-champion-2021', 'top500-first-2021']},
     [],
     'honor-award.'),
    ('zh', '徐州市工信局 今年想办个工业互联网主题的大型活动 总投入预计五六百万 能申请省里支持吗',
     {'applicant_kind': 'city_bureau'},
     ['total_investment'],
     'expo-event. 五六百万 is a range.'),
    ('zh', '盐城一家化工厂 做余热回收节能改造 总投资2600万 去年3月开工 截止去年底投了七八百万 预计明年三季度完工',
     {'green_direction': True, 'total_investment': 2600, 'start_date': '2021-03-31', 'stage': 'under_construction'},
     ['invested_by_2021_end'],
     'green-upgrade. 七八百万 is a range; 明年三季度 is a quarter (not scored).'),
    ('zh', '淮安做钢结构的 屋顶光伏+节能改造 项目总投资3000万其中土建800 去年底投了600 现在已经完工了',
     {'stage': 'completed', 'invested_by_2021_end': 600},
     ['total_investment'],
     'green-upgrade (completed, so unmet). 3000 includes 800 civil works: two competing totals.'),
    ('zh', '我们是省XX制造业创新中心的依托企业，中心2020年批的，这次做中试平台建设，建设周期两年，总投入六千万',
     {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
     ['innovation_center_age_years'],
     'innovation-center. 2020年批 is a year alone: the age in years cannot be computed.'),
    ('zh', '无锡物联网集群促进机构（民非），专职团队12个人，去年集群服务收入大概180万，加上政府购买服务一共260万',
     {'applicant_kind': 'nonprofit', 'service_team_size': 12, 'cluster_focus': True},
     ['cluster_service_revenue_2021'],
     'cluster-org. Two competing revenue figures (180 vs 260).'),
    ('zh', '我们是有效期内的省中小企业公共服务示范平台，去年线下服务了一百三十多家，公益活动搞了十来场，满意度95%+，平台投入380万不含税',
     {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 130, 'public_events_2021': 10,
      'satisfaction_pct': 95, 'platform_investment_2021': 380},
     [],
     'sme-platform. Hedged counts take the round figure.'),
    ('zh', '省级小微企业双创示范基地，去年新增规上三四家，基地投入420万（含税），满意度98.6%',
     {'certifications_include': ['micro-business-base'], 'satisfaction_pct': 98.6},
     ['new_above_scale_2021', 'platform_investment_2021'],
     'sme-platform (base). 三四家 is a range; 420 is tax-inclusive.'),
    ('zh', '智慧养老平台项目 落地苏州姑苏区 不过公司注册在上海 总投入750万 去年底投了200万',
     {'info_consumption_direction': True, 'in_jiangsu': False, 'total_investment': 750,
      'invested_by_2021_end': 200},
     [],
     'info-consumption. Applicant in Shanghai -> in_jiangsu false.'),
    ('zh', '南通一家培训机构 营业执照里有培训 注册资金300万 近三年年均营收800多万 年均线下培训1500人次左右 '
           '准备办智改数转专题班 计划培训1000人',
     {'training_licensed': True, 'registered_capital': 300, 'revenue_3y_avg': 800, 'trainees_3y_avg': 1500,
      'planned_trainees': 1000},
     [],
     'talent-training.'),
    ('zh', 'XX职业技术学院 想申报产业人才培养 计划在南京、苏州、扬州、徐州4个市办班 每个班五六十人 都不收费',
     {'applicant_kind': 'university', 'training_cities': 4, 'training_free': True},
     ['min_class_size'],
     'talent-training. 五六十人 is a range.'),
    ('zh', '通州的 做电缆的 规上 技改固贷3500万 年利率4.65 期限5年 去年付息160万 问下能贴多少',
     {'above_scale': True, 'fixed_asset_loan': 3500, 'loan_rate_pct': 4.65, 'loan_term_years': 5,
      'loan_interest_paid_2021': 160},
     ['in_jiangsu'],
     'tech-loan. 通州 is ambiguous (南通通州 / 北京通州).'),
    ('zh', '昆山的台资厂 项目也在昆山 技改贷款2000万是上海浦发总行放的 贷款去年都用来买设备了 发票不含税1800',
     {'in_jiangsu': True, 'fixed_asset_loan': 2000, 'loan_from_jiangsu_bank': False,
      'equipment_bought_with_loan': True, 'equipment_invoice_2021': 1800},
     [],
     'tech-loan. Loan from a Shanghai head office.'),
    # ---- English ----
    ('en', "Hi, I'm the finance manager at a German-owned auto parts plant in Taicang, Jiangsu - the project is at that "
           "plant too. We upgraded our stamping line last year. The filed investment was EUR 6.5m (about RMB 46 million) "
           "and we took a RMB 30m fixed-asset loan from Bank of Suzhou. Are we eligible for the interest subsidy?",
     {'in_jiangsu': True, 'filed_total_investment': 4600, 'fixed_asset_loan': 3000, 'loan_from_jiangsu_bank': True},
     [],
     'tech-loan. The user gave the RMB figure next to the EUR one.'),
    ('en', 'we r in Wuxi, building a 5G fully-connected factory (private 5G in plant, used for AGVs + remote maintenance). '
           'total ~25m RMB ex VAT, about 15% done by end of last yr, finish Q3 2023. still can apply?',
     {'total_investment': 2500, 'fiveg_direction': True, 'stage': 'under_construction'},
     ['invested_by_2021_end'],
     '5g-iiot. 15% is relative; Q3 2023 is a quarter (not scored).'),
    ('en', 'Our group (HQ in Nanjing) bought 60% of a Changzhou peer for USD 12m; a fund holds the other 40%. '
           'Business and equity registration was completed in July 2021.',
     {'stake_after_pct': 60, 'largest_shareholder': True, 'acquisition_date': '2021-07-31',
      'acquisition_registered': True, 'merger_completed_2021': True},
     ['acquisition_amount'],
     'merger. USD only.'),
    ('en', 'hi pls help check, we r provincial little giant (2021 batch), revenue 2021 about 1.8 bn? no sorry 180m rmb, '
           'tax paid last yr 4m, main product ~70% of sales',
     {'certifications_include': ['little-giant-2021'], 'revenue_last_year': 18000, 'taxes_paid_last_year': 400,
      'main_product_share_pct': 70},
     [],
     'little-giant. Self-correction: 1.8 bn -> 180m = 18000 万元.'),
    ('en', 'We run a cement plant in Taizhou and are planning a waste-heat power and energy-efficiency retrofit, '
           'RMB 35m in total. Construction starts next month.',
     {'green_direction': True, 'total_investment': 3500, 'stage': 'planned'},
     ['in_jiangsu'],
     'green-upgrade. "Taizhou" is both 泰州 (Jiangsu) and 台州 (Zhejiang).'),
    ('en', 'We are a non-profit training association in Suzhou, operating since 2017. About 1,000 trainees a year in '
           'classroom courses, plus ~3,000 online. We want to run a digital transformation programme for Jiangsu manufacturers.',
     {'applicant_kind': 'nonprofit', 'trainees_3y_avg': 1000},
     ['training_years'],
     'talent-training. "since 2017" without a month: 4 or 5 years. Online trainees do not count.'),
    ('en', 'Our company is headquartered in Shanghai; the industrial-internet security platform would be built and run '
           'by our team in Suzhou Industrial Park. Budget RMB 6 million, 1.5 million spent by Dec 2021.',
     {'in_jiangsu': False, 'total_investment': 600, 'invested_by_2021_end': 150},
     [],
     'iiot-security. Applicant in Shanghai, project in Suzhou -> false.'),
    ('en', "We're in the provincial cloud/big-data/blockchain enterprise registry. Our blockchain traceability project "
           "was on the 2019 provincial blockchain demo list. Total investment RMB 12 million, finished October 2021, "
           "acceptance opinion still pending.",
     {'certifications_include': ['cloud-bigdata-registry'], 'total_investment': 1200,
      'completion_date': '2021-10-31', 'stage': 'completed', 'accepted': False, 'data_product_tech': True},
     [],
     'data-product. A 2019 demo list is not bigdata-demo-project (2020 or later): it must not be in the include list.'),
    ('en', 'We run a provincial SME public service demonstration platform in Changzhou (valid until 2024). In 2021 we '
           'served ~150 SMEs offline and held 9 free events; satisfaction was 0.93; platform investment 4.5m incl. VAT.',
     {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 9},
     ['satisfaction_pct', 'platform_investment_2021'],
     'sme-platform. 0.93 to a % fact; investment tax-inclusive.'),
    ('en', 'Nanjing University of Aeronautics and Astronautics here. We lead an innovation consortium on aero-engine '
           'sensors; R&D budget about RMB 35m over 3 years; we hold 20+ invention patents in this area.',
     {'applicant_kind': 'university', 'rd_investment': 3500},
     ['own_ip'],
     'core-tech. Patents alone do not answer the three-part own_ip question.'),
    ('en', 'Hello, we are on the provincial industrial internet benchmark factory list (2021). Our Yangzhou plant '
           'finished its platform-based upgrade in Dec 2021, total investment 38-40 million yuan, software part 6m.',
     {'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-12-31', 'stage': 'completed',
      'software_investment': 600},
     ['total_investment'],
     'iiot-benchmark. Total given as a range.'),
    ('en', "Wuxi national high-tech zone admin committee. We co-organise the World IoT Expo every year (it's an "
           "exhibition). The audited spend for the last edition was RMB 12m; this year's budget isn't final.",
     {'applicant_kind': 'park', 'event_kind': 'exhibition', 'event_listed': True},
     ['total_investment'],
     "expo-event. 12m is last edition's spend, not this project's."),
]

# ---------------------------------------------------------------------------
# Answers: (lang, slot, text, expect, also, note)
# ---------------------------------------------------------------------------
A = []


def a(lang, slot, text, expect, also=None, note=None):
    A.append((lang, slot, text, expect, also, note))


# ======================= Chinese =======================
# -- total investment and its basis
a('zh', 'total_investment', '备案是6000，不含税不含土建的话4800左右', V(4800), {'filed_total_investment': 6000},
  'two labelled figures; the net one matches the question, the filed one goes to filed_total_investment')
a('zh', 'total_investment', '三千五 含税的', ASK, None, 'tax-inclusive where ex-tax is asked')
a('zh', 'total_investment', '大概４５００ｗ吧', V(4500), None, 'full-width digits, w = 万')
a('zh', 'total_investment', '计划投五千万，实际花了4200', ASK, None, 'planned vs actual')
a('zh', 'total_investment', '土建算不算进去啊？', Q)
a('zh', 'total_investment', '三千来万 不对 是三千八', V(3800), None, 'self-correction inside the answer')
a('zh', 'total_investment', '木有看懂 啥叫铺底流动资金', Q)
a('zh', 'filed_total_investment', '当初备案报的3000，后来做了变更 现在是3600', V(3600), None, 'the amended filing is the filing')
a('zh', 'filed_total_investment', '备案证在行政那 我问问再说', UNK)
a('zh', 'total_investment_basis', '扣了税和土建的', V('net'))
a('zh', 'total_investment_basis', '两个都不是，是合同总额', ASK)
# -- software
a('zh', 'software_investment', '软件320 系统集成60 云服务40', V(420), None, 'sum of the three parts the question names')
a('zh', 'software_investment', '软件这块不到400', ASK, None, 'just under the 400 threshold')
a('zh', 'software_investment', '硬件2600 软件380', V(380), None, 'two numbers, only one answers')
a('zh', 'software_investment', '换个项目吧 我们还有个绿色化改造的想先问', CMD)
# -- invested by end-2021
a('zh', 'invested_by_2021_end', '去年底完成了1200万，今年又投了800', V(1200))
a('zh', 'invested_by_2021_end', '截至今年3月投了2000，去年底的数我手上没有', UNK)
a('zh', 'invested_by_2021_end', '这个我得回去查一下', UNK)
# -- revenue
a('zh', 'revenue_last_year', '去年产值3个亿', ASK, None, '产值 is not 主营业务收入')
a('zh', 'revenue_last_year', '21年营收一亿二，今年预计一亿五', V(12000), None, 'last year vs this year')
a('zh', 'revenue_last_year', '两千万左右 刚够规上', V(2000), {'above_scale': True})
a('zh', 'revenue_last_year', '不方便透露🙏', UNK)
a('zh', 'revenue_last_year', '等等 先别问这个 重新开始吧', CMD)
# -- loan
a('zh', 'fixed_asset_loan', '还在审批 估计能批两千五', ASK, None, 'pending loan is not 0 and not yet a figure')
a('zh', 'fixed_asset_loan', '全是自有资金 木有贷款', V(0))
a('zh', 'fixed_asset_loan', '固贷2500 另外还有1000是working capital loan', V(2500), None, 'working-capital loan is not a fixed-asset loan')
a('zh', 'fixed_asset_loan', '两千五 南京银行的 年利率4.1', V(2500), {'loan_from_jiangsu_bank': True, 'loan_rate_pct': 4.1})
a('zh', 'loan_from_jiangsu_bank', '银团 江苏银行牵头 还有家上海的银行参与', ASK, None, 'partly in-province')
a('zh', 'loan_from_jiangsu_bank', '工行无锡分行', V(True), None, 'a Jiangsu branch of a national bank')
a('zh', 'equipment_bought_with_loan', '木有，设备是自己钱买的，贷款拿去还旧账了', V(False))
a('zh', 'loan_interest_paid_2021', '去年利息一共付了180，其中土建部分30', V(150), None,
  'the question excludes civil works: 180 - 30')
a('zh', 'loan_interest_paid_2021', '今年到现在付了90，去年全年120左右', V(120))
a('zh', 'loan_interest_paid_2021', '2021年的利息怎么算？按提款日算吗', Q)
a('zh', 'loan_interest_paid_2021', '这个…要问问财务老王，他今天休假', UNK)
a('zh', 'loan_rate_pct', '0.0435', ASK, None, 'a fraction to a % question')
a('zh', 'loan_rate_pct', '不对 前面说的贷款额错了 是3200不是2300', COR, {'fixed_asset_loan': 3200})
a('zh', 'loan_term_years', '3+2', ASK)
a('zh', 'loan_term_years', '十八个月', V(1.5))
a('zh', 'loan_term_years', '这个贴息最多能给多少？', Q)
a('zh', 'other_interest_subsidy_2021', '市里给了15万 区里给了8万', V(23), None, 'city + district (county level) add up')
a('zh', 'other_interest_subsidy_2021', '么得', V(0), None, 'dialect for 没有')
a('zh', 'other_interest_subsidy_2021', '区里给过 多少记不得了', UNK)
a('zh', 'equipment_invoice_2021', '去年开的发票800多万 今年还有400来万没开', V(800))
# -- R&D, own IP, direction
a('zh', 'rd_investment', '三年研发一共3500，今年先投1200', V(3500), None, 'total vs this year\'s part')
a('zh', 'rd_investment', '大概每年一千万 搞三年', ASK, None, 'computed from a hedged yearly figure, right at the threshold')
a('zh', 'rd_investment', '按2.2.3那个口径，人工算吗？', Q)
a('zh', 'core_tech_direction', '不太确定 我们做的是高端轴承', UNK)
# -- training & platform amounts
a('zh', 'revenue_3y_avg', '近三年分别450、500、700', V(550), None, 'average of the three years')
a('zh', 'revenue_3y_avg', '财务那边还没出数', UNK)
a('zh', 'registered_capital', '五百万美元', ASK, None, 'foreign currency')
a('zh', 'registered_capital', '你们这个是官方的吗', Q)
a('zh', 'platform_investment_2021', '投入460，里面有房租和装修80', ASK, None, 'renovation must be excluded; rent and renovation are lumped')
# -- merger amounts
a('zh', 'acquisition_amount', '出资1.2亿 现金8000万 剩下换股', V(12000), {'acquisition_cash': 8000})
a('zh', 'acquisition_amount', '3000万欧元，折合人民币2.2亿左右', V(22000), None, 'the user gave the RMB figure')
# -- little giant amounts
a('zh', 'upgrade_investment_last_year', '审计还没做，估计九百到一千一', ASK)
a('zh', 'taxes_paid_last_year', '今年上半年交了250，去年全年420', V(420))
a('zh', 'taxes_paid_last_year', '400万以上才算吗 肿么算的', Q)
a('zh', 'taxes_paid_last_year', '先看结果', CMD)
# -- percentages
a('zh', 'revenue_growth_3y_avg_pct', '去年涨了25%', ASK, None, 'one year, not the three-year average')
a('zh', 'rd_ratio_3y_avg_pct', '3.9 差一丢丢', V(3.9))
a('zh', 'stake_after_pct', '原来就持股30，这次又收了40', V(70), None, 'stake after the deal = 30 + 40')
a('zh', 'stake_after_pct', '51，另外一家49', V(51), {'largest_shareholder': True})
a('zh', 'satisfaction_pct', '满意度要90以上对吧？我们有第三方测评的', Q)
a('zh', 'satisfaction_pct', '木知道诶', UNK)
a('zh', 'free_service_share_pct', '免费的三成左右，低收费的再一成', V(40), None, 'free or low-fee: 30 + 10')
# -- numbers
a('zh', 'training_years', '18年开始办培训的', ASK, None, 'a year alone: 3 or 4 years')
a('zh', 'innovation_center_age_years', '两年多', V(2))
a('zh', 'identifier_registrations_yi', '两千万', V(0.2))
a('zh', 'identifier_resolutions_yi', '解析量1.2亿，注册量2.5亿', V(1.2), {'identifier_registrations_yi': 2.5})
# -- counts
a('zh', 'identifier_connected_enterprises', '现在接了600家，完成时目标1200', ASK, None, 'current vs target')
a('zh', 'identifier_promotion_events', '计划搞5场，已经办了2场', V(5), None, 'the question counts planned events')
a('zh', 'smes_served_2021', '线上线下加起来500多家，线下大概一百五', V(150))
a('zh', 'service_team_size', '专职8个 兼职十来个', V(8))
a('zh', 'planned_trainees', '计划900 保底800', ASK, None, 'two competing figures')
a('zh', 'long_classes', '十个班 三天半以上的有六个', V(6))
a('zh', 'min_class_size', '平均60人一个班', ASK, None, 'average, not minimum')
a('zh', 'training_cities', '南京、苏州、扬州、淮安四个地方', V(4), {'training_all_regions': True})
a('zh', 'training_cities', '五个城市 其中一个是上海', V(4), None, 'Shanghai is not a Jiangsu city')
# -- dates
a('zh', 'start_date', '９月底', ASK, None, 'month without a year')
a('zh', 'start_date', '还没开工呢 下个月动工', ASK, {'stage': 'planned'})
a('zh', 'start_date', '２０２１．０６．１８', V('2021-06-18'))
a('zh', 'start_date', '原计划去年5月，实际拖到去年8月才开工', V('2021-08-31'), None, 'planned vs actual')
a('zh', 'start_date', '等下 前面说错了 总投资是5200不是5000', COR, {'total_investment': 5200})
a('zh', 'completion_date', '去年底就完工了', V('2021-12-31'), {'stage': 'completed'})
a('zh', 'completion_date', '明年三季度', ASK, None, 'a quarter, not a month')
a('zh', 'completion_date', '计划今年6月，现在看要推到年底', V('2022-12-31'), None, 'before/after a change of plan')
a('zh', 'completion_date', '上个月刚完工', ASK, {'stage': 'completed'}, 'relative month, today unknown')
a('zh', 'completion_date', 'sorry 刚才开工时间说错了 是2021年4月', COR, {'start_date': '2021-04-30'})
a('zh', 'acquisition_date', '协议去年10月签的，工商变更今年1月才办完', V('2022-01-31'), {'acquisition_registered': True})
# -- booleans: applicant
a('zh', 'in_jiangsu', '我们在嘉兴 项目在苏州', V(False))
a('zh', 'in_jiangsu', '通州', ASK)
a('zh', 'industrial', '主要做贸易 也有个小加工厂', ASK)
a('zh', 'above_scale', '还差一点 今年有望上规', V(False))
a('zh', 'above_scale', '更正一下，营收是1.5亿', COR, {'revenue_last_year': 15000})
a('zh', 'approvals_complete', '备案环评都有了 能评还在办', V(False), None, 'one part explicitly not done')
a('zh', 'approvals_complete', '你说的能评是啥？', Q)
a('zh', 'accepted', '专家评审过了', ASK, None, 'an expert review is not the recommending unit\'s acceptance opinion')
a('zh', 'accepted', '还木有验收 下个月🤦', V(False))
# -- booleans: merger
a('zh', 'merger_completed_2021', '协议去年签了，工商今年才变更', V(False), {'acquisition_registered': True})
a('zh', 'more_acquisitions', '还有一个，不过才3000万', V(True), {'acquisition_2_amount': 3000})
a('zh', 'merger_initiator', '问下老板再说吧', UNK)
# -- booleans: programs
a('zh', 'lab_with_jiangsu_university', '和南大合作，但实验室放在我们公司', V(False), None, 'must be built on campus')
a('zh', 'lab_roles_agreed', '场地学校出 运营谁管还没定', V(False))
a('zh', 'training_free', '培训免费，城市间交通自理', V(True), None, 'inter-city travel is the guide\'s exception')
a('zh', 'training_experience', '给市人社局办过班', ASK, None, 'one part of three')
a('zh', 'all_services_free', '大部分免费，个别收成本费', V(False))
a('zh', 'public_welfare_platform', '承担省里的公益任务，但也有收费业务', V(False))
a('zh', 'green_direction', '主要是扩产能 顺便换了几台节能电机', ASK)
a('zh', 'green_direction', '算了 换个项目问问', CMD)
a('zh', 'fiveg_direction', '5G专网建好了，AGV和视觉质检都走5G', V(True))
a('zh', 'security_services_commitment', '服务都能提供 对接平台得请示领导', ASK)
a('zh', 'identifier_capability', '不是很清楚😅', UNK)
a('zh', 'replicable_solution', '不好说', UNK)
a('zh', 'platform_indicators_met', '/reset', CMD)
a('zh', 'xinchuang_zone_basis', '这个不清楚 要问下区里经发局', UNK)
# -- enums
a('zh', 'applicant_kind', '我们是高新区管委会下面的平台公司', V('enterprise'), None, 'a company owned by the zone, not the zone')
a('zh', 'applicant_kind', '事业单位 市里的检测中心', V('public_institution'))
a('zh', 'stage', '投产了 去年11月', V('completed'), {'completion_date': '2021-11-30'})
a('zh', 'event_kind', '论坛加展览都有', ASK)
# -- certifications
a('zh', 'certifications', '有小巨人，别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
a('zh', 'certifications', '小巨人是19年评的，其他没有', V([]), None, 'a 2019 little giant is not little-giant-2021')
a('zh', 'certifications', '单项冠军（21年的）还有质量奖', ASK, {'certifications_include': ['single-champion-2021']},
  '质量奖 does not say which award')
a('zh', 'certifications', '省智能制造示范工厂、省级工业设计中心', V(['smart-factory-list', 'industrial-design-center']))
a('zh', 'certifications', '只有一个省重点工业互联网平台，17年认定的', V([]), None, 'recognised before 2018')
a('zh', 'certifications', '是不是小巨人才能报？', Q)

# ======================= English =======================
a('en', 'total_investment', 'around RMB 40m ex VAT', V(4000))
a('en', 'total_investment', 'we budgeted 50m but actual spend came to 46m', ASK, None, 'planned vs actual')
a('en', 'filed_total_investment', 'The filing says 52,000,000 yuan', V(5200))
a('en', 'software_investment', 'software ~4.5m, the rest is hardware', V(450))
a('en', 'software_investment', 'what counts as software investment? does MES licence count?', Q)
a('en', 'invested_by_2021_end', 'About 20% of the 30m, so roughly 6m', V(600), None, 'the user gives the figure')
a('en', 'revenue_last_year', '2021 revenue was RMB 85m, 2020 was 70m', V(8500))
a('en', 'revenue_last_year', 'turnover about 3bn', V(300000), None, 'bn = 10 亿')
a('en', 'revenue_last_year', 'output value was 500m', ASK, None, '产值 is not revenue')
a('en', 'fixed_asset_loan', 'We borrowed 25m from Bank of Jiangsu', V(2500), {'loan_from_jiangsu_bank': True})
a('en', 'fixed_asset_loan', "credit line is 50m, we've drawn 32m so far", ASK)
a('en', 'loan_interest_paid_2021', 'Interest paid in 2021: RMB 1.35 million', V(135))
a('en', 'loan_rate_pct', 'LPR minus 20 bps', ASK)
a('en', 'loan_rate_pct', 'sorry, the loan was 20m not 25m', COR, {'fixed_asset_loan': 2000})
a('en', 'equipment_invoice_2021', 'invoices total 9.6m before VAT, 10.85m with VAT', V(960))
a('en', 'rd_investment', 'R&D budget 28-32m', ASK)
a('en', 'rd_investment', '¥36,000,000', V(3600))
a('en', 'acquisition_amount', 'We paid USD 15m', ASK)
a('en', 'acquisition_amount', 'USD 10m, which was RMB 64.5m at the time', V(6450))
a('en', 'platform_investment_2021', '4.2m incl. VAT', ASK)
a('en', 'satisfaction_pct', 'above 90', V(90))
a('en', 'identifier_registrations_yi', '250 million', V(2.5))
a('en', 'innovation_center_age_years', 'approved in March 2020', ASK, None, 'a date, not a number of years; today unknown')
a('en', 'service_team_size', 'a dozen full-timers', V(12))
a('en', 'smes_served_2021', 'roughly 200 firms, most of them offline', ASK)
a('en', 'training_cities', 'Nanjing, Suzhou, Nantong', V(3), {'training_all_regions': False})
a('en', 'start_date', 'last September', V('2021-09-30'))
a('en', 'start_date', "haven't broken ground yet, planned for next month", ASK, {'stage': 'planned'})
a('en', 'completion_date', 'end of next quarter', ASK)
a('en', 'completion_date', 'Completed Sept 2021', V('2021-09-30'), {'stage': 'completed'})
a('en', 'in_jiangsu', 'HQ in Hangzhou, plant in Wuxi', V(False))
a('en', 'in_jiangsu', 'Taizhou', ASK, None, 'Taizhou is both 泰州 and 台州')
a('en', 'applicant_kind', 'an industry association', V('nonprofit'))
a('en', 'industrial', 'We make valves', V(True))
a('en', 'above_scale', 'not sure, ask finance', UNK)
a('en', 'own_ip', 'We hold patents, have an R&D centre, and the budget is secured', V(True))
a('en', 'approvals_complete', 'Filing and EIA done; energy assessment not required but we have no letter yet', ASK)
a('en', 'equipment_bought_with_loan', 'Yes but only part of it, the rest arrives in Q3', ASK)
a('en', 'certifications', 'Only the provincial SME public service platform, valid till 2024', V(['sme-service-platform']))
a('en', 'largest_shareholder', 'We hold 45%, the founder holds 40%, the rest is scattered', V(True), {'stake_after_pct': 45})
a('en', 'training_free', 'no fees, they only pay their own train tickets', V(True))
a('en', 'accepted', 'The city bureau signed the acceptance opinion in March', V(True), None,
  'the city bureau is the recommending unit')
a('en', 'merger_initiator', "They approached us, but we're the acquirer", V(True))
a('en', 'event_kind', "it's the expo itself, booths and all", V('exhibition'))
a('en', 'data_product_tech', "yes, it's a blockchain traceability platform", V(True))
a('en', 'stage', 'start over', CMD)
a('en', 'xinchuang_zone_basis', 'show me the result', CMD)
a('en', 'registered_capital', 'reset pls', CMD)
a('en', 'invested_by_2021_end', 'Is the 20% threshold based on filed investment?', Q)
a('en', 'loan_term_years', 'how much subsidy can we get max?', Q)
a('en', 'rd_ratio_3y_avg_pct', 'no idea, ask our CFO', UNK)
a('en', 'trainees_3y_avg', 'pass', UNK)
a('en', 'cluster_service_revenue_2021', "I'd rather not say", UNK)
a('en', 'start_date', "honestly I don't remember, it was before my time", UNK)
a('en', 'in_jiangsu', 'can our Suzhou subsidiary apply instead of the Shanghai parent?', Q)


# ---------------------------------------------------------------------------
def main():
    qtext = lambda slot, lang: FACTS[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    openings, n = [], collections.Counter()
    for lang, text, facts, mnr, note in OPENINGS:
        n[lang] += 1
        openings.append({'id': f'o-{lang}-{n[lang]:03d}', 'lang': lang, 'text': text, 'facts': facts,
                         'must_not_record': mnr, 'note': note})
    answers, n = [], collections.Counter()
    for lang, slot, text, expect, also, note in A:
        n[lang] += 1
        rec = {'id': f'a-{lang}-{n[lang]:03d}', 'lang': lang, 'slot': slot, 'question': qtext(slot, lang),
               'text': text, 'expect': expect}
        if also:
            rec['also'] = also
        if note:
            rec['note'] = note
        answers.append(rec)
    json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

    # counts
    print('openings:', dict(collections.Counter(o['lang'] for o in openings)),
          'with traps:', sum(1 for o in openings if o['must_not_record']))
    print('answers:', dict(collections.Counter(x['lang'] for x in answers)))
    kind = lambda e: next(iter(e)) if 'not_answer' not in e else 'not_answer'
    for lang in ('zh', 'en', None):
        sel = [x for x in answers if lang is None or x['lang'] == lang]
        print(' expect', lang or 'all', dict(collections.Counter(kind(x['expect']) for x in sel)))
    print(' not_answer kinds', dict(collections.Counter(x['expect']['not_answer'] for x in answers
                                                          if 'not_answer' in x['expect'])))
    print(' with also', sum(1 for x in answers if 'also' in x))
    print(' slot types', dict(collections.Counter(FACTS[x['slot']]['type'] for x in answers)))
    print(' distinct slots', len({x['slot'] for x in answers}))


if __name__ == '__main__':
    main()
