#!/usr/bin/env python3
"""Blind dialog corpus tune-zo for the 2022 Jiangsu special-fund guide.
Writes openings.json and answers.json next to this file. Data kept in writing order.
Question texts are copied verbatim from /work/kit/facts-vocabulary.json."""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
VOC = {f['key']: f for f in json.load(open('/work/kit/facts-vocabulary.json'))['facts']}

# ---------------------------------------------------------------- openings
openings = []
def O(lang, text, facts, mnr=(), note=''):
    n = sum(1 for o in openings if o['lang'] == lang) + 1
    openings.append({"id": f"o-{lang}-{n:03d}", "lang": lang, "text": text,
                     "facts": facts, "must_not_record": list(mnr), "note": note})

# tech-loan
O('zh', '你好，我们是常州武进做齿轮箱的规上工业企业，技改项目也在武进。去年产值3个多亿，项目备案总投资六千五百万，固贷四千万，常州本地农商行放的，设备已经用贷款买了',
  {"in_jiangsu": True, "applicant_kind": "enterprise", "industrial": True, "above_scale": True,
   "filed_total_investment": 6500, "fixed_asset_loan": 4000, "loan_from_jiangsu_bank": True,
   "equipment_bought_with_loan": True},
  ["revenue_last_year"], "tech-loan; 产值 is not 主营业务收入")
O('zh', '苏州吴江的纺织厂 规上的 想申请技改贴息 银行授信给了5000万 实际提款3200万 备案总投资7800万',
  {"above_scale": True, "filed_total_investment": 7800},
  ["fixed_asset_loan"], "tech-loan; 授信 vs 提款 are two competing loan figures")
O('zh', '我们盐城的 报技改贴息 去年用固贷买设备的发票加起来2260万 含税的 去年付利息138万 利率4.35% 贷5年',
  {"equipment_bought_with_loan": True, "loan_interest_paid_2021": 138, "loan_rate_pct": 4.35, "loan_term_years": 5},
  ["equipment_invoice_2021"], "tech-loan; invoice figure is tax-inclusive, the question asks ex-tax")
O('zh', '无锡惠山的汽车零部件企业，规上。技改项目备案总投资1.2个亿，里面厂房土建占了四千多万，固贷2800万已经放款了，设备还没买',
  {"above_scale": True, "filed_total_investment": 12000, "fixed_asset_loan": 2800, "equipment_bought_with_loan": False},
  ["total_investment"], "tech-loan; filed total includes civil works, the net figure is not stated (no subtraction); negation 设备还没买")
# smart-factory
O('zh', '南通的企业，项目也在南通，我们在省级智能制造示范工厂名单里。项目备案总投资9600万，按不含税、不含土建和铺底流动资金算是6100万，其中软件和系统集成900万，去年10月完工的',
  {"in_jiangsu": True, "certifications_include": ["smart-factory-list"], "filed_total_investment": 9600,
   "total_investment": 6100, "software_investment": 900, "completion_date": "2021-10-31", "stage": "completed"},
  ["certifications"], "smart-factory; filed total beside the ex-tax ex-civil-works total")
O('zh', '公司注册在上海，工厂和这个智能制造项目在昆山。项目总投资不含税不含土建4200万，去年8月建成投产，推荐单位还没验收',
  {"in_jiangsu": False, "total_investment": 4200, "completion_date": "2021-08-31", "stage": "completed", "accepted": False},
  [], "smart-factory; applicant outside Jiangsu though the project is in Kunshan")
# iiot-benchmark
O('zh', '我们进了省工业互联网标杆工厂名单，智能制造示范工厂那个没评上。项目去年12月完工，总投入三千五（不含税、不含土建），验收意见也拿到了',
  {"certifications_include": ["iiot-benchmark-list"], "completion_date": "2021-12-31", "stage": "completed",
   "total_investment": 3500, "accepted": True},
  ["certifications"], "iiot-benchmark; partial mention plus one negation is not a complete list")
# 5g-iiot
O('zh', '徐州一家工程机械配套厂，在厂里自建5G专网，用到生产、设备运维和物流上，想报5G+工业互联网。总投资2400万不含税，截至去年底投了不到500万，现在在建，预计明年6月建完',
  {"fiveg_direction": True, "total_investment": 2400, "stage": "under_construction", "completion_date": "2023-06-30"},
  ["invested_by_2021_end"], "5g-iiot; 不到500万 is not recordable (20% of 2400 is 480)")
