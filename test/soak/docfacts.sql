\set id random(1, :ndocs)
SELECT (plan_doc_info(body)).region FROM soak_docs WHERE id = :id;
SELECT count(*) FROM soak_docs d, plan_sections(d.body) WHERE d.id = :id;
SELECT count(*) FROM soak_docs d, plan_sentences(d.body) WHERE d.id = :id;
