/*-------------------------------------------------------------------------
 *
 * pe_catalog.c
 *	  The compiled-in indicator catalogue and the canonical key function
 *	  (plain C99).  See pe_catalog.h for the rules.
 *
 * The catalogue is const data: adding an indicator is adding a line
 * below.  Every alias is written in normalised form (lower-case ASCII,
 * no white space or punctuation); test/unit/test_catalog.c checks that,
 * that no name belongs to two entries, and that every display name maps
 * back to its own key.
 *
 * IDENTIFICATION
 *	  src/core/pe_catalog.c
 *
 *-------------------------------------------------------------------------
 */
#include "pe_catalog.h"

#include <string.h>

#include "pe_region.h"
#include "pe_utf8.h"

/*----------
 * The catalogue.  Columns: key, display name, English name, domain,
 * usual unit of the level, aliases ('|'-separated, normalised).
 *----------
 */
static const pe_indicator_def catalog[] = {
	/* ---- economy ---- */
	{"gdp", "地区生产总值", "Gross regional product (GDP)", "economy", "亿元",
	"生产总值|国内生产总值|地方生产总值|经济|经济增长|经济增速|地区国内生产总值|gdp|gdp总量|经济总量|地区生产总值总量|生产总值总量|国民生产总值|地区生产总值gdp|地方生产总值gdp"},
	{"gdp_per_capita", "人均地区生产总值", "Per-capita GDP", "economy", "元",
	"人均生产总值|人均gdp|人均国内生产总值"},
	{"primary_industry_value_added", "第一产业增加值", "Value added of the primary industry", "economy", "亿元",
	"一产增加值|第一产业"},
	{"secondary_industry_value_added", "第二产业增加值", "Value added of the secondary industry", "economy", "亿元",
	"二产增加值|第二产业"},
	{"tertiary_industry_value_added", "第三产业增加值", "Value added of the tertiary industry (services)", "economy", "亿元",
	"三产增加值|第三产业|服务业增加值"},
	{"tertiary_share_gdp", "服务业增加值占地区生产总值比重", "Services share of GDP", "economy", "%",
	"第三产业增加值占地区生产总值比重|服务业增加值占gdp比重|第三产业增加值占gdp比重|服务业增加值比重|服务业占比|第三产业占比|服务业比重"},
	{"industrial_value_added", "工业增加值", "Industrial value added", "economy", "亿元",
	"全部工业增加值|工业增加|全口径工业增加值"},
	{"industrial_value_added_above_scale", "规模以上工业增加值", "Value added of industry above designated size", "economy", "亿元",
	"规上工业增加值|规模工业增加值|规模以上工业增加值全口径|规模以上工业企业增加值"},
	{"industrial_output_above_scale", "规模以上工业总产值", "Gross output of industry above designated size", "economy", "亿元",
	"规上工业总产值|规模工业总产值|规模以上工业产值"},
	{"enterprises_above_scale", "规模以上工业企业", "Industrial enterprises above designated size", "economy", "家",
	"规上工业企业|规模工业企业|规模以上工业企业数|规模以上工业企业数量|规上工业企业数"},
	{"new_enterprises_above_scale", "新增规模以上工业企业", "New industrial enterprises above designated size", "economy", "家",
	"新增规上工业企业|新增规模工业企业|新增规模以上企业"},
	{"manufacturing_value_added", "制造业增加值", "Manufacturing value added", "economy", "亿元",
	"制造业增加值总量"},
	{"manufacturing_share_gdp", "制造业增加值占地区生产总值比重", "Manufacturing share of GDP", "economy", "%",
	"制造业增加值占gdp比重|制造业比重|制造业增加值占比|制造业增加值比重"},
	{"construction_output", "建筑业总产值", "Gross output of construction", "economy", "亿元",
	"建筑业产值"},
	{"construction_value_added", "建筑业增加值", "Construction value added", "economy", "亿元",
	""},
	{"digital_economy_value_added", "数字经济增加值", "Digital economy value added", "economy", "亿元",
	"数字经济规模|数字经济总量"},
	{"digital_economy_share_gdp", "数字经济增加值占地区生产总值比重", "Digital economy share of GDP", "economy", "%",
	"数字经济增加值占gdp比重|数字经济占gdp比重|数字经济占比"},
	{"digital_core_share_gdp", "数字经济核心产业增加值占地区生产总值比重", "Core digital industries share of GDP", "economy", "%",
	"数字经济核心产业增加值占gdp比重|数字经济核心产业增加值比重|数字经济核心产业占比"},
	{"strategic_emerging_value_added", "战略性新兴产业增加值", "Strategic emerging industries value added", "economy", "亿元",
	"战略性新兴产业产值"},
	{"strategic_emerging_share", "战略性新兴产业增加值占地区生产总值比重", "Strategic emerging industries share of GDP", "economy", "%",
	"战略性新兴产业增加值占gdp比重|战略性新兴产业占比|战略性新兴产业增加值占比"},
	{"high_tech_industry_value_added", "高新技术产业增加值", "High-tech industry value added", "economy", "亿元",
	"高新技术产业产值"},
	{"high_tech_industry_share", "高新技术产业增加值占规模以上工业增加值比重", "High-tech industry share of industry above designated size", "economy", "%",
	"高新技术产业增加值占比|高新技术产业占比|高新技术产业增加值比重"},
	{"high_tech_manufacturing_value_added", "高技术制造业增加值", "High-tech manufacturing value added", "economy", "亿元",
	""},
	{"high_tech_manufacturing_share", "高技术制造业增加值占规模以上工业增加值比重", "High-tech manufacturing share of industry above designated size", "economy", "%",
	"高技术制造业增加值占比|高技术制造业占比|高技术制造业增加值占规上工业增加值比重"},
	{"strategic_emerging_share_industry", "战略性新兴产业增加值占规模以上工业增加值比重", "Strategic emerging industries share of industry above designated size", "economy", "%",
	"战略性新兴产业增加值占规上工业增加值比重"},
	{"specialized_smes", "专精特新企业", "Specialised, refined, distinctive and innovative (zhuanjingtexin) SMEs", "economy", "家",
	"专精特新中小企业|专精特新企业数量|专精特新小巨人企业"},
	{"leading_industry_share", "主导产业增加值占比", "Leading industries share of value added", "economy", "%",
	"主导产业占比|主导产业增加值占规模以上工业增加值比重"},
	{"leading_industry_revenue", "主导产业主营业务收入", "Leading industries operating revenue", "economy", "亿元",
	"主导产业主营收入|主导产业营业收入"},
	{"private_economy_share", "民营经济增加值占地区生产总值比重", "Private economy share of GDP", "economy", "%",
	"民营经济占比|民营经济增加值占比|民营经济占gdp比重"},
	{"market_entities", "市场主体", "Registered market entities", "economy", "户",
	"市场主体数|市场主体数量|市场主体总数|各类市场主体|实有市场主体|实有商事主体|商事主体"},
	{"new_market_entities", "新增市场主体", "Newly registered market entities", "economy", "户",
	"新登记市场主体|新设立市场主体"},
	{"individual_to_enterprise", "个转企", "Sole proprietorships converted to enterprises", "economy", "户",
	"个体工商户转型为企业|个体工商户转企业"},
	{"tech_renovation_enterprises", "开展技术改造的工业企业", "Industrial enterprises carrying out technical renovation", "economy", "家",
	"技术改造企业|实施技术改造的工业企业"},
	{"culture_industry_value_added", "文化产业增加值", "Cultural industries value added", "culture", "亿元",
	""},
	{"culture_industry_share_gdp", "文化产业增加值占地区生产总值比重", "Cultural industries share of GDP", "culture", "%",
	"文化产业增加值占gdp比重|文化产业占比"},
	{"tourism_revenue", "旅游总收入", "Total tourism revenue", "culture", "亿元",
	"旅游收入|旅游综合收入|旅游业总收入"},
	{"tourist_arrivals", "接待游客", "Tourist arrivals", "culture", "万人次",
	"接待游客人次|游客接待量|接待国内外游客|旅游接待人次|接待游客总人次"},
	/* ---- agriculture ---- */
	{"agri_output", "农林牧渔业总产值", "Gross output of agriculture, forestry, animal husbandry and fishery", "agriculture", "亿元",
	"农林牧渔总产值"},
	{"agri_value_added", "农林牧渔业增加值", "Value added of agriculture, forestry, animal husbandry and fishery", "agriculture", "亿元",
	"农林牧渔增加值"},
	{"grain_output", "粮食总产量", "Grain output", "agriculture", "万吨",
	"粮食总产|粮食产量|粮食综合生产能力|粮食生产能力|粮食产能"},
	{"grain_area", "粮食播种面积", "Grain sown area", "agriculture", "万亩",
	"粮食种植面积"},
	{"new_high_standard_farmland", "新建高标准农田", "New high-standard farmland", "agriculture", "万亩",
	"建设高标准农田|新增高标准农田|新建成高标准农田|高标准农田建设"},
	{"high_standard_farmland_total", "高标准农田总面积", "High-standard farmland in total", "agriculture", "万亩",
	"累计建成高标准农田|高标准农田面积"},
	{"agri_mechanization", "农作物耕种收综合机械化率", "Mechanisation rate of ploughing, sowing and harvesting", "agriculture", "%",
	"主要农作物耕种收综合机械化率|农业机械化率|农业综合机械化率"},
	{"agri_processing_output", "农产品加工业产值", "Output of agricultural product processing", "agriculture", "亿元",
	"农产品加工产值|农产品加工业总产值"},
	{"livestock_manure_use", "畜禽粪污资源化利用率", "Livestock manure recycling rate", "agriculture", "%",
	"畜禽粪污综合利用率"},
	{"straw_use", "农作物秸秆综合利用率", "Crop straw utilisation rate", "agriculture", "%",
	"秸秆综合利用率|农作物秸秆综合利用"},
	{"fertilizer_use_rate", "主要农作物肥料利用率", "Fertiliser use efficiency of main crops", "agriculture", "%",
	"化肥利用率|肥料利用率"},
	{"pesticide_use_rate", "主要农作物农药利用率", "Pesticide use efficiency of main crops", "agriculture", "%",
	"农药利用率"},
	{"village_collective_income", "村级集体经济收入", "Village collective economy income", "agriculture", "万元",
	"村集体经济收入"},
	/* ---- fiscal and finance ---- */
	{"general_budget_revenue", "一般公共预算收入", "General public budget revenue", "fiscal", "亿元",
	"地方一般公共预算收入|公共预算收入|一般预算收入|地方一般预算收入|一般公共财政预算收入|公共财政预算收入|地方公共财政预算收入"},
	{"fiscal_revenue", "地方财政收入", "Local fiscal revenue", "fiscal", "亿元",
	"财政收入"},
	{"fiscal_revenue_total", "财政总收入", "Total fiscal revenue (including remittances)", "fiscal", "亿元",
	"全口径财政收入|一般公共预算总收入"},
	{"tax_revenue", "税收收入", "Tax revenue", "fiscal", "亿元",
	"地方税收收入|税收收入总额|税收总收入"},
	{"tax_share", "税收收入占一般公共预算收入比重", "Tax share of general public budget revenue", "fiscal", "%",
	"税收占比|地方税占比|税收收入占比|税收占一般公共预算收入比重"},
	{"tax_fee_revenue", "税费收入", "Tax and fee revenue", "fiscal", "亿元",
	"税费总收入"},
	{"land_transfer_revenue", "国有土地出让收入", "Revenue from state land transfers", "fiscal", "亿元",
	"国有土地使用权出让收入|土地出让收入|土地出让金"},
	{"general_budget_expenditure", "一般公共预算支出", "General public budget expenditure", "fiscal", "亿元",
	"地方一般公共预算支出|公共预算支出|一般预算支出|财政支出|财政总支出|公共财政预算支出"},
	{"livelihood_expenditure", "民生支出", "Spending on people's livelihood", "fiscal", "亿元",
	"民生领域支出"},
	{"livelihood_expenditure_share", "民生支出占一般公共预算支出比重", "Livelihood spending share of budget expenditure", "fiscal", "%",
	"民生支出占地方一般公共预算支出比重|民生支出占财政支出比重|民生支出占比|民生支出比重"},
	{"tax_and_fee_cuts", "减税降费", "Tax and fee cuts", "fiscal", "亿元",
	"为企业减免税费|为企业减负|新增减税降费|减免税费|减税降费规模"},
	{"superior_funds_obtained", "争取上级资金", "Funds obtained from higher-level governments", "fiscal", "亿元",
	"争取到位各类项目资金|争取到位上级资金|争取上级补助资金|争取上级项目资金"},
	{"special_bonds", "专项债券", "Special-purpose bonds", "fiscal", "亿元",
	"新增专项债券|争取专项债券|专项债券资金|地方政府专项债券"},
	{"government_debt_ratio", "政府债务率", "Government debt ratio", "fiscal", "%",
	"地方政府债务率"},
	{"deposits", "金融机构人民币存款余额", "RMB deposits of financial institutions", "finance", "亿元",
	"金融机构存款余额|存款余额|各项存款余额|人民币存款余额|金融机构各项存款余额"},
	{"loans", "金融机构人民币贷款余额", "RMB loans of financial institutions", "finance", "亿元",
	"金融机构贷款余额|贷款余额|各项贷款余额|人民币贷款余额|金融机构各项贷款余额"},
	{"listed_companies", "上市公司", "Listed companies", "finance", "家",
	"上市企业|上市公司数量|境内外上市公司"},
	/* ---- investment ---- */
	{"fixed_asset_investment", "固定资产投资", "Fixed-asset investment", "investment", "亿元",
	"全社会固定资产投资|固定资产投资总额|固定资产投资额|地方固定资产投资|固定资产投资完成额|完成固定资产投资|全社会固定资产投资总额|固定资产投资不含农户"},
	{"industrial_investment", "工业投资", "Industrial investment", "investment", "亿元",
	"工业固定资产投资"},
	{"manufacturing_investment", "制造业投资", "Manufacturing investment", "investment", "亿元",
	"制造业固定资产投资"},
	{"private_investment", "民间投资", "Private investment", "investment", "亿元",
	"民间固定资产投资"},
	{"infrastructure_investment", "基础设施投资", "Infrastructure investment", "investment", "亿元",
	"基础设施建设投资"},
	{"real_estate_investment", "房地产开发投资", "Real-estate development investment", "investment", "亿元",
	"房地产投资"},
	{"key_project_investment", "重点项目完成投资", "Investment completed in key projects", "investment", "亿元",
	"重点项目投资|区重点项目完成投资|市重点项目完成投资|省重点项目完成投资|县重点项目完成投资"},
	{"transport_investment", "综合交通投资", "Transport investment", "investment", "亿元",
	"交通投资|交通运输投资|综合交通固定资产投资|交通建设投资"},
	{"water_investment", "水利投资", "Water-conservancy investment", "investment", "亿元",
	"水利建设投资|水利固定资产投资"},
	{"industry_investment", "产业投资", "Industry investment", "investment", "亿元",
	"产业项目投资"},
	{"tech_renovation_investment", "技术改造投资", "Technical renovation investment", "investment", "亿元",
	"工业技改投资|技改投资|工业技术改造投资"},
	{"fdi_actual", "实际利用外资", "Foreign direct investment actually used", "investment", "亿美元",
	"实际使用外资|实际利用外商直接投资|实际使用外商直接投资|利用外资|实际到位外资"},
	{"outside_capital_actual", "实际到位省外资金", "Capital from outside the province actually received", "investment", "亿元",
	"引进省外资金|实际利用省外资金|到位省外资金|利用省外资金|实际到位市外资金"},
	{"investment_promotion_funds", "招商引资到位资金", "Funds received through investment promotion", "investment", "亿元",
	"招商引资实际到位资金|招商引资到位|招商引资"},
	/* ---- consumption and trade ---- */
	{"retail_sales", "社会消费品零售总额", "Total retail sales of consumer goods", "consumption", "亿元",
	"社零总额|社零|消费品零售总额|社会消费品零售额|社会消费品零售总量"},
	{"online_retail", "网络零售额", "Online retail sales", "consumption", "亿元",
	"网上零售额|网络零售交易额"},
	{"ecommerce_transactions", "电子商务交易额", "E-commerce transactions", "consumption", "亿元",
	"电商交易额|电子商务交易总额"},
	{"imports_exports", "进出口总额", "Imports and exports", "trade", "亿元",
	"进出口总值|外贸进出口总额|外贸进出口|进出口|对外贸易进出口总额|货物进出口总额|外贸进出口总值|进出口贸易总额"},
	{"exports", "出口总额", "Exports", "trade", "亿元",
	"出口|出口额|外贸出口|出口总值"},
	{"imports", "进口总额", "Imports", "trade", "亿元",
	"进口|进口额|进口总值"},
	/* ---- prices ---- */
	{"cpi", "居民消费价格指数", "Consumer price index (CPI)", "prices", "%",
	"居民消费价格|居民消费价格涨幅|cpi|消费价格指数|居民消费价格总水平|物价涨幅|居民消费价格指数涨幅|居民消费价格上涨"},
	{"ppi", "工业生产者出厂价格指数", "Producer price index (PPI)", "prices", "%",
	"ppi|工业品出厂价格指数"},
	/* ---- employment ---- */
	{"new_urban_jobs", "城镇新增就业", "New urban jobs", "employment", "万人",
	"城镇新增就业人数|新增城镇就业|新增就业人数|新增就业|城镇新增就业人员|新增城镇就业人数|城镇就业新增"},
	{"registered_unemployment_rate", "城镇登记失业率", "Registered urban unemployment rate", "employment", "%",
	"登记失业率|城镇登记失业"},
	{"surveyed_unemployment_rate", "城镇调查失业率", "Surveyed urban unemployment rate", "employment", "%",
	"调查失业率|城镇调查失业"},
	{"rural_labor_transfer", "农村劳动力转移就业", "Rural labour transferred to employment", "employment", "万人",
	"转移农村劳动力|农村劳动力转移|农村劳动力转移就业人数|转移就业|新增农村劳动力转移就业"},
	{"reemployment", "失业人员再就业", "Re-employment of the unemployed", "employment", "人",
	"城镇失业人员再就业"},
	{"hard_to_employ_employment", "就业困难人员就业", "Employment of people with difficulty finding jobs", "employment", "人",
	"就业困难人员实现就业|就业困难人员再就业"},
	{"skills_training", "职业技能培训", "Vocational skills training", "employment", "人次",
	"政府补贴性职业技能培训|补贴性职业技能培训|技能培训"},
	{"high_skilled_talent", "高技能人才", "Highly skilled workers", "employment", "人",
	"新增高技能人才|高技能人才总量"},
	{"talent_introduction", "引进人才", "Talent recruited", "employment", "人",
	"引进各类人才|人才引进|引进高层次人才"},
	/* ---- income ---- */
	{"disposable_income_per_capita", "全体居民人均可支配收入", "Per-capita disposable income of all residents", "income", "元",
	"居民人均可支配收入|人均可支配收入|居民收入|全体常住居民人均可支配收入|常住居民人均可支配收入"},
	{"urban_disposable_income", "城镇居民人均可支配收入", "Per-capita disposable income of urban residents", "income", "元",
	"城镇常住居民人均可支配收入|城市居民人均可支配收入"},
	{"rural_disposable_income", "农村居民人均可支配收入", "Per-capita disposable income of rural residents", "income", "元",
	"农村常住居民人均可支配收入|农民人均可支配收入|农牧民人均可支配收入|农村人均可支配收入|农村牧区常住居民人均可支配收入"},
	/* the rural series before the 2013 household-survey reform: net, not disposable, income */
	{"rural_net_income", "农村居民人均纯收入", "Per-capita net income of rural residents (before 2014)", "income", "元",
	"农民人均纯收入|农牧民人均纯收入|农村人均纯收入"},
	{"urban_rural_income_ratio", "城乡居民收入比", "Urban-rural income ratio", "income", "",
	"城乡收入比|城乡居民人均可支配收入比|城乡居民收入倍差"},
	{"average_wage", "城镇非私营单位在岗职工平均工资", "Average wage of urban non-private employees", "income", "元",
	"在岗职工平均工资|职工平均工资|城镇单位在岗职工平均工资"},
	{"minimum_wage", "最低工资标准", "Minimum wage", "income", "元",
	""},
	/* ---- energy ---- */
	{"energy_intensity", "单位地区生产总值能耗", "Energy consumption per unit of GDP", "energy", "吨标准煤/万元",
	"单位gdp能耗|万元地区生产总值能耗|万元生产总值能耗|万元gdp能耗|单位生产总值能耗|单位地区生产总值能源消耗|能耗强度|单位国内生产总值能耗|单位gdp能源消耗|单位国内生产总值能源消耗|万元地区生产总值能源消耗"},
	{"carbon_intensity", "单位地区生产总值二氧化碳排放", "CO2 emissions per unit of GDP", "energy", "吨/万元",
	"单位gdp二氧化碳排放|单位生产总值二氧化碳排放|碳排放强度|二氧化碳排放强度|单位国内生产总值二氧化碳排放|单位地区生产总值二氧化碳排放量|单位gdp二氧化碳排放量"},
	{"energy_consumption_total", "能源消费总量", "Total energy consumption", "energy", "万吨标准煤",
	"能耗总量|综合能源消费量"},
	{"non_fossil_share", "非化石能源占一次能源消费比重", "Non-fossil share of primary energy", "energy", "%",
	"非化石能源消费比重|非化石能源占比|非化石能源占能源消费总量比重|非化石能源消费占比"},
	{"renewable_capacity", "可再生能源装机容量", "Installed renewable capacity", "energy", "万千瓦",
	"新能源装机容量|新能源装机|可再生能源装机|清洁能源装机容量"},
	{"industrial_energy_intensity", "规模以上工业单位增加值能耗", "Energy per unit of industrial value added", "energy", "吨标准煤/万元",
	"单位工业增加值能耗|万元工业增加值能耗|规上工业单位增加值能耗|规模以上工业万元增加值能耗"},
	{"energy_intensive_share", "六大高耗能产业增加值占比", "Share of the six energy-intensive industries", "energy", "%",
	"六大高耗能产业占比|高耗能产业占比|六大高耗能行业增加值占比|六大高耗能行业占比"},
	{"crude_oil_output", "原油产量", "Crude oil output", "energy", "万吨",
	"原油生产|原油"},
	{"natural_gas_output", "天然气产量", "Natural gas output", "energy", "亿立方米",
	"天然气生产|天然气"},
	{"power_generation", "发电量", "Electricity generated", "energy", "亿千瓦时",
	"全社会发电量|总发电量"},
	{"electricity_consumption", "全社会用电量", "Electricity consumption", "energy", "亿千瓦时",
	"用电量|全社会用电总量"},
	/* ---- environment ---- */
	{"air_quality_good_days", "空气质量优良天数比率", "Share of days with good air quality", "environment", "%",
	"空气质量优良天数比例|空气质量优良天数率|空气质量优良率|优良天数比例|优良天数比率|环境空气质量优良天数比例|环境空气质量优良天数比率|城市空气质量优良天数比率|城市空气质量优良天数比例|地级及以上城市空气质量优良天数比率|空气优良天数比例|空气质量优良天数占比|空气质量优良天数"},
	{"pm25", "细颗粒物浓度", "PM2.5 concentration", "environment", "微克/立方米",
	"pm2.5浓度|pm2.5平均浓度|细颗粒物平均浓度|pm2.5|细颗粒物|pm25|pm25浓度|地级及以上城市细颗粒物浓度|细颗粒物年均浓度|pm2.5年均浓度"},
	{"pm10", "可吸入颗粒物浓度", "PM10 concentration", "environment", "微克/立方米",
	"pm10浓度|pm10平均浓度|可吸入颗粒物平均浓度|pm10|可吸入颗粒物年均浓度"},
	{"surface_water_good_share", "地表水达到或好于Ⅲ类水体比例", "Share of surface water at Grade III or better", "environment", "%",
	"地表水达到或好于iii类水体比例|地表水质量达到或好于iii类水体比例|地表水iii类及以上水体比例|iii类水质比例|iii类及以上水质比例|地表水优良水体比例|优良水体比例|地表水水质优良比例|iii类水质断面比例|地表水国控断面水质优良比例|地表水优良水质比例|地表水达到或优于iii类水体比例"},
	{"surface_water_worse_v_share", "地表水劣Ⅴ类水体比例", "Share of surface water worse than Grade V", "environment", "%",
	"地表水劣v类水体比例|劣v类水体比例|劣五类水体比例|劣v类水体|劣v类水质断面比例"},
	{"water_section_compliance", "国考断面水质达标率", "Compliance rate of nationally assessed water sections", "environment", "%",
	"国控断面水质达标率|断面水质达标率|河流出境断面水质达标率|出境断面水质达标率|地表水断面水质达标率|考核断面水质达标率|省考断面水质达标率"},
	{"drinking_water_compliance", "集中式饮用水水源地水质达标率", "Compliance rate of drinking-water sources", "environment", "%",
	"饮用水水源地水质达标率|集中式饮用水水源水质达标率|饮用水水源水质达标率|城市集中式饮用水水源地水质达标率|县级及以上城市集中式饮用水水源水质达标率"},
	{"cod_emissions", "化学需氧量排放量", "Chemical oxygen demand (COD) emissions", "environment", "吨",
	"化学需氧量排放总量|cod排放量|cod排放总量|化学需氧量减排|cod减排|cod减排比例|化学需氧量减排比例|化学需氧量重点工程减排量|化学需氧量"},
	{"ammonia_emissions", "氨氮排放量", "Ammonia nitrogen emissions", "environment", "吨",
	"氨氮排放总量|氨氮减排|氨氮减排比例|氨氮重点工程减排量|氨氮"},
	{"nox_emissions", "氮氧化物排放量", "Nitrogen oxides emissions", "environment", "吨",
	"氮氧化物排放总量|氮氧化物减排|氮氧化物减排比例|氮氧化物重点工程减排量|氮氧化物"},
	{"so2_emissions", "二氧化硫排放量", "Sulphur dioxide emissions", "environment", "吨",
	"二氧化硫排放总量|二氧化硫减排|so2排放量|二氧化硫"},
	{"vocs_emissions", "挥发性有机物排放量", "Volatile organic compounds emissions", "environment", "吨",
	"vocs排放量|挥发性有机物减排|挥发性有机物重点工程减排量|挥发性有机物"},
	{"forest_coverage", "森林覆盖率", "Forest coverage", "environment", "%",
	"森林林木覆盖率|林木覆盖率|林木绿化率|森林覆盖"},
	{"forest_stock", "森林蓄积量", "Forest stock volume", "environment", "万立方米",
	"森林蓄积|活立木蓄积量"},
	{"forest_grass_coverage", "林草覆盖率", "Forest and grass coverage", "environment", "%",
	"城市林草覆盖率|森林草原覆盖率|林草植被覆盖率"},
	{"urban_green_coverage", "建成区绿化覆盖率", "Green coverage of built-up areas", "environment", "%",
	"城市建成区绿化覆盖率|城区绿化覆盖率|绿化覆盖率|建成区绿地率"},
	{"park_green_per_capita", "人均公园绿地面积", "Park green space per capita", "environment", "平方米",
	"城市人均公园绿地面积|人均公共绿地面积"},
	{"sewage_treatment_rate", "城市污水处理率", "Urban sewage treatment rate", "environment", "%",
	"污水处理率|城镇污水处理率|县城污水处理率|生活污水处理率|城市生活污水处理率"},
	{"rural_sewage_treatment", "农村生活污水治理率", "Rural sewage treatment rate", "environment", "%",
	"农村生活污水处理率|农村污水治理率|农村生活污水治理覆盖率"},
	{"garbage_treatment_rate", "城市生活垃圾无害化处理率", "Harmless treatment rate of household waste", "environment", "%",
	"生活垃圾无害化处理率|垃圾无害化处理率|城镇生活垃圾无害化处理率|县城生活垃圾无害化处理率"},
	{"waste_sorting_coverage", "生活垃圾分类覆盖率", "Household waste sorting coverage", "environment", "%",
	"垃圾分类覆盖率|城市生活垃圾分类覆盖率"},
	{"solid_waste_use", "一般工业固体废物综合利用率", "Industrial solid waste utilisation rate", "environment", "%",
	"工业固体废物综合利用率|工业固废综合利用率|一般工业固废综合利用率"},
	{"farmland_safe_use", "受污染耕地安全利用率", "Safe use rate of polluted farmland", "environment", "%",
	"污染耕地安全利用率|受污染耕地安全利用"},
	{"contaminated_site_safe_use", "污染地块安全利用率", "Safe use rate of contaminated sites", "environment", "%",
	"重点建设用地安全利用率|建设用地安全利用率"},
	{"wetland_protection", "湿地保护率", "Wetland protection rate", "environment", "%",
	""},
	{"soil_erosion_control", "水土流失治理面积", "Area of soil erosion brought under control", "environment", "平方公里",
	"新增水土流失治理面积|水土流失综合治理面积|水土流失治理"},
	{"afforestation", "植树造林", "Afforestation", "environment", "万亩",
	"造林面积|完成造林|新增造林|国土绿化|植树造林面积|人工造林|完成造林面积"},
	{"water_use_total", "用水总量", "Total water use", "environment", "亿立方米",
	"全社会用水总量|年用水总量"},
	{"water_intensity", "单位地区生产总值用水量", "Water use per unit of GDP", "environment", "立方米/万元",
	"万元地区生产总值用水量|万元gdp用水量|万元生产总值用水量|单位gdp用水量|单位生产总值用水量|单位国内生产总值用水量"},
	{"industrial_water_intensity", "万元工业增加值用水量", "Water use per unit of industrial value added", "environment", "立方米/万元",
	"单位工业增加值用水量|规模以上工业万元增加值用水量|万元工业增加值用水量下降"},
	{"irrigation_efficiency", "农田灌溉水有效利用系数", "Effective use coefficient of irrigation water", "environment", "",
	"灌溉水有效利用系数|农田灌溉水利用系数|灌溉水利用系数"},
	/* ---- land ---- */
	{"land_per_gdp", "单位地区生产总值建设用地使用面积", "Construction land per unit of GDP", "land", "%",
	"单位gdp建设用地使用面积|单位gdp建设用地|单位生产总值建设用地使用面积|单位地区生产总值建设用地|单位国内生产总值建设用地使用面积"},
	{"farmland_area", "耕地保有量", "Farmland retained", "land", "万亩",
	"耕地保有面积|耕地面积|耕地保有量面积"},
	{"basic_farmland", "永久基本农田保护面积", "Permanent basic farmland protected", "land", "万亩",
	"基本农田保护面积|永久基本农田|基本农田|永久基本农田面积"},
	{"construction_land", "建设用地总规模", "Total construction land", "land", "平方公里",
	"建设用地规模|城乡建设用地规模|建设用地总量"},
	{"ecological_red_line", "生态保护红线面积", "Area within the ecological red line", "land", "平方公里",
	"生态保护红线|生态红线面积"},
	/* ---- urbanisation, housing, transport, digital ---- */
	{"urbanization_rate", "常住人口城镇化率", "Urbanisation rate of the resident population", "urbanization", "%",
	"城镇化率|人口城镇化率|常住人口城市化率|城市化率|城镇化水平"},
	{"registered_urbanization_rate", "户籍人口城镇化率", "Urbanisation rate of the registered population", "urbanization", "%",
	"户籍城镇化率"},
	{"shantytown_renovation", "棚户区改造", "Shantytown renovation", "housing", "套",
	"棚改|城镇棚户区改造|棚户区改造安置住房|棚户区改造项目"},
	{"old_community_renovation", "老旧小区改造", "Renovation of old residential communities", "housing", "个",
	"城镇老旧小区改造|改造老旧小区|老旧小区改造项目|老旧小区"},
	{"affordable_rental_housing", "保障性租赁住房", "Government-subsidised rental housing", "housing", "套",
	"筹集保障性租赁住房|新建保障性租赁住房"},
	{"resettlement_housing", "安置房", "Resettlement housing", "housing", "套",
	"开工建设安置房|安置房建设|建设安置房"},
	{"highway_mileage", "公路通车里程", "Road length open to traffic", "transport", "公里",
	"公路总里程|公路里程|公路通车总里程"},
	{"expressway_mileage", "高速公路通车里程", "Expressway length open to traffic", "transport", "公里",
	"高速公路里程|高速公路总里程|高速公路通车总里程"},
	{"railway_mileage", "铁路营业里程", "Railway length in operation", "transport", "公里",
	"铁路里程|铁路运营里程|铁路通车里程"},
	{"rural_roads", "农村公路", "Rural roads built or upgraded", "transport", "公里",
	"农村公路里程|新改建农村公路|新建改建农村公路|改造提升农村公路"},
	{"village_bus_access", "具备条件的建制村通客车比例", "Share of eligible villages with bus service", "transport", "%",
	"建制村通客车率|具备条件的建制村通客车|建制村通客车|建制村通客车比例"},
	{"freight_volume", "货运量", "Freight volume", "transport", "万吨",
	"全社会货运量|货物运输量"},
	{"port_throughput", "港口货物吞吐量", "Port cargo throughput", "transport", "万吨",
	"港口吞吐量|港口货物吞吐能力"},
	{"broadband_penetration", "固定宽带家庭普及率", "Fixed broadband household penetration", "digital", "%",
	"宽带普及率|固定宽带普及率|家庭宽带普及率"},
	{"base_stations_5g", "5G基站", "5G base stations", "digital", "个",
	"5g基站|5g基站数|新建5g基站|建成5g基站|5g基站数量|累计建成5g基站"},
	{"online_government_services", "政务服务事项网上可办率", "Share of government services available online", "governance", "%",
	"网上可办率|政务服务事项全程网办率|全程网办率|实现全程网办的政务服务事项|政务服务一网通办率|政务服务事项网上可办比例"},
	/* ---- innovation ---- */
	{"rd_intensity", "研究与试验发展经费投入强度", "R&D expenditure as a share of GDP", "innovation", "%",
	"研发经费投入强度|全社会研发经费投入强度|研发投入强度|rd经费投入强度|全社会研发经费占地区生产总值比重|全社会研发费用占gdp比重|研发经费支出占地区生产总值比重|研发经费占gdp比重|全社会研究与试验发展经费投入强度|研究与试验发展经费支出占地区生产总值比重|rd经费支出占gdp比重|研发经费投入占gdp比重|全社会研发投入占gdp比重|全社会研发经费投入占gdp比重|研发经费投入占地区生产总值比重|全社会研发投入强度|研究与试验发展经费支出占生产总值比重|研发经费支出占生产总值比重|研究与试验发展经费支出占国内生产总值比重"},
	{"rd_expenditure", "研发经费投入", "R&D expenditure", "innovation", "亿元",
	"研究与试验发展经费投入|研发经费支出|全社会研发经费投入|研发投入|研发经费|rd经费投入|rd经费支出|全社会研发经费支出|研究与试验发展经费支出"},
	{"high_tech_enterprises", "高新技术企业", "High-tech enterprises", "innovation", "家",
	"高新技术企业数量|高新技术企业数|国家高新技术企业|国家级高新技术企业|高企|高企数量"},
	{"new_high_tech_enterprises", "新增高新技术企业", "New high-tech enterprises", "innovation", "家",
	"新增高企|新培育国家高新技术企业|新增高新技术企业认定|新认定高新技术企业|新培育高新技术企业|净增高新技术企业|新增国家高新技术企业"},
	{"tech_smes", "科技型中小企业", "Technology-based SMEs", "innovation", "家",
	"科技型中小企业数量|入库科技型中小企业|评价入库科技型中小企业"},
	{"patents_per_10k", "每万人口专利拥有量", "Patents per 10,000 people", "innovation", "件",
	"每万人专利拥有量|万人专利拥有量"},
	{"invention_patents_per_10k", "每万人口发明专利拥有量", "Invention patents per 10,000 people", "innovation", "件",
	"每万人发明专利拥有量|万人发明专利拥有量|每万人口有效发明专利拥有量|每万人有效发明专利拥有量"},
	{"hv_invention_patents_per_10k", "每万人口高价值发明专利拥有量", "High-value invention patents per 10,000 people", "innovation", "件",
	"每万人高价值发明专利拥有量|万人高价值发明专利拥有量"},
	{"invention_patents", "有效发明专利量", "Valid invention patents", "innovation", "件",
	"有效发明专利拥有量|有效发明专利|发明专利拥有量|有效发明专利数"},
	{"patent_grants", "专利授权量", "Patents granted", "innovation", "件",
	"专利授权数|专利授权|专利授权总量"},
	{"tech_progress_contribution", "科技进步贡献率", "Contribution of technological progress", "innovation", "%",
	"科技进步对经济增长贡献率"},
	{"tech_contract_turnover", "技术合同成交额", "Technology contract turnover", "innovation", "亿元",
	"技术合同交易额|技术市场成交额|技术合同成交总额"},
	{"enterprise_rd_institutions", "企业研发机构", "Enterprise R&D institutions", "innovation", "家",
	"企业研发机构数|省级以上研发机构|省级以上企业研发机构"},
	{"new_enterprise_rd_institutions", "新增企业研发机构", "New enterprise R&D institutions", "innovation", "家",
	"新建企业研发机构|新增研发机构|新增省级以上研发机构"},
	{"engineering_centers", "工程技术研究中心", "Engineering technology research centres", "innovation", "家",
	"省级以上工程技术研究中心|工程技术中心|省级以上工程技术中心"},
	/* ---- education ---- */
	{"compulsory_education_retention", "九年义务教育巩固率", "Retention rate of nine-year compulsory education", "education", "%",
	"义务教育巩固率|九年义务教育巩固提高率"},
	{"preschool_gross_enrollment", "学前教育毛入园率", "Gross pre-school enrolment", "education", "%",
	"学前三年毛入园率|学前教育三年毛入园率|学前三年教育毛入园率|学前教育毛入学率|毛入园率"},
	{"high_school_gross_enrollment", "高中阶段教育毛入学率", "Gross enrolment in senior secondary education", "education", "%",
	"高中阶段毛入学率|高中阶段教育普及率"},
	{"higher_ed_gross_enrollment", "高等教育毛入学率", "Gross enrolment in higher education", "education", "%",
	""},
	{"avg_years_schooling", "劳动年龄人口平均受教育年限", "Average years of schooling of the working-age population", "education", "年",
	"平均受教育年限|劳动年龄人口人均受教育年限"},
	{"new_labor_years_schooling", "新增劳动力平均受教育年限", "Average years of schooling of new labour-force entrants", "education", "年",
	""},
	{"inclusive_kindergarten_coverage", "普惠性幼儿园覆盖率", "Coverage of affordable kindergartens", "education", "%",
	"普惠性资源覆盖率|学前教育普惠性资源覆盖率|普惠性学前教育资源覆盖率|普惠性幼儿园在园幼儿占比|普惠性幼儿园覆盖面"},
	{"education_spending", "教育投入", "Education spending", "education", "亿元",
	"教育投入资金|教育支出|财政教育支出|教育经费投入|教育经费"},
	{"new_school_places", "新增学位", "New school places", "education", "个",
	"新增中小学学位|新增幼儿园学位|新增学位数|新增中小学幼儿园学位"},
	{"new_schools", "新建学校", "New schools", "education", "所",
	"新建改扩建学校|新改扩建学校|新建中小学校|新建改建学校"},
	/* ---- health ---- */
	{"life_expectancy", "人均预期寿命", "Life expectancy", "health", "岁",
	"人口平均预期寿命|平均预期寿命|居民人均预期寿命|预期寿命"},
	{"doctors_per_1000", "每千人口执业(助理)医师数", "Licensed (assistant) doctors per 1,000 people", "health", "人",
	"每千人口执业助理医师数|每千人口拥有执业助理医师数|每千人口执业医师数|每千人口拥有执业医师数|每千常住人口执业助理医师数|每千人口医师数"},
	{"nurses_per_1000", "每千人口注册护士数", "Registered nurses per 1,000 people", "health", "人",
	"每千人口拥有注册护士数|每千常住人口注册护士数"},
	{"hospital_beds_per_1000", "每千人口医疗卫生机构床位数", "Hospital beds per 1,000 people", "health", "张",
	"每千人口床位数|每千人口病床数|每千人口医院床位数|每千常住人口医疗卫生机构床位数|每千人口拥有医疗卫生机构床位数|每千人口拥有床位数"},
	{"infant_mortality", "婴儿死亡率", "Infant mortality rate", "health", "‰",
	""},
	{"maternal_mortality", "孕产妇死亡率", "Maternal mortality ratio", "health", "1/10万",
	""},
	{"under5_mortality", "5岁以下儿童死亡率", "Under-five mortality rate", "health", "‰",
	"五岁以下儿童死亡率"},
	{"health_literacy", "居民健康素养水平", "Health literacy of residents", "health", "%",
	"健康素养水平|居民健康素养"},
	{"county_treatment_rate", "县域内就诊率", "Share of patients treated within the county", "health", "%",
	"区域内就诊率|区域就诊率|县域就诊率|县域内住院就诊率"},
	{"grassroots_treatment_rate", "基层就诊率", "Share of visits to primary care", "health", "%",
	"区域内基层就诊率|基层医疗卫生机构就诊率|基层医疗卫生机构诊疗量占比"},
	{"childcare_places_per_1000", "每千人口拥有3岁以下婴幼儿托位数", "Childcare places for under-threes per 1,000 people", "health", "个",
	"每千人口3岁以下婴幼儿托位数|每千人口婴幼儿托位数|千人口托位数|每千人口托位数"},
	{"family_doctor_contracts", "家庭医生签约服务覆盖率", "Family doctor contract coverage", "health", "%",
	"家庭医生签约率|家庭医生签约服务率|家庭医生签约覆盖率"},
	{"chronic_disease_management", "高血压糖尿病规范管理率", "Standardised management of hypertension and diabetes", "health", "%",
	"高血压糖尿病规范管理|高血压糖尿病患者规范管理率"},
	{"sports_area_per_capita", "人均体育场地面积", "Sports ground area per capita", "health", "平方米",
	"人均体育场地|人均体育场地设施面积"},
	{"regular_exercise_share", "经常参加体育锻炼人数比例", "Share of people exercising regularly", "health", "%",
	"经常参加体育锻炼人口比例|经常参加体育锻炼人数占比"},
	{"food_drug_sampling", "食品药品监督抽检", "Food and drug sampling inspections", "health", "批次",
	"食品药品抽检|食品抽检|食品安全抽检|食品药品监督抽检批次"},
	/* ---- social security ---- */
	{"pension_coverage", "基本养老保险参保率", "Basic pension insurance coverage", "social_security", "%",
	"基本养老保险参保|养老保险参保率|基本养老保险覆盖率|基本养老保险参保覆盖率"},
	{"pension_insured", "基本养老保险参保人数", "People insured by basic pension insurance", "social_security", "万人",
	"养老保险参保人数"},
	{"medical_insurance_coverage", "基本医疗保险参保率", "Basic medical insurance coverage", "social_security", "%",
	"基本医保参保率|医疗保险参保率|城乡居民基本医疗保险参保率|基本医疗保险参保"},
	{"unemployment_insured", "失业保险参保人数", "People insured against unemployment", "social_security", "万人",
	"失业保险参保"},
	{"elderly_care_beds", "养老机构床位", "Beds in elderly-care institutions", "social_security", "张",
	"养老床位|养老服务床位|养老机构床位数"},
	{"elderly_beds_per_1000", "每千名老年人拥有养老床位数", "Elderly-care beds per 1,000 elderly people", "social_security", "张",
	"每千名老年人养老床位数|每千名老人拥有养老床位数|每千名老年人口养老床位数"},
	{"nursing_bed_share", "养老机构护理型床位占比", "Share of nursing beds in elderly-care institutions", "social_security", "%",
	"护理型床位占比|护理型床位比例|养老机构护理型床位比例"},
	{"disability_employment_rate", "残疾人就业率", "Employment rate of people with disabilities", "social_security", "%",
	""},
	{"disabled_children_rehab", "残疾儿童康复救助", "Rehabilitation aid for disabled children", "social_security", "人",
	"残疾儿童康复救助率|残疾儿童康复服务率|残疾儿童康复救助人数"},
	{"urban_minimum_living", "城市低保标准", "Urban minimum living allowance", "social_security", "元",
	"城镇低保标准|城市居民最低生活保障标准"},
	{"rural_minimum_living", "农村低保标准", "Rural minimum living allowance", "social_security", "元",
	"农村居民最低生活保障标准|农村最低生活保障标准"},
	{"medical_assistance", "医疗救助", "Medical assistance", "social_security", "人次",
	"医疗救助人次|医疗救助资金"},
	{"temporary_assistance", "临时救助", "Temporary assistance", "social_security", "人次",
	"临时救助人次|临时救助资金"},
	{"poverty_reduction", "贫困人口脱贫", "People lifted out of poverty", "social_security", "万人",
	"脱贫人口|减贫人口|实现脱贫|建档立卡贫困人口脱贫"},
	{"poor_villages_exit", "贫困村退出", "Poor villages exited from poverty", "social_security", "个",
	"贫困村出列|退出贫困村|贫困村脱贫出列"},
	{"poverty_alleviation_funds", "财政专项扶贫资金", "Fiscal poverty-alleviation funds", "social_security", "亿元",
	"专项扶贫资金|扶贫资金|财政扶贫资金"},
	/* ---- population ---- */
	{"resident_population", "常住人口", "Resident population", "population", "万人",
	"常住人口总量|常住人口规模|年末常住人口|常住人口数"},
	{"registered_population", "户籍人口", "Registered population", "population", "万人",
	"户籍人口总量|年末户籍人口"},
	{"natural_growth_rate", "人口自然增长率", "Natural population growth rate", "population", "‰",
	"自然增长率"},
	{"total_fertility_rate", "总和生育率", "Total fertility rate", "population", "",
	""},
	{"county_town_population", "县城人口规模", "County-town population", "population", "万人",
	"县城人口|县城常住人口"},
	{"urban_core_population", "中心城区人口规模", "Central urban population", "population", "万人",
	"城区人口|中心城区人口|城区常住人口|中心城区常住人口"},
	/* ---- public safety and governance ---- */
	{"work_safety_death_rate", "亿元地区生产总值生产安全事故死亡率", "Work-safety deaths per 100 million yuan of GDP", "governance", "人/亿元",
	"亿元gdp生产安全事故死亡率|亿元生产总值生产安全事故死亡率|亿元国内生产总值生产安全事故死亡率"},
	{"petition_resolution_rate", "重复信访案件化解率", "Resolution rate of repeated petitions", "governance", "%",
	"信访案件化解率|信访事项化解率|重复信访化解率"},
	{"urban_management_closure", "城市管理案件结案率", "Closure rate of urban-management cases", "governance", "%",
	"城管案件结案率|城市管理案件办结率"},
};

