"""Number mentions: counts as the text gives them, with qualifier and counted noun.

``find_numbers(text, language=None)`` -> ``Mention(kind="number")`` whose value is
``{"value": int, "qualifier": q, "noun": str | None, "noun_kind": k}``:

- ``qualifier``: ``exact``, ``about`` ("around", "some", "nearly", "casi", "почти",
  "a dozen", "half a dozen" = 6), ``more_than`` ("more than", "over", "más de", "более", "свыше",
  "100-plus"), ``at_least`` ("at least", "al menos", "не менее", "100 or more"),
  ``up_to`` ("up to", "fewer than", "hasta", "до", "менее");
- ``noun``: the counted word as written ("migrants", "deportados", "мигрантов"),
  the first word after the number that is a known count noun or demonym within
  four words (skipping "more", adjectives...), else the next word when it is not
  a function word, else None; ``noun_kind`` is ``people`` (people nouns and
  demonyms: "Afghans", "venezolanos"), ``flights``, ``time`` (days, weeks...),
  or ``other``/None;
- the span covers the qualifier, the number and its scale word ("more than 1.3
  million", "почти 85 тысяч"), not the noun.

Decisions (documented contract):

- Only counts are mentions. Years (a bare 1900-2099 not followed by a count
  noun, or followed by "году"/"года"), dates (a number next to a month name,
  "20.02.2025", "2025-02-20", "02/20/2025"), clock times ("3:45", "10 a.m."),
  money ("$1,000", "€653m", "£140m", "500 dollars", "1.000 euros"), percentages,
  ages ("aged 25", "25-year-old", "de 25 años de edad", "в возрасте 25 лет"),
  ordinals ("1st", "20-й", "3º"), phone numbers, and numbers that name things
  ("Boeing 787", "Article 3", "flight 123", "COVID-19") give NO mention.
- Vague quantities ("dozens", "hundreds", "thousands of", "decenas", "сотни") and
  fractions ("half of whom", "a third", "la mitad", "половина") give no mention:
  they carry no value, and FORMAT.md's ``people`` is then null.
- "one"/"un"/"una"/"один" alone are not counts (articles, pronouns); inside a
  compound ("twenty-one", "veintiuno", "двадцать один") they are.
"""

from __future__ import annotations

import re

from ..record import Mention
from .countries import _matcher, _trie_regex, fold

# ------------------------------------------------------------------ number words

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_ES_UNITS = {
    "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21,
    "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24,
    "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
    "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
}
_ES_HUNDREDS = {
    "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500,
    "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900,
}
for _k, _v in list(_ES_HUNDREDS.items()):
    _ES_UNITS[_k] = _v
    _ES_UNITS[_k[:-2] + "as"] = _v
_RU_UNITS: dict[str, int] = {}
for _v, _forms in {
    1: "один одна одно одного одной одному одним",
    2: "два две двух двум двумя",
    3: "три трёх трех трём трем тремя",
    4: "четыре четырёх четырех четырём четырем четырьмя",
    5: "пять пяти пятью", 6: "шесть шести шестью", 7: "семь семи семью",
    8: "восемь восьми восемью восьмью", 9: "девять девяти девятью", 10: "десять десяти десятью",
    11: "одиннадцать одиннадцати", 12: "двенадцать двенадцати", 13: "тринадцать тринадцати",
    14: "четырнадцать четырнадцати", 15: "пятнадцать пятнадцати", 16: "шестнадцать шестнадцати",
    17: "семнадцать семнадцати", 18: "восемнадцать восемнадцати", 19: "девятнадцать девятнадцати",
    20: "двадцать двадцати", 30: "тридцать тридцати", 40: "сорок сорока",
    50: "пятьдесят пятидесяти", 60: "шестьдесят шестидесяти", 70: "семьдесят семидесяти",
    80: "восемьдесят восьмидесяти", 90: "девяносто девяноста", 100: "сто ста",
    200: "двести двухсот", 300: "триста трёхсот трехсот", 400: "четыреста четырёхсот четырехсот",
    500: "пятьсот пятисот", 600: "шестьсот шестисот", 700: "семьсот семисот",
    800: "восемьсот восьмисот", 900: "девятьсот девятисот",
    # collective numerals: "двое", "трое" ...
    102: "двое двоих", 103: "трое троих", 104: "четверо четверых", 105: "пятеро пятерых",
    106: "шестеро шестерых", 107: "семеро семерых", 108: "восьмеро восьмерых",
    109: "девятеро девятерых", 110: "десятеро десятерых",
}.items():
    for _f in _forms.split():
        _RU_UNITS[_f] = _v - 100 if _v > 100 and _v < 200 else _v

