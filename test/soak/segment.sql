\set id random(1, :ndocs)
SELECT length(plan_tsvector(body)::text), array_length(plan_segment(body), 1), length(plan_normalize(body))
FROM soak_docs WHERE id = :id;