#define CATALOG_N ((int) (sizeof(catalog) / sizeof(catalog[0])))

/*
 * Leading words that only say whose figure it is ("the whole city's")
 * or introduce it ("achieve"): dropped before lookup.
 */
typedef struct scope_word
{
	const char *w;
	size_t		len;			/* strlen(w), fixed at compile time */
} scope_word;

#define SW(s) {s, sizeof(s) - 1}

static const scope_word scope_words[] = {
	SW("全市"), SW("全县"), SW("全区"), SW("全省"), SW("全州"), SW("全盟"),
	SW("全旗"), SW("全镇"), SW("全乡"), SW("全国"), SW("全域"), SW("我市"),
	SW("我县"), SW("我区"), SW("我省"), SW("我州"), SW("我镇"), SW("我乡"),
	SW("我旗"), SW("我盟"), SW("本市"), SW("本县"), SW("本区"), SW("本省"),
	SW("本州"), SW("实现"), SW("完成"), SW("我国"), SW("全年"), SW("今年"),
	SW("年末")
};

/*----------
 * Words that end a name but say which measure of the indicator a figure
 * is (its growth, fall, rate of rise) or when it was taken, not which
 * indicator: 地区生产总值增长 and 地区生产总值 are one indicator, the
 * growth lives in the measure column.  Such words are dropped from
 * the end of a name the catalogue does not know as written, one after
 * another (at least two characters must remain), longest first; a name that is itself in the
 * catalogue (人口自然增长率, 居民消费价格涨幅) is found before this.
 *----------
 */
