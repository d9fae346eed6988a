#!/usr/bin/env python3
"""Builds openings.json and answers.json for the tune-zn dialog corpus (written blind, from the guide only).
Run from anywhere: python3 /work/kit/tune-zn/build.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open(os.path.join(HERE, '..', 'facts-vocabulary.json')))['facts']}

# ---------------------------------------------------------------- openings
OPENINGS = []
_on = {'zh': 0, 'en': 0}
def O(lang, text, facts, must_not=(), note=''):
    _on[lang] += 1
    OPENINGS.append({'id': f'o-{lang}-{_on[lang]:03d}', 'lang': lang, 'text': text, 'facts': facts,
                     'must_not_record': list(must_not), 'note': note})

# tech-loan
O('zh', '你好 我们是无锡做电机的规上企业，技改项目总投资六千万，工行给了授信五千万，实际提款三千八百万，去年产值三个多亿，想问下能不能申请贴息',
  {'applicant_kind': 'enterprise', 'above_scale': True, 'total_investment': 6000},
  ['fixed_asset_loan', 'revenue_last_year'],
  'tech-loan. 授信 vs 提款 = two competing loan figures; 产值 is not 主营业务收入.')
O('zh', '常州武进一家齿轮厂，规上。新上的自动化产线项目备案总投资9000万，扣掉厂房土建大概六千二，固定资产贷款四千万是江苏银行常州分行放的，设备已经用贷款买了',
  {'above_scale': True, 'filed_total_investment': 9000, 'fixed_asset_loan': 4000,
   'loan_from_jiangsu_bank': True, 'equipment_bought_with_loan': True},
  ['total_investment'],
  'tech-loan. A filed total beside a figure without civil works (approximate, tax basis not stated): the filed figure is '
  'filed_total_investment; total_investment (ex-tax, no civil works) must be asked.')
O('zh', '苏州吴江的纺织企业，去年用固贷买了一批喷气织机，发票2260万是含税的。贷款三千万，是浦发上海总行直接放的，年利率4.35，期限五年',
  {'fixed_asset_loan': 3000, 'loan_rate_pct': 4.35, 'loan_term_years': 5,
   'equipment_bought_with_loan': True, 'loan_from_jiangsu_bank': False},
  ['equipment_invoice_2021'],
  'tech-loan. Tax-inclusive invoice figure where the fact is ex-tax; loan from a Shanghai head office is not a Jiangsu institution.')
O('zh', '台州这边做阀门的，规上企业，技改总投资4800万，21年付了贷款利息186万（含厂房那部分的），市里县里都没给过贴息',
  {'in_jiangsu': False, 'above_scale': True, 'total_investment': 4800, 'other_interest_subsidy_2021': 0},
  ['loan_interest_paid_2021'],
  'tech-loan. 台州 is in Zhejiang (not 泰州). Interest includes the civil-works part, the fact excludes it.')
# smart-factory / iiot-benchmark / 5g / service
O('zh', '我们厂去年进了省智能制造示范工厂名单，项目21年10月完工的，推荐单位验收意见上个月出了。项目总投资八千五是含税的，不含税的数财务还在算',
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-10-31', 'stage': 'completed', 'accepted': True},
  ['total_investment', 'certifications'],
  'smart-factory. Partial certification mention; tax-inclusive total where 1.2.3 is ex-tax.')
O('zh', '昆山一家精密五金企业，是省工业互联网标杆工厂，标杆工厂项目去年8月底建成的，还没验收。项目总投资3800来万，不含税不含土建，其中软件部分四五百万',
  {'certifications_include': ['iiot-benchmark-list'], 'completion_date': '2021-08-31', 'stage': 'completed',
   'accepted': False, 'total_investment': 3800},
  ['software_investment', 'certifications'],
  'iiot-benchmark. 3800来万 → 3800 (hedge); 四五百万 is a range.')
O('zh', '南通一家船舶配套企业，厂里建了5G专网，AGV、质检、远程运维都上了5G，项目总投资2800万不含税，21年底大概完成了六成，计划明年6月底建完',
  {'fiveg_direction': True, 'total_investment': 2800, 'completion_date': '2023-06-30', 'stage': 'under_construction'},
  ['invested_by_2021_end'],
  '5g-iiot. 完成了六成 is a relative figure (ask); 明年 = 2023.')
O('zh', '我们是国家级服务型制造示范企业，想报服务化改造，做的是压缩机远程运维加全生命周期管理，总投入两千五百万，软件和云大概三四百万',
  {'certifications_include': ['service-manufacturing-demo'], 'service_direction': True, 'total_investment': 2500},
  ['software_investment', 'certifications'],
  'service-upgrade. National demo counts as 省级及以上; software figure is a range.')
# iiot-identifier / platform / security
O('zh', '我们在建工业互联网标识解析二级节点（纺织行业的），已经通过了信通院组织的专家评估。目标累计注册量2.5亿、解析量1.2亿，接入企业八九百家吧，项目总投资1300万',
  {'certifications_include': ['identifier-expert-review'], 'identifier_registrations_yi': 2.5,
   'identifier_resolutions_yi': 1.2, 'total_investment': 1300},
  ['identifier_connected_enterprises', 'certifications'],
  'iiot-identifier. 信通院 is a MIIT-affiliated unit; 八九百家 is a range (and just under 1000).')
O('zh', '我们平台是19年认定的省重点工业互联网平台，平台项目投了180万美元左右，去年9月上线，已经验收了但验收意见还没拿到',
  {'certifications_include': ['key-iiot-platform'], 'completion_date': '2021-09-30', 'stage': 'completed', 'accepted': False},
  ['total_investment', 'certifications'],
  'iiot-platform. 2019 is within 2018年以来; foreign currency total; 验收了，意见还没拿到 → accepted false.')
O('zh', '公司注册在上海，工业互联网安全平台项目落在苏州工业园区，总投入800万，21年底投了150万',
  {'in_jiangsu': False, 'total_investment': 800, 'invested_by_2021_end': 150},
  [],
  'iiot-security. Applicant outside Jiangsu, project inside → in_jiangsu false.')
# xinchuang
O('zh', '我们是省内骨干信创企业，准备跟东南大学在学校里共建信创实验室，合作期签五年，两年建设期投入一千一百万左右',
  {'certifications_include': ['xinchuang-backbone'], 'lab_with_jiangsu_university': True,
   'lab_cooperation_years': 5, 'total_investment': 1100},
  ['certifications'],
  'xinchuang-lab. 合作期 5 vs 建设期 2: the cooperation period is 5.')
# data-product
O('zh', '南京一家软件公司，已经入了省工信厅云计算大数据区块链企业库，项目入选了2021年省大数据应用示范项目。项目总投资1350万，21年11月上线，推荐单位还没出验收意见',
  {'industrial': False, 'certifications_include': ['cloud-bigdata-registry', 'bigdata-demo-project'],
   'total_investment': 1350, 'completion_date': '2021-11-30', 'stage': 'completed', 'accepted': False},
  ['certifications'],
  'data-product. 软件公司 → industrial false; two recognitions named, list not claimed complete.')
# core-tech
O('zh', '我们做车规级IGBT模块，想报关键核心技术攻关。项目总投资八千万，其中研发攻关投入还没拆出来，项目期三年，2022年3月开工',
  {'total_investment': 8000, 'start_date': '2022-03-31'},
  ['rd_investment'],
  'core-tech. Total investment is not 研发攻关投入 (figure belonging to another fact).')
# merger
O('zh', '去年我们收购了德国一家液压件公司70%的股权，出资900万欧元，11月份工商和股权变更都办完了',
  {'stake_after_pct': 70, 'acquisition_date': '2021-11-30', 'acquisition_registered': True, 'merger_completed_2021': True},
  ['acquisition_amount'],
  'merger. Foreign currency, no RMB figure given.')
O('zh', '集团内部重组，我们收了兄弟公司51%的股份，出资六千二百万，一半现金一半换股',
  {'same_parent': True, 'stake_after_pct': 51, 'acquisition_amount': 6200},
  ['acquisition_cash'],
  'merger. 兄弟公司 under one group → same_parent true; 一半现金 is relative.')
# little-giant / honor
O('zh', '我们是21年新认定的省专精特新小巨人，近三年营收平均增长12%，研发占比平均4.5，去年税交了不到400万',
  {'certifications_include': ['little-giant-2021'], 'revenue_growth_3y_avg_pct': 12, 'rd_ratio_3y_avg_pct': 4.5},
  ['taxes_paid_last_year', 'certifications'],
  'little-giant. 不到400万 is just under the threshold.')
O('zh', '盐城的汽车零部件企业，小巨人是2019年评上的，主导产品占主营七成，去年创新升级综合投入一千二百万，有专项审计',
  {'main_product_share_pct': 70, 'upgrade_investment_last_year': 1200},
  ['certifications'],
  'little-giant. A 2019 recognition is not little-giant-2021: nothing may be recorded as certification from it.')
O('zh', '我们去年被工信部认定为国家制造业单项冠军企业，同时也是21年新认定的省小巨人，想问问有什么奖励',
  {'certifications_include': ['single-champion-2021', 'little-giant-2021']},
  ['certifications'],
  'honor-award. 去年 = 2021.')
# green
O('zh', '泰州的化工企业，在泰州本厂做余热回收节能改造，总投资3200万，21年底已经投了700万，现在还在建，明年底完工。没贷款，全是自有资金',
  {'in_jiangsu': True, 'green_direction': True, 'total_investment': 3200, 'invested_by_2021_end': 700,
   'stage': 'under_construction', 'completion_date': '2023-12-31', 'fixed_asset_loan': 0},
  [],
  'green-upgrade. 泰州 is in Jiangsu; 明年底 = 2023-12-31; 全是自有资金 → loan 0.')
O('zh', '做节水改造的，项目还没开工，准备下个月动工，投资两三千万，我们还不是规上',
  {'stage': 'planned', 'green_direction': True, 'above_scale': False},
  ['total_investment'],
  'green-upgrade. Range total; negated above_scale.')
O('zh', '通州的一家纺织印染厂，做中水回用节水改造，总投资2600万，去年底投了六百万',
  {'green_direction': True, 'total_investment': 2600, 'invested_by_2021_end': 600},
  ['in_jiangsu'],
  'green-upgrade. 通州 is ambiguous (南通通州区 / 北京通州区).')
# platforms
O('zh', '我们是省级制造业创新中心的依托企业，创新中心省里批复两年了，这次能力建设项目周期三年，总投入八千万',
  {'certifications_include': ['provincial-innovation-center'], 'innovation_center_age_years': 2, 'total_investment': 8000},
  ['certifications'],
  'innovation-center.')
O('zh', '我们是一家民非，专门服务常州的新能源汽车集群，专职团队十二个人，21年集群服务收入一百八九十万',
  {'applicant_kind': 'nonprofit', 'cluster_focus': True, 'service_team_size': 12},
  ['cluster_service_revenue_2021'],
  'cluster-org. Revenue is a range (and just under 200).')
O('zh', '我们是有效期内的省级中小企业公共服务示范平台，去年线下服务了一百五十多家中小企业，办了十来场公益活动，满意度九成五，平台投入含税452万',
  {'certifications_include': ['sme-service-platform'], 'smes_served_2021': 150, 'public_events_2021': 10, 'satisfaction_pct': 95},
  ['platform_investment_2021', 'certifications'],
  'sme-platform. Platform investment is tax-inclusive, the fact is ex-tax.')
O('zh', '扬州做智慧养老平台的，总投入600万，去年底投了一百二十万，计划2023年6月底前完成，备案手续都齐了',
  {'info_consumption_direction': True, 'total_investment': 600, 'invested_by_2021_end': 120, 'completion_date': '2023-06-30'},
  ['approvals_complete'],
  'info-consumption. Only 备案 is said to be done; 环评/能评 not mentioned → approvals must be asked.')
O('zh', '我们是培训公司，营业执照上有培训，注册资金500万，近三年年均收入五百出头，年均培训两千人次左右（含线上），这次计划培训800人',
  {'training_licensed': True, 'registered_capital': 500, 'revenue_3y_avg': 500, 'planned_trainees': 800},
  ['trainees_3y_avg'],
  'talent-training. 五百出头 → 500; trainee count includes online training, which the guide excludes.')
O('zh', '无锡一家做PCB的企业，营业收入2.3亿，其中主营2.1个亿，规上。去年12月成功并购了一家常州的覆铜板厂，我们持股百分之六十',
  {'revenue_last_year': 21000, 'above_scale': True, 'stake_after_pct': 60, 'merger_completed_2021': True},
  [],
  'merger. 营业收入 vs 主营业务收入: the 主营 figure is the fact.')

# English
O('en', "Hi, we are a German-owned auto parts maker in Taicang, above designated size. Our upgrade project: total investment RMB 45 million, fixed-asset loan 30 million from Bank of Suzhou, equipment already bought with it.",
  {'above_scale': True, 'total_investment': 4500, 'fixed_asset_loan': 3000, 'loan_from_jiangsu_bank': True,
   'equipment_bought_with_loan': True},
  [], 'tech-loan. Foreign staff.')
O('en', "Our plant is in Nantong. The retrofit loan came from HSBC Hong Kong, HK$50 million, and the 2021 interest was about HK$1.8m. Filed investment on the project record is 80 million RMB.",
  {'filed_total_investment': 8000, 'loan_from_jiangsu_bank': False},
  ['fixed_asset_loan', 'loan_interest_paid_2021'],
  'tech-loan. HK$ figures; a Hong Kong lender is not in Jiangsu.')
O('en', "hello, our company is in the provincial smart manufacturing demo factory list. project finished Dec 2021, total investment 50 million yuan not include tax and civil works. software maybe 4 to 5 million.",
  {'certifications_include': ['smart-factory-list'], 'completion_date': '2021-12-31', 'stage': 'completed', 'total_investment': 5000},
  ['software_investment', 'certifications'],
  'smart-factory. Chinese staff English; software is a range straddling the 400万 threshold.')
O('en', "We're registered in Shanghai but our plant and the 5G project are in Kunshan. Private 5G covering the whole site, used for AGVs, machine-vision QC and remote maintenance. Total RMB 30m ex-VAT, about 7.5m spent by end-2021, to finish by end of 2023.",
  {'in_jiangsu': False, 'fiveg_direction': True, 'total_investment': 3000, 'invested_by_2021_end': 750,
   'completion_date': '2023-12-31'},
  [], '5g-iiot. Applicant outside Jiangsu.')
O('en', "We bought 60% of a Czech machine tool company; closing and the business/equity registration changes were done in October 2021. Price was EUR 12 million, around RMB 86 million at the time.",
  {'stake_after_pct': 60, 'acquisition_date': '2021-10-31', 'acquisition_amount': 8600,
   'merger_completed_2021': True, 'acquisition_registered': True},
  [], 'merger. The user gives the RMB figure → 8600.')
O('en', "We design MCU chips for cars, based in Wuxi. The R&D budget for the project is somewhere between 30 and 40 million yuan, three-year project starting March 2022. We hold 20+ invention patents related to it.",
  {'start_date': '2022-03-31'},
  ['rd_investment', 'own_ip'],
  'core-tech. Range; patents alone are one part of the three-part own_ip fact.')
O('en', "We were newly recognised as a provincial little giant in 2021. Main business revenue 2021 was RMB 180 million and we paid about 5.2m in taxes last year. Main product is roughly 75% of revenue.",
  {'certifications_include': ['little-giant-2021'], 'revenue_last_year': 18000, 'taxes_paid_last_year': 520,
   'main_product_share_pct': 75},
  ['certifications'], 'little-giant. Foreign staff.')
O('en', "We're listed in the provincial cloud / big data / blockchain enterprise database, but the project itself isn't on any demo list yet. It's a blockchain traceability platform, total 12 million yuan, went live last November.",
  {'certifications_include': ['cloud-bigdata-registry'], 'data_product_tech': True, 'total_investment': 1200,
   'completion_date': '2021-11-30', 'stage': 'completed'},
  ['certifications'], 'data-product. Negated demo-list mention; last November = 2021-11.')
O('en', "We operate a provincial micro and small business innovation demonstration base in Xuzhou. In 2021 we served 130 SMEs offline, held 9 free events, satisfaction 93%, and two of our tenants became above-scale.",
  {'certifications_include': ['micro-business-base'], 'smes_served_2021': 130, 'public_events_2021': 9,
   'satisfaction_pct': 93, 'new_above_scale_2021': 2},
  ['certifications'], 'sme-platform (micro base).')
O('en', "We're a training company, licence covers training, registered capital RMB 3 million, running since 2016. Offline trainees about 1500 a year. Classes planned in 3 or 4 Jiangsu cities, and trainees pay nothing.",
  {'training_licensed': True, 'registered_capital': 300, 'trainees_3y_avg': 1500, 'training_free': True},
  ['training_cities'], 'talent-training. 3 or 4 cities is a range.')
O('en', "Energy-saving retrofit at our Changzhou plant: waste heat recovery plus new air compressors. Budget is 28 million yuan including VAT, work started June 2021 and it's still under construction.",
  {'green_direction': True, 'start_date': '2021-06-30', 'stage': 'under_construction'},
  ['total_investment'], 'green-upgrade. VAT-inclusive budget.')
O('en', "Our platform got recognised as a provincial key industrial internet platform back in 2020. The project cost 15 million yuan, wrapped up in September 2021, and the city bureau (our recommending unit) issued the acceptance opinion in March.",
  {'certifications_include': ['key-iiot-platform'], 'total_investment': 1500, 'completion_date': '2021-09-30',
   'stage': 'completed', 'accepted': True},
  ['certifications'], 'iiot-platform.')

# ---------------------------------------------------------------- answers
ANSWERS = []
_an = {'zh': 0, 'en': 0}
def A(lang, slot, text, expect, also=None):
    _an[lang] += 1
    q = VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en']
    a = {'id': f'a-{lang}-{_an[lang]:03d}', 'lang': lang, 'slot': slot, 'question': q, 'text': text, 'expect': expect}
    if also: a['also'] = also
    ANSWERS.append(a)
V = lambda v: {'value': v}
ASK = {'ask': True}
UNK = {'unknown': True}
Q = {'not_answer': 'question'}
COR = {'not_answer': 'correction'}
CMD = {'not_answer': 'command'}

# --- zh: applicant
A('zh', 'in_jiangsu', '我们台州的', V(False))
A('zh', 'in_jiangsu', '通州', ASK)
A('zh', 'applicant_kind', '园区里的一家企业', V('enterprise'))
A('zh', 'applicant_kind', '不是企业，我们是职业技术学院', V('university'))
A('zh', 'industrial', '我们是做软件的', V(False))
A('zh', 'above_scale', '规上 去年刚上的规', V(True))
A('zh', 'above_scale', '不太清楚，去年主营两千一百万', UNK, {'revenue_last_year': 2100})
A('zh', 'revenue_last_year', '产值三个亿', ASK)
A('zh', 'revenue_last_year', '营业收入2.3亿，其中主营2.1个亿', V(21000))
A('zh', 'revenue_last_year', '要问财务', UNK)
A('zh', 'certifications', '小巨人和服务型制造示范企业，就这两个', V(['little-giant-2021', 'service-manufacturing-demo']))
A('zh', 'certifications', '有小巨人，别的记不清了', ASK, {'certifications_include': ['little-giant-2021']})
A('zh', 'certifications', '小巨人是19年评的，别的没有', V([]))
A('zh', 'approvals_complete', '齐了 都齐了', V(True))
A('zh', 'approvals_complete', '备案环评都有', ASK)
A('zh', 'approvals_complete', '能评不用做，推荐单位市工信局给我们出了情况说明，其他都办了', V(True))
A('zh', 'approvals_complete', '不需要办吧', ASK)
# --- zh: investment
A('zh', 'total_investment', '八百来万', V(800))
A('zh', 'total_investment', '1.2个亿', V(12000))
A('zh', 'total_investment', '3kw', V(3000))
A('zh', 'total_investment', '五千万，对 五千', V(5000))
A('zh', 'total_investment', '四五千万吧', ASK)
A('zh', 'total_investment', '含税是3390', ASK)
A('zh', 'total_investment', '备案是8000，去掉土建五千六', ASK, {'filed_total_investment': 8000})
A('zh', 'total_investment', '35000000', ASK)
A('zh', 'total_investment', '要3000万以上才行吗？', Q)
A('zh', 'total_investment', '土建能算进去吗', Q)
A('zh', 'filed_total_investment', '跟备案证上一致，六千五', V(6500))
A('zh', 'total_investment_basis', '不是备案那个，是不含税不含土建的', V('net'))
A('zh', 'software_investment', '软件四百五，总的是两千八', V(450), {'total_investment': 2800})
A('zh', 'software_investment', '更正一下 总投资是七百万', COR, {'total_investment': 700})
A('zh', 'invested_by_2021_end', '完成了六成', ASK)
A('zh', 'invested_by_2021_end', '去年底完成一千万，到现在两千万了', V(1000))
A('zh', 'invested_by_2021_end', '20%是按备案总投资算还是按不含税的算', Q)
A('zh', 'rd_investment', '三千五', V(3500))
A('zh', 'rd_investment', '项目总投资1.5亿，研发那块还没拆出来', UNK, {'total_investment': 15000})
A('zh', 'rd_investment', '不好说，人工费怎么分摊还没定', UNK)
# --- zh: schedule
A('zh', 'start_date', '前年开工的', ASK)
A('zh', 'start_date', '还没开工', ASK, {'stage': 'planned'})
A('zh', 'completion_date', '去年年底', V('2021-12-31'))
A('zh', 'completion_date', '9月底', ASK)
A('zh', 'completion_date', '建成投产了，21年10月', V('2021-10-31'), {'stage': 'completed'})
A('zh', 'completion_date', '5G项目最晚什么时候要建完', Q)
A('zh', 'stage', '再建 设备正在进场', V('under_construction'))
A('zh', 'stage', '不是在建', ASK)
A('zh', 'stage', '不是计划中，已经建了一半了', V('under_construction'))
A('zh', 'accepted', '验收会开过了 意见书还在走签字', V(False))
A('zh', 'accepted', '验收是谁来验？市里还是区里', Q)
A('zh', 'accepted', '刚才说错了，是21年10月完工的', COR, {'completion_date': '2021-10-31', 'stage': 'completed'})
# --- zh: loan
A('zh', 'fixed_asset_loan', '授信五千，实际提了三千二', ASK)
A('zh', 'fixed_asset_loan', '没贷款，全是自有资金', V(0))
A('zh', 'fixed_asset_loan', '贷了四千万，合同四千，放款也是四千', V(4000))
A('zh', 'loan_from_jiangsu_bank', '跟上一笔一样 都是苏州银行', V(True))
A('zh', 'equipment_bought_with_loan', '买了', V(True))
A('zh', 'equipment_bought_with_loan', '还没买，设备合同刚签', V(False))
A('zh', 'equipment_bought_with_loan', '买了一部分，还有两台进口的没到', ASK)
A('zh', 'equipment_bought_with_loan', '设备已经够买了', V(True))
A('zh', 'equipment_bought_with_loan', '不对，贷款是三千五不是两千五', COR, {'fixed_asset_loan': 3500})
A('zh', 'loan_interest_paid_2021', '186万，包括厂房那块的', ASK)
A('zh', 'loan_interest_paid_2021', '一百二十三万多', V(123))
A('zh', 'loan_interest_paid_2021', '要问财务', UNK)
A('zh', 'loan_interest_paid_2021', '2021年的利息怎么算', Q)
A('zh', 'loan_rate_pct', 'LPR加50个bp', ASK)
A('zh', 'loan_rate_pct', '百分之四点一', V(4.1))
A('zh', 'loan_rate_pct', '贴息是按LPR算还是按实际利率算？', Q)
A('zh', 'loan_term_years', '五年期', V(5))
A('zh', 'loan_term_years', '等下，利率是3.9不是4.35', COR, {'loan_rate_pct': 3.9})
A('zh', 'other_interest_subsidy_2021', '没有', V(0))
A('zh', 'equipment_invoice_2021', '发票一共三千万，用贷款买的那部分不含税两千二', V(2200))
# --- zh: program facts
A('zh', 'own_ip', '有几个发明专利', ASK)
A('zh', 'own_ip', '有，专利、研发中心都有，资金自己能兜住', V(True))
A('zh', 'acquisition_date', '工商股权变更都是21年11月18号办完的', V('2021-11-18'))
A('zh', 'acquisition_amount', '800万美元，按当时汇率折了五千二百来万人民币', V(5200))
A('zh', 'acquisition_amount', '一个多亿', V(10000))
A('zh', 'stake_after_pct', '控股了', ASK)
A('zh', 'stake_after_pct', '全资', V(100))
A('zh', 'stake_after_pct', '持股50%整算不算绝对控股', Q)
A('zh', 'largest_shareholder', '并列第一大股东', V(False))
A('zh', 'largest_shareholder', '前面持股比例说错了，应该是65%', COR, {'stake_after_pct': 65})
A('zh', 'same_parent', '是集团内部两家子公司之间的', V(True))
A('zh', 'acquisition_registered', '工商变更办了，股权那块还在等', V(False))
A('zh', 'merger_completed_2021', '去年12月完成的', V(True), {'acquisition_date': '2021-12-31'})
A('zh', 'more_acquisitions', '还有一个，去年7月收的一家苏州厂，出资六千万', V(True),
  {'acquisition_2_date': '2021-07-31', 'acquisition_2_amount': 6000})
A('zh', 'acquisition_2_cash', '同上', ASK)
A('zh', 'acquisition_2_stake_pct', '也是51', V(51))
A('zh', 'main_product_share_pct', '八成以上', V(80))
A('zh', 'rd_ratio_3y_avg_pct', '不知道', UNK)
A('zh', 'upgrade_investment_last_year', '专项审计报告确认的是一千零五十万，我们自己算的一千二', V(1050))
A('zh', 'taxes_paid_last_year', '不到400万', ASK)
A('zh', 'taxes_paid_last_year', '三百九十多万', V(390))
A('zh', 'taxes_paid_last_year', '400万以上算吗', Q)
A('zh', 'taxes_paid_last_year', '之前说的营收不对，主营应该是1.6个亿', COR, {'revenue_last_year': 16000})
A('zh', 'identifier_registrations_yi', '两千万', V(0.2))
A('zh', 'identifier_connected_enterprises', '一千二百多家', V(1200))
A('zh', 'platform_indicators_met', '这个要问下平台运营那边', UNK)
A('zh', 'has_plan_and_targets', '方案在写，绩效目标还没定', V(False))
A('zh', 'lab_cooperation_years', '签了五年，建设期两年', V(5))
A('zh', 'event_kind', '不是展会，是个大赛', V('activity'))
A('zh', 'innovation_center_age_years', '不到三年', ASK)
A('zh', 'service_team_size', '专职八个，兼职五六个', V(8))
A('zh', 'smes_served_2021', '三百多家', V(300))
A('zh', 'public_events_2021', '二十几场', V(20))
A('zh', 'satisfaction_pct', '九成五', V(95))
A('zh', 'satisfaction_pct', '上面服务企业数写错了，是一百三十家', COR, {'smes_served_2021': 130})
A('zh', 'new_above_scale_2021', '一家都没有', V(0))
A('zh', 'free_service_share_pct', '两成', V(20))
A('zh', 'all_services_free', '都免费', V(True))
A('zh', 'registered_capital', '我们是事业单位，也要看注册资金吗', Q)
A('zh', 'revenue_3y_avg', '年均六百出头', V(600))
A('zh', 'trainees_3y_avg', '每年一千五百人次左右，不算线上', V(1500))
A('zh', 'trainees_3y_avg', '含线上大概三千人次', ASK)
A('zh', 'trainees_3y_avg', '线上培训算不算人次', Q)
A('zh', 'long_classes', '八个班 都是四天的', V(8))
A('zh', 'training_cities', '南京 苏州 扬州 徐州 淮安', V(5))
A('zh', 'training_free', '没有收费的，交通自理', V(True))
# --- zh: commands and more unknowns
A('zh', 'loan_term_years', '结果', CMD)
A('zh', 'stage', '/result', CMD)
A('zh', 'software_investment', '先看看结果吧', CMD)
A('zh', 'approvals_complete', '/reset', CMD)
A('zh', 'revenue_growth_3y_avg_pct', '算了，从头来', CMD)
A('zh', 'identifier_promotion_events', '先出个结果看看能报哪些', CMD)
A('zh', 'core_tech_direction', '不好说', UNK)
A('zh', 'equipment_invoice_2021', '这个我得问下老板', UNK)
A('zh', 'training_years', '没统计过', UNK)
A('zh', 'new_above_scale_2021', '不是很清楚', UNK)

# --- en
A('en', 'equipment_bought_with_loan', 'yes already buy, all machine arrive in July', V(True))
A('en', 'equipment_bought_with_loan', "Not yet. The purchase orders are out but nothing has been paid from the loan.", V(False))
A('en', 'approvals_complete', 'Filing yes. EIA not sure.', ASK)
A('en', 'in_jiangsu', 'HQ is in Shanghai, the plant is in Kunshan', V(False))
A('en', 'in_jiangsu', 'Yes, both in Wuxi.', V(True))
A('en', 'applicant_kind', "We're a university, Nanjing Tech.", V('university'))
A('en', 'revenue_last_year', 'Output value was about 300 million.', ASK)
A('en', 'revenue_last_year', 'RMB 40m', V(4000))
A('en', 'total_investment', 'between 30 and 40 million', ASK)
A('en', 'total_investment', '$6m', ASK)
A('en', 'total_investment', 'roughly 25 million, excluding VAT and the building', V(2500))
A('en', 'total_investment', 'What counts as total investment, is civil works included?', Q)
A('en', 'fixed_asset_loan', 'no loan, all own funds', V(0))
A('en', 'fixed_asset_loan', "Credit line is 50m, we've drawn 32m so far.", ASK)
A('en', 'loan_rate_pct', 'LPR + 30bp', ASK)
A('en', 'loan_rate_pct', 'sorry, the loan was 20m not 25m', COR, {'fixed_asset_loan': 2000})
A('en', 'loan_term_years', 'show me the result', CMD)
A('en', 'loan_interest_paid_2021', 'not sure, finance has it', UNK)
A('en', 'loan_interest_paid_2021', 'about 1.1 million', V(110))
A('en', 'start_date', 'last September', V('2021-09-30'))
A('en', 'start_date', 'sometime in 2021', ASK)
A('en', 'completion_date', "it's done, went live on 15 Nov 2021", V('2021-11-15'), {'stage': 'completed'})
A('en', 'stage', 'done', V('completed'))
A('en', 'stage', 'Not started yet, groundbreaking next month', V('planned'))
A('en', 'stage', 'Correction: the project started in May 2021, not June.', COR, {'start_date': '2021-05-31'})
A('en', 'accepted', "Acceptance meeting was held but the opinion letter hasn't been issued.", V(False))
A('en', 'accepted', 'Who is the recommending unit, the city bureau?', Q)
A('en', 'certifications', 'none', V([]))
A('en', 'certifications', "We're a 2021 little giant and also on the smart factory list. That's all.", V(['little-giant-2021', 'smart-factory-list']))
A('en', 'certifications', 'little giant I think, not sure about the others', ASK, {'certifications_include': ['little-giant-2021']})
A('en', 'certifications', 'start over', CMD)
A('en', 'stake_after_pct', 'a majority', ASK)
A('en', 'stake_after_pct', 'a quarter', V(25))
A('en', 'acquisition_amount', 'EUR 9 million', ASK)
A('en', 'acquisition_amount', 'USD 8m, which was RMB 52 million at closing', V(5200))
A('en', 'acquisition_date', 'registration changes completed on 3 December 2021', V('2021-12-03'))
A('en', 'largest_shareholder', "We're tied with the founder, 45% each.", V(False), {'stake_after_pct': 45})
A('en', 'rd_investment', 'just under 30 million', ASK)
A('en', 'rd_investment', 'RMB 36m, counted per 2.2.3', V(3600))
A('en', 'taxes_paid_last_year', 'about 5.2m', V(520))
A('en', 'identifier_registrations_yi', 'around 300 million identifiers', V(3))
A('en', 'satisfaction_pct', 'roughly 92%', V(92))
A('en', 'planned_trainees', '900 people in total', V(900))
A('en', 'training_free', 'Trainees pay nothing except their own train tickets.', V(True))
A('en', 'fiveg_direction', 'reset', CMD)
A('en', 'rd_ratio_3y_avg_pct', "I'd have to check with finance", UNK)
A('en', 'loan_from_jiangsu_bank', 'Bank of Nanjing, Yangzhou branch', V(True))

A('en', 'acquisition_cash', 'no idea, the boss handled the payment side', UNK)
A('en', 'training_cities', "don't know yet, the venues aren't fixed", UNK)
A('en', 'filed_total_investment', 'Does the 30 million floor apply to this filed figure or to the net one?', Q)
A('en', 'taxes_paid_last_year', 'Do VAT refunds count as taxes paid?', Q)
A('en', 'min_class_size', 'Is 50 the minimum per class?', Q)
A('en', 'loan_interest_paid_2021', 'just show me the results', CMD)
A('en', 'main_product_share_pct', 'sorry, revenue last year was RMB 180m, not 150m', COR, {'revenue_last_year': 18000})
A('en', 'accepted', 'Actually the project was completed on 30 November 2021, not in October.', COR, {'completion_date': '2021-11-30', 'stage': 'completed'})

def main():
    for name, data in (('openings.json', OPENINGS), ('answers.json', ANSWERS)):
        with open(os.path.join(HERE, name), 'w', encoding='utf-8') as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print('openings', Counter(o['lang'] for o in OPENINGS))
    print('answers', Counter(a['lang'] for a in ANSWERS))
    print('kinds', Counter((list(a['expect'])[0] if 'not_answer' not in a['expect'] else 'na:' + a['expect']['not_answer']) for a in ANSWERS))
    print('slots', len({a['slot'] for a in ANSWERS}), 'types', sorted({VOC[a['slot']]['type'] for a in ANSWERS}))

if __name__ == '__main__':
    main()