_UNITS = {"en": _EN_UNITS, "es": _ES_UNITS, "ru": _RU_UNITS}
_ONE = {"one", "un", "una", "uno", "один", "одна", "одно", "одного", "одной", "одному", "одним"}
# scale words: folded form -> multiplier
_SCALES = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "mln": 10**6, "bn": 10**9,
    "mil": 1000, "millón": 10**6, "millon": 10**6, "millones": 10**6, "mil millones": 10**9,
    "тысяча": 1000, "тысячи": 1000, "тысяч": 1000, "тысячу": 1000, "тысячам": 1000, "тысячами": 1000,
    "тыс.": 1000, "тыс": 1000, "миллион": 10**6, "миллиона": 10**6, "миллионов": 10**6,
    "млн": 10**6, "млн.": 10**6, "миллиард": 10**9, "миллиарда": 10**9, "миллиардов": 10**9,
    "млрд": 10**9, "млрд.": 10**9,
}
# a bare plural scale word is vague ("тысячи людей", "millones de personas")
_VAGUE_SCALES = {"тысячи", "тысяч", "тысячам", "тысячами", "миллионы", "миллионов", "миллиардов",
                 "millones", "miles", "millions", "thousands", "billions"}
_CONNECT = {"and", "y", "и", "-"}

# ------------------------------------------------------------------ qualifiers

_QUALIFIERS = {
    "more_than": [
        "more than", "over", "upwards of", "in excess of", "just over", "well over", "above",
        "a little over", "slightly more than", "more then",
        "más de", "mas de", "poco más de", "algo más de", "por encima de", "superior a",
        "более чем", "более", "свыше", "больше", "чуть более", "чуть больше", "немногим более", "с лишним",
    ],
    "at_least": [
        "at least", "no fewer than", "no less than", "a minimum of", "not less than",
        "al menos", "por lo menos", "como mínimo", "como minimo", "no menos de",
        "не менее", "не меньше", "как минимум", "по меньшей мере", "минимум", "по крайней мере",
    ],
    "up_to": [
        "up to", "fewer than", "less than", "under", "as many as", "no more than", "just under",
        "a maximum of", "not more than", "at most",
        "hasta", "menos de", "un máximo de", "como máximo", "no más de",
        "до", "менее", "меньше", "не более", "не больше", "максимум", "вплоть до",
    ],
    "about": [
        "around", "about", "some", "nearly", "almost", "approximately", "roughly", "close to",
        "an estimated", "estimated", "approx.", "approx", "circa", "c.", "nearly all", "just about",
        "casi", "unos", "unas", "alrededor de", "cerca de", "aproximadamente", "en torno a",
        "aproximadamente unos", "más o menos", "un estimado de", "unos aproximadamente",
        "около", "почти", "порядка", "примерно", "приблизительно", "почти что", "где-то",
        "ориентировочно",
    ],
}
_QUAL_OF = {p: q for q, ps in _QUALIFIERS.items() for p in ps}
_QUAL_RE = re.compile(
    r"(?<![\w])(" + _trie_regex(sorted(_QUAL_OF)) + r")[ \u00a0]+$",
    re.IGNORECASE,
)
_POST_QUAL = re.compile(
    r"^(?:\s*(?:or more|or so|-odd|odd|-plus|\+|y pico|o más|или более|с лишним|с небольшим))(?!\w)", re.IGNORECASE,
)
_POST_QUAL_OF = {"or more": "at_least", "o más": "at_least", "или более": "at_least", "or so": "about",
                 "-odd": "about", "odd": "about", "y pico": "about", "-plus": "more_than", "+": "more_than",
                 "с лишним": "more_than", "с небольшим": "more_than"}