static const scope_word measure_words[] = {
	SW("比上年增长"), SW("比上年下降"), SW("同比增长"), SW("同比下降"),
	SW("年均增长"), SW("实际增长"), SW("名义增长"), SW("累计下降"),
	SW("增长率"), SW("增长"), SW("增速"), SW("增幅"), SW("涨幅"), SW("降幅"),
	SW("下降"), SW("降低"), SW("减少"), SW("提高"), SW("上升"), SW("上涨"),
	SW("全年"), SW("平均"), SW("年均")
};

/*
 * Administrative suffixes that end a leading place name:
 * 省 市 县 区 州 盟 旗.
 */
static int
place_suffix(uint32_t cp)
{
	switch (cp)
	{
		case 0x7701:			/* 省 */
		case 0x5E02:			/* 市 */
		case 0x53BF:			/* 县 */
		case 0x533A:			/* 区 */
		case 0x5DDE:			/* 州 */
		case 0x76DF:			/* 盟 */
		case 0x65D7:			/* 旗 */
			return 1;
		default:
			return 0;
	}
}

/*----------
 * Indicators where a lower figure is the better one: a target of X左右
 * (or a bare X) for them is a ceiling in practice (居民消费价格涨幅3%左右
 * is met by 0.9%, 城镇调查失业率5.5%左右 by 5.1%).  Every other
 * catalogued indicator is "higher": more is better, X左右 a level to
 * reach.  See docs/compare.md, "Status".
 *----------
 */
