#!/usr/bin/env python3
"""heldout39-dialog: blind dialog evaluation corpus for 专项资金申报助手.
All data is written here in writing order; running this file writes openings.json and
answers.json next to it and prints the counts. Question texts are read from the kit's
facts-vocabulary.json so they cannot drift."""
import collections, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json'), encoding='utf-8'))['facts']
QTEXT = {f['key']: f['question'] for f in VOC}
FTYPE = {f['key']: f['type'] for f in VOC}

openings, answers = [], []


def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text, 'facts': facts,
                     'must_not_record': list(mnr), 'note': note})


def A(lang, slot, text, expect, also=None, note=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot,
         'question': QTEXT[slot]['zh-CN' if lang == 'zh' else 'en'], 'text': text, 'expect': expect}
    if also:
        a['also'] = also
    if note:
        a['note'] = note
    answers.append(a)


def Z(slot, text, expect, also=None, note=None):
    A('zh', slot, text, expect, also, note)


def E(slot, text, expect, also=None, note=None):
    A('en', slot, text, expect, also, note)


def v(x):
    return {'value': x}


ASK = {'ask': True}
UNK = {'unknown': True}
QN = {'not_answer': 'question'}
CORR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# ---------------------------------------------------------------------------
# Openings, Chinese (35)
# ---------------------------------------------------------------------------
O('zh', '你好 我们常州武进做减速机的 规上企业 今年想报技改贴息 项目备案总投资六千五 固贷四千万是江苏银行常州分行放的 设备都买好了 去年利息付了一百八十来万 不过里面有一部分是厂房土建那块的',
  {'above_scale': True, 'filed_total_investment': 6500, 'fixed_asset_loan': 4000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  ['loan_interest_paid_2021'],
  'tech-loan (1.1). 备案 figure → filed_total_investment. The interest figure includes civil-works interest, which 1.1.2 excludes: not recordable.')
O('zh', '无锡惠山 电机厂 技改项目备案投资不到三千万 银行授信给了三千 实际提款一千八 这种能申请贴息和设备补助吗',
  {},
  ['filed_total_investment', 'total_investment', 'fixed_asset_loan'],
  'tech-loan. 不到三千万 sits just under the 1.1.1.2 threshold; 授信 vs 提款 are two competing loan figures.')
O('zh', '苏州工业园区里的一家汽车零部件企业，21年进了省智能制造示范工厂名单，示范工厂项目去年10月份完工了，总投资含税4520万，请问能申请多少补助',
  {'applicant_kind': 'enterprise', 'certifications_include': ['smart-factory-list'],
   'completion_date': '2021-10-31', 'stage': 'completed'},
  ['total_investment'],
  'smart-factory (1.2.1.1). 园区里的一家企业 → enterprise, not park. 含税 figure; 1.2.3 counts ex-tax.')
O('zh', '南通 纺织 我们是省工业互联网标杆工厂 项目验收做完了 推荐单位意见也出了 总投资三千二（含土建800） 软件云平台这块五百万左右',
  {'certifications_include': ['iiot-benchmark-list'], 'accepted': True, 'software_investment': 500},
  ['total_investment'],
  'iiot-benchmark (1.2.1.2). Total includes civil works, which 1.2.3 excludes; the net figure is not stated as such.')
O('zh', '徐州 工程机械配件 在搞5G全连接工厂 厂里自己建了5G专网 用在质检 AGV物流和设备运维上 21年6月开的工 总投资2500万 到去年底投了四百来万 软件投入大概三四百万',
  {'fiveg_direction': True, 'start_date': '2021-06-30', 'total_investment': 2500,
   'invested_by_2021_end': 400},
  ['software_investment'],
  '5g-iiot (1.2.1.3). 四百来万 → 400 (hedge). 三四百万 is a range.')
O('zh', '盐城风机企业，省级服务型制造示范企业，想报服务化改造，主要做远程运维和全生命周期管理平台，总投入2300万不含税，去年产值三个多亿',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True,
   'total_investment': 2300},
  ['revenue_last_year'],
  'service-upgrade (1.2.1.4). 产值 is not 主营业务收入.')
O('zh', '南京 做标识解析二级节点（行业节点） 已经通过信通院组织的专家评估了 计划23年6月上线 注册量目标2.5亿 解析量1.2个亿 接入企业1200家 推广活动打算搞个四五场',
  {'certifications_include': ['identifier-expert-review'], 'completion_date': '2023-06-30',
   'identifier_registrations_yi': 2.5, 'identifier_resolutions_yi': 1.2,
   'identifier_connected_enterprises': 1200},
  ['identifier_promotion_events'],
  'iiot-identifier (1.3.2.1). 信通院 is a MIIT-affiliated unit. 上线 = completion. 四五场 is a range (threshold 5).')
O('zh', '我们平台是19年认定的省重点工业互联网平台 这次平台项目去年12月完工 总投资1200万 推荐单位还没来验收',
  {'certifications_include': ['key-iiot-platform'], 'completion_date': '2021-12-31', 'stage': 'completed',
   'total_investment': 1200, 'accepted': False},
  [],
  'iiot-platform (1.3.2.2). 2019 is within "2018年以来".')