# ------------------------------------------------------------------ nouns

_PEOPLE_NOUN = re.compile(
    r"^(?:people|persons?|person|individuals?|migrants?|deportees?|deported|nationals?|citizens?|"
    r"refugees?|asylum|asylum-seekers?|seekers?|men|women|children|minors?|kids|families|family|"
    r"adults?|passengers?|detainees?|prisoners?|inmates?|foreigners?|immigrants?|returnees?|"
    r"undocumented|deportations?|removals?|returns?|members|residents?|workers?|students?|"
    r"boys|girls|babies|infants|teenagers|men,|"
    r"personas?|migrantes?|deportados?|deportadas?|extranjeros?|extranjeras?|ciudadanos?|ciudadanas?|"
    r"nacionales|menores|niños|niñas|adultos?|hombres|mujeres|familias|pasajeros?|detenidos?|"
    r"refugiados?|solicitantes|inmigrantes?|connacionales|compatriotas|individuos|repatriados?|"
    r"expulsados?|retornados?|indocumentados?|presos|reos|"
    r"человека?|человеку|людей|люди|людям|мигрант\w*|граждан\w*|депортирован\w*|беженц\w*|"
    r"дет\w*|взросл\w*|мужчин\w*|женщин\w*|сем(?:ей|ьи|ьям)|пассажир\w*|задержан\w*|нелегал\w*|"
    r"выслан\w*|иностранц\w*|несовершеннолетн\w*|заключ[её]нн\w*|репатриант\w*|вернувш\w*|"
    r"возвращенц\w*|переселенц\w*|соотечественник\w*|лиц|лица|лицам)$",
    re.IGNORECASE,
)
_FLIGHT_NOUN = re.compile(
    r"^(?:flights?|planes?|aircraft|jets?|charters?|buses|bus|vuelos?|aviones?|avión|autobuses|"
    r"buses|рейс\w*|самол[её]т\w*|автобус\w*|чартер\w*|борт\w*)$",
    re.IGNORECASE,
)
_TIME_NOUN = re.compile(
    r"^(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|días?|semanas?|meses|mes|años?|horas?|"
    r"minutos?|noches?|дн(?:я|ей|ям)|день|сут\w*|недел\w*|месяц\w*|год|года|лет|годам|час\w*|минут\w*)$",
    re.IGNORECASE,
)
_SAME = {"same", "mismo", "misma", "тот", "том", "та"}  # "the same month", "ese mismo mes", "в тот же месяц"
_SKIP_WORDS = {
    "more", "other", "additional", "further", "new", "of", "the", "these", "those", "such", "de", "los",
    "las", "más", "otros", "otras", "nuevos", "nuevas", "ещё", "еще", "total", "whom", "them", "were", "was", "had", "have", "are", "is", "who", "que", "including",
}
_FUNCTION = {
    "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "but", "for", "from", "by", "with",
    "were", "was", "is", "are", "had", "have", "has", "be", "been", "that", "which", "who", "as",
    "el", "la", "los", "las", "de", "del", "en", "y", "o", "que", "con", "por", "para", "se",
    "и", "в", "на", "с", "по", "из", "к", "о", "что", "не", "а", "но", "за", "от", "до", "у",
    "this", "it", "its", "their", "his", "her", "he", "she", "they", "we", "you", "i",
}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# ------------------------------------------------------------------ exclusions

