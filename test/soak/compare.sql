\set a random(1, :ndocs)
\set b random(1, :ndocs)
SELECT count(*) FROM soak_docs x, soak_docs y, plan_compare(x.body, y.body) c WHERE x.id = :a AND y.id = :b;
SELECT count(*) FROM soak_docs x, soak_docs y, plan_diff(x.body, y.body) c WHERE x.id = :a AND y.id = :b;