O('zh', '公司注册在上海 项目放在无锡新吴区 做工控安全监测和密码应用的服务平台 总投入800万 去年底大概完成了两成 23年6月底前能完工',
  {'in_jiangsu': False, 'total_investment': 800, 'completion_date': '2023-06-30'},
  ['invested_by_2021_end'],
  'iiot-security (1.3.2.3). Applicant outside Jiangsu → in_jiangsu false. 两成 is a relative figure.')
O('zh', '我们是昆山高新区管委会 想申报信创先导区 区里有几家信创龙头 运营主体是区属国资公司 实施期投资预算大概八千万到一个亿',
  {'applicant_kind': 'park', 'xinchuang_zone_operator': True},
  ['total_investment'],
  'xinchuang-zone (1.4.1). Budget is a range straddling the 1亿 threshold.')
O('zh', '我们是省内骨干信创企业 跟南京大学谈好了在学校里共建信创实验室 合作期5年 协议里写了学校出场地和负责运营 我们出软硬件 建设期两年投1500万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True,
   'lab_cooperation_years': 5, 'lab_roles_agreed': True, 'total_investment': 1500},
  [],
  'xinchuang-lab (1.4.2).')
O('zh', '常州一家大数据公司 入了省厅云计算大数据区块链企业库 项目是工业大数据分析平台 入选21年省大数据示范项目 总投资1100万 去年11月上线 推荐单位验收会开了但验收意见还没拿到',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'data_product_tech': True,
   'total_investment': 1100, 'completion_date': '2021-11-30', 'stage': 'completed', 'accepted': False},
  [],
  'data-product (1.5). Acceptance without the opinion → accepted false.')
O('zh', '苏州 做车规级IGBT的 想报核心技术攻关 研发攻关投入预计三千二百万 发明专利有二十多个',
  {'core_tech_direction': True, 'rd_investment': 3200},
  ['own_ip'],
  'core-tech (2). IGBT is named in 2.1.2. Patents alone do not answer own_ip (research base and funding unstated).')
O('zh', '南通 做海上风电主轴承 打算报关键核心技术攻关产业化 研发投入两三千万吧 前年就开始预研了',
  {'core_tech_direction': True},
  ['rd_investment'],
  'core-tech. 海上风电 is named in 2.1.1. 两三千万 is a range around the 3000 threshold.')
O('zh', '江阴化工企业 去年8月签的收购协议 收了安徽一家同行 工商和股权变更9月15号办完的 出资1.2亿 其中现金8000万 其余是股权置换 收完持股65% 是唯一最大股东',
  {'merger_completed_2021': True, 'acquisition_date': '2021-09-15', 'acquisition_amount': 12000,
   'acquisition_cash': 8000, 'stake_after_pct': 65, 'largest_shareholder': True},
  [],
  'merger (3.1). The acquisition date is the registration change (9-15), not the signing month.')
O('zh', '去年我们收购了德国一家做精密轴承的公司 出资大概800万欧元 持股51% 想问问兼并重组能补多少',
  {'stake_after_pct': 51},
  ['acquisition_amount', 'in_jiangsu'],
  'merger. Foreign currency; the applicant\'s own place is not said.')
O('zh', '去年11月并购了扬州一家电缆厂 出资不到五千万 收完以后我们持股50% 和原来老板并列第一大股东',
  {'stake_after_pct': 50, 'largest_shareholder': False},
  ['acquisition_amount'],
  'merger. 不到五千万 is just under the 3.1.1.4 threshold; 并列第一 → not the sole largest shareholder.')
O('zh', '我们是19年评上的省专精特新小巨人 做精密模具 近三年营收平均增长12% 主导产品占比75% 研发投入占比4.5% 去年交税四百二十万',
  {'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 75, 'rd_ratio_3y_avg_pct': 4.5,
   'taxes_paid_last_year': 420},
  ['certifications'],
  'little-giant (3.2). A 2019 recognition is not little-giant-2021, and the message gives no complete list.')
O('zh', '21年新认定的省小巨人 主导产品占主营大概六七成 去年研发 设备更新和智改数转加起来投了一千一百多万 专项审计报告有 实缴税金四百五',
  {'certifications_include': ['little-giant-2021'], 'upgrade_investment_last_year': 1100,
   'taxes_paid_last_year': 450},
  ['main_product_share_pct'],
  'little-giant. 六七成 is a range around the 60% threshold.')
O('zh', '我们21年被工信部认定为国家制造业单项冠军产品 听说省里有一次性奖励 怎么申请',
  {'certifications_include': ['single-champion-2021']},
  [],
  'honor-award (3.3).')
O('zh', '无锡市工信局 今年世界物联网博览会的展会补助 想了解下按什么标准补',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True},
  [],
  'expo-event (3.4). 世界物联网博览会 is listed.')
O('zh', '我们是省级经开区 承办了紫金奖工业设计大赛的一个分赛区 这种活动能报吗',
  {'applicant_kind': 'park', 'event_kind': 'activity'},
  ['event_listed'],
  'expo-event. A sub-venue of a listed contest is not plainly the listed item itself.')
