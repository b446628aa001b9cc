-- plan_ext demo: the bundled sample documents are in plan_docs(name, body).
SELECT id, name, length(body) AS chars FROM plan_docs ORDER BY id;

-- plan_normalize: full-width characters to ASCII, Traditional to Simplified.
SELECT plan_normalize('國內生產總值增長８．５％，ＧＤＰ突破１，０００億元') AS normalized;
