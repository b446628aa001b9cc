/*-------------------------------------------------------------------------
 *
 * pe_extract_words.h
 *	  The word lists of the prose extractor (magnitudes, predicates, lead
 *	  words, change words, qualifiers), shared by its stage files.
 *	  src/core/gen_extract_filters.py reads them from here.
 *
 * IDENTIFICATION
 *	  src/core/pe_extract_words.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PE_EXTRACT_WORDS_H
#define PE_EXTRACT_WORDS_H

#include <stddef.h>

/*
 * The units after a number (base_units, longest first; a magnitude prefix
 * may precede) are the unit catalogue's entries flagged PE_UDEF_FIGURE,
 * written into pe_extract_filters.h by gen_extract_filters.py: one unit
 * list for extraction and plan_quantity (pe_units.c).
 */

/*
 * Magnitude words before a unit; 兆 is 10^12 as Taiwanese reports write it
 * (糧食產量1.4兆斤左右; pe_units.c takes it only before a catalogue unit).
 */
static const char *const magnitudes[] = {"万亿", "亿", "万", "千", "百", "兆", NULL};

/* units whose object noun usually follows the number: 成立7个课题组 */
static const char *const classifier_units[] = {
	"个", "家", "所", "项", "座", "条", "名", "户", "场", "次", "批", "支",
	"处", "件", "张", "台", "辆", "套", "间", "部", "本", "门", NULL
};

/*
 * words that end an indicator name and start its predicate; 平均为 before
 * 均 (城镇调查失业率平均为4.2% / 5.1% / 5.6%: 上海 2026, national 2022 and
 * 2023 reports); 接近 and 近 (nearly: 省内电力装机容量接近5000万千瓦,
 * 核酸检测近32万人次, 货运周转量近400亿吨, seed 002; 近 only right before the
 * figure, pe_name.c: 就近办, 逼近 keep it)
 */
static const char *const predicate_words[] = {
	"平均为", "年均名义增长", "年均实际增长", "年均增长", "同比增长", "名义增长", "实际增长",
	"比上年增长", "较上年增长",
	"分别增长", "分别达到", "分别达", "分别为", "分别",
	"增长", "增速", "增幅", "上涨", "涨幅", "下降", "降低", "减少", "提高",
	"提升", "上升", "回落", "净增", "净减", "年均", "累计", "达到", "完成",
	"突破", "跨过", "跨越", "跃上", "迈上", "站上", "登上", "超过", "控制在", "稳定在", "保持在", "保持", "均在",
	"均达", "不低于", "不少于", "不超过", "不高于", "预计", "力争", "有望", "实现", "达", "超",
	"将", "要",
	"为", "约", "接近", "近", "由", "从", "比", "较", "均", "在", "到", "至", "共", "逾",
	NULL
};

/* words stripped from the front of a name: scope, time, stance */
static const char *const lead_words[] = {
	"十三五”期间", "十三五”时期", "十三五”以来", "十三五”末", "十四五”期间",
	"十四五”时期", "十四五”末", "十二五”末", "十三五期间", "十四五期间",
	"十三五", "十四五", "十二五", "期间", "时期", "以来", "一年来", "五年来",
	"过去五年", "过去一年", "超额完成", "超额",
	"全县", "全市", "全区", "全省", "全州", "全镇", "全乡", "全旗", "全盟",
	"全域", "全年", "我县", "我市", "我区", "我省", "本县", "本市", "本区",
	"今年", "去年", "明年", "年内", "当年", "同期", "年底", "年末", "其中",
	"力争", "确保", "实现", "完成", "预计", "累计", "五年", "年均", "共计",
	"此外", "同时", "以及", "并且", "主要", "全面", "已经", "已", "共", "并",
	"和", "及", "与", "将", "要", "、", "“", "”", "\"", "《", "》", "(", ")",
	"（", "）", " ", "\t", "\xe3\x80\x80", "-", "—", ":", "：", "是", "底",
	"●",						/* a list bullet before 预计 (湖北 2025 summary) */
	NULL
};

/* change words: growth/delta, with sign */
static const char *const up_words[] = {
	"增长", "增速", "增幅", "上涨", "涨幅", "提高", "提升", "上升", "增加",
	"递增", "净增", "扩大", "多", NULL
};
static const char *const down_words[] = {
	"下降", "降低", "减少", "回落", "递减", "净减", "下调", "缩小", "收窄",
	"减", NULL
};

/* qualifiers written before the number */
static const char *const about_pre[] = {"大约", "约为", "约", "近", NULL};
static const char *const least_pre[] = {
	"不低于", "不少于", "超过", "突破", "跨过", "跨越", "跃上", "迈上", "站上", "登上",
	"高于", "多于", "逾",
	"超", NULL
};
static const char *const most_pre[] = {
	"不超过", "不高于", "低于", "少于", NULL
};

#endif							/* PE_EXTRACT_WORDS_H */
