\set v random(1, 100000)
SELECT (:v || '万元')::plan_quantity = ((:v * 10000) || '元')::plan_quantity,
       plan_quantity_to((:v || '亿元')::plan_quantity, '万元'),
       (:v || '%以上')::plan_quantity < '1个百分点'::plan_quantity,
       plan_indicator_key('全市地区生产总值增长'), plan_compare_status('8%', '7%以上'),
       plan_number('四万亿');
SELECT count(*) FROM plan_quantity_scan('地区生产总值增长' || :v || '%以上，投资' || :v || '亿元');