O('zh', '泰州印染厂 做节能降碳改造 余热回收加高效电机 总投资三千五 去年底投了一千左右 还在建 明年6月份完工',
  {'green_direction': True, 'total_investment': 3500, 'invested_by_2021_end': 1000,
   'stage': 'under_construction', 'completion_date': '2023-06-30'},
  [],
  'green-upgrade (4.1). 明年6月 → 2023-06-30.')
O('zh', '浙江台州的化工企业 准备搞节水改造 总投资含税2260万 你们江苏的绿色化改造我们能报吗',
  {'in_jiangsu': False, 'green_direction': True},
  ['total_investment'],
  'green-upgrade. 台州 (Zhejiang) ≠ 泰州. 含税 figure.')
O('zh', '我们是公交公司 今年又买了80辆新能源公交 想申请新能源汽车推广应用的资金',
  {'applicant_kind': 'enterprise'},
  [],
  'nev-promotion (4.2): scheme announced separately.')
O('zh', '省级制造业创新中心依托企业 中心20年10月批复试点 这次能力建设项目周期两年 总投入六千万',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
  [],
  'innovation-center (5.1). Two-year cycle → 5000 threshold (5.1.1.2).')
O('zh', '我们是无锡物联网产业协会 民非 专门服务物联网集群 参加过国家集群竞赛 专职兼职加起来二十来个人 去年集群服务收入两百六',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'cluster_participation': True,
   'cluster_service_revenue_2021': 260},
  ['service_team_size'],
  'cluster-org (5.2). The head count mixes full-time and part-time staff; 5.2.1.2 counts 专职 only.')
O('zh', '我们是省级中小企业公共服务示范平台 还在有效期 去年线下服务一百三十多家中小企业 公益活动10场 满意度95% 平台投入含税450万',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 130, 'public_events_2021': 10,
   'satisfaction_pct': 95},
  ['platform_investment_2021'],
  'sme-platform (5.3). Platform investment is counted ex-tax (5.3.1.3).')
O('zh', '省级小微企业双创示范基地 21年新孵化上规的企业2家 免费和低收费服务占三成左右 服务满意度九成以上',
  {'certifications_include': ['micro-business-base'], 'new_above_scale_2021': 2, 'free_service_share_pct': 30,
   'satisfaction_pct': 90},
  [],
  'sme-platform (双创示范基地). 九成以上 → 90 (as 八成以上 → 80).')
O('zh', 'XX市中小企业服务中心 事业单位 21年建设投入加服务支出一共230万 所有服务全是免费的',
  {'applicant_kind': 'public_institution', 'sme_service_center': True, 'platform_investment_2021': 230,
   'all_services_free': True},
  [],
  'sme-platform, 5.3.1.4 (中小企业服务中心).')
O('zh', '扬州做智慧养老平台的软件公司 项目总投入600万 去年底投了一百万出头 备案环评这些手续都齐了',
  {'info_consumption_direction': True, 'industrial': False, 'total_investment': 600,
   'invested_by_2021_end': 100, 'approvals_complete': True},
  [],
  'info-consumption (5.4). 做软件的 → industrial false.')
O('zh', '南京一家培训公司 营业执照有培训 注册资金500万 近三年年均收入五百来万 每年培训一千五百人次左右（线上线下都算） 打算办10个3.5天的班 总共900人',
  {'training_licensed': True, 'registered_capital': 500, 'revenue_3y_avg': 500, 'long_classes': 10,
   'planned_trainees': 900},
  ['trainees_3y_avg'],
  'talent-training (5.5). The trainee count includes online training, which 5.5.1.2 excludes.')
O('zh', '我们是常州一所职业技术学院 准备办智改数转专题培训 在南京 苏州 扬州 淮安四个地方办 学员不交培训费 住宿自理',
  {'applicant_kind': 'university', 'training_cities': 4},
  ['training_free'],
  'talent-training. 住宿自理 is a cost borne by trainees beyond the intercity-travel exception of 5.5.1.6: not plainly free.')
O('zh', '通州这边做家纺的规上企业 听说智改数转有免费诊断 想先诊断一下再搞改造 项目还没开工',
  {'above_scale': True, 'stage': 'planned'},
  ['in_jiangsu'],
  'free-diagnosis (1.6, bought by government) and a planned project. 通州 is ambiguous (南通 or 北京).')
O('zh', '公司注册在上海，生产基地和技改项目都在昆山，固贷3kw，利率是LPR加30个基点，问下贴息怎么算',
  {'in_jiangsu': False, 'fixed_asset_loan': 3000},
  ['loan_rate_pct'],
  'tech-loan. Applicant in Shanghai → in_jiangsu false. LPR+bp is not a rate figure.')

