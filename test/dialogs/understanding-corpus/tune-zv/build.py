#!/usr/bin/env python3
"""Builds the tune-zv dialog corpus (hard answers) for 专项资金申报助手.
All data is written here in writing order; run `python3 build.py` to write
openings.json and answers.json next to this file and print the counts."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open('/work/kit/facts-vocabulary.json'))['facts']}

# ---------------------------------------------------------------- openings
OPENINGS = []

def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in OPENINGS if o['lang'] == lang) + 1
    OPENINGS.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(mnr), 'note': note})

# --- Chinese openings
O('zh', '你好 我们常州武进的 做注塑模具 规上企业 去年营收1.6个亿左右。厂里在搞技改 备案总投资6800万(含土建1200)，农行给了5000万授信 目前提了3200万 想问下贴息能不能申',
  {'applicant_kind': 'enterprise', 'industrial': True, 'above_scale': True,
   'revenue_last_year': 16000, 'filed_total_investment': 6800},
  ['fixed_asset_loan'],
  'tech-loan. 授信 5000 vs 提款 3200: two competing loan figures, ask. 6800 is called 备案 -> filed_total_investment; total_investment not scored.')
O('zh', '苏州吴江的纺织企业，已经进了省智能制造示范工厂名单，项目去年10月完工了，总投资5650万是含税的哈',
  {'applicant_kind': 'enterprise', 'industrial': True, 'stage': 'completed',
   'completion_date': '2021-10-31', 'certifications_include': ['smart-factory-list']},
  ['total_investment'],
  'smart-factory. 含税 figure, 1.2.3 wants ex-tax: not recorded. 去年10月 -> 2021-10-31.')
O('zh', '南通一家船舶配件厂 规上 想报5G全连接工厂那个，项目计划投3200万，去年底完成了大概三成，预计明年三季度建完',
  {'industrial': True, 'above_scale': True, 'total_investment': 3200, 'stage': 'under_construction'},
  ['invested_by_2021_end'],
  '5g-iiot. 完成了三成 is relative (convention: 完成了六成 -> ask). 明年三季度 is a quarter, like 上半年: not scored.')
O('zh', '我们是19年评上的省专精特新小巨人，无锡新吴区的，做精密轴承，去年营收两个亿出头，交税380来万，今年能申小巨人培育吗',
  {'industrial': True, 'revenue_last_year': 20000, 'taxes_paid_last_year': 380},
  ['certifications'],
  'little-giant. A 2019 recognition is not little-giant-2021 and the list is not complete: certifications not recorded. 380来万 -> 380 (hedge).')
O('zh', '昆山的一家电子企业，去年9月把一家德国公司收了，工商股权变更当月就办好了，花了1500万欧元，拿了75%股份',
  {'applicant_kind': 'enterprise', 'merger_completed_2021': True, 'stake_after_pct': 75,
   'acquisition_registered': True, 'acquisition_date': '2021-09-30'},
  ['acquisition_amount'],
  'merger. Foreign currency without RMB figure: acquisition_amount not recorded. Registration done the same month -> 2021-09-30.')
O('zh', '盐城大丰 化工企业 在做余热回收节能改造 总投资2600万 已经开工了 去年产值4个多亿',
  {'industrial': True, 'total_investment': 2600, 'stage': 'under_construction', 'green_direction': True},
  ['revenue_last_year'],
  'green-upgrade. 产值 is not 主营业务收入.')
O('zh', '台州的汽配厂，想问问绿色化改造能不能报，光伏加空压机节能，投资三千来万。还有新能源汽车推广那个现在能报吗',
  {'in_jiangsu': False, 'industrial': True, 'total_investment': 3000},
  [],
  'green-upgrade, nev-promotion (announced separately). 台州 is Zhejiang (not 泰州): in_jiangsu false. 三千来万 -> 3000.')
O('zh', '通州这边一家做智能仓储设备的，规上，去年主营收入9800万，想报服务化改造，项目总投入两千四',
  {'industrial': True, 'above_scale': True, 'revenue_last_year': 9800, 'total_investment': 2400},
  ['in_jiangsu'],
  'service-upgrade. 通州 alone is ambiguous (南通 or 北京): in_jiangsu not recorded. 两千四 -> 2400.')
O('zh', '我们是徐州的工业互联网公司 打算建工程机械行业的标识解析二级节点 已经过了信通院组织的专家评估 计划投1200万 23年6月上线 注册量目标3亿 解析量1.5亿 接入企业现在300多家 目标1200家',
  {'certifications_include': ['identifier-expert-review'], 'total_investment': 1200,
   'completion_date': '2023-06-30', 'stage': 'planned',
   'identifier_registrations_yi': 3, 'identifier_resolutions_yi': 1.5},
  ['identifier_connected_enterprises'],
  'iiot-identifier. 接入企业: 300 now vs 1200 target, two competing figures. 23年6月 -> 2023-06-30.')
O('zh', '您好，这边是南京江宁经开区管委会，想牵头申报信创先导区，两年内先导区建设投资预算大概1.2亿，其中区财政出4000万',
  {'applicant_kind': 'park', 'in_jiangsu': True, 'total_investment': 12000},
  [],
  'xinchuang-zone. 4000 is only the district-finance part of the 1.2亿 budget.')
O('zh', '信创实验室这块，我们是省内骨干信创企业(南京的)，准备跟东南大学在校内共建，合作期先签3年，建设投入800万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True,
   'lab_cooperation_years': 3, 'total_investment': 800, 'stage': 'planned'},
  [],
  'xinchuang-lab. 3 years is below 1.4.2 ② (5 years); recorded as said.')
O('zh', '南京一家大数据公司 入了省工信厅的云计算大数据企业库，项目是21年省大数据示范项目，去年12月上线了，投入大概1100万，验收还没做',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'],
   'completion_date': '2021-12-31', 'stage': 'completed', 'total_investment': 1100, 'accepted': False},
  [],
  'data-product. 上线 = completion; 验收还没做 -> accepted false.')
O('zh', '无锡的半导体企业 搞车规级MCU攻关 研发投入总共4500w 其中设备采购1800w 23年底完成 有相关发明专利',
  {'core_tech_direction': True, 'rd_investment': 4500, 'completion_date': '2023-12-31'},
  ['own_ip'],
  'core-tech. MCU is named in 2.1.2. own_ip is a three-part question (IP, research base, funding): patents alone is a partial yes.')
O('zh', '我们是省企业联合会下面的培训中心，民非，做企业管理培训七八年了，每年线下培训大概两千人次，想申请人才培养项目',
  {'applicant_kind': 'nonprofit', 'trainees_3y_avg': 2000},
  ['training_years'],
  'talent-training. 七八年 is a range.')
O('zh', '苏州工业园区的一家中小企业服务平台，省级示范平台还在有效期，21年服务企业300多家（线上线下都算），活动办了12场，满意度95%',
  {'certifications_include': ['sme-service-platform'], 'public_events_2021': 12, 'satisfaction_pct': 95},
  ['smes_served_2021'],
  'sme-platform. The slot counts offline service only; 300多家 includes online.')
O('zh', '常州的智能制造装备产业集群促进中心，专职人员8个 兼职的还有五六个，去年服务收入230万',
  {'service_team_size': 8, 'cluster_service_revenue_2021': 230},
  [],
  'cluster-org. Only the full-time staff count (8), not 8 + part-time.')
O('zh', '想问下智慧养老平台能不能报信息消费，我们扬州的，平台总投入680万，21年底投了100万左右，明年6月底完成',
  {'info_consumption_direction': True, 'total_investment': 680, 'invested_by_2021_end': 100,
   'completion_date': '2023-06-30'},
  [],
  'info-consumption. 100/680 < 20 %: the bot must compute, not the parser.')
O('zh', '我们去年评上了国家级制造业单项冠军 还第一次进了中国企业500强 这种有奖励吗 泰州的',
  {'certifications_include': ['single-champion-2021', 'top500-first-2021']},
  [],
  'honor-award. 泰州 is Jiangsu (not 台州); no project, so in_jiangsu is not scored.')
O('zh', '这里是苏州市工信局，今年要承办一个工业互联网方面的大会，展会性质的，预算总共1500万左右，省里有补贴吗',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition'},
  ['event_listed'],
  'expo-event. "一个工业互联网方面的大会" is not clearly the listed 2022工业互联网大会.')
O('zh', '我们是连云港的石化企业，去年入选了省工业互联网标杆工厂名单，项目21年11月完工，不含税总投入3600万，软件和平台这块大概700，验收意见还没出',
  {'industrial': True, 'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-11-30',
   'stage': 'completed', 'total_investment': 3600, 'software_investment': 700, 'accepted': False},
  [],
  'iiot-benchmark. 验收意见还没出 -> accepted false.')
O('zh', 'hi 我们是淮安的一家食品机械厂，规上，技改贷款3kw，利率LPR+20bp，期限5年，21年付息一百二十几万',
  {'industrial': True, 'above_scale': True, 'fixed_asset_loan': 3000, 'loan_term_years': 5,
   'loan_interest_paid_2021': 120},
  ['loan_rate_pct'],
  'tech-loan. LPR+bp is not a rate. 一百二十几万 -> 120.')
O('zh', '镇江一家阀门企业，5G+工业互联网项目总投入不到2000万，软件系统集成四百五，已经开工了',
  {'industrial': True, 'software_investment': 450, 'stage': 'under_construction'},
  ['total_investment'],
  '5g-iiot. 不到2000万 sits under the 2000 threshold: ask.')
O('zh', '做工控安全的 宿迁的 准备报工业互联网安全项目 总投资600万 截至21年底投了差不多一百五 计划明年6月完成 能对接省工业信息安全保障平台',
  {'total_investment': 600, 'invested_by_2021_end': 150, 'completion_date': '2023-06-30'},
  ['security_services_commitment'],
  'iiot-security. Commitment question has two parts (services + connection): only the connection is said.')
O('zh', '我们是17年认定的省重点工业互联网平台，这次平台项目21年8月完工，投了1300万，推荐单位已经验收出了意见',
  {'total_investment': 1300, 'completion_date': '2021-08-31', 'stage': 'completed', 'accepted': True},
  ['certifications'],
  'iiot-platform. key-iiot-platform means recognised 2018 or later; 2017 does not count.')
O('zh', '我们是常州信息职业技术学院，想和一家信创企业合作共建信创实验室，学校出场地',
  {'applicant_kind': 'university', 'lab_with_jiangsu_university': True},
  ['lab_roles_agreed'],
  'xinchuang-lab. Only the premises are said; roles (university runs, firm supplies products) are not agreed.')
O('zh', '我们是做智改数转咨询的服务商，苏州的，能不能申请免费诊断那个专项，一年能诊断两百家左右',
  {'industrial': False},
  ['smes_served_2021'],
  'free-diagnosis (bought by government). 两百家 is diagnosis capacity, not SMEs served offline in 2021.')
O('zh', '灰常想问下 我们厂在宿迁沭阳 木有规上 去年营收才一千五 能申技改贴息不 贷款2500万是江苏银行的',
  {'industrial': True, 'above_scale': False, 'revenue_last_year': 1500, 'fixed_asset_loan': 2500,
   'loan_from_jiangsu_bank': True},
  [],
  'tech-loan. Dialect 木有/灰常. 一千五 -> 1500.')
O('zh', '扬州一家医药企业，去年11月完成了对安徽一家药厂的并购，工商股权变更都办完了，出资1.8个亿，其中现金1.2亿，控股了',
  {'acquisition_amount': 18000, 'acquisition_cash': 12000, 'acquisition_date': '2021-11-30',
   'merger_completed_2021': True, 'acquisition_registered': True},
  ['stake_after_pct', 'largest_shareholder'],
  'merger. 控股了 gives neither the stake nor "sole largest shareholder".')

# --- English openings
O('en', "Hello, I'm the finance manager at the Taicang plant of a German automotive supplier (we're a Chinese-registered WFOE, above designated size). We're upgrading our stamping lines here: filed investment RMB 52 million, of which about 9 million is the new building. Loans: EUR 3m from Deutsche Bank Shanghai plus RMB 20m from Bank of Suzhou. Does the tech-loan subsidy work for us?",
  {'applicant_kind': 'enterprise', 'industrial': True, 'above_scale': True, 'in_jiangsu': True,
   'filed_total_investment': 5200},
  ['fixed_asset_loan', 'loan_from_jiangsu_bank'],
  'tech-loan. Two loans, one in EUR from a Shanghai bank: neither the total nor the Jiangsu-bank answer is clear.')
O('en', 'hi pls check: we r a Nantong textile mill, 规上, 5G factory project total 35000000 RMB ex tax, started Mar 2021, by end of 2021 finished 8m',
  {'industrial': True, 'above_scale': True, 'total_investment': 3500, 'start_date': '2021-03-31',
   'invested_by_2021_end': 800},
  [],
  '5g-iiot. 35000000 RMB -> 3500; 8m -> 800; Mar 2021 -> 2021-03-31.')
O('en', 'Our group (HQ Wuxi) closed the acquisition of a US sensor maker in Dec 2021, paid USD 12 million, all cash, for 100%. The registration changes were done in January this year.',
  {'stake_after_pct': 100, 'acquisition_registered': True, 'acquisition_date': '2022-01-31'},
  ['acquisition_amount', 'acquisition_cash'],
  'merger. USD only. The date the question asks is the registration completion (January 2022), not the closing.')
O('en', "Hi, I'm with the School of Computer Science at Nanjing University of Posts and Telecommunications. A xinchuang backbone company wants to co-build a lab on our campus: 5-year cooperation, 2-year build phase, total build budget around 10 million yuan.",
  {'lab_with_jiangsu_university': True, 'lab_cooperation_years': 5, 'total_investment': 1000},
  ['certifications'],
  'xinchuang-lab. The backbone recognition belongs to the partner company, not to the speaker.')
O('en', "Hi there, we're a Suzhou training company (our business licence includes 'training'), running since 2017. Registered capital 5 million, paid-in 2 million. Revenue averaged ~6.5m over the last 3 yrs. We'd train ~900 people in 10 classes in Suzhou, Yangzhou, Xuzhou and Nanjing.",
  {'applicant_kind': 'enterprise', 'training_licensed': True, 'registered_capital': 500,
   'revenue_3y_avg': 650, 'planned_trainees': 900, 'training_cities': 4, 'training_all_regions': True},
  [],
  'talent-training. 注册资金 is the registered figure (500), not paid-in. South/central/north all covered.')
O('en', 'Good afternoon. I represent the Wuxi National Hi-tech District administration. We plan a xinchuang pilot zone; the investment budget over the implementation period is between 80 and 120 million yuan, still being finalised.',
  {'applicant_kind': 'park'},
  ['total_investment'],
  'xinchuang-zone. Range.')
O('en', 'we r 徐州 cement plant, doing waste heat power + energy saving retrofit, total 4500w, by end 2021 invested abt 15%, finish in 2023',
  {'industrial': True, 'green_direction': True, 'total_investment': 4500},
  ['invested_by_2021_end'],
  'green-upgrade. 15 % is relative. "in 2023" is a year alone: not scored.')
O('en', "We're a Nanjing-based software firm in the provincial cloud/big-data/blockchain enterprise registry. Our blockchain traceability platform went live last November; total spend was RMB 13.5m including VAT.",
  {'certifications_include': ['cloud-bigdata-registry'], 'completion_date': '2021-11-30',
   'stage': 'completed', 'industrial': False},
  ['total_investment'],
  'data-product. VAT-inclusive total.')
O('en', 'Hi, our company hosts a provincial manufacturing innovation centre approved in 2021. Project: 2-year build, total input 60 million.',
  {'certifications_include': ['provincial-innovation-center'], 'total_investment': 6000},
  [],
  'innovation-center. 60 million -> 6000.')
O('en', "hello, we're a provincial micro-business innovation base in Changzhou. 2021: served 150+ SMEs offline, 10 events, 3 firms upgraded to above-scale (2 of them only just after New Year 2022 tho)",
  {'certifications_include': ['micro-business-base'], 'smes_served_2021': 150, 'public_events_2021': 10},
  ['new_above_scale_2021'],
  'sme-platform. 3 vs 1 new above-scale firms in 2021: competing figures.')
O('en', 'We are a non-profit association promoting the Suzhou biomedicine cluster. Full-time staff of 12, cluster service income of CNY 1.8 million in 2021, and we took part in the national cluster competition.',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12,
   'cluster_service_revenue_2021': 180, 'cluster_participation': True},
  [],
  'cluster-org. 1.8 million -> 180 (below the 200 threshold; recorded as said).')
O('en', 'hi, Changzhou co. doing offshore wind turbine main bearings, R&D input plan 3000-3500w, 3 yrs, have patents & can self-fund',
  {'core_tech_direction': True},
  ['rd_investment'],
  'core-tech. 海上风电 is named in 2.1.1. R&D figure is a range.')

# ---------------------------------------------------------------- answers
ANSWERS = []

def A(lang, slot, text, kind, val=None, also=None, note=''):
    n = sum(1 for a in ANSWERS if a['lang'] == lang) + 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    e = {'value': val} if kind == 'value' else ({kind: val} if kind == 'not_answer' else {kind: True})
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': e}
    if also:
        a['also'] = also
    if note:
        a['note'] = note
    ANSWERS.append(a)

V, ASK, UNK, NA = 'value', 'ask', 'unknown', 'not_answer'

# --- Chinese answers: applicant
A('zh', 'revenue_last_year', '去年主营一个亿二，今年估计能到一个半亿', V, 12000, note='last year vs this year; 一亿二 = 12000')
A('zh', 'revenue_last_year', '两千五', V, 2500, note='bare Chinese numeral in the question unit')
A('zh', 'revenue_last_year', '不到两千万', ASK, note='just under the 规上 threshold')
A('zh', 'revenue_last_year', '产值有3个多亿', ASK, note='产值 is not 主营业务收入')
A('zh', 'revenue_last_year', '我们是规上企业', ASK, also={'above_scale': True}, note='answers another slot')
A('zh', 'revenue_last_year', '要问财务', UNK)
A('zh', 'revenue_last_year', '营收？你是说营业收入还是主营收入？', NA, 'question')
A('zh', 'revenue_last_year', '一百二十几个w', V, 120, note='几 hedge; w = 万')
A('zh', 'above_scale', '不是规下的', V, True, note='double negation')
A('zh', 'above_scale', '么得 还差一点点', V, False, note='dialect 么得 = 没有')
A('zh', 'applicant_kind', '高新区管委会下面的国资平台公司', V, 'enterprise', note='a company owned by the park, not the park itself')
A('zh', 'applicant_kind', '事业单位，市里的中小企业服务中心', V, 'public_institution', also={'sme_service_center': True})
A('zh', 'applicant_kind', '属于哪一类是啥意思', NA, 'question')
A('zh', 'in_jiangsu', '公司注册在上海 项目落在昆山', V, False)
A('zh', 'in_jiangsu', '南通通州的 项目也在厂里', V, True, note='通州 with 南通 is unambiguous')
A('zh', 'in_jiangsu', '通州区', ASK, note='通州 alone is ambiguous')
A('zh', 'in_jiangsu', '为啥要问这个 跟补贴有关系？', NA, 'question')
A('zh', 'certifications', '都木有', V, [])
A('zh', 'certifications', '小巨人是20年认定的，其他没有', V, [], note='2020 recognition is not little-giant-2021')
A('zh', 'certifications', '有小巨人，别的记不清了', ASK, also={'certifications_include': ['little-giant-2021']})
A('zh', 'certifications', '国家级工业设计中心算不算省级以上？', NA, 'question')
A('zh', 'certifications', '不晓得哎', UNK)
A('zh', 'approvals_complete', '备案环评都有了 能评还在办', V, False, note='one part still pending: not complete')
A('zh', 'approvals_complete', '能评不用做，推荐单位给出了情况说明，备案环评齐的', V, True)
A('zh', 'approvals_complete', '不需要办吧应该', ASK)
A('zh', 'approvals_complete', '这个不太清楚 手续是行政部在管', UNK)

# --- Chinese answers: investment
A('zh', 'total_investment', '备案是6000，net的话（不含税不含土建）大概4300', V, 4300,
  also={'filed_total_investment': 6000}, note='two figures, each labelled; the net one is what the question asks')
A('zh', 'total_investment', '计划三千二，实际花了两千八左右', ASK, note='planned vs actual')
A('zh', 'total_investment', '5650 含税', ASK)
A('zh', 'total_investment', '贷款倒是有两千八，江苏银行的', ASK,
  also={'fixed_asset_loan': 2800, 'loan_from_jiangsu_bank': True}, note='answers a different thing')
A('zh', 'total_investment', '项目总投资要3000万以上才行吗？', NA, 'question')
A('zh', 'filed_total_investment', '备案文件上写的是7.2千万', V, 7200)
A('zh', 'total_investment_basis', '备案上的数', V, 'filed')
A('zh', 'software_investment', '软件+系统集成四百出头，云另外还有五六十', ASK, note='part plus a range')
A('zh', 'software_investment', '不好说，还没拆分', UNK)
A('zh', 'invested_by_2021_end', '到去年底投了1500，今年又投了800', V, 1500)
A('zh', 'invested_by_2021_end', '完成了六成', ASK)
A('zh', 'invested_by_2021_end', '记不得了 回头查下', UNK)
A('zh', 'rd_investment', '研发投入三千五，人工占一半', V, 3500)
A('zh', 'rd_investment', '研发投入包括人工吗？外聘专家的劳务费算不算', NA, 'question')
A('zh', 'own_ip', '有几个发明专利', ASK, note='partial answer to a three-part question')
A('zh', 'core_tech_direction', '不属于吧，我们是做普通注塑件的', V, False)
A('zh', 'fiveg_direction', '5G专网建好了，目前只用在AGV物流上', ASK, note='network yes, but one use only')

# --- Chinese answers: schedule
A('zh', 'start_date', '2021.3', V, '2021-03-31')
A('zh', 'start_date', '去年底开的工，今年6月已经完工了', V, '2021-12-31',
  also={'completion_date': '2022-06-30', 'stage': 'completed'})
A('zh', 'start_date', '原定21年5月，后来推迟到7月15号才开', V, '2021-07-15', note='before/after a change')
A('zh', 'start_date', '２０２１年８月１０日', V, '2021-08-10', note='full-width digits')
A('zh', 'start_date', '前年开工的', ASK, note='year alone')
A('zh', 'start_date', '还没开工，计划下个月', ASK, also={'stage': 'planned'})
A('zh', 'start_date', '刚才说错了，营收是9800不是8900', NA, 'correction', also={'revenue_last_year': 9800})
A('zh', 'completion_date', '明年6月', V, '2023-06-30')
A('zh', 'completion_date', '去年9月底就建成投产了', V, '2021-09-30', also={'stage': 'completed'})
A('zh', 'completion_date', '上线是去年12月8号，验收今年3月', V, '2021-12-08', also={'stage': 'completed'})
A('zh', 'completion_date', '明年三季度', ASK, note='a quarter, like 上半年')
A('zh', 'completion_date', '9月底', ASK, note='month without year')
A('zh', 'completion_date', '算了 换个项目问', NA, 'command')
A('zh', 'stage', '早就完工了，就等验收', V, 'completed', also={'accepted': False})
A('zh', 'stage', '不是在建', ASK)
A('zh', 'stage', '重新开始', NA, 'command')
A('zh', 'accepted', '验收了，意见还没拿到', V, False)
A('zh', 'accepted', '肿么看验收没验收 我不清楚', UNK)

# --- Chinese answers: loan
A('zh', 'fixed_asset_loan', '全是自有资金', V, 0)
A('zh', 'fixed_asset_loan', '两千五 不过其中五百是流贷', V, 2000, note='total loans vs the fixed-asset part')
A('zh', 'fixed_asset_loan', '江苏银行贷了2600w，5年期', V, 2600,
  also={'loan_from_jiangsu_bank': True, 'loan_term_years': 5})
A('zh', 'fixed_asset_loan', '授信5000 实际提了3200', ASK)
A('zh', 'fixed_asset_loan', '贷款还在批', ASK, note='pending loan is not 0')
A('zh', 'fixed_asset_loan', '不对，前面说的总投资错了，应该是五千五', NA, 'correction', also={'total_investment': 5500})
A('zh', 'loan_from_jiangsu_bank', '上海浦发总行直接放的', V, False)
A('zh', 'loan_from_jiangsu_bank', '一半南京银行一半上海银行上海分行', ASK)
A('zh', 'equipment_bought_with_loan', '是滴😄', V, True)
A('zh', 'equipment_bought_with_loan', '买了一部分，还有两台在路上', ASK)
A('zh', 'loan_interest_paid_2021', '利息今年的付了80，21年的要查账', UNK, note='the only figure is for 2022')
A('zh', 'loan_interest_paid_2021', '21年的利息怎么算，按提款日吗', NA, 'question')
A('zh', 'loan_rate_pct', 'LPR减20个bp', ASK)
A('zh', 'loan_term_years', '三十六个月', V, 3)
A('zh', 'loan_term_years', '忘了 合同不在手边', UNK)
A('zh', 'other_interest_subsidy_2021', '市里没给过，县里给了15万', V, 15)
A('zh', 'other_interest_subsidy_2021', '省市县贴息加起来有上限吗', NA, 'question')
A('zh', 'equipment_invoice_2021', '不含税2000整，含税2260', V, 2000)
A('zh', 'equipment_invoice_2021', '发票合计2260万，含税', ASK)
A('zh', 'equipment_invoice_2021', '更正一下 贷款是两千八不是三千', NA, 'correction', also={'fixed_asset_loan': 2800})

# --- Chinese answers: merger
A('zh', 'merger_completed_2021', '签了协议，工商还没变更', V, False, also={'acquisition_registered': False})
A('zh', 'acquisition_date', '工商变更是去年12月28号办完的，股权变更今年1月', V, '2022-01-31',
  note='completion needs both changes: the later one counts')
A('zh', 'acquisition_amount', '合人民币七千六百万左右，原始是1100万欧', V, 7600)
A('zh', 'acquisition_amount', '协议价1.5亿，实际付了1.2亿', V, 12000, note='the question asks the actual payment')
A('zh', 'acquisition_amount', '1200万美元', ASK)
A('zh', 'acquisition_cash', '一半现金一半股票', ASK)
A('zh', 'acquisition_cash', '算了，从头来', NA, 'command')
A('zh', 'stake_after_pct', '原来有30%，这次又买了40%', V, 70, note='before + bought = after')
A('zh', 'stake_after_pct', '控股了', ASK)
A('zh', 'stake_after_pct', '这个不方便透露', UNK)
A('zh', 'largest_shareholder', '并列第一大股东', V, False)
A('zh', 'largest_shareholder', '是，我们51%，第二名才20%', V, True, also={'stake_after_pct': 51})

# --- Chinese answers: little giant
A('zh', 'revenue_growth_3y_avg_pct', '去年涨了20%，前年是负的', ASK)
A('zh', 'main_product_share_pct', '不知道诶🤷', UNK)
A('zh', 'rd_ratio_3y_avg_pct', '0.045', ASK, note='a fraction to a % question')
A('zh', 'core_chain_leading', '国内领先谈不上，但替代进口了', V, True, note='either condition suffices (或)')
A('zh', 'taxes_paid_last_year', '去年交了三百九，今年预计五百', V, 390)
A('zh', 'taxes_paid_last_year', '先看看结果吧', NA, 'command')
A('zh', 'upgrade_investment_last_year', '一千一百来万，审计报告有', V, 1100)

# --- Chinese answers: platforms, identifiers, events, centres
A('zh', 'identifier_registrations_yi', '两千万', V, 0.2)
A('zh', 'identifier_registrations_yi', '目前8000万条，到上线的时候能到2.5亿', V, 2.5, note='now vs at completion')
A('zh', 'identifier_resolutions_yi', '跳过吧 不清楚', UNK)
A('zh', 'innovation_center_age_years', '批下来一年半了', V, 1.5)
A('zh', 'lab_cooperation_years', '五年，建设期两年', V, 5, note='two numbers, one answers')
A('zh', 'service_team_size', '专职8个，兼职5个', V, 8)
A('zh', 'service_team_size', '/reset', NA, 'command')
A('zh', 'cluster_service_revenue_2021', '总收入500万，其中集群服务大概180', V, 180, note='total vs part')
A('zh', 'smes_served_2021', '一百二', V, 120)
A('zh', 'smes_served_2021', '线上线下加起来三百多家', ASK)
A('zh', 'public_events_2021', '二十几场', V, 20)
A('zh', 'satisfaction_pct', '九成以上', V, 90)
A('zh', 'satisfaction_pct', '结果', NA, 'command')
A('zh', 'free_service_share_pct', '两成五', V, 25)
A('zh', 'all_services_free', '不收费的，都免费', V, True)

# --- Chinese answers: training
A('zh', 'registered_capital', '注册资本一千万，实缴三百', V, 1000)
A('zh', 'revenue_3y_avg', '审计报告还没出 说不好', UNK)
A('zh', 'trainees_3y_avg', '三年累计培训四千多人次，都是线下的', ASK, note='total, not the yearly average')
A('zh', 'training_years', '这个问问老板吧 我刚来的', UNK)
A('zh', 'training_years', '不对不对，注册资金是两千万 前面打错了', NA, 'correction', also={'registered_capital': 2000})
A('zh', 'training_experience', '培训经验有，但没接过政府的项目', V, False)
A('zh', 'planned_trainees', '800人以上就行吧？', NA, 'question')
A('zh', 'long_classes', '3.5天的班8个，两天的4个', V, 8)
A('zh', 'training_cities', '南京 苏州 扬州 徐州 淮安', V, 5)
A('zh', 'training_free', '学员只出来回路费', V, True, note='intercity travel is excluded by 5.5.1.6')

# --- English answers
A('en', 'revenue_last_year', 'RMB 0.12bn in 2021', V, 12000)
A('en', 'revenue_last_year', '2021 was 85m, 2022 should be ~100m', V, 8500)
A('en', 'revenue_last_year', 'just under 20m', ASK)
A('en', 'revenue_last_year', 'not sure, need to check with finance', UNK)
A('en', 'revenue_last_year', 'show me the result', NA, 'command')
A('en', 'total_investment', 'RMB 40m ex-VAT, excluding the building', V, 4000)
A('en', 'total_investment', 'between 30 and 40 million', ASK)
A('en', 'total_investment', 'USD 6 million', ASK)
A('en', 'total_investment', 'does the building count?', NA, 'question')
A('en', 'fixed_asset_loan', '25m from Bank of Jiangsu', V, 2500, also={'loan_from_jiangsu_bank': True})
A('en', 'fixed_asset_loan', 'no loan, all equity', V, 0)
A('en', 'fixed_asset_loan', 'credit line 50m, drawn 32m so far', ASK)
A('en', 'fixed_asset_loan', 'the equipment invoices were 18m ex VAT', ASK,
  also={'equipment_invoice_2021': 1800}, note='answers a different slot')
A('en', 'fixed_asset_loan', 'sorry, the total investment was 65m not 56m', NA, 'correction',
  also={'total_investment': 6500})
A('en', 'loan_rate_pct', 'LPR + 30bp', ASK)
A('en', 'loan_rate_pct', "what's the current LPR?", NA, 'question')
A('en', 'loan_term_years', '60 months', V, 5)
A('en', 'loan_interest_paid_2021', 'about 1.1 million yuan', V, 110)
A('en', 'loan_interest_paid_2021', 'no idea tbh', UNK)
A('en', 'other_interest_subsidy_2021', 'nothing so far', V, 0)
A('en', 'start_date', 'last September', V, '2021-09-30')
A('en', 'start_date', 'we broke ground on 15/04/2021', V, '2021-04-15')
A('en', 'start_date', 'Q2 2021', ASK)
A('en', 'start_date', 'sorry, revenue was 98m not 89m', NA, 'correction', also={'revenue_last_year': 9800})
A('en', 'completion_date', 'it went live on 30 Nov 2021', V, '2021-11-30', also={'stage': 'completed'})
A('en', 'completion_date', 'planned for June 2023, might slip a bit', V, '2023-06-30')
A('en', 'completion_date', 'end of next quarter', ASK)
A('en', 'stage', 'half-way, installing machines now', V, 'under_construction')
A('en', 'stage', 'start over', NA, 'command')
A('en', 'accepted', 'inspection done, but no written opinion yet', V, False)
A('en', 'accepted', "I'd rather not say", UNK)
A('en', 'approvals_complete', 'filing and EIA yes; energy review not required, the recommending unit gave us a statement', V, True)
A('en', 'approvals_complete', 'mostly', ASK)
A('en', 'certifications', "we're on the provincial smart factory list and a service-oriented manufacturing demo company, nothing else", V,
  ['smart-factory-list', 'service-manufacturing-demo'])
A('en', 'certifications', 'little giant since 2019, nothing else', V, [])
A('en', 'certifications', "We're a little giant (newly recognised 2021), not sure about the rest", ASK,
  also={'certifications_include': ['little-giant-2021']})
A('en', 'certifications', 'dunno, skip', UNK)
A('en', 'in_jiangsu', 'HQ in Shanghai, plant in Kunshan', V, False)
A('en', 'in_jiangsu', 'why do you need this?', NA, 'question')
A('en', 'applicant_kind', 'Sino-German JV making gearboxes', V, 'enterprise', also={'industrial': True})
A('en', 'acquisition_amount', "EUR 20m, that's roughly RMB 150m", V, 15000)
A('en', 'acquisition_amount', 'HK$80m', ASK)
A('en', 'acquisition_cash', 'all cash, 96m yuan', V, 9600)
A('en', 'stake_after_pct', 'went from 40% to 65%', V, 65)
A('en', 'stake_after_pct', 'majority', ASK)
A('en', 'main_product_share_pct', 'roughly 70%', V, 70)
A('en', 'own_ip', 'yes to all three', V, True)
A('en', 'smes_served_2021', 'about 130 offline, plus 400 online', V, 130)
A('en', 'identifier_connected_enterprises', '1.2k', V, 1200)
A('en', 'identifier_registrations_yi', 'hard to say yet', UNK)
A('en', 'platform_investment_2021', 'RMB 4.2m incl. VAT', ASK)
A('en', 'training_cities', "Nanjing, Wuxi, Taizhou and Huai'an", ASK, note='Taizhou may be 泰州 or 台州')
A('en', 'training_cities', 'can we switch to the green program instead?', NA, 'command')
A('en', 'training_free', 'free for trainees, they only pay their own train tickets', V, True)
A('en', 'lab_roles_agreed', 'yes - the university provides the space and runs the lab, we supply the hardware and software', V, True)


def kind(a):
    e = a['expect']
    return next(iter(e))


if __name__ == '__main__':
    json.dump(OPENINGS, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(ANSWERS, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)
    ol = collections.Counter(o['lang'] for o in OPENINGS)
    print('openings', len(OPENINGS), dict(ol), 'with must_not_record:', sum(1 for o in OPENINGS if o['must_not_record']))
    al = collections.Counter(a['lang'] for a in ANSWERS)
    print('answers', len(ANSWERS), dict(al))
    for lang in ('zh', 'en', None):
        c = collections.Counter(kind(a) for a in ANSWERS if lang is None or a['lang'] == lang)
        print(' kinds', lang or 'all', dict(c))
    nk = collections.Counter(a['expect']['not_answer'] for a in ANSWERS if 'not_answer' in a['expect'])
    print(' not_answer', dict(nk))
    print(' with also', sum(1 for a in ANSWERS if a.get('also')))
    st = collections.Counter(VOC[a['slot']]['type'] for a in ANSWERS)
    print(' slot types', dict(st))
    print(' distinct slots', len({a['slot'] for a in ANSWERS}))