static const char *const lower_is_better[] = {
	"cpi", "ppi", "registered_unemployment_rate", "surveyed_unemployment_rate",
	"urban_rural_income_ratio", "energy_intensity", "carbon_intensity",
	"energy_consumption_total", "industrial_energy_intensity",
	"energy_intensive_share", "pm25", "pm10", "surface_water_worse_v_share",
	"cod_emissions", "ammonia_emissions", "nox_emissions", "so2_emissions",
	"vocs_emissions", "water_use_total", "water_intensity",
	"industrial_water_intensity", "land_per_gdp", "government_debt_ratio",
	"infant_mortality", "maternal_mortality", "under5_mortality",
	"work_safety_death_rate"
};

/* longest normalised name tried against the catalogue (bytes) */
#define MATCH_MAX 512

int
pe_catalog_count(void)
{
	return CATALOG_N;
}

const pe_indicator_def *
pe_catalog_entry(int i)
{
	if (i < 0 || i >= CATALOG_N)
		return NULL;
	return &catalog[i];
}

const char *
pe_catalog_direction(int i)
{
	size_t		j;

	if (i < 0 || i >= CATALOG_N)
		return NULL;
	for (j = 0; j < sizeof(lower_is_better) / sizeof(lower_is_better[0]); j++)
	{
		if (strcmp(lower_is_better[j], catalog[i].key) == 0)
			return "lower";
	}
	return "higher";
}