# ---------------------------------------------------------------------------
# Openings, English (15)
# ---------------------------------------------------------------------------
O('en', "Hi there, I'm the finance manager of a German-owned gearbox plant in Taicang. We're upgrading our machining lines; the filed investment is RMB 52 million and we have a fixed-asset loan of RMB 30 million from Bank of Nanjing. All the equipment has been bought already. Interest paid last year was roughly USD 200k. Can we get the interest subsidy?",
  {'filed_total_investment': 5200, 'fixed_asset_loan': 3000, 'loan_from_jiangsu_bank': True,
   'equipment_bought_with_loan': True},
  ['loan_interest_paid_2021'],
  'tech-loan. Interest given in USD.')
O('en', 'hi pls help, we r 规上 auto parts co in wuxi, smart factory proj done last sept, total invest 35m yuan incl VAT, still can apply?',
  {'above_scale': True, 'completion_date': '2021-09-30', 'stage': 'completed'},
  ['total_investment'],
  'smart-factory. Tax-inclusive total.')
O('en', "We've rolled out a private 5G network across our Changzhou plant - AGVs, machine-vision QC and predictive maintenance all run on it. Construction started in March 2021, total investment about 24 million yuan, and roughly 30% of it had been spent by the end of 2021.",
  {'fiveg_direction': True, 'start_date': '2021-03-31', 'total_investment': 2400},
  ['invested_by_2021_end'],
  '5g-iiot. Progress given as a percentage only.')
O('en', 'We acquired a majority stake in a Dutch sensor company in 2021 and paid EUR 9 million. Does the M&A support apply to cross-border deals?',
  {},
  ['acquisition_amount', 'stake_after_pct', 'in_jiangsu'],
  'merger. Foreign currency, "majority" is not a percentage, the applicant\'s place is not said.')
O('en', 'we r newly recognised provincial little giant (2021 batch), avg revenue growth 9% last 3 yrs, tax paid last yr 4.2m yuan, R&D ratio just under 4%',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 9, 'taxes_paid_last_year': 420},
  ['rd_ratio_3y_avg_pct'],
  'little-giant. "just under 4%" is under the threshold.')
O('en', 'Our dyeing mill in Suzhou is swapping coal-fired boilers for heat pumps to cut energy use. Total investment is somewhere between 30 and 40 million yuan; work began last October and it is still under construction.',
  {'green_direction': True, 'start_date': '2021-10-31', 'stage': 'under_construction'},
  ['total_investment'],
  'green-upgrade. Range.')
O('en', 'Hello, I work at a university in Nanjing. A provincial backbone xinchuang company wants to set up an innovation lab with us on our campus, with a five-year cooperation period. Who would be the applicant, us or them?',
  {'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5},
  [],
  'xinchuang-lab. The writer is the partner university; applicant_kind is left unscored (the lab applicant is the enterprise, 1.4.2.3).')
O('en', 'We are a training company in Suzhou; our business licence covers training and registered capital is 3 million yuan. We train about 1,000-1,500 people a year offline and have run courses for the Suzhou industry bureau before.',
  {'training_licensed': True, 'registered_capital': 300},
  ['trainees_3y_avg'],
  'talent-training. Trainee count is a range around 1200.')
O('en', 'pls, we r cyber security co in nanjing, industrial internet security platform, total 6m yuan, invested 1.5m by end 2021, finish by jun 2023',
  {'total_investment': 600, 'invested_by_2021_end': 150, 'completion_date': '2023-06-30'},
  [],
  'iiot-security.')
O('en', 'We are a provincial SME public service demonstration platform in Nantong, certification still valid. In 2021 we served 150 SMEs in person and held 12 free workshops, with 93% satisfaction. Platform spending was roughly 3.5 to 4 million yuan.',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 12,
   'satisfaction_pct': 93},
  ['platform_investment_2021'],
  'sme-platform. Spending is a range just under 400.')
O('en', 'We design automotive MCUs in Wuxi and want to apply for the key core technology program. R&D budget is RMB 40m over three years, and we hold 15 invention patents.',
  {'core_tech_direction': True, 'rd_investment': 4000},
  ['own_ip'],
  'core-tech. MCU is named in 2.1.2. Patents alone do not answer own_ip.')
O('en', "This is the management committee of a national high-tech zone in Jiangsu. We'd like to apply for the xinchuang pilot zone; the investment budget is 150 million yuan over two years and a state-owned platform company will operate it.",
  {'applicant_kind': 'park', 'total_investment': 15000, 'xinchuang_zone_operator': True},
  [],
  'xinchuang-zone.')
O('en', "Nanjing industry and IT bureau here - we're hosting the 2022 China Industrial Software Conference. What support is available?",
  {'applicant_kind': 'city_bureau', 'event_listed': True},
  ['event_kind'],
  'expo-event. A 大会 is listed, but whether it is an exhibition or an activity is not said.')
O('en', 'hi, smart tourism platform for scenic spots, company in Taizhou, total inv 8m yuan, 20% done end of 2021, can apply info consumption?',
  {'info_consumption_direction': True, 'total_investment': 800},
  ['in_jiangsu', 'invested_by_2021_end'],
  'info-consumption. "Taizhou" in pinyin is 泰州 (Jiangsu) or 台州 (Zhejiang). 20% is relative.')