# service-upgrade
O('zh', '我们是国家级服务型制造示范企业，想报服务化改造标杆示范，做的是远程运维加全生命周期管理平台。项目总投入不含税2600万，其中软件四百来万',
  {"certifications_include": ["service-manufacturing-demo"], "service_direction": True,
   "total_investment": 2600, "software_investment": 400},
  ["certifications"], "service-upgrade; 国家级 counts as 省级及以上; 四百来万 → 400")
# iiot-identifier
O('zh', '南京一家信息技术公司，建设行业型标识解析二级节点，已经通过信通院组织的专家评估。总投资1100万，目标累计注册量2.5亿、解析量1.2亿、接入企业一千二百家，推广活动已经办了6场',
  {"certifications_include": ["identifier-expert-review"], "total_investment": 1100,
   "identifier_registrations_yi": 2.5, "identifier_resolutions_yi": 1.2,
   "identifier_connected_enterprises": 1200, "identifier_promotion_events": 6},
  ["certifications"], "iiot-identifier; 信通院 is a MIIT-affiliated unit")
# iiot-platform
O('zh', '我们平台2019年认定为省重点工业互联网平台。项目去年9月完工，总投资1500万，推荐单位验收了但意见还没出，监测系统对接的承诺函可以出',
  {"certifications_include": ["key-iiot-platform"], "completion_date": "2021-09-30", "stage": "completed",
   "total_investment": 1500, "accepted": False, "platform_monitoring_commitment": True},
  ["certifications"], "iiot-platform; 验收了但意见还没出 → accepted false")
# iiot-security
O('zh', '做工控安全的企业，能提供安全监测、地址溯源、测评和应急响应服务，也承诺和省工业信息安全保障平台对接。项目总投入800万，截至21年底投了两百来万',
  {"security_services_commitment": True, "total_investment": 800, "invested_by_2021_end": 200},
  [], "iiot-security")
# xinchuang-lab
O('zh', '我们是省内骨干信创企业，和南京一所高校在校内共建信创实验室，合作期5年，学校出场地并负责运营，我们出软硬件和服务，两年建设期投入一千二百万',
  {"certifications_include": ["xinchuang-backbone"], "lab_with_jiangsu_university": True,
   "lab_cooperation_years": 5, "lab_roles_agreed": True, "total_investment": 1200},
  ["certifications"], "xinchuang-lab")
# data-product
O('zh', '公司在省工信厅大数据企业库里，但项目还没进大数据示范项目名单。做的是工业数据分析平台，总投入1300万，去年11月完工，验收意见拿到了',
  {"certifications_include": ["cloud-bigdata-registry"], "data_product_tech": True, "total_investment": 1300,
   "completion_date": "2021-11-30", "stage": "completed", "accepted": True},
  ["certifications"], "data-product; negation of bigdata-demo-project does not make the list complete")
# core-tech
O('zh', '做IGBT功率器件的，想报关键核心技术攻关，研发投入预计两三千万，手上有几个发明专利',
  {"core_tech_direction": True},
  ["rd_investment", "own_ip"], "core-tech; range; patents alone are a partial yes to the three-part own_ip question")
O('zh', '苏州的，做高端数控机床（工业母机），攻关项目研发投入3800万，24年6月底前完成，研发基础、自主知识产权都有，资金也能保障',
  {"core_tech_direction": True, "rd_investment": 3800, "own_ip": True, "completion_date": "2024-06-30"},
  [], "core-tech")
# merger
O('zh', '去年我们收购了德国一家做精密轴承的公司，出资1200万欧元，全是现金，收购后持股80%，去年8月20号工商和股权变更办完了',
  {"stake_after_pct": 80, "acquisition_date": "2021-08-20", "acquisition_registered": True, "merger_completed_2021": True},
  ["acquisition_amount", "acquisition_cash"], "merger; foreign currency without an RMB figure")
O('zh', '我们是发起方，去年收购了安徽一家化工企业，实际出资6.5个亿，其中现金4个亿，剩下的换股。收购后持股50%，和原老板并列第一大股东',
  {"merger_initiator": True, "acquisition_amount": 65000, "acquisition_cash": 40000, "stake_after_pct": 50,
   "largest_shareholder": False},
  ["in_jiangsu"], "merger; Anhui is the target's place, not the applicant's; 并列第一 → not sole largest")