int
pe_catalog_find_key(const char *key, size_t len)
{
	int			i;

	if (key == NULL)
		return -1;
	for (i = 0; i < CATALOG_N; i++)
	{
		if (strlen(catalog[i].key) == len && memcmp(catalog[i].key, key, len) == 0)
			return i;
	}
	return -1;
}

/* Is cp an opening / closing bracket? */
static int
is_open_bracket(uint32_t cp)
{
	return cp == '(' || cp == '[' || cp == '{' || cp == 0xFF08 ||
		cp == 0xFF3B || cp == 0xFF5B || cp == 0x3010 || cp == 0x3014 ||
		cp == 0x3016 || cp == 0x3008;
}

static int
is_close_bracket(uint32_t cp)
{
	return cp == ')' || cp == ']' || cp == '}' || cp == 0xFF09 ||
		cp == 0xFF3D || cp == 0xFF5D || cp == 0x3011 || cp == 0x3015 ||
		cp == 0x3017 || cp == 0x3009;
}

/*
 * Fold one code point.  Returns the folded code point, or 0 when the
 * character is dropped (white space, punctuation, symbols).  Full-width
 * ASCII becomes ASCII, Latin letters become lower case, Roman numerals
 * (Ⅲ, ⅲ) are spelt with Latin letters by the caller (see roman()).
 */