O('en', "We're an industry alliance registered as a non-profit, serving the Wuxi IoT cluster only. 2021 cluster service income was RMB 2.1m and we have 11 full-time staff.",
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'cluster_service_revenue_2021': 210,
   'service_team_size': 11},
  [],
  'cluster-org.')

# ---------------------------------------------------------------------------
# Answers, Chinese (150)
# ---------------------------------------------------------------------------
# applicant
Z('in_jiangsu', '是滴 厂跟项目都在无锡', v(True))
Z('in_jiangsu', '总部在上海浦东 项目放在太仓厂区', v(False))
Z('in_jiangsu', '我们在通州', ASK, note='通州: 南通 or 北京.')
Z('in_jiangsu', '台州的 浙江那个台州', v(False))
Z('applicant_kind', '民营企业 做电缆的 去年营收一个亿出头', v('enterprise'), {'revenue_last_year': 10000})
Z('applicant_kind', '开发区管委会', v('park'))
Z('applicant_kind', '职业技术学院 公办的', v('university'))
Z('applicant_kind', '行业协会 民非登记的', v('nonprofit'))
Z('applicant_kind', '这个跟能补多少有关系伐', QN)
Z('industrial', '我们是做软件开发的', v(False))
Z('industrial', '有生产车间的 做注塑件 规上', v(True), {'above_scale': True})
Z('revenue_last_year', '三千五左右 规上企业', v(3500), {'above_scale': True})
Z('revenue_last_year', '产值差不多两个亿', ASK, note='产值 is not 主营业务收入.')
Z('revenue_last_year', '这个要问下财务', UNK)
Z('revenue_last_year', '四五千万吧', ASK)
Z('revenue_last_year', '9800w', v(9800))
Z('revenue_last_year', '不对 刚才总投资说错了 是五千五不是五千', CORR, {'total_investment': 5500})
Z('public_welfare_platform', '不是 我们有收费项目的', v(False))
Z('above_scale', '还没上规', v(False))
Z('above_scale', '规上是按什么标准算的', QN)
Z('certifications', '都没有', v([]))
Z('certifications', '有小巨人 21年新认定的 别的没有', v(['little-giant-2021']))
Z('certifications', '有小巨人 别的记不太清了', ASK, {'certifications_include': ['little-giant-2021']})
Z('certifications', '小巨人是19年评的 其他都没有', v([]), note='A 2019 recognition is not little-giant-2021.')
Z('certifications', '在省厅云计算大数据区块链企业库里 项目是21年省大数据示范项目 别的没了', v(['cloud-bigdata-registry', 'bigdata-demo-project']))
Z('certifications', '标杆工厂名单在哪里查', QN)
Z('certifications', '单项冠军产品（21年工信部认定的）还有省工业设计中心 没别的了', v(['single-champion-2021', 'industrial-design-center']))
Z('approvals_complete', '手续都其了', v(True), note='其 = 齐 (typo).')
Z('approvals_complete', '备案有了 环评还在走流程', v(False))
Z('approvals_complete', '不用办 推荐单位给我们出了说明', v(True))
Z('approvals_complete', '应该不需要办吧', ASK)
# investment
Z('total_investment', '4500w 其中软件三百来万', v(4500), {'software_investment': 300})
Z('total_investment', '三千来万 不含税的', v(3000))
Z('total_investment', '含税是3390万', ASK)
Z('total_investment', '四千万 包括土建一千万', ASK)
Z('total_investment', '35000000', ASK, note='Bare number without unit.')
Z('total_investment', '还在做可研 没定', UNK)
Z('total_investment', '35000000元 设备软件都算上了', v(3500))
Z('filed_total_investment', '备案文件上写的6800万 里面土建一千二', v(6800), note='The question asks for the filed figure, civil works included.')
Z('filed_total_investment', '备案一亿二', v(12000))
Z('filed_total_investment', '得翻下备案文件 记不得了', UNK)
Z('total_investment_basis', '备案上的数', v('filed'))
Z('total_investment_basis', '不含税不含土建的', v('net'))
Z('total_investment_basis', '这俩有啥区别', QN)
Z('software_investment', '软件加上云 差不多四百五', v(450))
Z('software_investment', '不到四百', ASK)
Z('software_investment', '不清楚 集成商那边没给明细', UNK)
Z('invested_by_2021_end', '去年底投了一千二左右 现在还在建', v(1200), {'stage': 'under_construction'})
Z('invested_by_2021_end', '完成了六成吧', ASK)
Z('invested_by_2021_end', '一分没投 还没开工呢', v(0), {'stage': 'planned'})
Z('invested_by_2021_end', '没统计过', UNK)
# schedule
Z('start_date', '21年3月15号开的工 计划今年年底完工', v('2021-03-15'), {'completion_date': '2022-12-31'})
Z('start_date', '去年五月份开的工 现在还在建', v('2021-05-31'), {'stage': 'under_construction'})
Z('start_date', '前年开工的', ASK)
Z('start_date', '还没开工', ASK, {'stage': 'planned'})
Z('start_date', '等下 前面完工日期说错了 是21年11月', CORR, {'completion_date': '2021-11-30'})
Z('completion_date', '去年10月完工的', v('2021-10-31'), {'stage': 'completed'})
Z('long_classes', '8个班 每个都是三天半', v(8))
Z('completion_date', '上半年吧', ASK)
Z('completion_date', '2021年12月28日上线的', v('2021-12-28'), {'stage': 'completed'})
Z('completion_date', '完工时间有啥要求', QN)
Z('stage', '再建 设备正在进场', v('under_construction'), note='再建 = 在建 (typo).')
Z('stage', '不是在建', ASK)
Z('stage', '去年11月就建成了', v('completed'), {'completion_date': '2021-11-30'})
Z('stage', '先看看结果', CMD)
Z('accepted', '以经验收过了 意见也出了', v(True), note='以经 = 已经 (typo).')
Z('accepted', '验收会开过了 验收意见还在走流程', v(False))
Z('accepted', '推荐单位是哪个部门啊', QN)
Z('accepted', '好像验了吧 我得问问', UNK)
# loan
Z('fixed_asset_loan', '贷了两千五 江苏银行的', v(2500), {'loan_from_jiangsu_bank': True})
Z('fixed_asset_loan', '没贷款 全是自有资金', v(0))
Z('fixed_asset_loan', '授信五千 实际提款三千二', ASK)
Z('fixed_asset_loan', '贷款还在批', ASK, note='A pending loan is not 0.')
Z('fixed_asset_loan', '贷款要两千万以上才行吗', QN)
Z('loan_from_jiangsu_bank', '对 工行常州分行 5年期的', v(True), {'loan_term_years': 5})
Z('loan_from_jiangsu_bank', '国开行的', ASK, note='Branch not said.')
Z('equipment_bought_with_loan', '设备都到厂了 用的就是这笔贷款', v(True))
Z('equipment_bought_with_loan', '一半设备买了 还有一半在招标', ASK)
Z('loan_interest_paid_2021', '去年付了一百二十几万', v(120))
Z('loan_interest_paid_2021', '利息连土建部分一共180万', ASK)
Z('loan_interest_paid_2021', '贴息是按实际利率还是LPR算', QN)
Z('loan_interest_paid_2021', '这个得找财务小王', UNK)
Z('loan_rate_pct', '4.35', v(4.35))
Z('loan_rate_pct', 'LPR加50bp', ASK)
Z('loan_rate_pct', '更正一下 贷款是三千万不是两千五', CORR, {'fixed_asset_loan': 3000})
Z('cluster_focus', '只服务新能源汽车这一个集群', v(True))
Z('loan_term_years', '/result', CMD)
Z('other_interest_subsidy_2021', '没有', v(0))
Z('other_interest_subsidy_2021', '市里给过 多少不记得了', UNK)
Z('equipment_invoice_2021', '发票不含税2380万', v(2380))
Z('equipment_invoice_2021', '含税两千六百多', ASK)
# core tech
Z('rd_investment', '三千二 人工材料都算进去了', v(3200))
Z('rd_investment', '人工费能算进去吗', QN)
Z('rd_investment', '不问了 给我结论', CMD)
Z('own_ip', '有 发明专利十几个 资金也没问题', v(True))
Z('own_ip', '有几个发明专利', ASK, note='Partial yes to a three-part question.')
Z('core_tech_direction', '是 属于工业母机 研发投入打算三千五', v(True), {'rd_investment': 3500})
Z('core_tech_direction', '不好说 得对照一下', UNK)
# merger
Z('merger_completed_2021', '今年3月才完成变更', v(False))
Z('acquisition_registered', '工商股权都变更好了 去年12月办完的', v(True), {'acquisition_date': '2021-12-31'})
Z('acquisition_lawful', '合规的 律所出过意见', v(True))
Z('acquisition_date', '日子记不清了 合同上有', UNK)
Z('acquisition_amount', '800万欧元 按当时汇率折人民币五千六百万左右', v(5600), note='The user gave the RMB figure.')
Z('acquisition_amount', '五百万美元', ASK)
Z('acquisition_cash', '现金八千 剩下是股权置换', v(8000))
Z('stake_after_pct', '持股六成五 唯一大股东', v(65), {'largest_shareholder': True})
Z('stake_after_pct', '刚才出资额打错了 应该是8000万', CORR, {'acquisition_amount': 8000})
Z('same_parent', '是集团内部两个子公司之间的', v(True))
Z('more_acquisitions', '还有一个 也是去年完成的 出资六千万', v(True), {'acquisition_2_amount': 6000})
Z('acquisition_2_cash', '不清楚 那个是集团财务在弄', UNK)
Z('acquisition_2_amount', '第二个出资六千五 现金大概占一半', v(6500), note='The cash half is relative: not recorded.')
Z('acquisition_2_stake_pct', '过半了', ASK)
Z('acquisition_3_date', '2021.10', v('2021-10-31'))
Z('acquisition_3_cash', '全部现金 六千二', v(6200))
# little giant
Z('revenue_growth_3y_avg_pct', '前年跌了 去年涨了20%', ASK)
Z('main_product_share_pct', '七成多', v(70))
Z('main_product_share_pct', '占比要多少才够', QN)
Z('rd_ratio_3y_avg_pct', '差不多5个点', v(5))
Z('core_chain_leading', '国内领先 有几个型号是替代进口的', v(True))
Z('upgrade_investment_last_year', '一千一百多万 专项审计做了', v(1100))
Z('taxes_paid_last_year', '四百二', v(420))
Z('training_experience', '这个我不太清楚 得问培训部', UNK)
# platforms
Z('identifier_showroom', '体验中心在装修 明年上半年弄好', v(True))
Z('identifier_registrations_yi', '3000万条', v(0.3))
Z('identifier_connected_enterprises', '大几百家', ASK)
Z('platform_monitoring_commitment', '可以 承诺函能出', v(True))
Z('security_services_commitment', '服务都能做 对接省平台这个还没定', ASK)
Z('xinchuang_zone_basis', '龙头企业有 产品也有 示范应用还在谈', ASK)
Z('xinchuang_zone_operator', '有 区里国资公司负责运营', v(True))
Z('lab_roles_agreed', '协议里写了 学校出场地管运营 我们出软硬件', v(True))
Z('fiveg_direction', '没有5G 用的wifi', v(False))
Z('green_direction', '这个分类我也搞不懂', UNK)
Z('info_consumption_direction', '智慧养老平台 面向社区老人的', v(True))
Z('event_listed', '是我们市里自己办的论坛 不在名单里', v(False))
Z('service_team_size', '专职8个 兼职五六个', v(8))
Z('cluster_service_revenue_2021', '服务收入要200万以上是吧', QN)
Z('smes_served_2021', '三百多家', v(300))
Z('smes_served_2021', '/reset', CMD)
Z('satisfaction_pct', '上面服务企业数写错了 是135家', CORR, {'smes_served_2021': 135})
Z('new_above_scale_2021', '一家都没有', v(0))
Z('platform_investment_2021', '投入数还没审计出来', UNK)
Z('free_service_share_pct', '二成五', v(25))
Z('all_services_free', '大部分免费 少数收点成本费', v(False))
# training
Z('training_years', '17年注册的 一直在做培训', ASK, note='A year alone: 4 or 5 years depending on the month.')
Z('registered_capital', '注册资金多少算够？事业单位也要吗', QN)
Z('trainees_3y_avg', '含线上的话两千多', ASK)
Z('planned_trainees', '先出结果 后面再说', CMD)
Z('training_cities', '南京 苏州 淮安 连云港 四个市', v(4))
Z('training_free', '不收钱的', v(True))
Z('min_class_size', '每个班人数还没定嘞', UNK)

