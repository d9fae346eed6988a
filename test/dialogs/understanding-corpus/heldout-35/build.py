#!/usr/bin/env python3
"""Blind held-out dialog corpus (heldout35): openings and answers, in writing order.
Writes openings.json and answers.json next to this file.
The question texts are taken verbatim from /work/kit/facts-vocabulary.json."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open('/work/kit/facts-vocabulary.json'))['facts']}

# ---------------------------------------------------------------- openings
openings = []
def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({'id': f'o-{lang}-{n:03d}', 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(mnr), 'note': note})

# ---- zh (35)
O('zh', '你好 常州武进做阀门的 规上企业 技改项目总投资4800万，固贷2600万是江南农商行放的，设备去年已经用贷款买齐了',
  {'above_scale': True, 'total_investment': 4800, 'fixed_asset_loan': 2600,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  note='tech-loan, clean; 江南农商行 is a Changzhou bank')
O('zh', '我们无锡一家汽配厂，规上，技改项目总投资一亿一，银行给的授信八千万 实际提款五千五',
  {'above_scale': True, 'total_investment': 11000}, ['fixed_asset_loan'],
  note='tech-loan; 授信 vs 提款: two competing loan figures')
O('zh', '公司注册在南京江宁，新厂放在安徽滁州，技改项目总投资六千多万 想问下能不能报贴息',
  {'in_jiangsu': False, 'total_investment': 6000},
  note='tech-loan; project outside Jiangsu; 六千多万 hedge -> 6000')
O('zh', '苏州一家规上电子厂，已经进了省智能制造示范工厂名单，项目21年11月完工，推荐单位的验收意见也出了，总投资3800万（不含税）',
  {'above_scale': True, 'certifications_include': ['smart-factory-list'], 'completion_date': '2021-11-30',
   'stage': 'completed', 'accepted': True, 'total_investment': 3800}, ['certifications'],
  note='smart-factory; partial certification mention')
O('zh', '想报智能制造示范工厂 备案总投资6000万，这里面土建有1500来万，软件和系统集成大概520万',
  {'software_investment': 520}, ['total_investment'],
  note='smart-factory; 备案 figure includes civil works: competing with the net measure of 1.2.3')
O('zh', '工业互联网标杆工厂 我们在省里公布的标杆工厂名单上 项目去年9月完工 总投资3200万',
  {'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-09-30', 'stage': 'completed',
   'total_investment': 3200}, ['certifications'], note='iiot-benchmark')
O('zh', '5G全连接工厂项目 在建 总投资2500万 截至去年底投了七百万左右 厂区5G专网已经建好了',
  {'stage': 'under_construction', 'total_investment': 2500, 'invested_by_2021_end': 700},
  note='5g-iiot; two figures belonging to two different facts; network only -> fiveg_direction not scored')
O('zh', '南通的 5G+工业互联网项目，合同含税总价2260万，能申请吗',
  {}, ['total_investment'], note='5g-iiot; tax-inclusive figure')
O('zh', '我们是省级服务型制造示范企业 想围绕全生命周期管理、远程运维做服务化改造 投入两千三左右',
  {'certifications_include': ['service-manufacturing-demo'], 'total_investment': 2300}, ['certifications'],
  note='service-upgrade; hedge 左右')
O('zh', '做工业互联网标识解析行业二级节点的 已经通过信通院组织的专家评估 注册量预计能做到2.5个亿 解析量1.2亿 接入企业一千一百家',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.5,
   'identifier_resolutions_yi': 1.2, 'identifier_connected_enterprises': 1100}, ['certifications'],
  note='iiot-identifier; 信通院 is MIIT-affiliated')
O('zh', '我们平台19年被认定为省重点工业互联网平台 这期项目投入1300万 去年12月上线 验收还没做',
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1300, 'completion_date': '2021-12-31',
   'stage': 'completed', 'accepted': False}, ['certifications'],
  note='iiot-platform; negation 验收还没做; 2019 >= 2018 so the platform recognition counts')
O('zh', '做工控安全的 想报工业互联网安全项目 项目总投入800万 到21年底投了150万',
  {'total_investment': 800, 'invested_by_2021_end': 150}, note='iiot-security')
O('zh', '您好，我单位为XX高新技术产业开发区管委会，拟申报信息技术应用创新先导区，实施期内投资预算1.2亿元，运营主体为区属国有平台公司。',
  {'applicant_kind': 'park', 'total_investment': 12000, 'xinchuang_zone_operator': True},
  note='xinchuang-zone; official register')
O('zh', '我们是省内骨干信创企业 打算跟南京邮电大学在学校里共建信创实验室 合作期签五年 两年建设期投入1200万',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True,
   'lab_cooperation_years': 5, 'total_investment': 1200}, ['certifications'], note='xinchuang-lab')
O('zh', '数据产品化那个 我们入了省工信厅的云计算大数据区块链企业库，项目也进了21年省大数据应用示范名单，总投入1500万，去年10月做完的',
  {'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'], 'total_investment': 1500,
   'completion_date': '2021-10-31', 'stage': 'completed'}, ['certifications'], note='data-product')
O('zh', '搞高端数控机床主轴攻关的 研发投入三千来万 相关发明专利二十几项',
  {'rd_investment': 3000}, note='core-tech; hedge 三千来万 -> 3000; patents alone do not make own_ip')
O('zh', '车规级MCU攻关项目 研发投入不到3000万 实施期三年',
  {}, ['rd_investment'], note='core-tech; just under the 3000 threshold')
O('zh', '去年8月我们收购了德国一家做精密模具的公司 出资800万欧元 百分百持股',
  {'acquisition_date': '2021-08-31', 'stake_after_pct': 100, 'merger_completed_2021': True},
  ['acquisition_amount'], note='merger; foreign currency without RMB figure')
O('zh', '21年11月并购完成 对方是韩国企业 付了600万美元 折人民币三千八百多万 全是现金 我们占股七成',
  {'acquisition_date': '2021-11-30', 'acquisition_amount': 3800, 'acquisition_cash': 3800, 'stake_after_pct': 70},
  note='merger; the user gave the RMB figure; 全是现金 -> cash = amount')
O('zh', '兼并重组 去年收购了徐州一家同行 出资1.1个亿 反正控股了 工商变更都办好了',
  {'acquisition_amount': 11000, 'acquisition_registered': True, 'merger_completed_2021': True},
  ['stake_after_pct'], note='merger; 控股 without a percentage')
O('zh', '我们是去年新认定的省专精特新小巨人 上年实缴税金520万 近三年营收平均增长15%左右 去年智改数转加研发的综合投入1100万 专项审计做过了',
  {'certifications_include': ['little-giant-2021'], 'taxes_paid_last_year': 520, 'revenue_growth_3y_avg_pct': 15,
   'upgrade_investment_last_year': 1100}, ['certifications'], note='little-giant')
O('zh', '我们小巨人是2019年评上的 去年营收2.3个亿 近三年研发投入占营收平均5%',
  {'revenue_last_year': 23000, 'rd_ratio_3y_avg_pct': 5}, ['certifications'],
  note='little-giant; a 2019 recognition is not little-giant-2021')
O('zh', '我们21年度被工信部认定为国家制造业单项冠军企业 同年还拿了全国质量奖 奖励这块怎么报',
  {'certifications_include': ['single-champion-2021', 'quality-award-2021']}, ['certifications'],
  note='honor-award; partial list')
O('zh', 'XX市工信局。我局牵头承办世界物联网博览会，属指南所列重大展会，请问补助如何申报？',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True}, note='expo-event; official')
O('zh', '节能降碳技改 余热回收加电机能效提升 总投资2800万 截至21年底投了600万 现在在建 预计明年6月建成 盐城的厂 项目也在盐城',
  {'total_investment': 2800, 'invested_by_2021_end': 600, 'stage': 'under_construction',
   'completion_date': '2023-06-30', 'in_jiangsu': True}, note='green-upgrade')
O('zh', '我们是浙江台州的 做绿色化改造 总投资三千万 能申请吗',
  {'in_jiangsu': False, 'total_investment': 3000}, note='green-upgrade; 台州 (Zhejiang), not 泰州')
O('zh', '省级制造业创新中心依托企业 省里批复试点建设刚满两年 这个项目建设期两年 总投入5200万',
  {'certifications_include': ['provincial-innovation-center'], 'innovation_center_age_years': 2,
   'total_investment': 5200}, ['certifications'], note='innovation-center')
O('zh', '我们是XX集成电路产业协会 民非 专门服务集成电路集群 专职12个人 21年集群服务收入260万',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12,
   'cluster_service_revenue_2021': 260}, note='cluster-org')
O('zh', '省级中小企业公共服务示范平台 还在有效期 去年线下服务了150家中小企业 公益活动12场 满意度96% 平台投入不含税450万',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 12,
   'satisfaction_pct': 96, 'platform_investment_2021': 450}, ['certifications'], note='sme-platform')
O('zh', '省级小微企业双创示范基地 去年新增规上一两家吧 基地投入含税430万',
  {'certifications_include': ['micro-business-base']},
  ['certifications', 'new_above_scale_2021', 'platform_investment_2021'],
  note='sme-platform; range 一两家; tax-inclusive investment')
O('zh', '智慧养老服务平台 总投入六百五左右 到去年底投了一半 在通州',
  {'total_investment': 650}, ['invested_by_2021_end', 'in_jiangsu'],
  note='info-consumption; relative figure 一半; 通州 ambiguous (南通 or 北京)')
O('zh', '培训机构 营业执照里有培训 注册资金500万 近三年年均收入五百多万 每年线下培训两千人次左右',
  {'training_licensed': True, 'registered_capital': 500, 'revenue_3y_avg': 500, 'trainees_3y_avg': 2000},
  note='talent-training; hedges')
O('zh', '我们是XX职业技术学院 想报产业人才培养 计划培训900人 每班不少于60人 3.5天以上的班有10个 覆盖5个设区市',
  {'applicant_kind': 'university', 'planned_trainees': 900, 'min_class_size': 60, 'long_classes': 10,
   'training_cities': 5}, note='talent-training; university')
O('zh', '泰州做化工设备的 年产值3个多亿 技改项目想申请贴息和设备补助 固贷三千万',
  {'fixed_asset_loan': 3000}, ['revenue_last_year'], note='tech-loan; 产值 is not 主营业务收入')
O('zh', '我们不是规上 21年营收1800万 做精密五金的 项目没贷款 全是自有资金',
  {'above_scale': False, 'revenue_last_year': 1800, 'fixed_asset_loan': 0},
  note='tech-loan; negations; no loan -> 0')

# ---- en (15)
O('en', "Hi, we're a German-owned auto parts maker in Taicang, Jiangsu. The retrofit project is at our Taicang plant: total investment RMB 52 million, fixed-asset loan of 30 million yuan from Bank of Suzhou.",
  {'in_jiangsu': True, 'total_investment': 5200, 'fixed_asset_loan': 3000, 'loan_from_jiangsu_bank': True},
  note='tech-loan; foreign staff')
O('en', 'we acquired 70% of a Korean sensor company in Oct 2021 for USD 12 million, business and equity registration all done',
  {'acquisition_date': '2021-10-31', 'stake_after_pct': 70, 'acquisition_registered': True,
   'merger_completed_2021': True}, ['acquisition_amount'], note='merger; foreign currency')
O('en', '5G+IIoT project, total investment somewhere between 30 and 40 million yuan, construction started in May 2021',
  {'start_date': '2021-05-31'}, ['total_investment'], note='5g-iiot; range')
O('en', 'Our smart factory project in Changzhou was completed in Sept 2021 and the recommending unit has issued its acceptance opinion. We are on the provincial smart manufacturing demo factory list.',
  {'completion_date': '2021-09-30', 'stage': 'completed', 'accepted': True,
   'certifications_include': ['smart-factory-list']}, ['certifications'], note='smart-factory')
O('en', "Energy-saving retrofit at our Zhenjiang plant, still under construction, total investment just under 20 million RMB. We're an industrial company.",
  {'stage': 'under_construction', 'industrial': True}, ['total_investment'],
  note='green-upgrade; just under the 2000 threshold')
O('en', 'We develop IGBT modules for EVs in Wuxi. The R&D budget for this project is 45 million yuan and we hold related invention patents.',
  {'rd_investment': 4500}, note='core-tech')
O('en', 'hi we r a provincial SME public service demo platform (still valid), served 130+ SMEs offline last yr, held 10 public events, satisfaction 93%',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 130, 'public_events_2021': 10,
   'satisfaction_pct': 93}, ['certifications'], note='sme-platform; Chinese staff English')
O('en', 'Training company based in Suzhou, our licence covers training. Registered capital HK$10 million, average revenue ~8 million yuan over the last 3 yrs.',
  {'training_licensed': True, 'revenue_3y_avg': 800}, ['registered_capital'], note='talent-training; HK$')
O('en', "We're building an industry identifier resolution secondary node. We expect 3 billion cumulative registrations and 1.5 billion resolutions, with about 1,200 connected enterprises.",
  {'identifier_registrations_yi': 30, 'identifier_resolutions_yi': 15, 'identifier_connected_enterprises': 1200},
  note='iiot-identifier; billions -> 亿')
O('en', 'Industry association (non-profit) serving the new energy equipment cluster around Changzhou, 8 full-time staff, cluster service revenue about 2.5 million yuan in 2021',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 8, 'cluster_service_revenue_2021': 250},
  note='cluster-org')
O('en', 'Smart tourism platform in Yangzhou, total budget 9 million RMB, roughly 30% spent by end of 2021',
  {'total_investment': 900}, ['invested_by_2021_end'], note='info-consumption; relative figure')
O('en', "We're in the provincial cloud computing / big data / blockchain enterprise registry, not sure if our project is on any demo list. Data product project ~15m yuan, finished Dec 2021.",
  {'certifications_include': ['cloud-bigdata-registry'], 'total_investment': 1500,
   'completion_date': '2021-12-31', 'stage': 'completed'}, ['certifications'], note='data-product')
O('en', "We're a provincial backbone xinchuang firm in Nanjing, planning a lab on Southeast University's campus, 5-year cooperation, 12 million RMB over the 2-year build.",
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True,
   'lab_cooperation_years': 5, 'total_investment': 1200}, ['certifications'], note='xinchuang-lab')
O('en', 'Newly recognised provincial little giant in 2021. Revenue grew about 12% a year over the last 3 years, main product ~70% of revenue, R&D averaged 5.5% of revenue. Taxes paid last year: just under 4 million yuan.',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70,
   'rd_ratio_3y_avg_pct': 5.5}, ['certifications', 'taxes_paid_last_year'], note='little-giant; just under 400')
O('en', 'HQ is in Shanghai, the new plant is in Kunshan. Equipment invoices in 2021 came to 11.3m yuan incl. VAT, fixed-asset loan 20m yuan from a Shanghai bank.',
  {'in_jiangsu': False, 'fixed_asset_loan': 2000}, ['equipment_invoice_2021', 'loan_from_jiangsu_bank'],
  note='tech-loan; applicant outside Jiangsu; VAT-inclusive; "a Shanghai bank" may have a Jiangsu branch')

# ---------------------------------------------------------------- answers
answers = []
def A(lang, slot, text, expect, also=None, note=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    a = {'id': f'a-{lang}-{n:03d}', 'lang': lang, 'slot': slot,
         'question': VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en'], 'text': text, 'expect': expect}
    if also: a['also'] = also
    if note: a['note'] = note
    answers.append(a)
def V(x): return {'value': x}
U = {'unknown': True}
ASK = {'ask': True}
def NA(k): return {'not_answer': k}

# ================= zh (150)
# -- applicant
A('zh', 'applicant_kind', '我们是高新区管委会', V('park'))
A('zh', 'applicant_kind', '市工信局的', V('city_bureau'))
A('zh', 'applicant_kind', '行业协会 民非性质', V('nonprofit'))
A('zh', 'applicant_kind', '省属事业单位 研究院', V('public_institution'))
A('zh', 'in_jiangsu', '总部在杭州 项目放在嘉兴', V(False))
A('zh', 'in_jiangsu', '项目在通州', ASK, note='通州: 南通 or 北京')
A('zh', 'industrial', '不是，我们做软件的', V(False))
A('zh', 'revenue_last_year', '一亿二左右吧', V(12000))
A('zh', 'revenue_last_year', '产值两个多亿', ASK, note='产值 is not 主营业务收入')
A('zh', 'revenue_last_year', '三四千万吧', ASK, note='range')
A('zh', 'revenue_last_year', '营收要问下财务', U)
A('zh', 'above_scale', '规上 去年营收九千多万', V(True), also={'revenue_last_year': 9000})
A('zh', 'above_scale', '这个得问统计那边', U)
A('zh', 'above_scale', '前面营收填错了 应该是9800万', NA('correction'), also={'revenue_last_year': 9800})
A('zh', 'certifications', '一个都没有', V([]))
A('zh', 'certifications', '小巨人、省级工业设计中心', V(['little-giant-2021', 'industrial-design-center']))
A('zh', 'certifications', '在省智能制造示范工厂名单里 其他都没有', V(['smart-factory-list']))
A('zh', 'certifications', '小巨人是19年评的 别的都没有', V([]), note='a 2019 recognition is not little-giant-2021')
A('zh', 'certifications', '省级示范平台有 别的不确定', ASK, also={'certifications_include': ['sme-service-platform']})
A('zh', 'certifications', '不太清楚有哪些 要问办公室', U)
A('zh', 'certifications', '小巨人要哪一年认定的才算啊', NA('question'))
A('zh', 'certifications', '先出个结果看看', NA('command'))
A('zh', 'approvals_complete', '齐了', V(True))
A('zh', 'approvals_complete', '环评还没批下来', V(False))
A('zh', 'approvals_complete', '不用办 推荐单位出了情况说明', V(True))
A('zh', 'approvals_complete', '这个项目不需要办的', ASK, note='不需要办 without the recommending unit\'s note')
# -- investment
A('zh', 'total_investment', '0.62个亿', V(6200))
A('zh', 'total_investment', '含税的话三千三百九', ASK, note='tax-inclusive')
A('zh', 'total_investment', '备案8000万 设备软件那块实际5200左右', ASK, note='two competing figures')
A('zh', 'total_investment', '总投资是不是要过三千万才能报？', NA('question'))
A('zh', 'filed_total_investment', '备案证上写的6800万', V(6800))
A('zh', 'total_investment_basis', '按不含税不含土建算的', V('net'))
A('zh', 'software_investment', '软件加系统集成四百五', V(450))
A('zh', 'software_investment', '不到400', ASK, note='just under the 400 threshold')
A('zh', 'software_investment', '这个没单独算过 不清楚', U)
A('zh', 'software_investment', '更正一下 总投资是5600', NA('correction'), also={'total_investment': 5600})
A('zh', 'invested_by_2021_end', '截止去年底投了一千二左右', V(1200))
A('zh', 'invested_by_2021_end', '大概完成了六成', ASK, note='relative figure')
# -- schedule
A('zh', 'start_date', '21年3月开的工 现在还在装设备', V('2021-03-31'), also={'stage': 'under_construction'})
A('zh', 'start_date', '前年10月15号', V('2020-10-15'))
A('zh', 'start_date', '去年开的工', ASK, note='year alone')
A('zh', 'start_date', '还没开始动工呢', ASK, also={'stage': 'planned'})
A('zh', 'start_date', '记不清了 得翻合同', U)
A('zh', 'start_date', '出结果', NA('command'))
A('zh', 'completion_date', '去年12月完工的', V('2021-12-31'), also={'stage': 'completed'})
A('zh', 'completion_date', '计划明年6月', V('2023-06-30'))
A('zh', 'completion_date', '争取上半年吧', ASK, note='上半年 without a month')
A('zh', 'completion_date', '刚才说错了 开工是21年5月', NA('correction'), also={'start_date': '2021-05-31'})
A('zh', 'stage', '在建 设备正在进场', V('under_construction'))
A('zh', 'stage', '还没开工 下个月开', V('planned'))
A('zh', 'stage', '完工了 去年10月', V('completed'), also={'completion_date': '2021-10-31'})
A('zh', 'stage', '不是在建的', ASK)
A('zh', 'stage', '还没完工', ASK)
A('zh', 'accepted', '验收了 意见书也拿到了', V(True))
A('zh', 'accepted', '现场验收过了 验收意见还在走流程', V(False))
A('zh', 'accepted', '直接给结果吧', NA('command'))
# -- loan
A('zh', 'fixed_asset_loan', '固贷两千六 江苏银行放的', V(2600), also={'loan_from_jiangsu_bank': True})
A('zh', 'fixed_asset_loan', '没贷 全是自己的钱', V(0))
A('zh', 'fixed_asset_loan', '银行批了五千的额度 目前提款三千二', ASK, note='授信 vs 提款')
A('zh', 'fixed_asset_loan', '贷款还在审批', ASK, note='pending loan is not 0')
A('zh', 'loan_from_jiangsu_bank', '不是 上海总行直接放的', V(False))
A('zh', 'equipment_bought_with_loan', '买了', V(True))
A('zh', 'equipment_bought_with_loan', '还没 设备下个月才到', V(False))
A('zh', 'equipment_bought_with_loan', '买了一部分 还有几台在路上', ASK, note='partial yes')
A('zh', 'loan_interest_paid_2021', '含土建的利息一共180万', ASK, note='question excludes civil works')
A('zh', 'loan_interest_paid_2021', '利息要问财务那边', U)
A('zh', 'loan_interest_paid_2021', '21年的利息是按实际付的算吗 还是按合同', NA('question'))
A('zh', 'loan_interest_paid_2021', '不对 固贷是两千二不是两千六', NA('correction'), also={'fixed_asset_loan': 2200})
A('zh', 'loan_rate_pct', '4.35', V(4.35))
A('zh', 'loan_rate_pct', 'LPR上浮30bp', ASK)
A('zh', 'loan_rate_pct', '0.038', ASK, note='fraction to a % question')
A('zh', 'loan_rate_pct', '贴息是按LPR几年期算的？', NA('question'))
A('zh', 'loan_term_years', '五年', V(5))
A('zh', 'loan_term_years', '算了 从头来吧', NA('command'))
A('zh', 'other_interest_subsidy_2021', '没有，市里县里都没给过', V(0))
A('zh', 'other_interest_subsidy_2021', '市里答应给 钱还没到账', ASK, note='promised, not yet granted')
A('zh', 'equipment_invoice_2021', '不含税两千一百万', V(2100))
A('zh', 'equipment_invoice_2021', '审计报告还没出 不晓得', U)
A('zh', 'equipment_invoice_2021', '含税的发票能不能算', NA('question'))
# -- core tech
A('zh', 'rd_investment', '三千万出头', V(3000), note='出头 = just over -> round figure')
A('zh', 'own_ip', '有几个发明专利', ASK, note='partial answer to a three-part question')
A('zh', 'core_tech_direction', '属于 做IGBT模块的', V(True))
A('zh', 'core_tech_direction', '不好说', U)
A('zh', 'green_direction', '算 余热回收节能的', V(True))
A('zh', 'info_consumption_direction', '是滴 智慧养老平台', V(True))
A('zh', 'fiveg_direction', '对 5G专网建好了 生产物流都在用', V(True))
A('zh', 'fiveg_direction', '5G基站有了 应用场景还在规划', ASK, note='network yes, application not yet')
A('zh', 'service_direction', '是的 主要做远程运维和全生命周期管理', V(True))
# -- merger
A('zh', 'merger_completed_2021', '并了一家 去年8月办完的', V(True), also={'acquisition_date': '2021-08-31'})
A('zh', 'acquisition_date', '21年7月办完变更', V('2021-07-31'))
A('zh', 'acquisition_amount', '一千万欧元 按交割时汇率折了7600万人民币左右', V(7600))
A('zh', 'acquisition_amount', '1200万美元', ASK, note='foreign currency')
A('zh', 'acquisition_cash', '一半现金 一半换股', ASK, note='relative figure')
A('zh', 'stake_after_pct', '百分百控股 全资的', V(100))
A('zh', 'stake_after_pct', '反正是控股的', ASK)
A('zh', 'largest_shareholder', '跟另一家持股一样多 并列最大', V(False))
A('zh', 'largest_shareholder', '刚才持股比例说错了 是65%', NA('correction'), also={'stake_after_pct': 65})
A('zh', 'same_parent', '不是 外面收的', V(False))
A('zh', 'same_parent', '集团内部子公司之间的并购能报吗？', NA('question'))
A('zh', 'acquisition_registered', '工商股权都变更完了', V(True))
A('zh', 'acquisition_lawful', '这个要问法务', U)
A('zh', 'more_acquisitions', '没了 就这一个', V(False))
A('zh', 'acquisition_2_date', '2021年12月8日', V('2021-12-08'))
A('zh', 'acquisition_2_amount', '第二个出了六千五', V(6500))
# -- little giant
A('zh', 'core_chain_leading', '是的 替代进口', V(True))
A('zh', 'main_product_share_pct', '七成多', V(70))
A('zh', 'rd_ratio_3y_avg_pct', '4.6%', V(4.6))
A('zh', 'revenue_growth_3y_avg_pct', '重头再来一遍', NA('command'))
A('zh', 'upgrade_investment_last_year', '一千万不到一点', ASK, note='just under the 1000 threshold')
A('zh', 'taxes_paid_last_year', '实缴四百六十多万', V(460))
A('zh', 'taxes_paid_last_year', '实缴税金400万以上就算达标吗', NA('question'))
# -- iiot
A('zh', 'identifier_registrations_yi', '估计两千万条左右', V(0.2))
A('zh', 'identifier_resolutions_yi', '1.2亿', V(1.2))
A('zh', 'identifier_promotion_events', '计划搞6场', V(6))
A('zh', 'platform_indicators_met', '不太清楚指标是啥', U)
A('zh', 'platform_monitoring_commitment', '可以 承诺函已经盖章了', V(True))
A('zh', 'xinchuang_zone_operator', '有，区属国资公司负责运营', V(True))
A('zh', 'lab_with_jiangsu_university', '跟浙大合作的', V(False), note='Zhejiang University is not in Jiangsu')
A('zh', 'lab_cooperation_years', '签了5年', V(5))
A('zh', 'data_product_tech', '对 基于区块链做的溯源平台', V(True))
# -- platforms
A('zh', 'innovation_center_age_years', '批下来两年了', V(2))
A('zh', 'service_team_size', '专职的十来个人', V(10))
A('zh', 'service_team_size', '专职的不到十个', ASK, note='just under the 10 threshold')
A('zh', 'cluster_participation', '参加过国家集群竞赛', V(True))
A('zh', 'sme_service_center', '不是 我们是民营的平台公司', V(False))
A('zh', 'smes_served_2021', '三百多家 活动搞了十几场', V(300), also={'public_events_2021': 10})
A('zh', 'smes_served_2021', '清空 重来', NA('command'))
A('zh', 'public_events_2021', '二十几场', V(20))
A('zh', 'satisfaction_pct', '九成五', V(95))
A('zh', 'satisfaction_pct', '没统计过', U)
A('zh', 'satisfaction_pct', '满意度要多少才够 90够不够', NA('question'), note='contains a number but is a question')
A('zh', 'new_above_scale_2021', '没有 一家也没新增', V(0))
A('zh', 'new_above_scale_2021', '一两家', ASK, note='range')
A('zh', 'platform_investment_2021', '不含税四百二', V(420))
A('zh', 'public_welfare_platform', '不知道算不算', U)
A('zh', 'event_kind', '活动 是个大赛', V('activity'))
# -- training
A('zh', 'training_licensed', '执照上没有培训 只有咨询', V(False))
A('zh', 'training_years', '五年多', V(5))
A('zh', 'registered_capital', '注册资本1kw', V(1000))
A('zh', 'registered_capital', '500万美元', ASK, note='foreign currency')
A('zh', 'registered_capital', '事业单位也有注册资金要求吗', NA('question'))
A('zh', 'revenue_3y_avg', '三年平均六百来万', V(600))
A('zh', 'revenue_3y_avg', '前年400 去年700 今年预计800', ASK, note='three yearly figures, not the average')
A('zh', 'revenue_3y_avg', '等下 注册资本打错了 是800万', NA('correction'), also={'registered_capital': 800})
A('zh', 'trainees_3y_avg', '每年一千五百人次左右', V(1500))
A('zh', 'training_experience', '经验有 名师还在谈', ASK, note='partial yes')
A('zh', 'long_classes', '10个', V(10))
A('zh', 'training_all_regions', '苏南苏北有 苏中还在找场地', ASK, note='one region not settled')
A('zh', 'training_free', '学员不交钱的 来回路费自理', V(True), note='travel costs are excepted in 5.5.1.6')
A('zh', 'training_free', '重置一下', NA('command'))

# ================= en (70)
A('en', 'applicant_kind', "we're a private company", V('enterprise'))
A('en', 'in_jiangsu', 'yes, both in Nantong', V(True))
A('en', 'in_jiangsu', 'Our office is in Tongzhou', ASK, note='Tongzhou: Nantong or Beijing')
A('en', 'industrial', 'yep, we manufacture pumps', V(True))
A('en', 'above_scale', 'no, not yet', V(False))
A('en', 'revenue_last_year', 'around RMB 150 million', V(15000))
A('en', 'revenue_last_year', 'output value was about 300 million', ASK, note='output value is not revenue')
A('en', 'revenue_last_year', 'ok just show me the results now', NA('command'))
A('en', 'certifications', 'none of them', V([]))
A('en', 'certifications', "We're in the provincial cloud computing / big data / blockchain enterprise registry, and the project is on the 2021 provincial big data demo list. Nothing else.",
  V(['cloud-bigdata-registry', 'bigdata-demo-project']))
A('en', 'certifications', 'single champion I think, not sure about the rest', ASK)
A('en', 'approvals_complete', 'yes, all three are in place', V(True))
A('en', 'approvals_complete', "I don't think we need them", ASK, note='not required, no note mentioned, hedged')
A('en', 'total_investment', 'RMB 43m ex-VAT', V(4300))
A('en', 'total_investment', 'somewhere between 25 and 30 million', ASK, note='range')
A('en', 'total_investment', 'Does it need to be above 20 million?', NA('question'))
A('en', 'filed_total_investment', 'the filing says 36 million yuan', V(3600))
A('en', 'total_investment_basis', 'the filed figure', V('filed'))
A('en', 'software_investment', 'about 6 million RMB', V(600))
A('en', 'software_investment', 'reset please', NA('command'))
A('en', 'invested_by_2021_end', 'roughly a third of the budget', ASK, note='relative figure')
A('en', 'invested_by_2021_end', 'no idea honestly', U)
A('en', 'start_date', 'March 2021', V('2021-03-31'))
A('en', 'start_date', 'early last year', ASK)
A('en', 'completion_date', 'end of Sept 2021', V('2021-09-30'))
A('en', 'completion_date', 'sometime in 2021', ASK, note='year alone')
A('en', 'completion_date', "don't know yet", U)
A('en', 'stage', 'Done, finished last October.', V('completed'), also={'completion_date': '2021-10-31'})
A('en', 'stage', 'halfway through', V('under_construction'))
A('en', 'stage', 'Wait, I meant the project started in April 2021', NA('correction'), also={'start_date': '2021-04-30'})
A('en', 'accepted', 'Not yet, the inspection is scheduled for next month', V(False))
A('en', 'fixed_asset_loan', 'no loan, we funded it ourselves', V(0))
A('en', 'fixed_asset_loan', '25,000,000 yuan', V(2500))
A('en', 'fixed_asset_loan', "credit line is 50m, we've drawn 35m", ASK, note='credit line vs drawdown')
A('en', 'loan_from_jiangsu_bank', 'yes, Bank of Jiangsu', V(True))
A('en', 'loan_from_jiangsu_bank', 'Correction: the loan is RMB 28m, not 32m', NA('correction'), also={'fixed_asset_loan': 2800})
A('en', 'equipment_bought_with_loan', 'yes, the machines were bought with it last year', V(True))
A('en', 'equipment_bought_with_loan', '/result', NA('command'))
A('en', 'loan_interest_paid_2021', '1.05 million yuan', V(105))
A('en', 'loan_rate_pct', '3.85%', V(3.85))
A('en', 'loan_rate_pct', 'LPR minus 20bp', ASK)
A('en', 'loan_rate_pct', 'not sure, the bank handles that', U)
A('en', 'loan_term_years', 'Seven years.', V(7))
A('en', 'loan_term_years', 'does the term matter for which LPR is used?', NA('question'))
A('en', 'other_interest_subsidy_2021', "Zero, the city hasn't given us anything", V(0))
A('en', 'equipment_invoice_2021', 'about 3.2 million euros', ASK, note='foreign currency')
A('en', 'rd_investment', '~48 million RMB', V(4800))
A('en', 'rd_investment', 'What counts as R&D investment here, do salaries count?', NA('question'))
A('en', 'own_ip', 'yes to all three', V(True))
A('en', 'acquisition_amount', 'two deals actually: RMB 60m and 45m', ASK, note='two competing figures')
A('en', 'acquisition_amount', 'Is a deal paid in euros OK?', NA('question'))
A('en', 'acquisition_date', 'Registration was done in November 2021', V('2021-11-30'))
A('en', 'acquisition_cash', 'all cash, RMB 52 million', V(5200))
A('en', 'stake_after_pct', 'we have the majority', ASK)
A('en', 'stake_after_pct', "I'd have to ask legal", U)
A('en', 'largest_shareholder', "yes, we hold 80%, nobody else comes close", V(True), also={'stake_after_pct': 80})
A('en', 'revenue_growth_3y_avg_pct', 'about 12 percent', V(12))
A('en', 'rd_ratio_3y_avg_pct', 'just under 4%', ASK, note='just under the 4% threshold')
A('en', 'upgrade_investment_last_year', '12.5 million yuan per the special audit', V(1250))
A('en', 'taxes_paid_last_year', 'need to check with our accountant', U)
A('en', 'taxes_paid_last_year', 'VAT plus income tax, around 4-5 million', ASK, note='range')
A('en', 'identifier_capability', 'hard to say', U)
A('en', 'identifier_registrations_yi', 'about 250 million', V(2.5))
A('en', 'identifier_connected_enterprises', '1,050', V(1050))
A('en', 'cluster_service_revenue_2021', '2.8m yuan', V(280))
A('en', 'cluster_participation', 'sorry, our team is 14 people, not 12', NA('correction'), also={'service_team_size': 14})
A('en', 'free_service_share_pct', 'about a quarter', V(25))
A('en', 'min_class_size', 'at least 60', V(60))
A('en', 'training_cities', 'four: Nanjing, Suzhou, Yangzhou and Xuzhou', V(4))
A('en', 'planned_trainees', "let's start from scratch", NA('command'))

# ---------------------------------------------------------------- write
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    lang = collections.Counter(o['lang'] for o in openings)
    print('openings', len(openings), dict(lang))
    for L in ('zh', 'en', None):
        sel = [a for a in answers if L is None or a['lang'] == L]
        kinds = collections.Counter(next(k for k in ('value', 'unknown', 'ask', 'not_answer') if k in a['expect']) for a in sel)
        na = collections.Counter(a['expect']['not_answer'] for a in sel if 'not_answer' in a['expect'])
        print('answers', L or 'all', len(sel), dict(kinds), dict(na),
              {k: round(100 * v / len(sel), 1) for k, v in kinds.items()})
    slots = collections.Counter(a['slot'] for a in answers)
    types = collections.Counter(VOC[s]['type'] for s in slots)
    print('slots', len(slots), 'types', dict(types))
    print('with also', sum(1 for a in answers if 'also' in a))