# little-giant
O('zh', '我们是2021年新认定的省专精特新小巨人，近三年主营收入平均增长12%，主导产品占比七成，近三年研发投入占比平均5.2%，去年实缴税金380万',
  {"certifications_include": ["little-giant-2021"], "revenue_growth_3y_avg_pct": 12, "main_product_share_pct": 70,
   "rd_ratio_3y_avg_pct": 5.2, "taxes_paid_last_year": 380},
  ["certifications"], "little-giant")
O('zh', '我们19年就是省小巨人了，去年主营1.8个亿，创新升级、管理升级这些综合投入一千一百万，做了专项审计，税交了五百多万',
  {"revenue_last_year": 18000, "upgrade_investment_last_year": 1100, "taxes_paid_last_year": 500},
  ["certifications"], "little-giant; a 2019 recognition is not little-giant-2021")
# honor-award
O('zh', '去年我们被工信部认定为国家制造业单项冠军企业，也是去年第一次进中国企业500强（制造业）',
  {"certifications_include": ["single-champion-2021", "top500-first-2021"]},
  ["certifications"], "honor-award")
# green-upgrade
O('zh', '泰州的化工企业，做节能降碳技改，项目总投资3000万，去年底已经投了900万，现在还在建，明年底完工',
  {"green_direction": True, "total_investment": 3000, "invested_by_2021_end": 900, "stage": "under_construction",
   "completion_date": "2023-12-31"},
  [], "green-upgrade")
O('zh', '我们是台州的，做废旧动力电池回收再利用，项目总投资两千五百万，手续都齐了',
  {"in_jiangsu": False, "green_direction": True, "total_investment": 2500, "approvals_complete": True},
  [], "green-upgrade; 台州 is in Zhejiang")
# innovation-center
O('zh', '我们是省级制造业创新中心的依托企业，创新中心前年批复试点建设，这次项目建设周期两年，总投入6000万',
  {"certifications_include": ["provincial-innovation-center"], "total_investment": 6000},
  ["certifications"], "innovation-center; 前年批复 gives a year only, innovation_center_age_years left unscored")
# cluster-org
O('zh', '我们是服务无锡物联网集群的促进机构，民非性质，专职团队12个人，参加过国家集群竞赛，2021年集群服务收入一百八十万',
  {"applicant_kind": "nonprofit", "cluster_focus": True, "service_team_size": 12, "cluster_participation": True,
   "cluster_service_revenue_2021": 180},
  [], "cluster-org")
# sme-platform
O('zh', '我们是有效期内的省中小企业公共服务示范平台，21年线下服务了一百五十多家中小企业，公益活动十来场，满意度95%，平台项目投入含税480万',
  {"certifications_include": ["sme-service-platform"], "smes_served_2021": 150, "public_events_2021": 10,
   "satisfaction_pct": 95},
  ["platform_investment_2021", "certifications"], "sme-platform; investment is tax-inclusive")
# info-consumption
O('zh', '做智慧养老服务平台的，总投入700万，21年底投了一百五，备案环评能评都齐了，明年6月底完成',
  {"info_consumption_direction": True, "total_investment": 700, "invested_by_2021_end": 150,
   "approvals_complete": True, "completion_date": "2023-06-30"},
  [], "info-consumption")
# talent-training
O('zh', '我们是培训机构，营业执照经营范围里有职业技能培训，注册资金300万，近三年年均收入六七百万，年均线下培训2000人次左右',
  {"training_licensed": True, "registered_capital": 300, "trainees_3y_avg": 2000},
  ["revenue_3y_avg"], "talent-training; revenue is a range")

# English
O('en', "Hi, I'm the CFO of a German-owned auto parts maker in Taicang, Jiangsu, above designated size. Our upgrade project is filed at RMB 52 million. The fixed-asset loan is USD 4 million from a bank in Shanghai, and we've already bought the equipment with it.",
  {"above_scale": True, "filed_total_investment": 5200, "equipment_bought_with_loan": True, "loan_from_jiangsu_bank": False},
  ["fixed_asset_loan"], "tech-loan; loan in USD; lender outside Jiangsu")