_CURRENCY_BEFORE = re.compile(
    r"(?:[$€£¥₹₽₩]|US\$|USD|EUR|GBP|Rs\.?|INR|руб\.?|R\$|S/\.?|C\$|A\$|MXN|Bs\.?)\s?$", re.IGNORECASE,
)
_MONEY_AFTER = re.compile(
    r"^\s?(?:[$€£¥₹₽]|(?:million|billion|thousand|mil millones|millones|mil|млн\.?|млрд\.?|тыс\.?|"
    r"миллион\w*|миллиард\w*|тысяч\w*)?\s?(?:dollars?|euros?|pounds?|rupees?|dólares|dolares|libras|"
    r"pesos|colones|quetzales|lempiras|soles|bolívares|rublos|рубл\w*|доллар\w*|евро|фунт\w*|руп\w*|"
    r"сум\w*|тенге|сомов?|сомони|юан\w*|yuan|usd|eur|gbp|inr)\b|(?:m|bn|k)\b)",
    re.IGNORECASE,
)
_PERCENT_AFTER = re.compile(
    r"^\s?(?:%|per ?cent|percent|por ?ciento|процент\w*|проц\.|п\.п\.|percentage)", re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"(?:\baged?|\bages|\bedad de|\bedades de|\bвозрасте|\bвозраста|\bvs\.?|\bNo\.|\bno\.|\bnúm\.|\bnº|№|#)\s*$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^(?:-year-old|-years-old| years? old|-year|-month-old| months? old|-something| años de edad|"
    r" año de edad|-летн\w*| лет от роду|-й|-я|-е|-го|-му|-м|-х|-ми|-ая|-ое|-ый|-ой|th|st|nd|rd|º|ª|°|ᵉ|"
    r"\.?º)(?!\w)|^(?:th|st|nd|rd)\b",
    re.IGNORECASE,
)
_NAME_WORDS = {
    w for w in (
        "boeing airbus embraer article articles section chapter title number flight flights vuelo artículo "
        "articulo art capítulo ley law act decree decreto resolution resolución room gate terminal route ruta "
        "highway road carretera línea kilómetro km kms page página paragraph covid bill code código item point "
        "punto clause rule order orden form formulario статья статьи статье статьей пункт пункта рейс рейса "
        "рейсом закон указ постановление часть части глава главы страница дом квартира номер group grupo level "
        "nivel phase fase tier category categoría class clase version versión pp p vs"
    ).split()
}
_AGE_WORDS = {"aged", "age", "ages", "возрасте", "возраста", "vs", "no", "núm", "nº", "№", "#"}
_YEAR_AFTER = re.compile(r"^(?:\s?(?:году|года|год|гг?\.|г\b|годов|годах)|-(?:х|е|м|ых|ые|ом)\b|s\b|'s\b)", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"^(?:\s?(?:a\.?\s?m\.?|p\.?\s?m\.?|am|pm|h|hs|hrs|horas|hours GMT|GMT|UTC|ч\.|часов|часа|час)\b|:\d)",
    re.IGNORECASE,
)
_DIGIT_GLUE = re.compile(r"[\w/\-–.:+]$")

_DIGITS = r"\d{1,3}(?:(?:,|\.|[ \u00a0\u202f\u2009])\d{3})+(?![\d])|\d+"
_DECIMAL = r"(?:[.,]\d{1,2}(?![\d]))?"


def _lang_of(text: str) -> str:
    sample = text[:3000]
    cyr = sum(1 for c in sample if "а" <= c.lower() <= "я" or c in "ёЁ")
    if cyr > len(sample) * 0.2:
        return "ru"
    low = " " + sample.lower() + " "
    es = sum(low.count(w) for w in (" el ", " los ", " las ", " que ", " de ", " del ", " y "))
    en = sum(low.count(w) for w in (" the ", " and ", " of ", " to ", " in ", " was "))
    return "es" if es > en else "en"


class _Lang:
    def __init__(self, lang: str):
        self.lang = lang
        words = dict(_UNITS[lang])
        self.units = words
        scales = {k: v for k, v in _SCALES.items() if not k.isascii() or lang != "ru"}
        if lang != "es":
            scales = {k: v for k, v in scales.items() if k not in ("mil", "millón", "millon", "millones", "mil millones")}
        if lang != "en":
            scales = {k: v for k, v in scales.items() if k not in ("hundred", "thousand", "million", "billion")}
        self.scales = scales
        self.month = re.compile(_month_pattern(lang), re.IGNORECASE)
        self.month_words = _month_words(lang)
        word_alt = _trie_regex(sorted(set(words) | set(scales)))
        sep = r"(?:[ \u00a0]+(?:and[ \u00a0]+|y[ \u00a0]+|и[ \u00a0]+)?|-)"
        word_num = rf"(?:{word_alt})(?:{sep}(?:{word_alt}))*"
        dozen = {"en": r"(?:half\s+)?a\s+dozen", "es": r"(?:una|media)\s+docena", "ru": r"(?:пол)?дюжин[аыуе]|десят(?:ок|ка|ку)"}[lang]
        scale_alt = _trie_regex(sorted(scales))
        self.regex = re.compile(
            rf"(?<![\w$€£¥₹])(?:(?P<dozen>{dozen})|(?P<num>{_DIGITS}){_DECIMAL}"
            rf"(?:[ \u00a0]?(?P<scale>{scale_alt})(?!\w))?|(?P<words>{word_num}))(?![\w])",
            re.IGNORECASE,
        )


