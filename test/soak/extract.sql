\set id random(1, :ndocs)
SELECT count(*), sum(value) FROM soak_docs d, plan_indicators(d.body) WHERE d.id = :id;