O('en', "hello, we are in provincial smart factory list (智能制造示范工厂). project finished Dec 2021, total investment 45 million yuan include VAT, software part around 6 million yuan",
  {"certifications_include": ["smart-factory-list"], "completion_date": "2021-12-31", "stage": "completed",
   "software_investment": 600},
  ["total_investment", "certifications"], "smart-factory; total is VAT-inclusive")
O('en', "We're building a 5G private network in our Suzhou plant, used for production and logistics. Total budget somewhere between 30 and 40 million yuan; construction started in March 2022.",
  {"fiveg_direction": True, "stage": "under_construction", "start_date": "2022-03-31"},
  ["total_investment"], "5g-iiot; range")
O('en', "Our platform was recognised as a provincial key industrial internet platform in 2020. Project cost RMB 12 million, completed last September, and the recommending unit has issued its acceptance opinion.",
  {"certifications_include": ["key-iiot-platform"], "total_investment": 1200, "completion_date": "2021-09-30",
   "stage": "completed", "accepted": True},
  ["certifications"], "iiot-platform")
O('en', "Writing from the management committee of a provincial high-tech zone in Nanjing. We'd like to apply as an IT application innovation (xinchuang) pilot zone: investment budget about 150 million yuan over two years, and a dedicated operating company is already set up.",
  {"applicant_kind": "park", "in_jiangsu": True, "total_investment": 15000, "xinchuang_zone_operator": True},
  [], "xinchuang-zone")
O('en', "We acquired a Nantong valve maker last year; business and equity registration was done in November 2021. The agreed price was 180 million yuan but we have actually paid 150 million so far, all in cash. We now hold 70%.",
  {"acquisition_registered": True, "acquisition_date": "2021-11-30", "merger_completed_2021": True, "stake_after_pct": 70},
  ["acquisition_amount", "acquisition_cash"], "merger; agreed price vs paid-so-far are two competing figures")
O('en', "We're a provincial 'little giant' (newly recognised in 2021). Main business revenue last year RMB 260 million, taxes paid 4.6 million, R&D averaged around 4.5% of revenue over the last three years.",
  {"certifications_include": ["little-giant-2021"], "revenue_last_year": 26000, "taxes_paid_last_year": 460,
   "rd_ratio_3y_avg_pct": 4.5},
  ["certifications"], "little-giant")
O('en', "Energy-saving retrofit at our steel plant in Zhangjiagang. Total investment RMB 28m, roughly a third spent by end-2021, still under construction, to be finished by the end of 2023.",
  {"green_direction": True, "total_investment": 2800, "stage": "under_construction", "completion_date": "2023-12-31"},
  ["invested_by_2021_end"], "green-upgrade; relative figure")
O('en', "We are a public institution (事业单位) under a provincial department. Planning 10 classes for 900 trainees in 4 cities, at least 60 people per class, free of charge for trainees.",
  {"applicant_kind": "public_institution", "planned_trainees": 900, "training_cities": 4, "min_class_size": 60,
   "training_free": True},
  ["long_classes"], "talent-training; 10 classes is all classes, not those of 3.5 days or more")
O('en', "Our incubator is a provincial micro and small business innovation demonstration base (小微企业双创示范基地). In 2021 we served about 200 SMEs offline, held 12 free events, and 3 of our firms became above-scale.",
  {"certifications_include": ["micro-business-base"], "smes_served_2021": 200, "public_events_2021": 12,
   "new_above_scale_2021": 3},
  ["certifications"], "sme-platform (双创示范基地)")
O('en', "This is the Wuxi Municipal Bureau of Industry and Information Technology. We co-organise the World IoT Expo every year and want to apply for exhibition support.",
  {"applicant_kind": "city_bureau", "event_kind": "exhibition", "event_listed": True},
  [], "expo-event; 世界物联网博览会 is listed in 3.4")
O('en', "We're a Sino-Japanese JV in Wuxi making MCU chips for cars. R&D budget for the project is JPY 1.2 billion; we hold related patents, run our own R&D centre and can fund it ourselves.",
  {"core_tech_direction": True, "own_ip": True},
  ["rd_investment"], "core-tech; R&D in yen")

# ---------------------------------------------------------------- answers
answers = []
def A(lang, slot, text, expect, also=None):
    n = sum(1 for a in answers if a['lang'] == lang) + 1
    a = {"id": f"a-{lang}-{n:03d}", "lang": lang, "slot": slot,
         "question": VOC[slot]['question']['zh-CN' if lang == 'zh' else 'en'],
         "text": text, "expect": expect}
    if also: a["also"] = also
    answers.append(a)
