--
-- plan_normalize(text): NFKC folding, then Traditional -> Simplified.
-- docs/normalize.md lists every class tested here.
--
-- full-width Latin letters and digits become ASCII
SELECT plan_normalize('ＡＢＣＸＹＺａｂｃｘｙｚ０１２３４５６７８９') AS latin_digits;
-- full-width ASCII punctuation and symbols become ASCII
SELECT plan_normalize('，：；（）！？％＋－＝／＜＞［］｛｝＂＇＃＄＆＊＠＼＾＿｀｜～') AS punctuation;
-- the ideographic space U+3000 and no-break space become a plain space
SELECT plan_normalize('地区　生产' || chr(160) || '总值') AS spaces;
-- numbers in plan text
SELECT plan_normalize('增长８．５％，达到１，２３４．５６亿元') AS figures;
SELECT plan_normalize('ＰＭ２．５、５Ｇ、ＧＤＰ') AS alphanumerics;
-- Traditional characters become Simplified
SELECT plan_normalize('國內生產總值') AS gdp;
SELECT plan_normalize('經濟發展 臺灣 頭髮 範圍 係數 後來 乾淨') AS traditional;
-- Simplified text, Chinese punctuation and ASCII are left alone
SELECT plan_normalize('“十四五”时期,地区生产总值年均增长6%左右。') AS simplified;
SELECT plan_normalize('。、“”《》【】〔〕——·') AS chinese_punctuation;
SELECT plan_normalize('plain ASCII: GDP 8.5% (2021)') AS ascii;
-- other NFKC compatibility characters: circled numbers, squared units,
-- vulgar fractions, superscripts, roman numerals, the ellipsis,
-- half-width katakana and half-width CJK brackets
SELECT plan_normalize('① ⑩ ㎡ ㎏ ½ ² Ⅳ … ﾀ') AS compatibility;
-- ICU's Traditional-Simplified rules also turn corner brackets into
-- curly quotes
SELECT plan_normalize('「十四五」 ｢规划｣') AS corner_brackets;
-- idempotent
SELECT plan_normalize(plan_normalize('國內ＧＤＰ增長８％')) = plan_normalize('國內ＧＤＰ增長８％') AS idempotent;
-- empty and NULL
SELECT plan_normalize('') = '' AS empty;
SELECT plan_normalize(NULL) IS NULL AS null_in_null_out;
-- 1 MB of mixed input: length and content as expected
SELECT length(n) AS chars, octet_length(n) AS bytes,
       n = repeat('国内生产总值GDP增长8.5%,', 40000) AS same
FROM (SELECT plan_normalize(repeat('國內生產總值ＧＤＰ增長８．５％，', 40000)) AS n) s;
SELECT octet_length(repeat('國內生產總值ＧＤＰ增長８．５％，', 40000)) AS input_bytes;
-- long text is normalized in pieces (cut after a line break, else after 。,
-- else between characters) with the same result as piece by piece
SELECT plan_normalize(repeat('萬人 ＡＢＣ 發展①。' || chr(10), 40000))
       = repeat(plan_normalize('萬人 ＡＢＣ 發展①。' || chr(10)), 40000) AS lines,
       plan_normalize(repeat('經濟發展，ｇｄｐ增長。', 30000))
       = repeat(plan_normalize('經濟發展，ｇｄｐ增長。'), 30000) AS one_line,
       plan_normalize(repeat('經濟發展', 100000))
       = repeat(plan_normalize('經濟發展'), 100000) AS no_full_stop,
       octet_length(plan_normalize(repeat('經濟發展', 100000))) AS bytes;
