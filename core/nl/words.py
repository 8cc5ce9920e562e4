"""The grammar words (not vocabulary: packs add terms, these are the language's function words).

Every table maps a phrase (zh, or lower-case en) to a keyword id the grammar understands.
"""

from __future__ import annotations

KEYWORDS: dict[str, tuple[str, ...]] = {
    "when": ("当", "如果", "若", "一旦", "假如", "遇", "遇到", "发现", "when", "if", "whenever", "once", "in case"),
    "then": ("时", "之时", "的时候", "时候", "则", "就", "立即", "立刻", "马上", "应", "应当", "自动",
             "then", "immediately", "automatically"),
    "and": ("且", "并且", "同时", "而且", "并", "和", "以及", "与此同时", "and", "as well as", "also", "and also"),
    "or": ("或", "或者", "或是", "or", "either"),
    "gt": ("超过", "高于", "大于", "超出", "超", "多于", "高出", "exceeds", "exceed", "exceeded", "exceeding",
           "is above", "above", "greater than", "more than", "higher than", "over", "rises above", "goes above", ">"),
    "lt": ("低于", "小于", "少于", "不足", "不到", "below", "is below", "less than", "lower than", "under",
           "falls below", "drops below", "fall below", "drop below", "<"),
    "ge": ("不低于", "不小于", "不少于", "达到", "达", "大于等于", "大于或等于", "高于或等于", "≥", ">=", "at least",
           "reaches", "reach", "reached", "not below", "not less than", "no less than", "is at least"),
    "le": ("不超过", "不高于", "不大于", "不多于", "小于等于", "小于或等于", "低于或等于", "≤", "<=", "at most",
           "not above", "not more than", "no more than", "does not exceed", "is at most"),
    "eq": ("等于", "为", "equals", "is equal to", "equal to"),
    "ne": ("不等于", "不为", "不是", "≠", "!=", "does not equal", "not equal to", "is not equal to", "differs from",
           "is other than", "other than"),
    "sfx_ge": ("以上", "及以上", "或以上", "or more", "or above", "or higher"),
    "sfx_le": ("以下", "及以下", "或以下", "or less", "or below", "or lower"),
    "between": ("在", "介于", "处于", "between", "is between", "stays between"),
    "between_end": ("之间", "范围内", "区间内"),
    "outside": ("不在", "outside", "is outside", "out of", "outside the range", "outside the range of",
                "leaves the range", "goes outside"),
    "range_end": ("范围", "区间", "范围之外", "范围外", "range", "band"),
    "sustain": ("连续", "持续", "保持", "持续时间", "持续达", "时间", "时长", "的时间", "continuously", "continuous", "sustained", "for",
                "lasting", "for longer than", "for over"),
    "within": ("内", "以内", "之内", "within", "in", "in any", "over the last", "in the last", "during the last",
               "over the past", "in the past", "最近", "过去"),
    # a statistic of a quantity over a window: 「5分钟平均值」 "the average over 10 minutes"
    "agg_mean": ("平均值", "平均", "均值", "平均浓度", "average", "the average", "averaged", "mean", "the mean",
                 "on average", "rolling average", "moving average"),
    "agg_max": ("最大值", "最高值", "峰值", "maximum", "the maximum", "peak", "the peak"),
    "agg_min": ("最小值", "最低值", "minimum", "the minimum"),
    "active": ("有效期间", "有效期内", "有效期间内", "期间", "进行中", "作业中", "进行期间", "执行期间", "作业期间",
               "实施期间", "is active", "active", "in progress", "is in progress", "is valid", "is open",
               "is under way", "under way"),
    "during": ("during", "while", "while the"),
    "interrupted": ("中断", "interrupted", "is interrupted", "has been interrupted", "was interrupted", "paused"),
    "not": ("未", "没有", "仍未", "尚未", "未进行", "无", "without", "no", "not", "has not been", "and no",
            "with no"),
    "state_off": ("停止运行", "停止", "停运", "停转", "未运行", "未开启", "off", "stopped", "is off", "is stopped",
                  "not running", "is not running", "closed", "is closed", "已关闭"),
    "state_on": ("运行中", "运行", "running", "is running", "is on"),
    "of": ("的", "of", "of the"),
    "by_sms": ("by SMS", "via SMS", "by text message", "发短信"),
    "by": ("by",),
    "filler": ("了", "地", "是", "值", "数值", "读数", "测量值", "检测值", "实测值", "都", "也", "均", "现场", "出现",
               "发生", "累计", "有", "已", "已经", "要", "请", "须", "必须", "给", "向", "对", "将", "把", "进行",
               "the", "a", "an", "is", "are", "was", "be", "been", "has", "have", "its", "to", "value", "reading",
               "measured", "any", "it", "detected", "is detected", "occurs", "happens", "please", "goes", "rises",
               "falls", "drops", "stays", "remains", "gets", "get", "on", "raise", "trigger", "issue", "activate",
               "give", "after", "后", "之后", "以后", "there", "there is", "is done", "done", "performed", "carried out",
               "完成", "reads", "shows", "indicates", "measures"),
}

