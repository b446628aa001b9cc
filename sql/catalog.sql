--
-- Indicator identity: plan_indicator_key, the catalogue view, user aliases.
--
-- the names of the issue and of the seed reports join on one key
SELECT name, plan_indicator_key(name) AS key
FROM (VALUES ('地区生产总值'), ('生产总值'), ('全市GDP'), ('国内生产总值'),
             ('地方生产总值(GDP)'), ('地方生产总值（GDP）'), ('GDP总量'), ('经济总量'),
             ('规模以上工业增加值'), ('规上工业增加值'), ('规模工业增加值'),
             ('规模以上工业增加值(全口径)'), ('社会消费品零售总额'), ('社零总额'),
             ('全县社会消费品零售总额')) AS t(name)
ORDER BY key, name;
-- one key whatever the measure: level, growth and fall of an indicator meet
-- (the measure is a column of its own); 调查 and 登记 stay apart
SELECT name, plan_indicator_key(name) AS key
FROM (VALUES ('地区生产总值增长'), ('国内生产总值增长'), ('我国国内生产总值'), ('GDP增速'),
             ('全省地区生产总值增长'), ('经济增长'), ('城镇调查失业率全年'),
             ('城镇登记失业率'), ('单位国内生产总值能耗降低'), ('一般公共预算收入增长'),
             ('人口自然增长率'), ('人均地区生产总值增长'), ('企业研发经费增长'),
             ('企业研发经费')) AS t(name)
ORDER BY key, name;
-- which way is better: a 左右 target of a "lower" indicator is a ceiling
SELECT direction, count(*) FROM plan_indicator_catalog GROUP BY direction ORDER BY direction;
SELECT key, direction FROM plan_indicator_catalog
WHERE key IN ('gdp', 'cpi', 'surveyed_unemployment_rate', 'energy_intensity', 'new_urban_jobs')
ORDER BY ord;
-- incomes stay apart; 城乡 is not in the catalogue
SELECT name, plan_indicator_key(name) AS key
FROM (VALUES ('城镇居民人均可支配收入'), ('农村居民人均可支配收入'),
             ('全体居民人均可支配收入'), ('城乡居民人均可支配收入'),
             ('农牧民人均可支配收入')) AS t(name)
ORDER BY name;
-- scope words, punctuation, width, brackets, Roman numerals, place names
SELECT name, plan_indicator_key(name) AS key
FROM (VALUES ('我市城镇登记失业率'), ('全省 常住人口城镇化率'), ('森林(林木)覆盖率'),
             ('Ⅲ类水质(断面)比例'), ('细颗粒物（PM2.5）浓度'), ('R&D经费投入强度'),
             ('高血压/糖尿病规范管理'), ('南京市地区生产总值'), ('人均地区生产总值'),
             ('全社会固定资产投资'), ('城市污水处理率')) AS t(name)
ORDER BY name;
-- unknown names: "~" + normalised name, so spellings that differ only in
-- scope words, width or punctuation still join
SELECT name, plan_indicator_key(name) AS key
FROM (VALUES ('市级“三社联动”试点社区'), ('全市 市级三社联动试点社区'), ('禁渔'),
             (''), ('——')) AS t(name)
ORDER BY name;
-- idempotent: a key is its own key
SELECT count(*) AS keys, count(*) FILTER (WHERE plan_indicator_key(key) = key) AS own_key
FROM plan_indicator_catalog;
SELECT plan_indicator_key('~禁渔') AS tilde_key;
SELECT plan_indicator_normalize('全市ＧＤＰ（亿元）') AS normalised;
SELECT plan_indicator_key(NULL) IS NULL AS strict;
-- the catalogue view
SELECT count(*) >= 120 AS at_least_120, count(DISTINCT key) = count(*) AS unique_keys
FROM plan_indicator_catalog;
SELECT domain, count(*) FROM plan_indicator_catalog GROUP BY domain ORDER BY domain;
SELECT key, name_zh, name_en, domain, unit
FROM plan_indicator_catalog
WHERE key IN ('gdp', 'retail_sales', 'industrial_value_added_above_scale',
              'urban_disposable_income', 'rd_intensity', 'forest_coverage')
ORDER BY ord;
-- every display name and alias maps back to its own key
SELECT c.key, a.alias, plan_indicator_key(a.alias)
FROM plan_indicator_catalog c, unnest(c.aliases || c.name_zh) AS a(alias)
WHERE plan_indicator_key(a.alias) <> c.key;
-- user aliases apply through plan_indicator_key_user / plan_resolve_key
INSERT INTO plan_indicator_alias (alias, key, note)
VALUES ('县域经济总量', 'gdp', 'county reports call GDP this'),
       ('三社联动试点社区', 'community_pilots', NULL);
SELECT alias, alias_key, key FROM plan_indicator_alias ORDER BY alias;
SELECT name, plan_indicator_key(name) AS immutable_key,
       plan_indicator_key_user(name) AS user_key
FROM (VALUES ('全县县域经济总量'), ('市级“三社联动”试点社区'), ('全市三社联动试点社区'),
             ('社零总额')) AS t(name)
ORDER BY name;
SELECT plan_resolve_key('~县域经济总量') AS resolved, plan_resolve_key('gdp') AS unchanged;
-- the same normalised alias twice is refused
INSERT INTO plan_indicator_alias (alias, key) VALUES ('县域 经济总量', 'other');
-- an empty key is refused
INSERT INTO plan_indicator_alias (alias, key) VALUES ('某指标', '');
DELETE FROM plan_indicator_alias;
-- the alias table is dumped with the data of the extension
SELECT 'plan_indicator_alias'::regclass::oid = ANY (e.extconfig) AS alias_table_dumped
FROM pg_extension e WHERE e.extname = 'plan_ext';
-- volatility: the key function is IMMUTABLE, the alias-aware ones STABLE
SELECT p.proname, p.provolatile, p.proparallel, p.proisstrict
FROM pg_proc p
WHERE p.proname IN ('plan_indicator_key', 'plan_indicator_normalize',
                    'plan_indicator_key_user', 'plan_resolve_key')
ORDER BY p.proname;
-- the indicators of main-target lists (docs/compare.md, appendix): all 48 catalogued
SELECT cardinality(k) AS listed, count(c.key) AS catalogued,
       count(*) FILTER (WHERE c.direction = 'lower') AS lower_is_better,
       array_agg(u.key) FILTER (WHERE c.key IS NULL) AS missing
FROM (SELECT '{gdp,gdp_per_capita,industrial_value_added_above_scale,tertiary_industry_value_added,tertiary_share_gdp,high_tech_industry_share,strategic_emerging_share,digital_core_share_gdp,fixed_asset_investment,industrial_investment,private_investment,retail_sales,imports_exports,exports,fdi_actual,tourism_revenue,general_budget_revenue,fiscal_revenue,fiscal_revenue_total,tax_revenue,cpi,new_urban_jobs,surveyed_unemployment_rate,registered_unemployment_rate,rural_labor_transfer,disposable_income_per_capita,urban_disposable_income,rural_disposable_income,rural_net_income,grain_output,agri_value_added,energy_intensity,carbon_intensity,energy_consumption_total,cod_emissions,ammonia_emissions,so2_emissions,nox_emissions,air_quality_good_days,pm25,surface_water_good_share,forest_coverage,rd_intensity,invention_patents_per_10k,high_tech_enterprises,urbanization_rate,natural_growth_rate,poverty_reduction}'::text[] AS k) l
CROSS JOIN LATERAL unnest(l.k) AS u(key)
LEFT JOIN plan_indicator_catalog c ON c.key = u.key
GROUP BY l.k;