static uint32_t
fold_cp(uint32_t cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		cp -= 0xFEE0;
	if (cp < 0x80)
	{
		if (cp >= 'A' && cp <= 'Z')
			return cp + 32;
		if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
			return cp;
		if (cp == '.')
			return '.';			/* kept only between digits, see caller */
		return 0;
	}
	if (pe_is_space(cp) || cp == PE_REPLACEMENT_CHAR)
		return 0;			/* also every invalid UTF-8 sequence */
	/* general punctuation, CJK symbols and punctuation (not 〇) */
	if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F && cp != 0x3007))
		return 0;
	/* CJK compatibility forms, small forms, half-width CJK punctuation */
	if ((cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF61 && cp <= 0xFF65))
		return 0;
	/* Latin-1 punctuation and symbols (·, ×, ...) and letter-like symbols */
	if ((cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7)
		return 0;
	return cp;
}

/* Roman numeral characters Ⅰ..Ⅻ and ⅰ..ⅻ spelt in Latin letters */
static const char *
roman(uint32_t cp)
{
	static const char *const r[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"
	};

	if (cp >= 0x2160 && cp <= 0x216B)
		return r[cp - 0x2160];
	if (cp >= 0x2170 && cp <= 0x217B)
		return r[cp - 0x2170];
	return NULL;
}

