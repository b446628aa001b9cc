--
-- Hostile input battery (issue 15): every public function of plan_ext that
-- takes text is called with inputs a careless or malicious caller can
-- send. Each call must return or raise a clean SQLSTATE, never an internal
-- error (class XX) or a crash, and finish within 10 s (measured per call;
-- statement_timeout set inside the DO block does not interrupt a call).
--
-- The functions are read from the catalogue (members of the extension whose
-- first argument is text and whose other arguments have defaults, or are
-- text too: those get the same input twice), so a new function is covered
-- without editing this file. The input type plan_quantity is called through
-- its cast.
--
\set ON_ERROR_STOP 1
\set QUIET 1
\pset format unaligned
\pset tuples_only true
\pset pager off
SET client_min_messages = warning;

BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS plan_ext;
SELECT plan(5);

-- the inputs: name, text
CREATE TEMP TABLE hostile_input (name text PRIMARY KEY, body text NOT NULL);
SELECT setseed(0.15);
INSERT INTO hostile_input VALUES
  ('empty', ''),
  ('10MB of one character', repeat('增', 10 * 1024 * 1024 / 3)),
  ('1MB number', repeat('9', 1024 * 1024)),
  ('100000 nested brackets', repeat('（', 50000) || repeat('(', 50000) || '增长8%' || repeat('）', 50000) || repeat(')', 50000)),
  ('mixed Traditional and full-width', repeat('２０２１年全市地區生產總值增長８．５％以上，萬億元；ＧＤＰ１·８％，〇、○、①②③　', 2000));
-- 1 MB of random valid UTF-8: every plane (astral included), combining marks,
-- controls, noncharacters, digits and plan words between them
INSERT INTO hostile_input
SELECT '1MB random UTF-8', string_agg(
  CASE WHEN r < 0.15 THEN chr(1 + (random() * 31)::int)              -- C0 controls, no NUL
       WHEN r < 0.30 THEN chr(768 + (random() * 111)::int)           -- combining marks
       WHEN r < 0.45 THEN chr(65536 + (random() * 1048575)::int)     -- astral planes
       WHEN r < 0.50 THEN chr(64976 + (random() * 31)::int)          -- noncharacters
       WHEN r < 0.60 THEN substr('0123456789.%亿万元个百分点以上左右', 1 + (random() * 22)::int, 1)
       WHEN r < 0.80 THEN chr(19968 + (random() * 20901)::int)       -- CJK
       ELSE chr(32 + (random() * 55000)::int) END, '')
FROM (SELECT random() AS r FROM generate_series(1, 300000)) s
WHERE true;
-- the random text must not hit the surrogate range: keep the valid ones
UPDATE hostile_input SET body = regexp_replace(body, '[\uD800-\uDFFF]', '', 'g') WHERE name = '1MB random UTF-8';

-- the functions: members of plan_ext taking text first
CREATE TEMP TABLE hostile_fn AS
SELECT p.oid, p.oid::regprocedure::text AS sig, p.proretset AS srf,
       p.pronargs AS nargs,
       (SELECT count(*) FROM unnest(p.proargtypes::oid[]) t WHERE t = 'text'::regtype) AS ntext
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'plan_ext'
WHERE p.prokind = 'f' AND p.pronargs >= 1
  AND p.proargtypes[0] = 'text'::regtype
  AND p.prorettype <> 'internal'::regtype
  AND (p.pronargs - p.pronargdefaults <= 1
       OR p.pronargs = (SELECT count(*) FROM unnest(p.proargtypes::oid[]) t WHERE t = 'text'::regtype));

SELECT cmp_ok((SELECT count(*)::int FROM hostile_fn), '>=', 15,
  'the battery covers at least 15 functions taking text');

-- run every function on every input; keep the SQLSTATE of what it raised
CREATE TEMP TABLE hostile_result (sig text, input text, state text, message text, ms numeric);
DO $$
DECLARE
  f record; i record; call text; args text; t0 timestamptz; st text; msg text;