# ---------------------------------------------------------------------------
# Answers, English (70)
# ---------------------------------------------------------------------------
E('in_jiangsu', 'Head office is in Hangzhou, but the project is at our Nantong site.', v(False))
E('in_jiangsu', 'we r in Taizhou', ASK, note='Taizhou: 泰州 (Jiangsu) or 台州 (Zhejiang).')
E('applicant_kind', 'Can a foreign-invested company apply at all?', QN)
E('industrial', 'yea we make valves, revenue last yr abt 120m rmb', v(True), {'revenue_last_year': 12000})
E('revenue_last_year', 'USD 15m', ASK)
E('revenue_last_year', 'not sure, need to check w finance', UNK)
E('above_scale', 'what counts as above-scale?', QN)
E('certifications', "We're on the provincial smart manufacturing demo factory list and we're a provincial service-oriented manufacturing demo enterprise. Nothing else.", v(['smart-factory-list', 'service-manufacturing-demo']))
E('certifications', 'little giant, not sure abt others', ASK, {'certifications_include': ['little-giant-2021']})
E('total_investment', 'between 30 and 40 million', ASK)
E('total_investment', 'is that before or after tax?', QN)
E('total_investment', 'sorry, correction: the loan is 22m, not 25m', CORR, {'fixed_asset_loan': 2200})
E('training_direction_match', "yes, it's the 智改数转 direction, open to Jiangsu manufacturers, no in-house training", v(True))
E('filed_total_investment', 'The filing certificate says 65 million yuan.', v(6500))
E('invested_by_2021_end', 'around a third', ASK)
E('invested_by_2021_end', 'Is the 20% measured against the total investment?', QN)
E('completion_date', 'We finished in November 2021.', v('2021-11-30'), {'stage': 'completed'})
E('completion_date', "end of June 2023, it's still being built", v('2023-06-30'), {'stage': 'under_construction'})
E('completion_date', 'oops, the start date was Nov 2021, not Oct', CORR, {'start_date': '2021-11-30'})
E('stage', 'not finished yet', ASK)
E('accepted', 'start over', CMD)
E('lab_breakthrough_direction', "Yes, we'll jointly work on an industrial OS and aim to crack at least that one.", v(True))
E('fixed_asset_loan', 'credit line 50m, drew 32m', ASK)
E('loan_from_jiangsu_bank', 'HSBC Shanghai branch', v(False))
E('equipment_bought_with_loan', 'partly', ASK)
E('loan_rate_pct', 'LPR + 20bp', ASK)
E('loan_rate_pct', 'show me the result', CMD)
E('loan_term_years', '5 yrs, from Jiangsu Bank', v(5), {'loan_from_jiangsu_bank': True})
E('rd_investment', 'does labour cost count?', QN)
E('own_ip', 'Yes, we hold 12 invention patents, run our own R&D centre and can fund the project ourselves.', v(True))
E('core_tech_direction', 'not sure tbh', UNK)
E('merger_initiator', "yes we initiated it, we're the buyer", v(True))
E('acquisition_amount', 'USD 8 million', ASK)
E('acquisition_cash', 'half in cash', ASK)
E('largest_shareholder', 'yes, sole largest', v(True))
E('more_acquisitions_2', 'yes one more, registration done in Dec 2021', v(True), {'acquisition_3_date': '2021-12-31'})
E('acquisition_2_date', 'registration done on 30 November 2021, we paid RMB 70m for it', v('2021-11-30'), {'acquisition_2_amount': 7000})
E('acquisition_3_amount', 'RMB 55m', v(5500))
E('acquisition_3_stake_pct', '100%, wholly owned now', v(100))
E('more_acquisitions_3', "no that's all", v(False))
E('acquisition_4_date', '31 Dec 2021', v('2021-12-31'))
E('acquisition_4_amount', 'just under 50 million', ASK, note='Just under the 5000 threshold for combining.')
E('acquisition_4_cash', 'no idea', UNK)
E('acquisition_4_stake_pct', 'a quarter', v(25))
E('revenue_growth_3y_avg_pct', 'around 10%', v(10))
E('upgrade_investment_last_year', "The special audit is still ongoing, I can't give you a figure yet.", UNK)
E('identifier_capability', "yes, we've built two secondary nodes before", v(True))
E('identifier_promotion_events', 'planning 6 promo events', v(6))
E('identifier_resolutions_yi', 'about 150 million', v(1.5))
E('platform_indicators_met', 'yes all met', v(True))
E('security_capability', 'Yes - our own products plus a 24/7 SOC team.', v(True))
E('has_plan_and_targets', 'plan and KPIs both drafted, signed off last week', v(True))
E('lab_with_jiangsu_university', 'Southeast University, the lab will sit on their campus', v(True))
E('lab_cooperation_years', '5 yrs', v(5))
E('data_product_tech', 'yes, blockchain-based traceability platform plus data models for the dairy supply chain', v(True))
E('service_direction', 'Yes - remote O&M and full lifecycle management services for our compressors.', v(True))
E('replicable_solution', 'yes, already copied to 3 other counties', v(True))
E('innovation_center_age_years', 'approved late 2020, so about one and a half years', v(1.5))
E('event_kind', "It's an exhibition, about 600 exhibitors.", v('exhibition'))
E('cluster_org_basics', "office and rules yes, income not that stable tbh", ASK, note='Partial yes to a four-part question.')
E('cluster_participation', 'yes, we took part in the national cluster competition', v(True))
E('sme_service_center', "no, we're a private platform", v(False))
E('public_events_2021', 'about 20 free seminars', v(20))
E('satisfaction_pct', "we didn't run a survey last year", UNK)
E('training_licensed', "yes, 'training services' is on our business licence", v(True))
E('training_years', 'not sure when training was added to our licence, let me check', UNK)
E('revenue_3y_avg', 'Roughly 6 million yuan a year, per the audit reports, and around 1,500 trainees a year, all offline.', v(600), {'trainees_3y_avg': 1500})
E('revenue_3y_avg', 'Correction - registered capital is 8 million, not 5.', CORR, {'registered_capital': 800})
E('training_all_regions', 'yes, south, central and north all covered', v(True))
E('training_free', 'can we skip to the result pls', CMD)

# ---------------------------------------------------------------------------
out = lambda name, data: json.dump(data, open(os.path.join(HERE, name), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
out('openings.json', openings)
out('answers.json', answers)


def kind(a):
    e = a['expect']
    k = next(iter(e))
    return f"not_answer:{e[k]}" if k == 'not_answer' else k


print('openings', len(openings), dict(collections.Counter(o['lang'] for o in openings)),
      'with traps', sum(1 for o in openings if o['must_not_record']))
print('answers', len(answers), dict(collections.Counter(a['lang'] for a in answers)))
for lang in ('zh', 'en'):
    print(' ', lang, dict(collections.Counter(next(iter(a['expect'])) for a in answers if a['lang'] == lang)))
print('by kind', dict(collections.Counter(kind(a) for a in answers)))
print('with also', sum(1 for a in answers if 'also' in a))
print('by slot type', dict(collections.Counter(FTYPE[a['slot']] for a in answers)))
print('value answers by slot type', dict(collections.Counter(FTYPE[a['slot']] for a in answers if 'value' in a['expect'])))
print('distinct slots', len({a['slot'] for a in answers}), 'of', len(FTYPE))