V = lambda v: {"value": v}
ASK = {"ask": True}
UNK = {"unknown": True}
Q = {"not_answer": "question"}
COR = {"not_answer": "correction"}
CMD = {"not_answer": "command"}

# --- applicant (zh)
A('zh', 'in_jiangsu', '对 都在江苏 公司在扬州项目也在扬州', V(True))
A('zh', 'in_jiangsu', '公司在上海，项目落在昆山', V(False))
A('zh', 'in_jiangsu', '在泰州，不是浙江那个台州哈', V(True))
A('zh', 'in_jiangsu', '我们在通州', ASK)
A('zh', 'applicant_kind', '园区里的一家企业', V('enterprise'))
A('zh', 'applicant_kind', '我们是常州一所职业技术学院', V('university'))
A('zh', 'applicant_kind', '市工信局产业科的', V('city_bureau'))
A('zh', 'applicant_kind', '不是企业，我们是事业单位', V('public_institution'))
A('zh', 'industrial', '是的 做电线电缆的 制造企业', V(True))
A('zh', 'revenue_last_year', '一个多亿', V(10000))
A('zh', 'revenue_last_year', '营业收入3.2亿 主营是2.9亿', V(29000))
A('zh', 'revenue_last_year', '产值有三个亿', ASK)
A('zh', 'revenue_last_year', '要问财务', UNK)
A('zh', 'above_scale', '是规上，去年主营2.6个亿', V(True), {"revenue_last_year": 26000})
A('zh', 'certifications', '都没有', V([]))
A('zh', 'certifications', '省级智能制造示范工厂、省级工业设计中心', V(["smart-factory-list", "industrial-design-center"]))
A('zh', 'certifications', '2019年评的省小巨人，除了这个别的都没有', V([]))
A('zh', 'certifications', '21年评上的省小巨人，其他的记不太清了', ASK, {"certifications_include": ["little-giant-2021"]})
A('zh', 'certifications', '小巨人是不是一定要21年新认定的', Q)
A('zh', 'certifications', '前面说台州是打错字了，是泰州，公司和项目都在泰州', COR, {"in_jiangsu": True})
A('zh', 'approvals_complete', '齐了齐了', V(True))
A('zh', 'approvals_complete', '备案有了，环评能评不需要办，推荐单位已经出了说明', V(True))
A('zh', 'approvals_complete', '备案环评都有了，能评还在走流程', V(False))
A('zh', 'approvals_complete', '这个项目不需要办这些', ASK)
A('zh', 'approvals_complete', '这个得问下办手续的同事', UNK)
# --- investment (zh)
A('zh', 'total_investment', '三千五', V(3500))
A('zh', 'total_investment', '不含税不含土建的话2860万，备案那个数是四千二', V(2860), {"filed_total_investment": 4200})
A('zh', 'total_investment', '差不多五千万', V(5000))
A('zh', 'total_investment', '四五千万吧', ASK)
A('zh', 'total_investment', '备案是九千万 里面有两千万是厂房土建', ASK, {"filed_total_investment": 9000})
A('zh', 'total_investment', '总投资得到3000万才行？', Q)
A('zh', 'filed_total_investment', '备案证上写的7600万', V(7600))
A('zh', 'filed_total_investment', '同上，备案也是4500万，没有土建', V(4500))
A('zh', 'total_investment_basis', '就是备案证上的数', V('filed'))
A('zh', 'total_investment_basis', '不是备案那个，是扣掉税和土建以后的', V('net'))
A('zh', 'software_investment', '四百出头，四百零几万吧', V(400))
A('zh', 'software_investment', '软件和硬件一共1500万', ASK)
A('zh', 'software_investment', '云服务费算不算软件投入', Q)
A('zh', 'invested_by_2021_end', '完成了六成', ASK)
A('zh', 'invested_by_2021_end', '到今年6月底投了1800万', ASK)
A('zh', 'invested_by_2021_end', '账上没细算，说不准', UNK)
A('zh', 'invested_by_2021_end', '5G项目那个20%进度是按啥算的', Q)
# --- schedule (zh)
A('zh', 'start_date', '21年4月8号开的工', V('2021-04-08'))
A('zh', 'start_date', '今年2月开工的 现在设备正在装', V('2022-02-28'), {"stage": "under_construction"})
A('zh', 'start_date', '上个月刚开工', ASK, {"stage": "under_construction"})
A('zh', 'start_date', '9月底', ASK)
A('zh', 'completion_date', '去年11月底完工的', V('2021-11-30'), {"stage": "completed"})
A('zh', 'completion_date', '2021.12', V('2021-12-31'))
A('zh', 'stage', '在建', V('under_construction'))
A('zh', 'stage', '完成一半了', V('under_construction'))
A('zh', 'stage', '不是在建', ASK)
A('zh', 'stage', '更正一下，总投资是6200万不是5200万', COR, {"total_investment": 6200})
A('zh', 'accepted', '推荐单位来验过了 不过验收意见还没出', V(False))
A('zh', 'accepted', '验收意见上周拿到了', V(True))
A('zh', 'accepted', '验收意见是谁出？推荐单位指的哪个', Q)
A('zh', 'accepted', '刚才开工日期说错了，应该是2021年5月10号', COR, {"start_date": "2021-05-10"})
# --- loan (zh)
A('zh', 'fixed_asset_loan', '没贷，全部自筹', V(0))
A('zh', 'fixed_asset_loan', '贷了三千来万', V(3000))
A('zh', 'fixed_asset_loan', '授信5000，提了3000', ASK)
A('zh', 'fixed_asset_loan', '贷款还在批', ASK)
A('zh', 'loan_from_jiangsu_bank', '工行南通分行放的', V(True))
A('zh', 'equipment_bought_with_loan', '买了', V(True))
A('zh', 'equipment_bought_with_loan', '还没买，设备下个月才到', V(False))
A('zh', 'equipment_bought_with_loan', '买了一部分', ASK)
A('zh', 'loan_interest_paid_2021', '去年利息付了86万', V(86))
A('zh', 'loan_interest_paid_2021', '利息一百二十万左右，里面有土建贷款那部分', ASK)
A('zh', 'loan_interest_paid_2021', '去年的利息按什么利率贴？', Q)
A('zh', 'loan_rate_pct', '百分之三点八五', V(3.85))
A('zh', 'loan_rate_pct', '0.038', ASK)
A('zh', 'loan_rate_pct', '不对，前面贷款总额说错了，是两千八百万', COR, {"fixed_asset_loan": 2800})
A('zh', 'loan_term_years', '结果', CMD)
A('zh', 'other_interest_subsidy_2021', '市里好像给过 具体多少不清楚', UNK)
A('zh', 'equipment_invoice_2021', '不含税1800万', V(1800))
A('zh', 'equipment_invoice_2021', '发票含税2034万', ASK)
A('zh', 'equipment_invoice_2021', '贴息和设备补助能一起拿吗？最多多少', Q)
A('zh', 'equipment_invoice_2021', '更正：利率是3.95%，不是4.35', COR, {"loan_rate_pct": 3.95})
# --- core tech (zh)
A('zh', 'rd_investment', '研发攻关投入三千二，人工材料设备都算进去了', V(3200))
A('zh', 'rd_investment', '研发投入占营收5%左右', ASK)
A('zh', 'own_ip', '都有，资金也没问题', V(True))
A('zh', 'own_ip', '有几个发明专利', ASK)
A('zh', 'core_tech_direction', '不太确定算不算', UNK)
# --- merger (zh)
A('zh', 'acquisition_amount', '出资一亿二，其中现金八千万', V(12000), {"acquisition_cash": 8000})
A('zh', 'acquisition_amount', '500万美元 折成人民币三千二百多万', V(3200))
A('zh', 'acquisition_amount', '几个并购项目的出资能加起来算吗', Q)
A('zh', 'acquisition_cash', '一半现金', ASK)
A('zh', 'acquisition_registered', '办了办了，去年12月就变更完了', V(True), {"acquisition_date": "2021-12-31"})
A('zh', 'stake_after_pct', '全资', V(100))
A('zh', 'stake_after_pct', '/result', CMD)
A('zh', 'largest_shareholder', '跟另一家并列第一，各占45%', V(False), {"stake_after_pct": 45})
A('zh', 'acquisition_2_date', '今年1月', V('2022-01-31'))
# --- little giant (zh)
A('zh', 'main_product_share_pct', '八成以上', V(80))
A('zh', 'rd_ratio_3y_avg_pct', '四个点', V(4))
A('zh', 'revenue_growth_3y_avg_pct', '/reset', CMD)
A('zh', 'taxes_paid_last_year', '四百来万', V(400))
A('zh', 'taxes_paid_last_year', '今年上半年交了三百万', ASK)
A('zh', 'taxes_paid_last_year', '必须满400万吗？', Q)
A('zh', 'taxes_paid_last_year', '等下 营收我写错了 是1.6个亿', COR, {"revenue_last_year": 16000})
# --- platforms (zh)
A('zh', 'identifier_registrations_yi', '两千万', V(0.2))
A('zh', 'identifier_showroom', '算了，从头来', CMD)
A('zh', 'platform_indicators_met', '不清楚满不满足', UNK)
A('zh', 'xinchuang_zone_basis', '不太清楚，要问园区招商', UNK)
A('zh', 'lab_with_jiangsu_university', '跟浙大合作的', V(False))
A('zh', 'lab_cooperation_years', '清空，重来一遍', CMD)
A('zh', 'lab_breakthrough_direction', '这个还没定，不知道', UNK)
A('zh', 'data_product_tech', '不填了，直接出结果', CMD)
A('zh', 'replicable_solution', '不好说', UNK)
A('zh', 'event_kind', '不是展会，是比赛', V('activity'))
# --- cluster / sme (zh)
A('zh', 'service_team_size', '十来个', V(10))
A('zh', 'cluster_focus', '先看看结果吧', CMD)
A('zh', 'cluster_org_basics', '不是很清楚', UNK)
A('zh', 'satisfaction_pct', '九成五', V(95))
A('zh', 'satisfaction_pct', '上一条打错了，服务企业是135家不是153', COR, {"smes_served_2021": 135})
A('zh', 'new_above_scale_2021', '一家都没有', V(0))
A('zh', 'platform_investment_2021', '含税450万', ASK)
A('zh', 'free_service_share_pct', '两成', V(20))
A('zh', 'public_welfare_platform', '不知道算不算纯公益', UNK)
# --- training (zh)
A('zh', 'registered_capital', '重新开始', CMD)
A('zh', 'revenue_3y_avg', '六七百万', ASK)
A('zh', 'trainees_3y_avg', '线上培训的人次算不算', Q)
A('zh', 'training_experience', '要问下我们培训部', UNK)
A('zh', 'long_classes', '10个班，其中3.5天以上的8个', V(8))
A('zh', 'long_classes', '一共12个班', ASK)
A('zh', 'min_class_size', '不好意思 培训城市改成5个', COR, {"training_cities": 5})
A('zh', 'training_cities', '南京、苏州、扬州、徐州四个市', V(4), {"training_all_regions": True})
A('zh', 'training_free', '不收学员一分钱，来回路费自理', V(True))