def _month_words(lang: str) -> set[str]:
    from importlib import resources

    text = resources.files("deportwatch.data").joinpath("months.tsv").read_text(encoding="utf-8")
    return {p[2].strip().lower() for p in (ln.split("\t") for ln in text.splitlines())
            if len(p) >= 3 and p[0] == lang and not p[0].startswith("#")}


def _month_pattern(lang: str) -> str:
    from importlib import resources

    forms: list[str] = []
    try:
        text = resources.files("deportwatch.data").joinpath("months.tsv").read_text(encoding="utf-8")
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] == lang and not line.startswith("#"):
                forms.append(parts[2].strip())
    except OSError:
        pass
    if not forms:
        forms = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                 "october", "november", "december"]
    forms = [f for f in forms if f and (lang != "en" or f not in ("may", "mar"))] + (["may"] if lang == "en" else [])
    return r"(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)) + r")\.?"


# the small patterns of the functions below, compiled once
_NON_DIGIT = re.compile(r"[^\d]")
_WORD_SPLIT = re.compile(r"[\s\u00a0-]+")
_NOUN_STOP = re.compile(r"[.;:!?()\[\]\"«»“”\n]|,\s")
_NOUN_DEMONYM = re.compile(r"(?:цев|цы|цам|цами|нос|nas|nos|ses|íes|ies|ese)$")
_YEARS_OLD = re.compile(r"^(?:-year-old| years? old| años de edad)", re.I)
_ANY_DIGIT = re.compile(r"\d")
_DATE_GLUE = re.compile(r"^(?:[\-–/.:]\d|[.,]\d)")
_DASH_DIGIT = re.compile(r"^[\-–]\d")
_SPACED_DASH_DIGIT = re.compile(r"^\s?[\-–]\s?\d")
_DIGIT_END = re.compile(r"\d\s?$")
_PHONE_PART = re.compile(r"\d[ \u00a0\-–]$")
_CLOCK_AFTER = re.compile(r"^\s?(?:a\.?m|p\.?m|h)", re.I)
_PLUS_PAREN = re.compile(r"^(?:\+|\(\d)")
_DE_OF = re.compile(r"^\s?(?:de|of)\s")
_DE_OF_SPACES = re.compile(r"^\s?(?:de|of)\s+")
_COMMA_DOT = re.compile(r"[,.]")
_SPACED_DIGITS = re.compile(r"\d[ \u00a0]\d")


_LANGS: dict[str, _Lang] = {}


def _get_lang(lang: str) -> _Lang:
    if lang not in _LANGS:
        _LANGS[lang] = _Lang(lang)
    return _LANGS[lang]


def _parse_digits(num: str, dec: str, scale_mult: int | None, lang: str) -> int | None:
    s = num
    seps = _NON_DIGIT.findall(s)
    if scale_mult and len(set(seps)) == 1 and len(seps) == 1 and (seps[0] == "." if lang == "en" else seps[0] == ","):
        # "1.3 million" / "1,3 millones" written with a thousands-looking group: a decimal
        ip, _, fp = s.partition(seps[0])
        return int(round(float(ip + "." + fp) * scale_mult))
    digits = _NON_DIGIT.sub("", s)
    if not digits:
        return None
    value = float(digits)
    if dec:
        value += float("0." + dec[1:])
    if scale_mult:
        value *= scale_mult
    elif dec:
        return None  # a decimal fraction without a scale is no count ("2.5")
    return int(round(value))