# fixed durations written as words, in seconds
DURATION_WORDS: dict[str, float] = {
    "半小时": 1800, "半个小时": 1800, "一刻钟": 900, "一个小时": 3600, "half an hour": 1800,
    "a quarter of an hour": 900, "quarter of an hour": 900, "an hour": 3600, "one hour": 3600, "a minute": 60,
    "one minute": 60,
}

EN_NUMBERS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "fifty": 50, "sixty": 60, "ninety": 90, "hundred": 100,
}

# written unit -> canonical unit (core.units) or a grammar unit: time:<seconds>, count, factor, times, percent
UNITS: dict[str, str] = {
    "%LEL": "%LEL", "%lel": "%LEL", "LEL%": "%LEL", "% LEL": "%LEL", "%LEL.": "%LEL",
    "%vol": "%vol", "%VOL": "%vol", "%Vol": "%vol", "vol%": "%vol", "% vol": "%vol", "%(v/v)": "%vol", "%v/v": "%vol",
    "%OEL": "%OEL", "ppm": "ppm", "PPM": "ppm", "mg/m3": "mg/m3", "mg/m^3": "mg/m3", "毫克/立方米": "mg/m3",
    "°C": "degC", "摄氏度": "degC", "度": "degC", "degC": "degC", "degrees C": "degC", "deg C": "degC",
    "degrees Celsius": "degC", "MPa": "MPa", "兆帕": "MPa", "kPa": "kPa", "千帕": "kPa", "bar": "bar",
    "A": "A", "安": "A", "安培": "A", "amps": "A", "amp": "A", "amperes": "A", "V": "V", "伏": "V", "伏特": "V",
    "volts": "V", "m/s": "m/s", "米/秒": "m/s", "米每秒": "m/s", "mm/s": "mm/s", "毫米/秒": "mm/s", "rpm": "rpm",
    "r/min": "rpm", "转/分": "rpm", "转每分": "rpm", "级": "Beaufort", "级风": "Beaufort", "Beaufort": "Beaufort",
    "m": "m", "米": "m", "mm": "mm", "毫米": "mm", "m3/h": "m3/h", "立方米/小时": "m3/h", "方/小时": "m3/h",
    "L/min": "L/min", "升/分钟": "L/min", "t/h": "t/h", "吨/小时": "t/h", "t": "t", "吨": "t", "kW": "kW",
    "dB": "dB", "分贝": "dB",
    "%": "percent", "percent": "percent", "per cent": "percent",
    "秒": "time:1", "秒钟": "time:1", "s": "time:1", "sec": "time:1", "secs": "time:1", "second": "time:1",
    "seconds": "time:1", "分钟": "time:60", "分": "time:60", "min": "time:60", "mins": "time:60",
    "minute": "time:60", "minutes": "time:60", "小时": "time:3600", "个小时": "time:3600", "h": "time:3600",
    "hr": "time:3600", "hrs": "time:3600", "hour": "time:3600", "hours": "time:3600", "天": "time:86400",
    "day": "time:86400", "days": "time:86400",
    "次": "count", "倍": "factor", "times": "times", "time": "count", "x": "factor", "or more times": "count+",
    "次以上": "count+", "次及以上": "count+",
}

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUMERAL_CHARS = set(CN_DIGITS) | set(CN_UNITS) | {"点"}


def cn_number(s: str) -> float:
    """Chinese numerals to a number: 五 5, 十五 15, 两 2, 一百二十 120, 零点五 0.5, 二十五 25."""
    if "点" in s:
        whole, _, frac = s.partition("点")
        digits = "".join(str(CN_DIGITS[c]) for c in frac)
        return (cn_number(whole) if whole else 0) + (float("0." + digits) if digits else 0.0)
    total, section, digit = 0, 0, 0
    for c in s:
        if c in CN_DIGITS:
            digit = CN_DIGITS[c]
        else:
            mult = CN_UNITS[c]
            if mult == 10000:
                total += (section + digit) * mult
                section = digit = 0
            else:
                section += (digit or 1) * mult
                digit = 0
    return float(total + section + digit)

# "到", "至" and "~" only ever join two numbers into a range
KEYWORDS["range_sep"] = ("~", "至", "到", "to")