/* output sink: writes at most cap - 1 bytes, counts all, skips the first */
typedef struct sink
{
	char	   *out;
	size_t		cap;
	size_t		skip;			/* bytes of output still to drop */
	size_t		n;				/* bytes produced after skipping */
} sink;

static void
sink_put(sink *k, const char *s, size_t n)
{
	size_t		i;

	if (k->skip == 0 && k->out != NULL && k->n + n < k->cap)
	{
		/* the common case: everything fits */
		memcpy(k->out + k->n, s, n);
		k->n += n;
		return;
	}
	for (i = 0; i < n; i++)
	{
		if (k->skip > 0)
		{
			k->skip--;
			continue;
		}
		if (k->out != NULL && k->n + 1 < k->cap)
			k->out[k->n] = s[i];
		k->n++;
	}
}

static void
sink_end(sink *k)
{
	if (k->out != NULL && k->cap > 0)
		k->out[k->n < k->cap ? k->n : k->cap - 1] = '\0';
}

/*
 * Is the 的 that ends just before name[i] followed by 比重 or 比例?  Such a
 * 的 is dropped: 占地区生产总值的比重 and 占地区生产总值比重 are one name.
 */
static int
de_before_share(const char *name, size_t len, size_t i)
{
	uint32_t	a,
				b;

	if (i >= len)
		return 0;
	a = pe_utf8_next(name, len, &i);
	if (a != 0x6BD4 || i >= len)	/* 比 */
		return 0;
	b = pe_utf8_next(name, len, &i);
	return b == 0x91CD || b == 0x4F8B;	/* 重, 例 */
}

#define MODE_ALL		0		/* everything */
#define MODE_OUTSIDE	1		/* only text outside brackets */
#define MODE_INSIDE		2		/* only text inside brackets */

/*
 * Normalise name[0..len) into k.  A '.' is kept only between two ASCII
 * digits (PM2.5, but "GDP." loses its period).  Returns the number of
 * opening brackets seen (0: MODE_OUTSIDE would give the same as MODE_ALL
 * and MODE_INSIDE nothing).
 */
static int
normalize_into(const char *name, size_t len, int mode, sink *k)
{
	size_t		i = 0;
	int			depth = 0,
				brackets = 0;
	uint32_t	prev = 0;		/* previous folded code point emitted */

	while (i < len)
	{
		size_t		at = i;
		uint32_t	cp = pe_utf8_next(name, len, &i);
		uint32_t	f;
		const char *r;
		char		buf[4];

		if (cp >= 0x4E00 && cp <= 0x9FFF && cp != 0x7684)
		{
			/*
			 * Han other than 的, the common case: kept as is (fold_cp
			 * returns it unchanged, and its bytes are its encoding).
			 */
			if ((mode == MODE_OUTSIDE && depth > 0) ||
				(mode == MODE_INSIDE && depth == 0))
				continue;
			sink_put(k, name + at, i - at);
			prev = cp;
			continue;
		}
		if (is_open_bracket(cp))
		{
			depth++;
			brackets++;
			continue;
		}
		if (is_close_bracket(cp))
		{
			if (depth > 0)
				depth--;
			continue;
		}
		if ((mode == MODE_OUTSIDE && depth > 0) || (mode == MODE_INSIDE && depth == 0))
			continue;
		if (cp == 0x7684 && de_before_share(name, len, i))
			continue;			/* 占GDP的比重 = 占GDP比重 */
		if ((r = roman(cp)) != NULL)
		{
			sink_put(k, r, strlen(r));
			prev = 'x';
			continue;
		}
		f = fold_cp(cp);
		if (f == 0)
			continue;
		if (f == '.')
		{
			/* keep only when a digit precedes and a digit follows */
			size_t		j = i;
			uint32_t	next;

			if (!(prev >= '0' && prev <= '9') || j >= len)
				continue;
			next = fold_cp(pe_utf8_next(name, len, &j));
			if (!(next >= '0' && next <= '9'))
				continue;
		}
		sink_put(k, buf, (size_t) pe_utf8_encode(f, buf));
		prev = f;
	}
	return brackets;
}

size_t
pe_indicator_normalize(const char *name, size_t len, char *out, size_t outcap)
{
	sink		k = {out, outcap, 0, 0};

	if (name != NULL)
		normalize_into(name, len, MODE_ALL, &k);
	sink_end(&k);
	return k.n;
}

/*----------
 * Every name matched exactly: the key without '_', the normalised display
 * name and the aliases, with their entry index, sorted bytewise.  The
 * file is generated from the catalogue above by gen_catalog_names.py;
 * test/unit/test_catalog.c checks that it is current.
 *----------
 */
typedef struct catalog_name
{
	const char *name;
	int			entry;
} catalog_name;

static const catalog_name names[] = {
#include "pe_catalog_names.h"
};

#define NAMES_N ((int) (sizeof(names) / sizeof(names[0])))

/* bytewise comparison of s[0..n) with the NUL-terminated c */
static int
cmp_name(const char *s, size_t n, const char *c)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		unsigned char a = (unsigned char) s[i];
		unsigned char b = (unsigned char) c[i];

		if (b == '\0')
			return 1;
		if (a != b)
			return a < b ? -1 : 1;
	}
	return c[n] == '\0' ? 0 : -1;
}