def _parse_words(words: str, lx: _Lang) -> int | None:
    toks = [t for t in _WORD_SPLIT.split(words.lower()) if t and t not in _CONNECT]
    if len(toks) == 1 and (toks[0] in _ONE or toks[0] in _VAGUE_SCALES):
        return None
    total, current, seen = 0, 0, False
    i = 0
    while i < len(toks):
        t = toks[i]
        if lx.lang == "es" and t == "mil" and i + 1 < len(toks) and toks[i + 1] in ("millones", "millón"):
            total = (total + (current or 1)) * 10**9
            current, i, seen = 0, i + 2, True
            continue
        if t in lx.units:
            v = lx.units[t]
            if v == 100 and lx.lang == "es" and t in ("cien", "ciento"):
                current += 100
            else:
                current += v
            seen = True
        elif t in lx.scales:
            mult = lx.scales[t]
            if mult == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * mult
                current = 0
            seen = True
        else:
            return None
        i += 1
    return total + current if seen else None


def _noun(text: str, end: int, countries) -> tuple[str | None, str | None]:
    window = text[end : end + 80]
    stop = _NOUN_STOP.search(window)
    if stop:
        window = window[: stop.start()]
    words = _WORD.findall(window)[:4]
    for w in words:
        if _PEOPLE_NOUN.match(w):
            return w, "people"
        if _FLIGHT_NOUN.match(w):
            return w, "flights"
        if _TIME_NOUN.match(w):
            if any(x.lower() in _SAME for x in words[: words.index(w)]):
                return None, None  # "South Sudan eight the same month": a date after the count, not its noun
            return w, "time"
        entries = countries.table.get(fold(w))
        if entries and any(r == "demonym" for _, r, _ in entries):
            if w.endswith(("s", "ы", "и", "ев", "ов", "ам", "ами", "ese", "Kyrgyz", "Swiss")) or lx_is_noun(w):
                return w, "people"
            continue  # "Indian nationals": a demonym adjective before the noun
        if w.lower() in _SKIP_WORDS:
            continue
        if w[:1].isupper() or w.lower() in _FUNCTION:
            break
    if words and words[0].lower() not in _FUNCTION and words[0].lower() not in _SKIP_WORDS and words[0][:1].islower():
        return words[0], "other"
    return None, None


def lx_is_noun(w: str) -> bool:
    """A demonym that is itself the noun ("афганцев", "venezolanos", "Chinese")."""
    return bool(_NOUN_DEMONYM.search(w))


def find_numbers(text: str, language: str | None = None) -> list[Mention]:
    """Count mentions in ``text`` (see the module docstring for what is and is not one)."""
    if not text:
        return []
    lang = language if language in _UNITS else _lang_of(text)
    lx = _get_lang(lang)
    countries = _matcher((lang, "en") if lang != "en" else ("en",))
    out: list[Mention] = []
    for m in lx.regex.finditer(text):
        start, end = m.span()
        before = text[max(0, start - 40) : start]
        after = text[end : end + 40]
        qualifier = "exact"
        if m.group("dozen"):
            word = m.group().lower()
            value: int | None = 12 if lang != "ru" or "дюжин" in word else 10
            if word.startswith(("half", "media", "пол")):
                value = 6  # "half a dozen", "media docena", "полдюжины"
            qualifier = "about"
        elif m.group("num"):
            num = m.group("num")
            scale = m.group("scale")
            dec = m.group()[len(num) :].split(scale)[0].strip() if scale else m.group()[len(num) :].strip()
            dec = dec if dec[:1] in ".," else ""
            if _excluded_digits(text, start, end, num, scale, before, after, lx):
                continue
            value = _parse_digits(num, dec, lx.scales.get(scale.lower()) if scale else None, lang)
        else:
            if _CURRENCY_BEFORE.search(before[-6:]) or _MONEY_AFTER.match(after) or _PERCENT_AFTER.match(after):
                continue
            if _AGE_BEFORE.search(before[-12:]) or _YEARS_OLD.match(after):
                continue
            value = _parse_words(m.group("words"), lx)
            if value is not None and lx.month.match(after.lstrip()) and value <= 31 and lang == "ru":
                continue
        if value is None or value <= 0:
            continue
        q = _QUAL_RE.search(before[-26:])
        if q:
            qualifier = _QUAL_OF.get(q.group(1).lower(), qualifier)
            if q.group(1).lower() in ("до", "hasta") and _ANY_DIGIT.search(after[:3]):
                qualifier = "exact"
            start = start - len(before[-26:]) + q.start()
        pq = _POST_QUAL.match(after)
        if pq and qualifier == "exact":
            qualifier = _POST_QUAL_OF.get(pq.group().strip().lower(), qualifier)
            end += pq.end()
        noun, noun_kind = _noun(text, end, countries)
        out.append(Mention("number", start, end, text[start:end],
                           {"value": value, "qualifier": qualifier, "noun": noun, "noun_kind": noun_kind}))
    return out


