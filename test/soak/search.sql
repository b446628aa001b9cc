\set t random(1, 6)
SELECT count(*) FROM soak_docs
WHERE to_tsvector('plan_zh', body) @@ plan_tsquery((ARRAY['生产总值 增长', '碳达峰|碳中和', '"城乡居民 收入"', '硗碛藏族乡', '乡村振兴 -工业', 'pm 2.5'])[:t]);
SELECT ts_headline('plan_zh', body, plan_tsquery('地区生产总值')) FROM soak_docs
WHERE to_tsvector('plan_zh', body) @@ plan_tsquery('地区生产总值') LIMIT 3;