/* catalogue entry whose key, display name or an alias is s[0..n), or -1 */
static int
lookup(const char *s, size_t n)
{
	int			lo = 0,
				hi = NAMES_N - 1;

	if (n == 0)
		return -1;
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = cmp_name(s, n, names[mid].name);

		if (c == 0)
			return names[mid].entry;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return -1;
}

/* bytes of leading scope words and verbs at the start of s[0..n) */
static size_t
scope_prefix(const char *s, size_t n)
{
	size_t		p = 0;
	int			again = 1;

	while (again)
	{
		size_t		w;

		again = 0;
		/* every scope word is Han: a first-byte test rejects most names */
		if (p >= n || (unsigned char) s[p] < 0x80)
			break;
		for (w = 0; w < sizeof(scope_words) / sizeof(scope_words[0]); w++)
		{
			size_t		wl = scope_words[w].len;

			/* never strip the whole name */
			if (n - p > wl && s[p] == scope_words[w].w[0] &&
				memcmp(s + p, scope_words[w].w, wl) == 0)
			{
				p += wl;
				again = 1;
				break;
			}
		}
	}
	return p;
}

/* are there at least n characters in s[0..len)?  Stops after n. */
static int
has_chars(const char *s, size_t len, int n)
{
	size_t		i = 0;
	int			c = 0;

	while (i < len && c < n)
	{
		(void) pe_utf8_next(s, len, &i);
		c++;
	}
	return c >= n;
}

/*
 * Lookup trying the name without a leading place name: 1 to 6 Han
 * characters followed by an administrative suffix (南京市, 江苏省南京市).
 * The rest must still be a catalogue name of at least two characters.
 */
static int
lookup_without_place(const char *s, size_t n, int depth)
{
	size_t		i = 0;
	int			chars = 0;

	if (depth > 2)
		return -1;
	while (i < n && chars < 7)
	{
		uint32_t	cp = pe_utf8_next(s, n, &i);

		if (!pe_is_han(cp))
			return -1;
		chars++;
		if (chars < 2)
			continue;
		if (place_suffix(cp) && has_chars(s + i, n - i, 2))
		{
			size_t		sp = scope_prefix(s + i, n - i);
			int			e = lookup(s + i, n - i);

			if (e < 0)
				e = lookup(s + i + sp, n - i - sp);
			if (e < 0)
				e = lookup_without_place(s + i, n - i, depth + 1);
			if (e >= 0)
				return e;
		}
	}
	return -1;
}

static int	has_chars(const char *s, size_t len, int n);

/*
 * Lookup without a leading region of the compiled region table written
 * without its suffix (成都经济总量, 郑州全市生产总值, 福建全省生产总值): the
 * place rule above needs a suffix, and 成都 / 郑州 / 福建 end in none.  The
 * rest, after a scope word, must be a catalogue name of two characters or
 * more.
 */
static int
lookup_without_region(const char *s, size_t n)
{
	const pe_region_entry *r = NULL;
	size_t		l = pe_region_longest_at(s, n, 0, &r);
	size_t		sp;
	int			e;

	if (l == 0 || !has_chars(s + l, n - l, 2))
		return -1;
	if ((e = lookup(s + l, n - l)) >= 0)
		return e;
	sp = scope_prefix(s + l, n - l);
	return sp > 0 ? lookup(s + l + sp, n - l - sp) : -1;
}

/* step 2 and 3 of the rules on one normalised candidate, as written */
static int
lookup_whole(const char *s, size_t n)
{
	int			e;
	size_t		p;

	if ((e = lookup(s, n)) >= 0)
		return e;
	p = scope_prefix(s, n);
	if (p > 0 && (e = lookup(s + p, n - p)) >= 0)
		return e;
	if ((e = lookup_without_place(s + p, n - p, 0)) >= 0)
		return e;
	return lookup_without_region(s + p, n - p);
}

/*
 * Bytes of one trailing measure or time word of s[0..n) (增长, 增速, 全年,
 * ...), 0 when there is none or fewer than two characters would remain.
 */
static size_t
measure_suffix(const char *s, size_t n)
{
	size_t		w;

	/* every measure word is Han: its last byte is a continuation byte */
	if (n < 4 || ((unsigned char) s[n - 1] & 0xC0) != 0x80)
		return 0;
	for (w = 0; w < sizeof(measure_words) / sizeof(measure_words[0]); w++)
	{
		size_t		wl = measure_words[w].len;

		if (n > wl && memcmp(s + n - wl, measure_words[w].w, wl) == 0 &&
			has_chars(s, n - wl, 2))
			return wl;
	}
	return 0;
}

/*
 * lookup_whole, then again after each trailing measure word dropped in
 * turn (地区生产总值年均增长全年 → …年均增长 → 地区生产总值)
 */
static int
lookup_candidate(const char *s, size_t n)
{
	int			e;
	size_t		m;

	while ((e = lookup_whole(s, n)) < 0 && (m = measure_suffix(s, n)) > 0)
		n -= m;
	return e;
}

/*
 * Length of s[0..n) without its trailing measure words, all of them, so
 * that the key of a key is itself (名义增长年均年均 → 名义, never 名义增长年均,
 * whose key would be shorter again)
 */
static size_t
without_measure_suffixes(const char *s, size_t n)
{
	size_t		m;

	while ((m = measure_suffix(s, n)) > 0)
		n -= m;
	return n;
}

size_t
pe_indicator_key(const char *name, size_t len, char *out, size_t outcap, int *entry)
{
	char		buf[MATCH_MAX + 1];		/* the name normalised (MODE_ALL) */
	char		part[MATCH_MAX + 1];	/* outside or inside brackets */
	sink		k = {buf, sizeof(buf), 0, 0};
	size_t		n;
	size_t		p;
	int			e = -1;
	int			brackets;
	sink		o = {out, outcap, 0, 0};

	if (name == NULL)
		len = 0;
	brackets = normalize_into(name, len, MODE_ALL, &k);
	n = k.n;
	if (n > MATCH_MAX)
	{
		/*
		 * Too long to match, but maybe not once its scope words go (全省
		 * written two hundred times before a name): key the rest, as the
		 * key's own key would be (a key is its own key).
		 */
		sink		b = {part, sizeof(part), 0, 0};

		b.skip = scope_prefix(buf, MATCH_MAX);
		if (b.skip > 0 && n - b.skip <= MATCH_MAX)
		{
			normalize_into(name, len, MODE_ALL, &b);
			return pe_indicator_key(part, b.n, out, outcap, entry);
		}
	}
	if (n <= MATCH_MAX)
	{
		e = lookup_candidate(buf, n);
		if (e < 0 && brackets > 0)
		{
			/*
			 * Without bracketed text, then the bracketed text alone.  With
			 * no bracket the first is the whole name and the second empty:
			 * nothing new to try.
			 */
			sink		b = {part, sizeof(part), 0, 0};

			normalize_into(name, len, MODE_OUTSIDE, &b);
			if (b.n < n && b.n <= MATCH_MAX)
				e = lookup_candidate(part, b.n);
			if (e < 0)
			{
				b.n = 0;
				normalize_into(name, len, MODE_INSIDE, &b);
				if (b.n > 0 && b.n < n && b.n <= MATCH_MAX)
					e = lookup_candidate(part, b.n);
			}
		}
	}
	if (entry != NULL)
		*entry = e;
	if (e >= 0)
	{
		sink_put(&o, catalog[e].key, strlen(catalog[e].key));
		sink_end(&o);
		return o.n;
	}

	/* uncatalogued: "~" + normalised name without leading scope words */
	sink_put(&o, "~", 1);
	if (n <= MATCH_MAX)
	{
		/*
		 * buf still holds the whole normalised name; the measure word goes
		 * too, so that 企业研发经费 and 企业研发经费增长 share a key
		 */
		p = scope_prefix(buf, n);
		n = p + without_measure_suffixes(buf + p, n - p);
		sink_put(&o, buf + p, n - p);
	}
	else
	{
		k.n = 0;
		k.out = buf;
		normalize_into(name, len, MODE_ALL, &k);
		p = scope_prefix(buf, MATCH_MAX);
		o.skip = p;
		normalize_into(name, len, MODE_ALL, &o);
	}
	sink_end(&o);
	return o.n;
}

char *
pe_indicator_key_arena(pe_arena *arena, const char *name, size_t len,
					   size_t *keylen, int *entry)
{
	size_t		cap = PE_INDICATOR_KEY_BOUND(len);
	char	   *out = pe_arena_alloc(arena, cap);
	size_t		n;

	if (out == NULL)
		return NULL;
	n = pe_indicator_key(name, len, out, cap, entry);
	if (keylen != NULL)
		*keylen = n;
	return out;
}