def _excluded_digits(text, start, end, num, scale, before, after, lx) -> bool:
    """True when the digits are not a count (see the module docstring)."""
    # the "...$" patterns are searched in the last characters of ``before`` only: a match ends
    # at its end (or before a final newline), the rest is a scan for nothing
    if _DIGIT_GLUE.search(before[-2:]) and not before.endswith((" ", "\u00a0")):
        # glued to a word, a date or time ("A320", "20.02", "3:45", "+1", "COVID-19")
        if not before.endswith(("(", "«", '"', "“")):
            return True
    if _DATE_GLUE.match(after):  # 2025-02-20, 20.02.2025, 3:45, 1/3
        return True
    if _DASH_DIGIT.match(after) is None and _SPACED_DASH_DIGIT.match(after) and _DIGIT_END.search(before[-3:]):
        return True
    tail = before.rstrip(" \u00a0")
    last = tail.rsplit(None, 1)[-1].lower() if tail.strip() else ""
    word = last.rstrip(".")
    if _CURRENCY_BEFORE.search(before[-6:]) or _MONEY_AFTER.match(after) or _PERCENT_AFTER.match(after):
        return True
    if word in _AGE_WORDS or last in ("№", "#") or tail.lower().endswith(("edad de", "edades de")) \
            or _AGE_AFTER.match(after):
        return True
    if word in _NAME_WORDS or last.endswith(("#", "№")):
        return True
    if _PHONE_PART.search(before[-3:]) or (len(num) > 1 and num[0] == "0"):
        return True  # part of a phone number or an id ("555 0123", "007")
    if _TIME_AFTER.match(after) or word in ("at", "las", "la") and _CLOCK_AFTER.match(after):
        return True
    if _PLUS_PAREN.match(before[-1:] + after[:2]) and before.endswith("+"):
        return True
    digits = _NON_DIGIT.sub("", num)
    if not scale:
        # a number next to a month name is a day or a year of a date
        if len(digits) <= 4 and (len(digits) == 4 or int(digits or 0) <= 31) and ((word if len(digits) < 4 else word.rstrip(",")) in lx.month_words or (
                word == "de" and tail[:-2].rstrip().rsplit(None, 1)[-1:] and
                tail[:-2].rstrip().rsplit(None, 1)[-1].lower().rstrip(".,") in lx.month_words)):
            return True
        if lx.month.match(after.lstrip(" \u00a0").removeprefix("de ").removeprefix("of ")) and len(digits) <= 2:
            return True
        if _DE_OF.match(after) and lx.month.match(_DE_OF_SPACES.sub("", after)) and len(digits) <= 2:
            return True
        if len(digits) == 4 and num == digits and 1900 <= int(digits) <= 2099:
            noun = _WORD.findall(after[:30])[:1]
            if not (noun and (_PEOPLE_NOUN.match(noun[0]) or _FLIGHT_NOUN.match(noun[0]))):
                return True
        if _YEAR_AFTER.match(after) and len(digits) == 4:
            return True
        if len(digits) >= 9 and not _COMMA_DOT.search(num):  # phone numbers, ids
            return True
        if _SPACED_DIGITS.search(num) and len(digits) > 9:
            return True
    return False


def warm() -> None:
    for lang in _UNITS:
        _get_lang(lang)


warm()