# --- English
A('en', 'in_jiangsu', 'yes both in Wuxi', V(True))
A('en', 'in_jiangsu', 'HQ is in Shanghai, the plant and this project are in Kunshan', V(False))
A('en', 'applicant_kind', "We're an industry association, registered as a non-profit (民非)", V('nonprofit'))
A('en', 'industrial', "No, we're a software house", V(False))
A('en', 'revenue_last_year', 'about RMB 180 million', V(18000))
A('en', 'revenue_last_year', 'our output value is around 300m', ASK)
A('en', 'certifications', "We're a provincial industrial design centre, I think there's one more but I can't remember", ASK,
  {"certifications_include": ["industrial-design-center"]})
A('en', 'total_investment', 'between 30 and 40 million', ASK)
A('en', 'total_investment', 'USD 8 million', ASK)
A('en', 'total_investment', 'Does the 30 million threshold include civil works?', Q)
A('en', 'filed_total_investment', 'the filing says 75 million yuan', V(7500))
A('en', 'total_investment_basis', "I'm not sure which one finance gave me", UNK)
A('en', 'software_investment', 'roughly RMB 5m', V(500))
A('en', 'invested_by_2021_end', 'around 9 million yuan by end of 2021', V(900))
A('en', 'start_date', 'last September', V('2021-09-30'))
A('en', 'start_date', 'sometime in 2021', ASK)
A('en', 'start_date', 'wait, the project finished in Oct 2021, not Dec', COR, {"completion_date": "2021-10-31"})
A('en', 'completion_date', "finished on 15 Nov 2021, it's done", V('2021-11-15'), {"stage": "completed"})
A('en', 'stage', "we haven't broken ground yet", V('planned'))
A('en', 'accepted', 'not yet accept', V(False))
A('en', 'accepted', 'show me the result', CMD)
A('en', 'fixed_asset_loan', 'no loan, all own funds', V(0))
A('en', 'fixed_asset_loan', '40 million yuan, from Bank of Jiangsu', V(4000), {"loan_from_jiangsu_bank": True})
A('en', 'fixed_asset_loan', "credit line is 50m, we've drawn 32m so far", ASK)
A('en', 'fixed_asset_loan', "What's the max subsidy for the loan interest program?", Q)
A('en', 'equipment_bought_with_loan', 'yes we already buy the equipment use this loan', V(True))
A('en', 'loan_interest_paid_2021', 'not sure, need to check with finance', UNK)
A('en', 'loan_rate_pct', 'LPR + 30bp', ASK)
A('en', 'loan_term_years', 'five years', V(5))
A('en', 'loan_term_years', "Sorry, I gave the wrong loan amount earlier, it's 22 million yuan", COR, {"fixed_asset_loan": 2200})
A('en', 'other_interest_subsidy_2021', 'nothing from the city or county', V(0))
A('en', 'equipment_invoice_2021', '12.6 million yuan ex-VAT', V(1260))
A('en', 'rd_investment', '35000000', ASK)
A('en', 'acquisition_amount', 'USD 9m, which is about RMB 58m', V(5800))
A('en', 'acquisition_amount', 'EUR 10 million', ASK)
A('en', 'acquisition_cash', 'Is a share swap counted as cash?', Q)
A('en', 'stake_after_pct', 'a majority', ASK)
A('en', 'same_parent', 'No, unrelated third party', V(False))
A('en', 'acquisition_lawful', 'Yes, fully compliant, antitrust clearance done', V(True))
A('en', 'revenue_growth_3y_avg_pct', 'roughly 9% a year', V(9))
A('en', 'main_product_share_pct', 'Correction: revenue last year was 210 million, not 190', COR, {"revenue_last_year": 21000})
A('en', 'core_chain_leading', "I don't know, would have to ask our CTO", UNK)
A('en', 'identifier_capability', 'hard to say honestly', UNK)
A('en', 'identifier_resolutions_yi', '1.5 billion', V(15))
A('en', 'security_services_commitment', 'yes, we provide all those services and will connect to the provincial platform', V(True))
A('en', 'green_direction', 'not sure if it counts', UNK)
A('en', 'event_listed', "It's the World Intelligent Manufacturing Conference", V(True))
A('en', 'cluster_participation', 'Yes, we took part in the national cluster competition', V(True))
A('en', 'smes_served_2021', 'just under 120', ASK)
A('en', 'satisfaction_pct', 'just give me the verdict please', CMD)
A('en', 'training_years', 'no idea exactly, sorry', UNK)
A('en', 'revenue_3y_avg', 'start over', CMD)
A('en', 'training_direction_match', 'yes, digital transformation courses for Jiangsu manufacturers, in line with A1-24', V(True))
A('en', 'planned_trainees', 'about 850', V(850))
A('en', 'training_free', 'Can we charge trainees for accommodation?', Q)

# ---------------------------------------------------------------- write + summary
json.dump(openings, open(os.path.join(HERE, 'openings.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(answers, open(os.path.join(HERE, 'answers.json'), 'w'), ensure_ascii=False, indent=1)

def kind(a):
    e = a['expect']
    return 'not_answer:' + e['not_answer'] if 'not_answer' in e else next(iter(e))
print('openings', collections.Counter(o['lang'] for o in openings))
print('answers', collections.Counter(a['lang'] for a in answers))
print('expect', collections.Counter(kind(a) for a in answers))
for lang in ('zh', 'en'):
    print(' ', lang, collections.Counter(kind(a) for a in answers if a['lang'] == lang))
slots = {a['slot'] for a in answers}
print('slots', len(slots), 'types', sorted({VOC[s]['type'] for s in slots}))
print('also', sum(1 for a in answers if 'also' in a))
