#!/usr/bin/env python3
"""heldout40-dialog: blind-written dialog corpus (openings + answers) for 专项资金申报助手.
All data is written here in writing order; run `python3 build.py` to regenerate openings.json
and answers.json. Question texts come from facts-vocabulary.json so they cannot drift."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))['facts']}

openings, answers = [], []
_n = collections.Counter()

def O(lang, text, facts, mnr=(), note=''):
    _n['o' + lang] += 1
    openings.append({'id': f"o-{lang}-{_n['o' + lang]:03d}", 'lang': lang, 'text': text,
                     'facts': facts, 'must_not_record': list(mnr), 'note': note})

def A(lang, slot, text, expect, also=None, note=None):
    _n['a' + lang] += 1
    a = {'id': f"a-{lang}-{_n['a' + lang]:03d}", 'lang': lang, 'slot': slot,
         'question': VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en'],
         'text': text, 'expect': expect}
    if also: a['also'] = also
    if note: a['note'] = note
    answers.append(a)

def V(v): return {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
C = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}
CI = 'certifications_include'

# ───────────────────────────── openings, Chinese ─────────────────────────────
O('zh', '你好，我们是常州武进做齿轮箱的规上企业，厂里新上了一条智能产线，备案总投资6800万，固贷4500w江南农商行放的，贷款买的设备都已经到位了，想问问贴息大概能拿多少',
  {'in_jiangsu': True, 'above_scale': True, 'filed_total_investment': 6800, 'fixed_asset_loan': 4500,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  [], 'tech-loan, clean; 备案 figure → filed_total_investment; 江南农商行 is a Changzhou bank')
O('zh', '昆山台资厂 做PCB的 设备技改想申请贴息 备案8000万人民币 贷款是美元贷 600万美金左右',
  {'filed_total_investment': 8000},
  ['fixed_asset_loan'], 'tech-loan; loan in USD without an RMB figure → not recorded')
O('zh', '在吗 我们是泰兴一家化工装备企业 年产值三个多亿 搞技改项目总投资一个多亿 银行授信5000万 目前提款3200万',
  {'applicant_kind': 'enterprise', 'total_investment': 10000},
  ['fixed_asset_loan', 'revenue_last_year'], 'tech-loan; 产值 is not revenue; 授信 vs 提款 compete; 一个多亿 → 10000')
O('zh', '苏州工业园区一家做精密模具的规上企业，已经进了省智能制造示范工厂名单。数字化车间项目是21年10月完工的，总投资不含税不含土建4200万，软件和系统集成大概650万，推荐单位还没来验收',
  {'above_scale': True, CI: ['smart-factory-list'], 'completion_date': '2021-10-31', 'stage': 'completed',
   'total_investment': 4200, 'software_investment': 650, 'accepted': False},
  [], 'smart-factory, clean; only a partial list of recognitions → certifications_include')
O('zh', '无锡的 工业互联网标杆工厂项目 我们在省里标杆工厂名单上 项目总投资含税3390万 去年12月底完工',
  {CI: ['iiot-benchmark-list'], 'completion_date': '2021-12-31', 'stage': 'completed'},
  ['total_investment'], 'iiot-benchmark; 含税 figure where 1.2.3 wants ex-tax')
O('zh', '想报5G+工业互联网，厂区建5G专网，生产质检仓储物流都上5G，总投资2600万，现在还在建，去年底进度大概三成',
  {'fiveg_direction': True, 'total_investment': 2600, 'stage': 'under_construction'},
  ['invested_by_2021_end'], '5g-iiot; progress given as a share (三成) → relative, not recorded')
O('zh', '我们做空压机的 公司是省级服务型制造示范企业 想报服务化改造 搞远程运维+全生命周期管理平台 总投入2300万左右 软件投入不到400万',
  {CI: ['service-manufacturing-demo'], 'service_direction': True, 'total_investment': 2300},
  ['software_investment'], 'service-upgrade; 不到400万 sits just under the 400万 threshold')
O('zh', '南通一家做工业互联网的公司，想建标识解析二级节点（行业型），已经通过了信通院组织的专家评估。计划2023年5月上线，注册量预计3亿，解析量1.5亿，接入企业一千二百来家，总投资八九百万',
  {'applicant_kind': 'enterprise', CI: ['identifier-expert-review'], 'completion_date': '2023-05-31',
   'identifier_registrations_yi': 3, 'identifier_resolutions_yi': 1.5, 'identifier_connected_enterprises': 1200},
  ['total_investment'], 'iiot-identifier; 信通院 is MIIT-affiliated; 八九百万 is a range')
O('zh', '我们平台是2019年认定的省重点工业互联网平台，平台项目总投资1500万，21年11月上线的，推荐单位已经验收，验收意见也出了',
  {CI: ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-11-30', 'stage': 'completed',
   'accepted': True},
  [], 'iiot-platform, clean; 2019 is "2018年以来"; 上线 = completion')
O('zh', '南京做工控安全的公司 有自己的安全产品和服务能力 这次项目给浙江嘉兴一个园区做 总投入六百万 去年底投了一两百万吧',
  {'applicant_kind': 'enterprise', 'security_capability': True, 'total_investment': 600, 'in_jiangsu': False},
  ['invested_by_2021_end'], 'iiot-security; project carried out in 嘉兴 (Zhejiang) → in_jiangsu false; 一两百万 range')
O('zh', '我们是XX高新区管委会，想牵头报信创先导区。区里有龙头企业和可推广的信创产品，也有示范应用基础，运营主体是区属国资平台公司。实施期投资预算现在是九千多万，争取凑到一个亿',
  {'applicant_kind': 'park', 'xinchuang_zone_basis': True, 'xinchuang_zone_operator': True},
  ['total_investment'], 'xinchuang-zone; two competing budget figures (九千多万 vs 争取一个亿)')
O('zh', '我们是省内骨干信创企业，已经跟南京一所高校签了框架协议，在学校里共建信创实验室，合作期6年，建设期投入1100万，学校出场地负责运营，我们出软硬件和服务',
  {CI: ['xinchuang-backbone'], 'lab_with_jiangsu_university': True, 'lab_cooperation_years': 6,
   'total_investment': 1100, 'lab_roles_agreed': True},
  [], 'xinchuang-lab, clean')
O('zh', '做工业大数据的，公司已经进了省工信厅云计算大数据区块链企业库，项目是19年入选的省大数据应用示范项目，总投资1300万，21年8月完工',
  {CI: ['cloud-bigdata-registry'], 'total_investment': 1300, 'completion_date': '2021-08-31', 'stage': 'completed'},
  ['certifications'], 'data-product; a 2019 demo project is not bigdata-demo-project (2020 or later); partial list')
O('zh', '我们是做车规级IGBT的 想报关键核心技术攻关 研发投入预计3500万 手上有十几个发明专利 实施期两到三年',
  {'core_tech_direction': True, 'rd_investment': 3500},
  ['own_ip'], 'core-tech; patents alone answer only one part of own_ip (IP + research base + funding)')
O('zh', '常州一家上市公司，去年9月完成了对德国一家液压件公司的收购，交割和股权变更都办完了，实际出资4200万欧元，100%持股',
  {'merger_completed_2021': True, 'acquisition_date': '2021-09-30', 'acquisition_registered': True,
   'stake_after_pct': 100},
  ['acquisition_amount'], 'merger; amount in EUR → not recorded; 去年9月 → 2021-09-30')
O('zh', '并购的事想问下 去年12月我们把盐城一家化工企业收了 工商变更也做完了 出资8000万 其中六成现金 其余换股',
  {'acquisition_amount': 8000, 'acquisition_date': '2021-12-31', 'acquisition_registered': True},
  ['acquisition_cash', 'in_jiangsu'], 'merger; cash as a share → relative; the target\'s place says nothing about the applicant')
O('zh', '小巨人培育项目咨询：我们是21年新认定的省专精特新小巨人，近三年营收平均增长12%，主导产品占营收七成多，研发投入占比三年平均4.5%，去年实缴税金520万',
  {CI: ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'main_product_share_pct': 70,
   'rd_ratio_3y_avg_pct': 4.5, 'taxes_paid_last_year': 520},
  [], 'little-giant, clean; 七成多 → 70')
O('zh', '我们2019年就评上省专精特新小巨人了 今年还能报小巨人培育吗 去年税交了三百九十几万',
  {'taxes_paid_last_year': 390},
  ['certifications'], 'little-giant; a 2019 recognition is not little-giant-2021; 三百九十几万 → 390 (hedge rule)')
O('zh', '无锡做轴承的，去年被工信部认定为制造业单项冠军（产品），省里的一次性奖励怎么申请？',
  {CI: ['single-champion-2021']},
  [], 'honor-award, clean; 去年 = 2021')
O('zh', '我们团队拿了21年i创杯三等奖，现在公司落户在苏州运营得还可以，有奖励吗',
  {},
  ['certifications'], 'honor-award; third prize is not icup-second-prize (二等奖及以上)')
O('zh', '我们是无锡市工信局，负责世界物联网博览会的筹办，想了解下展会这块的补助',
  {'applicant_kind': 'city_bureau', 'event_kind': 'exhibition', 'event_listed': True},
  [], 'expo-event, clean; 世界物联网博览会 is named in 3.4')
O('zh', '一家会展公司，想办个长三角智能装备展，省里能补吗',
  {'applicant_kind': 'enterprise', 'event_kind': 'exhibition'},
  ['event_listed'], 'expo-event; not in the guide\'s list, but the province may still decide it → not false, not known')
O('zh', '盐城一家钢铁企业，搞余热余压发电节能改造，总投资5600万，去年底已经投了1500万，现在在建，计划明年6月完工，环评能评都批了',
  {'green_direction': True, 'total_investment': 5600, 'invested_by_2021_end': 1500, 'stage': 'under_construction',
   'completion_date': '2023-06-30'},
  ['approvals_complete'], 'green-upgrade; 备案 not mentioned → approvals only partly known')
O('zh', '我们是市里的公交公司，今年打算换一批新能源公交车，省里有没有补贴',
  {},
  [], 'nev-promotion (scheme announced separately), clean; nothing required')
O('zh', '我们是省级制造业创新中心的依托企业，创新中心2020年10月省里批复的，新项目建设期2年，总投入5500万，其中土建1200万',
  {'applicant_kind': 'enterprise', CI: ['provincial-innovation-center']},
  ['total_investment'], 'innovation-center; 5500 includes civil works, which 1.2.3 (下同) excludes → ask')
O('zh', '苏州一家产业促进会（民非），专门服务纳米新材料集群，专职团队14个人，21年集群服务收入280万，参加过国家先进制造业集群竞赛',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 14,
   'cluster_service_revenue_2021': 280, 'cluster_participation': True},
  [], 'cluster-org, clean')
O('zh', '我们是省级中小企业公共服务示范平台，还在有效期内。21年线下服务了一百六十多家中小企业，公益活动十来场，满意度95%左右，平台投入450万（含税），免费和低收费服务占三成',
  {CI: ['sme-service-platform'], 'smes_served_2021': 160, 'public_events_2021': 10, 'satisfaction_pct': 95,
   'free_service_share_pct': 30},
  ['platform_investment_2021'], 'sme-platform; platform input must be ex-tax')
O('zh', '我们是省级小微企业双创示范基地 21年基地里有1-2家企业升规 想申报示范平台项目',
  {CI: ['micro-business-base']},
  ['new_above_scale_2021'], 'sme-platform (base); 1-2家 is a range, even though the guide itself says 1-2家')
O('zh', '做智慧养老平台的，项目总投入800万，21年底已经投了两百万，计划明年年底前上线',
  {'info_consumption_direction': True, 'total_investment': 800, 'invested_by_2021_end': 200,
   'completion_date': '2023-12-31'},
  [], 'info-consumption, clean; 明年年底 → 2023-12-31')
O('zh', '南京一家培训机构，营业执照里有培训类经营范围，注册资金1000万，近三年年均收入八百来万，年均线下培训两千多人次。今年打算办12个班，放在南京、苏州、扬州、淮安四个市，每班不少于60人，学员不收任何费用',
  {'training_licensed': True, 'registered_capital': 1000, 'revenue_3y_avg': 800, 'trainees_3y_avg': 2000,
   'training_cities': 4, 'min_class_size': 60, 'training_free': True},
  ['planned_trainees'], 'talent-training; total trainees not said (12×60 is a floor, not the plan)')
O('zh', '我们是省属事业单位，XX信息中心，想办产业人才培训班，学员不收费，近三年每年大概培训一千五百人次，之前给省工信厅做过培训',
  {'applicant_kind': 'public_institution', 'training_free': True, 'trainees_3y_avg': 1500},
  ['training_experience'], 'talent-training; only the government-project part of a three-part condition')
O('zh', '我们是做智改数转咨询的服务商，看到有个免费诊断服务，我们公司要怎么报？',
  {'applicant_kind': 'enterprise'},
  [], 'free-diagnosis (bought by government), clean')
O('zh', '我们厂在通州，新上一条智能产线，总投资3200万（不含税），贷款2100万',
  {'total_investment': 3200, 'fixed_asset_loan': 2100},
  ['in_jiangsu'], 'tech-loan / smart transform; 通州 is ambiguous (南通 or 北京)')
O('zh', '扬州做电缆的 规上 去年营收2.3个亿 想问技改贴息 备案投资5000万含土建 固贷两千万不到一点',
  {'above_scale': True, 'revenue_last_year': 23000, 'filed_total_investment': 5000},
  ['fixed_asset_loan'], 'tech-loan; loan just under the 2000万 threshold')
O('zh', '我们是江南大学的一个学院，在跟一家信创企业谈共建实验室，合作期三到五年，建设期投入大概1000万',
  {'applicant_kind': 'university', 'total_investment': 1000},
  ['lab_cooperation_years'], 'xinchuang-lab; 三到五年 is a range')
# ───────────────────────────── openings, English ─────────────────────────────
O('en', "Hi, I'm the finance manager at a German-owned auto parts plant in Taicang. We're upgrading our stamping line there. The filed investment is RMB 52 million and we have a fixed-asset loan of RMB 30 million from Bank of Jiangsu. Most of the presses have already been bought with it, a few are still on order. Are we eligible for the interest subsidy?",
  {'in_jiangsu': True, 'filed_total_investment': 5200, 'fixed_asset_loan': 3000, 'loan_from_jiangsu_bank': True},
  ['equipment_bought_with_loan'], 'tech-loan; "most of the presses" is a partial yes')
O('en', 'hi pls help, we r 规上 co in nantong, smart factory proj total invest 45m ex tax, software ~6m, done dec 2021, not yet accepted by 推荐单位',
  {'above_scale': True, 'total_investment': 4500, 'software_investment': 600, 'completion_date': '2021-12-31',
   'stage': 'completed', 'accepted': False},
  [], 'smart-factory, clean')
O('en', "We're headquartered in Shanghai. On 15 March 2021 we completed the acquisition of a sensor maker in Suzhou (business and equity registration done), paying USD 12 million for a 51% stake. Can we apply for the merger support?",
  {'in_jiangsu': False, 'acquisition_date': '2021-03-15', 'acquisition_registered': True, 'stake_after_pct': 51},
  ['acquisition_amount'], 'merger; applicant in Shanghai → false; USD without RMB figure')
O('en', 'Our company in Wuxi develops automotive MCU chips. For the core technology programme our R&D investment will be about 40 million yuan. We hold our own patents on the design, run an R&D centre and can fund the project ourselves.',
  {'core_tech_direction': True, 'rd_investment': 4000, 'own_ip': True},
  [], 'core-tech, clean; all three parts of own_ip stated')
O('en', 'we r chemical plant in lianyungang doing water saving retrofit, total 25m rmb, spent between 4 and 5 million by end of last yr, still under construction',
  {'green_direction': True, 'total_investment': 2500, 'stage': 'under_construction'},
  ['invested_by_2021_end'], 'green-upgrade; range')
O('en', "We are the SME service centre of Huai'an city. All our services are free of charge. In 2021 our construction spending plus SME service spending came to roughly 2.3 million yuan.",
  {'sme_service_center': True, 'all_services_free': True, 'platform_investment_2021': 230},
  [], 'sme-platform (service centre), clean')
O('en', "We're a training company in Suzhou with registered capital of 3 million yuan. Plan: 10 classes, 900 trainees in total, 5 cities, free for trainees. Our average revenue over the past three years is a bit under 5 million.",
  {'registered_capital': 300, 'planned_trainees': 900, 'training_cities': 5, 'training_free': True},
  ['revenue_3y_avg'], 'talent-training; "a bit under 5 million" sits under the 500万 threshold')
O('en', '5G factory project, construction started sometime in 2021, total 28m, about 30% done by end of 2021',
  {'total_investment': 2800},
  ['start_date', 'invested_by_2021_end'], '5g-iiot; a year alone; progress as a share')
O('en', "We're on the provincial cloud computing / big data / blockchain enterprise list, and our blockchain traceability platform was selected as a 2021 provincial blockchain demonstration project. Total investment 12 million yuan, it went live in October 2021, and the recommending unit has issued its acceptance opinion.",
  {CI: ['cloud-bigdata-registry', 'bigdata-demo-project'], 'total_investment': 1200,
   'completion_date': '2021-10-31', 'stage': 'completed', 'accepted': True},
  [], 'data-product, clean')
O('en', 'industrial cybersecurity firm in nanjing, project total 8m rmb, started jun 2021, spent roughly 20% by end 2021',
  {'total_investment': 800, 'start_date': '2021-06-30'},
  ['invested_by_2021_end'], 'iiot-security; progress as a share')
O('en', "Hello, I work for the management committee of the Wuxi National Economic Development Zone. We'd like to apply for the xinchuang pilot zone; our investment budget for the implementation period is RMB 150 million.",
  {'applicant_kind': 'park', 'total_investment': 15000},
  [], 'xinchuang-zone, clean')
O('en', 'we got provincial 专精特新小巨人 in 2021. tax paid last yr abt 4.5m, main product ~65% of revenue, R&D ratio avg 3.9%, revenue growth 7-9% past 3 yrs',
  {CI: ['little-giant-2021'], 'taxes_paid_last_year': 450, 'main_product_share_pct': 65, 'rd_ratio_3y_avg_pct': 3.9},
  ['revenue_growth_3y_avg_pct'], 'little-giant; growth is a range')
O('en', 'We are an industry association promoting the biomedicine cluster in Taizhou. 8 full-time staff, 2021 cluster service income about 1.5 million yuan.',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 8, 'cluster_service_revenue_2021': 150},
  ['in_jiangsu'], 'cluster-org; "Taizhou" in Latin letters is 泰州 (Jiangsu) or 台州 (Zhejiang)')
O('en', 'smart tourism mini program for yangzhou scenic spots, total invest 6m yuan incl. VAT, 2m spent by end of 2021',
  {'info_consumption_direction': True, 'invested_by_2021_end': 200},
  ['total_investment'], 'info-consumption; VAT-inclusive total')
O('en', "Our provincial manufacturing innovation centre was approved by the province about 2 years ago; we're the company it is built on. The new capability project runs 3 years with a total input of 90 million yuan.",
  {'applicant_kind': 'enterprise', CI: ['provincial-innovation-center'], 'innovation_center_age_years': 2,
   'total_investment': 9000},
  [], 'innovation-center, clean')

# ───────────────────────────── answers, Chinese ─────────────────────────────
# applicant
A('zh', 'in_jiangsu', '公司注册在上海，项目落在昆山', V(False), note='applicant outside Jiangsu')
A('zh', 'in_jiangsu', '都在南通通州区', V(True), note='南通 disambiguates 通州')
A('zh', 'in_jiangsu', '通州那边', ASK, note='通州 alone: 南通 or 北京')
A('zh', 'in_jiangsu', '厂在苏州吴江 不过公司是注册在嘉兴的', V(False))
A('zh', 'in_jiangsu', '台州的 项目也在台州', V(False), note='台州 is Zhejiang, not 泰州')
A('zh', 'applicant_kind', '我们是经开区管委会', V('park'))
A('zh', 'applicant_kind', '行业协会 民非性质的', V('nonprofit'))
A('zh', 'applicant_kind', '常州信息职业技术学院', V('university'))
A('zh', 'applicant_kind', '园区里的一家企业，做光伏组件的', V('enterprise'))
A('zh', 'industrial', '是的 做五金件的制造厂', V(True))
A('zh', 'industrial', '我们做软件的', V(False))
A('zh', 'industrial', '工业企业咋定义的？做加工贸易算不算', Q)
A('zh', 'revenue_last_year', '产值有两个亿', ASK, note='产值 is not 主营业务收入')
A('zh', 'revenue_last_year', '这个要问下财务', UNK)
A('zh', 'revenue_last_year', '18500', V(18500))
A('zh', 'revenue_last_year', '营收4500w 利润三百多', V(4500))
A('zh', 'above_scale', '去年刚升规的', V(True))
A('zh', 'above_scale', '统计局那块我不清楚诶', UNK)
A('zh', 'certifications', '都没有', V([]))
A('zh', 'certifications', '小巨人，还有省级工业设计中心，别的没了', V(['little-giant-2021', 'industrial-design-center']))
A('zh', 'certifications', '有小巨人 其他的记不清了 要翻下文件', ASK, also={CI: ['little-giant-2021']})
A('zh', 'certifications', '只有一个19年评的省专精特新小巨人', V([]), note='2019 is not little-giant-2021; the answer is complete')
A('zh', 'certifications', '21年的单项冠军，还有全国质量奖，就这俩', V(['single-champion-2021', 'quality-award-2021']))
A('zh', 'certifications', '这个列表在哪看 能发我一下吗', Q)
A('zh', 'approvals_complete', '都齐了的呀', V(True))
A('zh', 'approvals_complete', '环评批了 能评还在走流程', V(False), note='one of three is known to be missing')
A('zh', 'approvals_complete', '不需要办，推荐单位给出了说明', V(True))
A('zh', 'approvals_complete', '不用办的', ASK, note='no note from the recommending unit mentioned')
A('zh', 'approvals_complete', '这块是行政那边弄的 我不清楚', UNK)
# investment
A('zh', 'total_investment', '4800万 软件那块六百多', V(4800), also={'software_investment': 600})
A('zh', 'total_investment', '含税5424万', ASK)
A('zh', 'total_investment', '0.35亿', V(3500))
A('zh', 'total_investment', '要3000万以上才行吗？', Q)
A('zh', 'total_investment', '总共6000，里面土建占了1500', ASK, note='figure includes civil works; net figure not given')
A('zh', 'total_investment', '3kw', V(3000))
A('zh', 'total_investment', '结果', CMD)
A('zh', 'filed_total_investment', '备案是5000，实际可能投六千多', V(5000), note='the asked-for filed figure is labelled')
A('zh', 'filed_total_investment', '备案总投资要不要含设备的税啊？', Q)
A('zh', 'total_investment_basis', '备案证上的数', V('filed'))
A('zh', 'total_investment_basis', '不含税不含土建的那个', V('net'))
A('zh', 'total_investment_basis', '财务给的数 啥口径我也不知道', UNK)
A('zh', 'software_investment', '软件加系统集成差不多450', V(450))
A('zh', 'software_investment', '不到400', ASK)
A('zh', 'software_investment', '400万以上算吗', Q)
A('zh', 'software_investment', 'MES 280万，上云一百五十万', V(430), note='two parts of the same measure, added')
A('zh', 'invested_by_2021_end', '完成了六成', ASK)
A('zh', 'invested_by_2021_end', '还没开始投 下个月才开工', V(0), also={'stage': 'planned'})
A('zh', 'invested_by_2021_end', '截止去年底大概投了两千三四', ASK, note='两千三四 = 2300–2400, a range')
# schedule
A('zh', 'start_date', '去年', ASK)
A('zh', 'start_date', '前年11月', V('2020-11-30'))
A('zh', 'start_date', '还没开工呢', ASK, also={'stage': 'planned'})
A('zh', 'start_date', '2021.6', V('2021-06-30'))
A('zh', 'start_date', '具体哪天不记得了 反正是21年5月', V('2021-05-31'))
A('zh', 'completion_date', '今年9月底吧', V('2022-09-30'))
A('zh', 'completion_date', '以经完工了 21年11月20号', V('2021-11-20'), also={'stage': 'completed'}, note='以经 = 已经 (typo)')
A('zh', 'completion_date', '上半年', ASK)
A('zh', 'completion_date', '还没定 看设备啥时候到', UNK)
A('zh', 'completion_date', '等下 刚才贷款金额说错了 应该是3500万', C, also={'fixed_asset_loan': 3500})
A('zh', 'stage', '再建 设备正在装', V('under_construction'), note='再建 = 在建 (homophone typo)')
A('zh', 'stage', '不是在建', ASK)
A('zh', 'stage', '去年10月建成投产了', V('completed'), also={'completion_date': '2021-10-31'})
A('zh', 'more_acquisitions_2', '/reset', CMD)
A('zh', 'accepted', '验收过了 意见也拿到了哦', V(True))
A('zh', 'accepted', '验收了，意见还没出来', V(False))
A('zh', 'accepted', '验收是谁来验？工信局还是第三方', Q)
# loan
A('zh', 'fixed_asset_loan', '没贷款的 全是自有资金哎', V(0))
A('zh', 'fixed_asset_loan', '授信五千 提了三千', ASK)
A('zh', 'fixed_asset_loan', '贷款还在批', ASK, note='a pending loan is not 0')
A('zh', 'fixed_asset_loan', '一亿二', V(12000))
A('zh', 'fixed_asset_loan', '35000000元', V(3500))
A('zh', 'fixed_asset_loan', '贷款不到2000万的话还能报吗', Q)
A('zh', 'loan_from_jiangsu_bank', '浦发上海分行放的', V(False))
A('zh', 'loan_from_jiangsu_bank', '不太清楚 是集团统一贷的', UNK)
A('zh', 'equipment_bought_with_loan', '买了一部分 还有几台在路上', ASK)
A('zh', 'equipment_bought_with_loan', '还没 设备下个月才到哈', V(False))
A('zh', 'equipment_bought_with_loan', '嗯嗯 都是用代款买的', V(True), note='代款 = 贷款 (typo)')
A('zh', 'loan_interest_paid_2021', '去年付了一百二十几万利息', V(120))
A('zh', 'loan_interest_paid_2021', '利息86万 不过里面有土建那块的', ASK)
A('zh', 'loan_interest_paid_2021', '2021年的利息怎么算', Q)
A('zh', 'loan_interest_paid_2021', '要问财务', UNK)
A('zh', 'loan_rate_pct', 'LPR加50个bp', ASK)
A('zh', 'loan_rate_pct', '百分之三点八五', V(3.85))
A('zh', 'loan_rate_pct', '0.046', ASK)
A('zh', 'loan_rate_pct', '年化4.1%左右', V(4.1))
A('zh', 'loan_term_years', '五年期', V(5))
A('zh', 'loan_term_years', '三到五年吧', ASK)
A('zh', 'loan_term_years', '中长期 具体几年忘了', UNK)
A('zh', 'other_interest_subsidy_2021', '没有', V(0))
A('zh', 'other_interest_subsidy_2021', '市里好像给过一点 记不清多少', UNK)
A('zh', 'equipment_invoice_2021', '发票不含税2860万', V(2860))
# core tech
A('zh', 'rd_investment', '三千万出头', V(3000))
A('zh', 'rd_investment', '两三千万', ASK)
A('zh', 'rd_investment', '人工费算不算研发投入啊', Q)
A('zh', 'own_ip', '有 发明专利十几个 研发中心也有 钱也没问题', V(True))
A('zh', 'own_ip', '有几个发明专利', ASK, note='one part of three')
A('zh', 'core_tech_direction', '我们做普通紧固件 应该不算', V(False))
A('zh', 'core_tech_direction', '在不在里面我也拿不准', UNK)
# directions
A('zh', 'green_direction', '是的 余热回收 节能降碳那种', V(True))
A('zh', 'info_consumption_direction', '对 智慧医疗的公共服务平台', V(True))
A('zh', 'fiveg_direction', '厂里建了5G专网 生产质检物流都在用', V(True))
A('zh', 'fiveg_direction', '只是用了运营商的5G卡 没自己组网', V(False))
A('zh', 'service_direction', '做定制化服务和远程运维', V(True))
# merger
A('zh', 'acquisition_date', '去年8月18号拿到新执照 股权也变更了', V('2021-08-18'))
A('zh', 'acquisition_amount', '800万美元，折合人民币差不多5100万', V(5100))
A('zh', 'acquisition_cash', '一半现金', ASK)
A('zh', 'stake_after_pct', '全资收购', V(100))
A('zh', 'stake_after_pct', '控股了', ASK)
A('zh', 'largest_shareholder', '并列第一大股东', V(False))
A('zh', 'same_parent', '是集团里两家子公司之间转的', V(True))
A('zh', 'more_acquisitions', '还有一个 出资七千万', V(True), also={'acquisition_2_amount': 7000})
A('zh', 'acquisition_registered', '工商变了 股权变更还在办', V(False))
# little giant
A('zh', 'revenue_growth_3y_avg_pct', '7到9个点', ASK)
A('zh', 'main_product_share_pct', '七成五', V(75))
A('zh', 'main_product_share_pct', '过半', ASK)
A('zh', 'rd_ratio_3y_avg_pct', '4个多点', V(4))
A('zh', 'service_team_size', '先看看结果吧', CMD)
# expo, innovation centre, cluster
A('zh', 'event_kind', '是大赛，紫金奖工业设计大赛', V('activity'), also={'event_listed': True})
A('zh', 'innovation_center_age_years', '一年半', V(1.5))
A('zh', 'cluster_org_basics', '都有的 办公室 制度 收入稳定 专业能力也有', V(True))
# sme platform
A('zh', 'sme_service_center', '不是 我们是民营的平台', V(False))
A('zh', 'public_events_2021', '二十几场', V(20))
A('zh', 'new_above_scale_2021', '1到2家', ASK)
A('zh', 'platform_investment_2021', '含税四百六', ASK)
A('zh', 'all_services_free', '都免费', V(True))
A('zh', 'public_welfare_platform', '不是纯公益的 也收点费', V(False))
# training
A('zh', 'registered_capital', '五百万美元', ASK)
A('zh', 'trainees_3y_avg', '线上线下加起来两千', ASK, note='online included')
A('zh', 'training_cities', '南京、苏州、扬州三个地方', V(3))
A('zh', 'training_all_regions', '苏北没有', V(False))
A('zh', 'training_free', '象征性收点资料费', V(False))
# identifier, platform, xinchuang
A('zh', 'identifier_registrations_yi', '两千万', V(0.2))
A('zh', 'identifier_resolutions_yi', '一个多亿', V(1))
A('zh', 'xinchuang_zone_operator', '运营主体还没定', V(False))
A('zh', 'lab_cooperation_years', '5年', V(5))
A('zh', 'loan_rate_pct', '贴息是按LPR算还是按我们实际利率算？', Q)
A('zh', 'start_date', '开工时间有啥要求吗', Q)
A('zh', 'stake_after_pct', '要持股多少才算绝对控股', Q)
A('zh', 'training_cities', '苏中是指哪几个市？', Q)
A('zh', 'identifier_connected_enterprises', '接入企业最少要多少家？', Q)
A('zh', 'revenue_growth_3y_avg_pct', '/result', CMD)
A('zh', 'trainees_3y_avg', '重新开始', CMD)
A('zh', 'equipment_invoice_2021', '更正一下，设备其实都是用贷款买的，前面我说错了', C, also={'equipment_bought_with_loan': True})
A('zh', 'smes_served_2021', '不对 平台投入不含税是420 刚才给的是含税的', C, also={'platform_investment_2021': 420})
A('zh', 'acquisition_cash', '这个得问投资部', UNK)
A('zh', 'rd_ratio_3y_avg_pct', '三年平均没算过 不知道', UNK)
A('zh', 'lab_breakthrough_direction', '这个还在跟学校商量 不好说', UNK)
A('zh', 'satisfaction_pct', '没做过满意度调查', UNK)
A('zh', 'training_direction_match', '不太清楚 附件1-24没细看', UNK)
A('zh', 'cluster_service_revenue_2021', '算了，从头来', CMD)
A('zh', 'loan_term_years', '不对 利率刚才说错了 是4.05', C, also={'loan_rate_pct': 4.05})

# ───────────────────────────── answers, English ─────────────────────────────
A('en', 'in_jiangsu', 'yes, both our HQ and the plant are in Changzhou', V(True))
A('en', 'in_jiangsu', 'Taizhou', ASK, note='泰州 (Jiangsu) or 台州 (Zhejiang)')
A('en', 'applicant_kind', "We're a university, Nanjing University of Science and Technology.", V('university'))
A('en', 'revenue_last_year', 'around 320 million RMB', V(32000))
A('en', 'revenue_last_year', 'output value was abt 500 million', ASK, note='产值, not revenue')
A('en', 'revenue_last_year', "I'd have to check with finance", UNK)
A('en', 'certifications', "smart factory list and service-oriented manufacturing demo enterprise, that's all", V(['smart-factory-list', 'service-manufacturing-demo']))
A('en', 'certifications', "We're a 2021 provincial little giant. Not sure about the others, I'd need to check.", ASK, also={CI: ['little-giant-2021']})
A('en', 'approvals_complete', "What's 能评? never heard of it", Q)
A('en', 'total_investment', 'RMB 40m', V(4000))
A('en', 'total_investment', 'about RMB 30 million incl. VAT', ASK)
A('en', 'total_investment', 'somewhere between 30 and 40 million', ASK)
A('en', 'total_investment', 'is 20 million enough for the 5G programme?', Q)
A('en', 'software_investment', 'just under 4m', ASK)
A('en', 'software_investment', 'show me the result', CMD)
A('en', 'invested_by_2021_end', 'about half of it', ASK)
A('en', 'start_date', 'last September', V('2021-09-30'))
A('en', 'start_date', 'sometime in 2021', ASK)
A('en', 'completion_date', 'end of next year', V('2023-12-31'))
A('en', 'completion_date', 'We finished on 30 Nov 2021.', V('2021-11-30'), also={'stage': 'completed'})
A('en', 'completion_date', 'not sure, depends on when the supplier delivers', UNK)
A('en', 'completion_date', 'correction: total investment is 52m, not 25m', C, also={'total_investment': 5200})
A('en', 'stage', "it's not finished yet", ASK, note='没完工 alone: planned or under construction')
A('en', 'xinchuang_zone_basis', '/result', CMD)
A('en', 'fixed_asset_loan', 'credit line 50m, drawn 32m so far', ASK)
A('en', 'fixed_asset_loan', 'EUR 4 million', ASK)
A('en', 'loan_from_jiangsu_bank', 'not sure, the group arranged it centrally', UNK)
A('en', 'equipment_bought_with_loan', 'partly', ASK)
A('en', 'loan_interest_paid_2021', 'approx 850k yuan', V(85))
A('en', 'loan_interest_paid_2021', "what's the max subsidy we could get?", Q)
A('en', 'loan_rate_pct', '4.2%', V(4.2))
A('en', 'loan_rate_pct', 'LPR', ASK)
A('en', 'loan_rate_pct', 'sorry, the loan was 20m not 25m', C, also={'fixed_asset_loan': 2000})
A('en', 'loan_term_years', '7 years', V(7))
A('en', 'other_interest_subsidy_2021', 'skip this one pls', UNK)
A('en', 'rd_investment', 'does staff cost count as R&D investment?', Q)
A('en', 'merger_initiator', 'Yes, we initiated the deal.', V(True))
A('en', 'stake_after_pct', 'majority', ASK)
A('en', 'acquisition_cash', 'no idea, ask our CFO', UNK)
A('en', 'acquisition_cash', 'wait, the stake is 80% not 60%', C, also={'stake_after_pct': 80})
A('en', 'acquisition_2_date', 'completed 20 Dec 2021', V('2021-12-20'))
A('en', 'taxes_paid_last_year', '4.2 million', V(420))
A('en', 'upgrade_investment_last_year', '11m, audited by a third party', V(1100))
A('en', 'core_chain_leading', "yes, it's a core component and we replace imported parts", V(True))
A('en', 'event_listed', "It's the World Intelligent Manufacturing Conference.", V(True))
A('en', 'cluster_focus', 'yes, only the IoT cluster', V(True))
A('en', 'smes_served_2021', 'around 150', V(150))
A('en', 'satisfaction_pct', '96%', V(96))
A('en', 'free_service_share_pct', 'a quarter', V(25))
A('en', 'training_licensed', 'yes, training is in our business scope', V(True))
A('en', 'revenue_3y_avg', 'about 6.5 million', V(650))
A('en', 'trainees_3y_avg', "don't know tbh", UNK)
A('en', 'training_experience', 'Yes: an experienced team, well-known trainers, and we have run two programmes for the city government.', V(True))
A('en', 'planned_trainees', '1000', V(1000))
A('en', 'long_classes', '10', V(10))
A('en', 'min_class_size', 'at least 55', V(55))
A('en', 'training_years', 'reset', CMD)
A('en', 'acquisition_4_amount', 'start over', CMD)
A('en', 'identifier_capability', 'yes', V(True))
A('en', 'identifier_showroom', 'yes, the showroom will be ready by mid 2023', V(True))
A('en', 'identifier_registrations_yi', '300 million', V(3))
A('en', 'identifier_resolutions_yi', 'hard to say yet', UNK)
A('en', 'identifier_connected_enterprises', '1,050', V(1050))
A('en', 'platform_indicators_met', 'yes all met', V(True))
A('en', 'platform_monitoring_commitment', "sure, we'll sign the commitment letter", V(True))
A('en', 'security_services_commitment', "Yes, we can provide those services and we'll connect to the provincial platform.", V(True))
A('en', 'has_plan_and_targets', 'yes plan n KPIs r ready', V(True))
A('en', 'lab_roles_agreed', "yes it's written in the agreement", V(True))
A('en', 'replicable_solution', "Yes, it's already running in three cities.", V(True))
A('en', 'data_product_tech', 'yes, blockchain based', V(True))

# ───────────────────────────── write ─────────────────────────────
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

def kind(a):
    k = next(iter(a['expect']))
    return k
if __name__ == '__main__':
    print('openings', collections.Counter(o['lang'] for o in openings),
          'with traps', sum(1 for o in openings if o['must_not_record']))
    print('answers', collections.Counter(a['lang'] for a in answers))
    for lang in ('zh', 'en'):
        print(' ', lang, collections.Counter(kind(a) for a in answers if a['lang'] == lang))
    print('  all', collections.Counter(kind(a) for a in answers),
          'not_answer', collections.Counter(a['expect'].get('not_answer') for a in answers if 'not_answer' in a['expect']))
    print('  with also', sum(1 for a in answers if 'also' in a))
    print('  slots', len({a['slot'] for a in answers}),
          'types', collections.Counter(VOC[a['slot']]['type'] for a in answers))
