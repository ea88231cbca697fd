"""A crude stand-in for the mention finders, used only by the events benchmark while
``deportwatch.mentions`` returns nothing (the real finders are built elsewhere)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from deportwatch.record import Mention

_COUNTRIES = {
    "US": [("name", r"United States|U\.S\.(?!\w)|US(?!\w)|USA|Estados Unidos|EE\.UU\.|EEUU|США|Соединённых Штатов|Соединенных Штатов"), ("capital", r"Washington|Вашингтон\w*"), ("demonym", r"American|estadounidense\w*|американск\w*")],
    "PA": [("name", r"Panama(?! Canal| City)|Panamá(?! Pacífico)|Панам\w*"), ("demonym", r"Panamanian|panameñ\w+")],
    "CR": [("name", r"Costa Rica|Коста-Рик\w*"), ("capital", r"San José"), ("demonym", r"Costa Rican|costarricense\w*")],
    "UZ": [("name", r"Uzbekistan|Uzbekistán|Узбекистан\w*"), ("capital", r"Tashkent|Ташкент\w*"), ("demonym", r"Uzbeks?|uzbek\w*|узбекистанц\w*|узбек\w*")],
    "KZ": [("name", r"Kazakhstan|Kazajistán|Казахстан\w*"), ("demonym", r"Kazakhs?")],
    "KG": [("name", r"Kyrgyzstan|Кыргызстан(?!ц)\w*|Киргизи\w*"), ("capital", r"Бишкек\w*|Bishkek"), ("demonym", r"Kyrgyz|кыргызстанц\w*|кыргызск\w*")],
    "RU": [("name", r"Russia|Rusia|Росси\w*"), ("demonym", r"Russians?")],
    "BY": [("name", r"Belarus"), ("demonym", r"Belarusians?")],
    "UA": [("name", r"Ukraine|Украин\w*"), ("capital", r"Kyiv"), ("demonym", r"Ukrainian")],
    "CN": [("name", r"China|Китай\w*"), ("demonym", r"Chinese|chinos")],
    "PK": [("name", r"Pakistan|Pakistán|Пакистан(?!ц)\w*"), ("capital", r"Islamabad|Исламабад\w*"), ("demonym", r"Pakistani|пакистанск\w*")],
    "AF": [("name", r"Afghanistan|Afganistán|Афганистан\w*"), ("capital", r"Kabul|Кабул\w*"), ("demonym", r"Afghans?|afganos|afganas|афганц\w*|афганск\w*")],
    "SV": [("name", r"El Salvador")],
    "GT": [("name", r"Guatemala")],
    "IN": [("name", r"India(?!n)|Индии|Индия"), ("capital", r"New Delhi|Nueva Delhi"), ("demonym", r"Indians?|indios")],
    "CU": [("name", r"Cuba")],
    "HN": [("name", r"Honduras"), ("demonym", r"Honduran|hondureñ\w+")],
    "VE": [("name", r"Venezuela(?!n)"), ("capital", r"Caracas"), ("demonym", r"Venezuelans?|venezolan\w+")],
    "DE": [("name", r"Germany|Германи\w*|ФРГ"), ("capital", r"Berlin\w*|Берлин\w*"), ("demonym", r"German|немецк\w*")],
    "QA": [("name", r"Qatar|Катар\w*")],
    "IT": [("name", r"Italy|Italia|Итали\w*"), ("capital", r"Rome|Roma"), ("demonym", r"Italian|italian[oa]s?")],
    "AL": [("name", r"Albania|Албани\w*"), ("capital", r"Tirana"), ("demonym", r"Albanian|albanés|albanesa")],
    "BD": [("name", r"Bangladesh|Bangladés"), ("demonym", r"Bangladeshis?")],
    "EG": [("name", r"Egypt|Egipto"), ("demonym", r"Egyptians?")],
    "GB": [("name", r"UK(?!\w)|United Kingdom|Britain"), ("demonym", r"British")],
    "RW": [("name", r"Rwanda")],
    "IQ": [("demonym", r"Iraqi")],
    "DZ": [("name", r"Argelia|Algeria")],
    "TN": [("name", r"Túnez|Tunisia")],
    "IR": [("name", r"Iran|Irán|Иран\w*"), ("demonym", r"iraníes")],
    "TR": [("name", r"Turkey|Turquía")],
    "NP": [("name", r"Nepal")],
    "VN": [("name", r"Vietnam")],
    "LK": [("name", r"Sri Lanka")],
    "AM": [("name", r"Armenia")],
    "GE": [("name", r"Georgia")],
    "AZ": [("name", r"Azerbaijan")],
    "JO": [("name", r"Jordan")],
    "GH": [("name", r"Ghana")],
    "YE": [("name", r"Yemen")],
    "CD": [("name", r"República Democrática del Congo")],
    "SY": [("name", r"Syria")],
    "CO": [("name", r"Colombia")],
    "MX": [("name", r"Mexico|México")],
}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "nineteen": 19, "cuatro": 4, "doce": 12, "dos": 2, "tres": 3, "seis": 6, "siete": 7, "cinco": 5}
_QUAL = [("more_than", r"(?:more than|over|más de|более|свыше|больше)\s+$"), ("at_least", r"(?:at least|al menos|как минимум)\s+$"),
         ("up_to", r"(?:up to|fewer than|hasta|до)\s+$"), ("about", r"(?:about|around|some|nearly|almost|unos|unas|casi|alrededor de|около|почти|порядка)\s+$")]
_MONTHS = {}
for i, names in enumerate([("january", "jan", "enero", "январ"), ("february", "feb", "febrero", "феврал"), ("march", "mar", "marzo", "март"),
                           ("april", "apr", "abril", "апрел"), ("may", "may", "mayo", "ма"), ("june", "jun", "junio", "июн"),
                           ("july", "jul", "julio", "июл"), ("august", "aug", "agosto", "август"), ("september", "sept", "septiembre", "сентябр"),
                           ("october", "oct", "octubre", "октябр"), ("november", "nov", "noviembre", "ноябр"), ("december", "dec", "diciembre", "декабр")], 1):
    for n in names:
        _MONTHS[n] = i
_MON_RX = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"
_WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
       "lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5, "domingo": 6,
       "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}


def _mon(s: str) -> int:
    s = s.lower().rstrip(".")
    for k in sorted(_MONTHS, key=len, reverse=True):
        if s.startswith(k):
            return _MONTHS[k]
    return 0


def find_mentions(body: str, published: str | None) -> list[Mention]:
    out: list[Mention] = []
    for iso, pats in _COUNTRIES.items():
        for role, p in pats:
            for m in re.finditer(r"(?<!\w)(?:" + p + r")(?!\w)", body):
                out.append(Mention("country", m.start(), m.end(), m.group(), iso, role))
    out = _dedupe(out)
    years = set()
    pub = date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    for m in re.finditer(r"(?<![\w.,])(\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+)(?![\w])|(?<!\w)(" + "|".join(_WORDS) + r")(?!\w)", body, re.IGNORECASE):
        if m.group(1):
            v = int(re.sub(r"\D", "", m.group(1)))
            if 1900 <= v <= 2100 and len(m.group(1)) == 4:
                years.add(m.start())
                continue
        else:
            v = _WORDS[m.group(2).lower()]
        q = "exact"
        left = body[max(0, m.start() - 20) : m.start()]
        for name, rx in _QUAL:
            if re.search(rx, left, re.IGNORECASE):
                q = name
        nm = re.match(r"\s+(\w+)", body[m.end() :])
        out.append(Mention("number", m.start(), m.end(), m.group(), {"value": v, "qualifier": q, "noun": nm.group(1) if nm else None}))
    if pub:
        for m in re.finditer(r"(?:(" + _MON_RX + r")\s+(\d{1,2})(?:,\s*(\d{4}))?|(\d{1,2})\s+(?:de\s+)?(" + _MON_RX + r")(?:\s+(?:de\s+)?(\d{4}))?)", body, re.IGNORECASE):
            mon = _mon(m.group(1) or m.group(5))
            day = int(m.group(2) or m.group(4))
            y = int(m.group(3) or m.group(6) or pub.year)
            if mon and 1 <= day <= 31:
                out.append(Mention("date", m.start(), m.end(), m.group(), {"date": f"{y:04d}-{mon:02d}-{day:02d}", "relative": False}))
        for m in re.finditer(r"(?:in|en|de|в)\s+(" + _MON_RX + r")(?:\s+(?:de\s+|del\s+)?(\d{4}))", body, re.IGNORECASE):
            out.append(Mention("date", m.start(1), m.end(), m.group(), {"date": f"{int(m.group(2)):04d}-{_mon(m.group(1)):02d}", "relative": False}))
        for m in re.finditer(r"(?<!\w)(" + "|".join(_WD) + r")(?!\w)", body, re.IGNORECASE):
            wd = _WD[m.group(1).lower()]
            delta = (pub.weekday() - wd) % 7
            d = pub - timedelta(days=delta)
            out.append(Mention("date", m.start(), m.end(), m.group(), {"date": d.isoformat(), "relative": True}))
        for m in re.finditer(r"last week|la semana pasada|на прошлой неделе", body, re.IGNORECASE):
            d = pub - timedelta(days=7 + pub.weekday())
            out.append(Mention("date", m.start(), m.end(), m.group(), {"date": d.isoformat()[:7], "relative": True}))
        for m in re.finditer(r"earlier this month|this month|este mes|a comienzos de este mes|a inicios de mes", body, re.IGNORECASE):
            out.append(Mention("date", m.start(), m.end(), m.group(), {"date": pub.isoformat()[:7], "relative": True}))
        for m in re.finditer(r"(?:earlier this year|this year|next year|early next year)", body, re.IGNORECASE):
            y = pub.year + (1 if "next" in m.group().lower() else 0)
            out.append(Mention("date", m.start(), m.end(), m.group(), {"date": str(y), "relative": True}))
        for m in re.finditer(r"(?:a finales de|since|desde|в)\s+(" + _MON_RX + r")(?!\s+(?:de\s+)?\d)", body, re.IGNORECASE):
            mon = _mon(m.group(1))
            y = pub.year if mon <= pub.month else pub.year - 1
            out.append(Mention("date", m.start(1), m.end(), m.group(), {"date": f"{y:04d}-{mon:02d}", "relative": True}))
    return sorted(_dedupe(out), key=lambda m: m.start)


def _dedupe(ms: list[Mention]) -> list[Mention]:
    ms = sorted(ms, key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in ms:
        if out and m.start < out[-1].end and m.kind == out[-1].kind:
            continue
        out.append(m)
    return out