BEGIN
  FOR f IN SELECT * FROM hostile_fn ORDER BY sig LOOP
    args := CASE WHEN f.nargs - (SELECT pronargdefaults FROM pg_proc WHERE oid = f.oid) <= 1
                 THEN '$1' ELSE array_to_string(array_fill('$1'::text, ARRAY[f.nargs]), ', ') END;
    call := CASE WHEN f.srf
                 THEN format('SELECT count(*) FROM %s(%s)', f.oid::regproc, args)
                 ELSE format('SELECT length(%s(%s)::text)', f.oid::regproc, args) END;
    FOR i IN SELECT * FROM hostile_input ORDER BY name LOOP
      st := '00000'; msg := NULL;
      t0 := clock_timestamp();
      BEGIN
        PERFORM set_config('statement_timeout', '10s', true);
        EXECUTE call USING i.body;
      EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
      END;
      INSERT INTO hostile_result VALUES (f.sig, i.name, st, left(msg, 200),
        round(extract(epoch FROM clock_timestamp() - t0) * 1000));
    END LOOP;
  END LOOP;
  -- the type's input function through its cast, and the text arguments
  -- that are not first: unit names, a quantity's text, the compare status
  FOR f IN SELECT * FROM (VALUES
      ('plan_quantity input', 'SELECT $1::plan_quantity'),
      ('plan_quantity_to(plan_quantity,text)', 'SELECT plan_quantity_to(''1亿元'', $1)'),
      ('plan_compare_gap(numeric,text,numeric,text)', 'SELECT plan_compare_gap(2, $1, 10000, $1)'),
      ('plan_compare_status(text,text,text)', 'SELECT plan_compare_status(''8%'', ''7%以上'', $1)'),
      ('plan_quantity(numeric,text)', 'SELECT plan_quantity(1, $1)')) v(sig, call) LOOP
    FOR i IN SELECT * FROM hostile_input ORDER BY name LOOP
      st := '00000'; msg := NULL; t0 := clock_timestamp();
      BEGIN
        PERFORM set_config('statement_timeout', '10s', true);
        EXECUTE f.call USING i.body;
      EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
      END;
      INSERT INTO hostile_result VALUES (f.sig || ' (text argument)', i.name, st, left(msg, 200),
        round(extract(epoch FROM clock_timestamp() - t0) * 1000));
    END LOOP;
  END LOOP;
  PERFORM set_config('statement_timeout', '0', true);
END $$;

SELECT is((SELECT count(*)::int FROM hostile_result),
  (SELECT (count(*) + 5)::int FROM hostile_fn) * (SELECT count(*)::int FROM hostile_input),
  'every function ran on every input');
SELECT is_empty($$SELECT sig, input, state, message FROM hostile_result WHERE state LIKE 'XX%'$$,
  'no internal error (SQLSTATE class XX) on any hostile input');
SELECT is_empty($$SELECT sig, input, ms FROM hostile_result WHERE state = '57014' OR ms > 10000$$,
  'every call finishes within 10 s');
-- error messages quote at most a short prefix of the input
SELECT is_empty($$SELECT sig, input, length(message) FROM hostile_result WHERE length(message) >= 200$$,
  'no error message quotes a long input');

-- what the battery saw, for the log
SELECT diag(format('%s calls: %s returned, %s raised (%s)', count(*),
  count(*) FILTER (WHERE state = '00000'), count(*) FILTER (WHERE state <> '00000'),
  (SELECT string_agg(DISTINCT state, ' ') FROM hostile_result WHERE state <> '00000')))
FROM hostile_result;

SELECT diag('slowest: ' || string_agg(format('%s on %s %s ms', sig, input, ms), '; '))
FROM (SELECT * FROM hostile_result ORDER BY ms DESC LIMIT 3) s;

SELECT * FROM finish();
ROLLBACK;
