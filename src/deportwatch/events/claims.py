"""Attribution and claims: who says what about the matter, with which stance.

For every sentence of the body we find its speech cues (``data/speech_verbs.tsv``): verbs of
saying, denying and confirming ("said", "negó", "подтвердил") and source phrases ("according to",
"según", "по словам"). Each cue is tied to an actor mention (:mod:`deportwatch.mentions.actors`):

- a source phrase takes the actor right after it ("according to the Department of Homeland
  Security", "по данным МВД Пакистана");
- a verb takes its subject: the actor that ends right before it ("the ministry said"), the
  person of an apposition ("El director de Migración, Omer Badilla, aseguró"), a pronoun or a
  short reference resolved to the last actor of that kind ("he said", "the embassy", "el
  jerarca"), or, where the verb follows a comma or a quote, the actor right after it ("...,"
  said MFA spokesperson Akhror Burhonov"; "informó el Ministerio de Seguridad Pública");
- a verb with no subject of its own in a coordinated clause shares the previous one
  ("dijo a EFE que ... y negó que ...").

A non-actor subject ("officials said", "analysts warn") gives no speaker: unnamed officials,
sources and experts are not speakers. A quotation that runs over several sentences is
attributed to the speaker named where it ends.

The stance is the verb's: ``denies`` for deny/reject wording and for a verb of saying or
calling followed by "false" wording, ``confirms`` for confirm/acknowledge, else ``asserts``.
One claim per speaker and stance; its evidence is the first sentence that carries it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..data import read_rows
from ..mentions.actors import find_actors, ru_body_nominative, scan, vocab
from ..record import Article, Claim, Evidence, Mention

_QUOTE_OPEN = "“«„"
_QUOTE_CLOSE = "”»“"
_FILLER = {
    "also", "has", "have", "had", "was", "were", "is", "strongly", "always", "never", "long", "once", "since", "repeatedly", "firmly", "later", "then", "previously",
    "earlier", "again", "himself", "herself", "itself", "too", "however", "already", "publicly",
    "recently", "officially", "separately", "reportedly", "ha", "han", "había", "habían", "también",
    "además", "ya", "luego", "después", "incluso", "propio", "propia", "ранее", "также", "уже", "тоже",
    "же", "не", "would", "will", "could", "may", "might", "further", "simply",
    "subsequently", "immediately", "personally", "directly", "explicitly", "openly", "formally",
}
_CONJ = {"and", "but", "y", "e", "pero", "и", "а", "но", "while", "mientras", "or", "o"}
_RELATIVE = {"which", "who", "that", "que", "quien", "quienes", "cual", "который", "которая",
             "которое", "которые"}
_ARTICLES = {"the", "a", "an", "el", "la", "los", "las", "un", "una", "its", "his", "her", "their",
             "su", "sus"}
_PREPS = {"of", "in", "from", "at", "on", "to", "for", "with", "by", "about", "against", "de", "del",
          "en", "a", "al", "por", "para", "con", "sobre", "contra", "в", "на", "из", "от", "с", "для",
          "о", "об", "к", "у", "между", "при", "во", "со"}
_TO_ADDRESSEE = re.compile(r"^\s*(?:to|a|al|the|в\s+интервью)\b", re.IGNORECASE)
_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those|such|the report|the claim|esa|ese|esta|este|"
                            r"esas|esos|estas|estos|это|этот|эту|эти|эта|такие)\b", re.IGNORECASE)
_PAPER = re.compile(r"^\s*(?:the\s+(?:paper|newspaper|daily|outlet|network|agency|broadcaster)|"
                    r"(?:ese|este|el|dicho)\s+(?:diario|periódico|medio|rotativo)|(?:эта|этой|"
                    r"та|той)\s+газет\w*|газет\w*|издани\w*)\b", re.IGNORECASE)
_NOT_SPEAKERS = {"authorities", "autoridades", "власти", "agency", "court", "army", "military", "police",
                 "agencia", "tribunal", "суд", "policía", "полиция", "organización", "organization",
                 "organisation", "организация", "служба", "administration"}
_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")
# the word before a mention, past an article: "in the U.S.", "on the Dominican authorities"
_PREP_BEFORE = re.compile(r"(\w+)(?:\s+(?:the|el|la|los|las))?\s*\Z", re.IGNORECASE)
# short references that can stand for any body named before ("el organismo", "той же организации")
_GENERIC = {"organismo", "organization", "organisation", "institución", "entidad", "dependencia",
            "ведомство", "ведомства", "ведомству", "ведомстве", "организация", "организации",
            "организацию", "служба", "службе", "службы", "organización"}
# an unnamed holder of a title: "an IOM spokesperson", "a US official", "un portavoz"
_INDEFINITE = {"a", "an", "un", "una", "one", "another", "several", "two", "unos", "unas", "algunos"}
# titles whose holder speaks for the body: "an IOM spokesperson" is IOM, "a White House official" no one
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "press secretary", "portavoz", "vocero", "vocera",
           "пресс-секретарь", "представитель", "официальный представитель", "пресс-служба"}
# words after which a country can open a subject ("and Uganda said", "but Caracas rejected")
# verbs of asking and designating: inside another speaker's reported words they are its content
_REQUEST = ("ask", "urge", "demand", "call", "pid", "exig", "solicit", "declar", "призва", "потребова", "попроси")
_NESTED = re.compile(r"\b(?:that|que|что|чтобы)\b|:")
_CLAUSE_BREAK = re.compile(r"[;]|,\s+(?:but|while|whereas|pero|mientras|aunque|а|но|однако)\b")
_SUBJECT_OPENERS = {"and", "but", "y", "pero", "и", "а", "но", "while", "mientras", "also", "также",
                    "then", "later", "luego", "además", "however", "meanwhile", "the", "el", "la"}
# a time adjunct between a subject and its verb: "has in the past condemned", "on Monday said"
_ADJUNCT_END = re.compile(
    r"\s(in the past|en el pasado|в прошлом|(?:on|el)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|lunes|martes|miércoles|jueves|viernes|sábado|domingo)|(?:last|this|next) (?:week|month|year)|"
    r"(?:la semana|el mes|el año) pasad[oa])\Z")
# "told Afghans ... to leave": an order, not a claim
_DIRECTIVE = re.compile(r"\s+(?:(?!that\b)[^,.;:\"“”«»\s]+\s+){1,8}?to\s+[a-z]+\b")
# "según fuentes del Gobierno", "according to sources in": unnamed sources, not the body
_UNNAMED_SOURCES = re.compile(r"\s*(?:(?:unas?|some|several|two|three|dos|tres|varias|varios|the)\s+)?"
                              r"(?:fuentes|sources|источник\w*)\b", re.IGNORECASE)
# "в интервью телеканалу X", "in an interview with X": X is the addressee, not the speaker
_INTERVIEW = re.compile(r"(?:в\s+интервью|in\s+an\s+interview\s+with|en\s+(?:una\s+)?entrevista\s+(?:con|a))"
                        r"(?:\s+[\w\-]+){0,2}\s+\Z", re.IGNORECASE)
_RELATIVE_CUE = re.compile(r"\s*,\s*(?:que|which|who|который|которая|которое|которые)\s+")
_IN_PLACE = re.compile(r"\s+(?:in|en|at|в|во)\s+(?:(?:the|el|la)\s+)?[A-ZÁÉÍÓÚÑА-ЯЁ][\w.’'\-]*"
                       r"(?:\s+[A-ZÁÉÍÓÚÑА-ЯЁ][\w.’'\-]*){0,3}")
# "Правительства этих стран", "the governments of these countries": no one named
_OF_THESE = re.compile(r"\s+(?:этих|тех|этой|той|of\s+these|of\s+those|de\s+(?:estos|esos|estas|esas))\b", re.IGNORECASE)
# "citing X", "со ссылкой на X": X is the source only where the sentence names no speaker itself
_CITING = ("citing", "citando", "со ссылкой")


@dataclass
class _Cue:
    start: int
    end: int
    kind: str  # asserts | denies | confirms | source
    told: bool = False  # "told"/"dijo a": the actor after the verb is the addressee


@dataclass
class Attribution:
    """One speaker of one sentence: who, with which stance, from which cue."""

    speaker: str
    stance: str
    cue: int
    others: list[str] = field(default_factory=list)
    country: bool = False  # the speaker is a country or capital named as such ("Uganda said")


# ---------------------------------------------------------------- vocabulary


def _read(name: str) -> list[list[str]]:
    return [list(row) for row in read_rows(name)]


def _form_re(form: str) -> str:
    return re.escape(form[:-1]) + r"\w*" if form.endswith("*") else re.escape(form)


@lru_cache(maxsize=1)
def _passive() -> set[str]:
    """Auxiliaries that make an English verb passive ("were being denied": no speaker)."""
    return {form for _lang, kind, form in vocab().verbs if kind == "passive"}


# ---------------------------------------------------------------- names


_LEADING_ARTICLE = re.compile(r"^(?:the|The|el|El|la|La|los|Los|las|Las)\s+")
_TRAILING_POSS = re.compile(r"(?:’s|'s)$")


@lru_cache(maxsize=1)
def _low_heads_titles() -> tuple[frozenset[str], frozenset[str]]:
    """Head nouns (of both kinds) and titles, lower-cased: the same for every article."""
    v = vocab()
    return (frozenset({h.lower() for h in v.lheads} | {h.lower() for h in v.heads}),
            frozenset(t.lower() for t in v.titles))


_QUOTE_THEN_VERB = re.compile(r"[»”\"]\s*[,.]?\s*(?:[—–-]\s*)?(?:\w+\s+){0,2}?$")
_NO_ONE_SAID = re.compile(r"(?<!\w)(?:neither|none\s+of|ninguno\s+de|ninguna\s+de|ni\s+el|ni\s+la|ни\s+один|ни\s+одна)\s+(?:[^\s,;.]+\s+){0,4}?(?:has|have|had|ha|han|había|habían)?\s*$", re.IGNORECASE)
_NEGATED_VERB = re.compile(r"(?<!\w)(?:not|n't|never|не|no|nunca|ni)\s+(?:(?:yet|immediately|publicly|todavía|aún|sin|пока|ещё|еще)\s+)?$", re.IGNORECASE)
_NAME_AFTER_HEAD = re.compile(r"[ \t]+[«\"“]?([A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){0,3})")
_RU_TOLD = re.compile(r"(?:рассказал|сказал|заявил|сообщил|пояснил|признал(?:ся|ась|ись)?|подтвердил|уточнил)(?:а|и|о)?", re.IGNORECASE)
_RU_MEDIA = re.compile(r"(?:Радио|Телеканал\w*|Газет\w+|Агентств\w+|Издани\w+|Би-би-си|Deutsche|Голос)\b")
_RU_IN_BODY = re.compile(r"\s*(?:[«\"]\s*)?(?:В|Во|в|во)\s+")


class _Names:
    """Display names: the fullest name the article gives each actor; short references resolved."""

    def __init__(self, body: str, actors: list[Mention]):
        self.body = body
        self.actors = actors
        best: dict[str, str] = {}
        for m in actors:
            key = m.value.get("key") or m.value["name"]
            name = self._clean(m.value["name"] if m.value["type"] == "person" else ru_body_nominative(m.text))
            if len(name) > len(best.get(key, "")):
                best[key] = name
        texts = {self._clean(m.text) for m in actors}
        for m in actors:
            key = m.value.get("key") or m.value["name"]
            if m.value["type"] != "person" and key in texts:
                best[key] = ru_body_nominative(key)  # the known name of a body, where the article prints it
        self.best = best
        self.lheads, self.titles = _low_heads_titles()
        self.pronouns = vocab().pronouns

    @staticmethod
    def _clean(name: str) -> str:
        name = _LEADING_ARTICLE.sub("", name.strip())
        return _TRAILING_POSS.sub("", name).strip()

    def name(self, m: Mention, before: int) -> str | None:
        """The speaker a mention stands for; None for a bare head noun with no antecedent
        that is not itself a name ("agency")."""
        key = m.value.get("key") or m.value["name"]
        if m.value["type"] == "person":
            return self.best.get(key, m.value["name"])
        text = self._clean(ru_body_nominative(m.text))
        low = self._clean(m.text).lower()
        if low in self.lheads or (len(text.split()) == 1 and text[:1].islower()) or text[:1].islower():
            named = _NAME_AFTER_HEAD.match(self.body, m.end)
            if named is not None:
                return named.group(1).rstrip(".")  # "афганское агентство Khaama Press", "the news agency Dunyo": the name that follows
            # a short reference: "the embassy", "the ministry", "ведомство", "la Defensoría"
            ante = self.antecedent(low, before)
            if ante:
                return ante
            if low in _GENERIC:
                # "el organismo", "той же организации": the body named last before it
                return self.last_body(before, head=low)
            if low in _NOT_SPEAKERS or len(text.split()) == 1 and text[:1].islower():
                return None  # "the government said", with no government named before: no one in particular
            return text
        return self.best.get(key, text)

    def last_body(self, before: int, reach: int = 1500, head: str = "") -> str | None:
        """The last named body (not a person, not an outlet, not a bare head noun) before ``before``;
        first one introduced by the same noun ("организации Russian America ..." for "той же
        организации")."""
        stem = head[:5]
        if stem:
            for m in reversed(self.actors):
                if m.start >= before or m.value["type"] in ("person", "outlet"):
                    continue
                if m.start < before - 2 * reach:
                    break
                intro = self.body[max(0, m.start - 25):m.start].lower().split()
                if intro and intro[-1].startswith(stem) and m.text[:1].isupper():
                    return self.best.get(m.value.get("key") or m.value["name"], self._clean(m.text))
        for m in reversed(self.actors):
            if m.start >= before:
                continue
            if m.start < before - reach:
                break
            if m.value["type"] in ("person", "outlet"):
                continue
            t = self._clean(m.text)
            if t[:1].islower() or t.lower() in self.lheads or t.lower() in _GENERIC:
                continue
            return self.best.get(m.value.get("key") or m.value["name"], t)
        return None

    def antecedent(self, head: str, before: int) -> str | None:
        stem = head[:5]
        for m in reversed(self.actors):
            if m.start >= before or m.value["type"] == "person":
                continue
            t = self._clean(m.text)
            if t.lower() != head and stem in t.lower() and len(t) > len(head):
                return self.best.get(m.value.get("key") or m.value["name"], t)
        return None


# ---------------------------------------------------------------- attribution


_QUOTE_CHARS = re.compile(r'["“”«»„]')


def _ends_sentence(text: str) -> bool:
    """``text`` ends with . ! ? … : ; and then only closing quotes and brackets."""
    t = text.rstrip("'\"”’»)")
    return bool(t) and t[-1] in ".!?…:;"


def _quote_regions(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """Quoted stretches of one paragraph (curly, angle and straight quotes)."""
    out: list[tuple[int, int]] = []
    curly = straight = None
    for m in _QUOTE_CHARS.finditer(body, s, e):
        ch, i = m.group(), m.start()
        if ch == '"':
            if straight is None:
                straight = i
            else:
                out.append((straight, i + 1))
                straight = None
        elif ch in _QUOTE_OPEN and curly is None:
            curly = i
        elif ch in _QUOTE_CLOSE and curly is not None:
            out.append((curly, i + 1))
            curly = None
    if curly is not None:
        out.append((curly, e))
    if straight is not None:
        out.append((straight, e))
    return out


def _paragraphs(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body)]


@lru_cache(maxsize=1)
def _opening() -> re.Pattern:
    """What may open a sentence before its verb: nothing, or a connective of speech_verbs.tsv
    ("opening") and its comma ("Además, ")."""
    forms = sorted((form for _lang, kind, form in vocab().verbs if kind == "opening"), key=len, reverse=True)
    alt = "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) or "(?!)"
    return re.compile(rf"(?:(?:{alt})\s*,?\s*)?", re.IGNORECASE)


class _Attributor:
    def __init__(self, article: Article, mentions: list[Mention], sentences: list[tuple[int, int]]):
        self.body = article.body or ""
        self.sentences = sentences
        self.null_subject = (article.language or "")[:2] == "es"  # a verb may carry its subject ("Negó que ...")
        actors = [m for m in mentions if m.kind == "actor"]
        if not actors and self.body:
            actors = find_actors(self.body)
        self.actors = sorted(actors, key=lambda m: m.start)
        org_spans = {(m.start, m.end) for m in self.actors if m.value["type"] != "person"}
        # a government named as a body ("the Trump administration") speaks as that body
        self.country_list = sorted((m for m in mentions if m.kind == "country"
                                    and m.role in ("name", "capital", "seat", "abbrev") and m.text[:1].isupper()
                                    and not (" " in m.text and (m.start, m.end) in org_spans)),
                                   key=lambda m: m.start)
        self.country_by_end = {m.end: m for m in self.country_list}
        self.country_names = {self._country_name(m) for m in self.country_list}
        # a one-word "person" that is a country or a capital ("Kabul had asked") is that place
        spans = {(m.start, m.end) for m in self.country_list}
        self.actors = [m for m in self.actors if not (m.value["type"] == "person" and (m.start, m.end) in spans)]
        self.names = _Names(self.body, self.actors)
        self.by_end: dict[int, Mention] = {}
        for m in self.actors:
            end = m.end
            while end < len(self.body) and self.body[end] in "’'s" and end - m.end < 2:
                end += 1
            self.by_end[m.end] = m
        found = scan(self.body)
        self.cue_list = sorted(found["verb"] + found["source"] + found["false"])
        self.cue_starts = [c[0] for c in self.cue_list]
        self.starts = [m.start for m in self.actors]
        self.paras = _paragraphs(self.body)
        self.para_starts = [p[0] for p in self.paras]
        self.para_quotes: dict[int, list[tuple[int, int]]] = {}
        self.last_person: str | None = None
        self.last_speaker: str | None = None
        self.person_names = {self.names.name(m, m.start) for m in self.actors if m.value["type"] == "person"}
        for m in list(self.country_list):
            if m.text.endswith(("’s", "'s")):
                self.country_by_end.setdefault(m.end - 2, m)

    # -- helpers
    def _starting(self, s: int, e: int) -> list[Mention]:
        """Actors that start in [s, e)."""
        i = bisect_left(self.starts, s)
        j = bisect_left(self.starts, e, i)
        return self.actors[i:j]

    def _actors_in(self, s: int, e: int) -> list[Mention]:
        return [m for m in self._starting(s, e) if m.end <= e]

    def _words(self, s: int, e: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(self.body, s, e)]

    def _actor_after(self, pos: int, limit: int) -> Mention | None:
        """The actor right after ``pos``: a person within a title's reach, else one within a few words."""
        text = self.body[pos:limit]
        lead = re.match(r"\s*[«“\"]", text)  # 'сообщают «Ведомости»': the quoted name itself
        stop = re.compile(r"[,.;:!?()\"“”«»]|\s[—–]\s").search(text, lead.end() if lead else 0)
        if stop and lead and text[stop.start()] in "»”\"":
            stop = re.compile(r"[,.;:!?()\"“”«»]|\s[—–]\s").search(text, stop.end())
        reach = pos + (stop.start() if stop else len(text))
        cands = [m for m in self._starting(pos, reach) if m.end <= limit]
        if not cands:
            return None
        persons = [m for m in cands if m.value["type"] == "person" and m.start - pos <= 90]
        if persons:
            # an organisation right after the verb heads a title ("said MFA spokesperson X")
            return persons[0]
        first = cands[0]
        gap = [w for _, _, w in self._words(pos, first.start)]
        if len(gap) <= 4 and not any(w.lower() in _PREPS - {"de", "del", "a"} for w in gap[:1]):
            if gap and gap[0].lower() in ("a", "al", "to"):
                return None
            return first
        return None

    def _subject(self, sent_start: int, vs: int, speakers_here: list[str]) -> tuple[str | None, bool]:
        """The subject of a verb at ``vs``: (speaker or None, look_after)."""
        body = self.body
        zone_start = sent_start
        cut_by_that = False
        for m in re.finditer(r"[;:]|[”»\"]\s*[,—–-]*\s|\s[—–]\s|(?<!,\s)\b(?:that|que|что|чтобы)\b", body[sent_start:vs]):
            zone_start = sent_start + m.end()
            cut_by_that = m.group()[:1].isalpha()
        words = self._words(zone_start, vs)
        # strip adverbs and auxiliaries right before the verb, and time adjuncts ("in the past")
        while words:
            if words[-1][2].lower() in _FILLER or words[-1][2].lower().endswith("ly") and words[-1][2][:1].islower():
                words.pop()
                continue
            am = _ADJUNCT_END.search(body, zone_start, words[-1][1])
            if am is None:
                break
            while words and words[-1][0] >= am.start(1):
                words.pop()
        if not words:
            if cut_by_that:
                # "una caracterización que rechazan familiares": a relative clause, no subject here
                return None, False
            if speakers_here:
                return speakers_here[-1], False
            return None, True
        s_last, e_last, w_last = words[-1]
        lw = w_last.lower()
        if w_last in self.names.pronouns or lw in ("он", "она", "él", "ella"):
            if speakers_here and speakers_here[-1] in self.person_names:
                return speakers_here[-1], False  # "X disclosed it ..., when he also revealed"
            return self.last_person, False
        if lw == "it":
            # "the Supreme Court lifted the order, and on July 3 it said": the body named before
            return self._last_body_subject(s_last), False
        if lw in _RELATIVE and len(words) == 1:
            prev = [m for m in self._starting(zone_start - 60, zone_start) if m.end <= zone_start]
            if prev and body[prev[-1].end:s_last].strip(" ,’'s") == "":
                return self.names.name(prev[-1], zone_start), False
            return None, False
        if lw in _RELATIVE and len(words) >= 2 and words[-2][2] == ",":
            # "la Policía Federal, que confirmó": the actor before the comma
            prev_m = self.by_end.get(words[-2][0])
            if prev_m is not None and prev_m.start >= zone_start:
                return self.names.name(prev_m, prev_m.start), False
        if lw in _CONJ and speakers_here:
            return speakers_here[-1], False
        # an actor that ends right before the verb
        m = self.by_end.get(e_last)
        if m is None and re.match(r"^[’'s]+$", w_last):
            m = self.by_end.get(s_last)
        if m is None and w_last == ")":
            par = body.rfind("(", zone_start, e_last)
            if par > 0:
                k = par
                while k > 0 and body[k - 1].isspace():
                    k -= 1
                m = self.by_end.get(k)
        if m is not None and _INTERVIEW.search(body, max(zone_start, m.start - 60), m.start):
            m = None  # "в интервью телеканалу TOLOnews заявил": the subject is before
        country = self._country_subject(s_last, e_last, zone_start)
        if country and (m is None or (m.value["type"] == "person" and " " not in m.value["name"])):
            return country, False
        if m is not None and m.start >= zone_start:
            return self.names.name(m, m.start), False
        if w_last in (",", "—", "–", "-", "”", "»", '"', "’", "'") or lw in ("как", "como"):
            # an apposition ("X, a spokeswoman, said") or an inverted subject ("...," said X)
            zone_actors = [a for a in self._actors_in(zone_start, vs) if not self._after_prep(a)]
            persons = [a for a in zone_actors if a.value["type"] == "person"]
            commas = body.count(",", zone_start, vs)
            if w_last == "," and persons:
                return self.names.name(persons[0], persons[0].start), False
            if w_last == "," and commas >= 2 and zone_actors:
                # the actor just before the apposition that ends at this comma
                seg_start = body.rfind(",", zone_start, s_last)
                inner = [a for a in zone_actors if a.start > seg_start] if seg_start >= 0 else []
                inner_p = [a for a in inner if a.value["type"] == "person"]
                if inner_p:
                    return self.names.name(inner_p[0], inner_p[0].start), False
                before = [a for a in zone_actors if seg_start >= 0 and a.end <= seg_start + 1]
                if before and body[before[-1].end:seg_start].strip() == "":
                    return self.names.name(before[-1], before[-1].start), False
                if persons and w_last == ",":
                    return self.names.name(persons[-1], persons[-1].start), False
            return None, True
        # a title used alone: "the minister", "el jerarca", "the prime minister"
        tails = {" ".join(w for _, _, w in words[-k:]).lower(): k for k in (3, 2, 1)}
        title_k = next((k for t, k in tails.items() if t in self.names.titles and len(t) > 3), 0)
        if title_k and len(words) <= 5:
            # "An IOM spokesperson confirmed": the body's words; "a spokesman said": unnamed
            head = words[-title_k][0]
            body_m = [a for a in self._starting(zone_start, head) if a.end <= head
                      and body[a.end:head].strip(" ’'s") == "" and a.value["type"] != "person"
                      and " ".join(w for _, _, w in words[-title_k:]).lower() in _SPOKES]
            if body_m:
                return self.names.name(body_m[-1], body_m[-1].start), False
            before_t = [w.lower() for _, _, w in words[:-title_k]]
            if before_t and (before_t[0] in _INDEFINITE or before_t[-1] in _INDEFINITE):
                return None, False
            if len(words) > 4:
                return None, False
            if self.last_person:
                return self.last_person, False
            return None, False
        if self._paper(zone_start, vs):
            return self._last_outlet(vs), False
        # "В агентстве эти обвинения отвергли", "В МИД заявили": an impersonal plural verb after
        # "в" + a body names the body as the speaker
        if re.match(r"[а-яё]+(?:ли|ют|ят)(?![а-яё])", body[vs:vs + 30]) and (ru_in := _RU_IN_BODY.match(body, zone_start)):
            m_in = next((a for a in self._starting(ru_in.end(), ru_in.end() + 1) if a.value["type"] != "person"), None)
            if m_in is not None:
                return self.names.name(m_in, m_in.start), False
            head = re.match(r"[а-яё-]{5,}", body[ru_in.end():ru_in.end() + 30])
            if head is not None and any(h.startswith(head.group()[:5]) for h in self.names.lheads):
                ante = self.names.antecedent(head.group(), ru_in.end())  # "в агентстве": the agency named before
                if not ante or ante[:1].islower():  # "в ведомстве": the body named last
                    ante = self.names.last_body(ru_in.end())
                if ante:
                    return ante, False
        # a non-actor noun ends the subject ("officials said"): no speaker; in Russian the
        # subject often follows the verb ("Первым о рейсе сообщил телеканал Fox News")
        if w_last[:1].islower() or w_last.isdigit():
            if re.search("[а-яё]", w_last):
                # Russian puts adjuncts between the subject and the verb ("Хабибулло Назарзода в
                # прошлом году сообщил", "«Агентство» со ссылкой на источник подтвердило")
                subj = self._ru_subject(zone_start, vs) or self._ru_subject(sent_start, vs, opening_only=True)
                if subj:
                    return subj, False
            return None, bool(re.search("[а-яё]", w_last)) and not self._actors_in(zone_start, vs)
        # a capitalised subject we do not know: an actor earlier in the same subject phrase
        zone_actors = [a for a in self._actors_in(zone_start, vs) if not self._after_prep(a)]
        persons = [a for a in zone_actors if a.value["type"] == "person"]
        if persons:
            return self.names.name(persons[0], persons[0].start), False
        if zone_actors:
            # "Amnesty International in the Netherlands criticised": a body and where it sits
            a = zone_actors[0]
            if re.fullmatch(r"\s*(?:(?:the|el|la|los|las)\s+)?", body[zone_start:a.start], re.IGNORECASE) \
                    and _IN_PLACE.fullmatch(body, a.end, e_last):
                return self.names.name(a, a.start), False
        return None, False

    def _ru_subject(self, zone_start: int, vs: int, opening_only: bool = False) -> str | None:
        """A Russian subject before the verb with adjuncts between: a person of the clause (not
        after a preposition), else a body that opens the clause."""
        zone = [a for a in self._actors_in(zone_start, vs) if not self._after_prep(a)
                and not _OF_THESE.match(self.body, a.end)]
        persons = [a for a in zone if a.value["type"] == "person"]
        if persons and not opening_only:
            return self.names.name(persons[0], persons[0].start)
        if zone and not re.search(r"\w", self.body[zone_start:zone[0].start]) and zone[0].text[:1].isupper():
            return self.names.name(zone[0], zone[0].start)
        return None

    def _country_subject(self, s: int, e: int, zone_start: int) -> str | None:
        """A country or capital that ends at ``e`` and is the subject ("Uganda said", "Caracas has
        rejected"), not a place ("officials in Washington said")."""
        c = self.country_by_end.get(e)
        if c is None or c.start < zone_start:
            return None
        if self._after_prep(c) or re.search(r"(?:’s|'s)$", c.text):
            return None
        prev = re.search(r"(\S+)\s*$", self.body[zone_start:c.start])
        said = prev and self._cue_ending(zone_start + prev.end(1))
        if prev and not said and prev.group(1).lower() not in _SUBJECT_OPENERS and prev.group(1)[-1].isalnum():
            return None  # "because Washington asked", "It said Kabul had asked", "Cuba or Yemen"
        return self._country_name(c)

    def _cue_ending(self, pos: int) -> bool:
        """A speech verb ends at ``pos`` ("Misri said Washington had informed ...")."""
        i = bisect_left(self.cue_starts, pos - 40)
        return any(ce == pos and t == "verb" for _cs, ce, (t, _k) in self.cue_list[i:i + 12])

    def _country_name(self, c: Mention) -> str:
        name = _TRAILING_POSS.sub("", c.text)
        if re.search("[а-яё]$", name):
            from ..mentions.actors import ru_nominative
            name = ru_nominative(name)
        return name

    def _country_after(self, pos: int, limit: int) -> str | None:
        """'según EE.UU.', 'according to Washington': a country or capital right after a source phrase."""
        for c in self.country_list:
            if c.start >= pos and c.end <= limit:
                gap = self.body[pos:c.start]
                if re.fullmatch(r"\s*(?:(?:the|el|la|los)\s+)?", gap):
                    return self._country_name(c)
                return None
        return None

    def _last_body_subject(self, before: int) -> str | None:
        """The body an "it" stands for: the last one named (not after a preposition) in this
        sentence or the one before."""
        i = bisect_right([ss for ss, _ in self.sentences], before) - 1
        lo = self.sentences[i - 1][0] if i > 0 else (self.sentences[i][0] if i >= 0 else 0)
        cands = [m for m in self._starting(lo, before) if m.end <= before
                 and m.value["type"] in ("org", "outlet") and not self._after_prep(m)]
        return self.names.name(cands[-1], cands[-1].start) if cands else None

    def _paragraph_quotes(self, pos: int) -> list[tuple[int, int]]:
        """Quoted stretches of the paragraph holding ``pos`` (a quote may span sentences)."""
        i = bisect_left(self.para_starts, pos + 1) - 1
        if i < 0:
            return []
        if i not in self.para_quotes:
            ps, pe = self.paras[i]
            self.para_quotes[i] = _quote_regions(self.body, ps, pe)
        return self.para_quotes[i]

    def _topic_person(self, s: int, vs: int) -> str | None:
        """A verb with no subject of its own ("Tras agradecer ..., afirmó"): the person the
        text is about, named earlier in this sentence or in the one before."""
        i = next((k for k, (ss, _) in enumerate(self.sentences) if ss == s), 0)
        lo = self.sentences[i - 1][0] if i > 0 else s
        persons = [m for m in self._starting(lo, vs) if m.value["type"] == "person"
                   and not self._after_prep(m)]
        return self.names.name(persons[-1], persons[-1].start) if persons else None

    def _headline(self, s: int, e: int) -> bool:
        """No sentence end at the end (closing quotes and brackets after it allowed)."""
        text = self.body[s:e]
        if _ends_sentence(text):
            return False
        # "$" also matches before a final newline
        return not (text.endswith("\n") and _ends_sentence(text[:-1]))

    def _after_prep(self, m: Mention) -> bool:
        w = _PREP_BEFORE.search(self.body[max(0, m.start - 24):m.start])
        return bool(w) and w.group(1).lower() in _PREPS and not self.body[m.start - 1:m.start] == ","

    def _paper(self, s: int, e: int) -> bool:
        return bool(_PAPER.match(self.body[s:e].strip() + " "))

    def _last_outlet(self, before: int) -> str | None:
        for m in reversed(self.actors):
            if m.start < before and m.value["type"] == "outlet":
                return self.names.name(m, m.start)
        return None

    def _relative_stance(self, pos: int, limit: int) -> bool:
        """A confirm or deny verb in a relative clause right after ``pos`` (", que confirmó")."""
        rm = _RELATIVE_CUE.match(self.body, pos, limit)
        if rm is None:
            return False
        i = bisect_left(self.cue_starts, rm.start())
        return any(cs - rm.end() <= 25 and t == "verb" and k in ("confirms", "denies")
                   for cs, _ce, (t, k) in self.cue_list[i:i + 4])

    def _stance(self, kind: str, ve: int, sent_start: int, sent_end: int, vs: int) -> str:
        if kind == "asserts":
            hi = min(sent_end, ve + 90)
            i = bisect_left(self.cue_starts, ve)
            j = bisect_left(self.cue_starts, hi, i)
            if any(t == "false" and ce <= hi for _cs, ce, (t, _k) in self.cue_list[i:j]):
                return "denies"
            qm = _QUOTE_THEN_VERB.search(self.body, sent_start, vs)
            if qm is not None:
                # "«Rechazamos que Reyes agrediera a nadie», señaló X", "«...не соответствуют
                # действительности», — заявила X": the quote itself says a false word (the quote:
                # from its opening mark, or from the sentence start where it opened before)
                qs = max(self.body.rfind(ch, sent_start, qm.start()) for ch in "«“\"")
                qs = qs if qs >= 0 else sent_start
                i, j = bisect_left(self.cue_starts, qs), bisect_left(self.cue_starts, qm.start())
                if any(t == "false" for _cs, _ce, (t, _k) in self.cue_list[i:j]):
                    return "denies"
        return kind

    # -- main
    def sentence(self, s: int, e: int) -> list[Attribution]:
        body = self.body
        out: list[Attribution] = []
        here: list[str] = []
        if self._headline(s, e):
            return out
        quotes = self._paragraph_quotes(s)
        cues: list[tuple[int, int, str]] = []
        i, j = bisect_left(self.cue_starts, s), bisect_left(self.cue_starts, e)
        for cs, ce, (typ, kind) in self.cue_list[i:j]:
            if ce > e or typ == "false":
                continue
            if typ == "verb" and (body[cs].isupper() and not (self.null_subject and _opening().fullmatch(body, s, cs))
                                  or any(qs < cs < qe for qs, qe in quotes)):
                continue  # a capitalised "States", "Reports" is no verb (a Spanish "Negó que ..." opening a sentence is)
            cues.append((cs, ce, kind))
        last_end = s
        for cs, ce, kind in cues:
            speaker: str | None = None
            stance = "asserts"
            if kind == "source":
                if here and body[cs:ce].lower().startswith(_CITING):
                    continue  # "сообщают «Ведомости» со ссылкой на статистику ведомства"
                rest = body[ce:e]
                if _UNNAMED_SOURCES.match(rest):
                    continue
                pm = re.match(r"\s*(?:его|её|ее|их|su|sus)\b", rest)
                if re.search(r"\b(?:su|his|her|его|её|ее)\b", body[cs:ce].lower()) or (
                        pm and rest.lstrip().lower().startswith(("его", "её", "ее"))):
                    speaker = self.last_person
                elif _PAPER.match(rest):
                    speaker = self._last_outlet(ce)
                else:
                    m = self._actor_after(ce, e)
                    speaker = self.names.name(m, ce) if m else None
                    if m is not None and self._relative_stance(m.end, e):
                        continue  # "según la Policía Federal, que confirmó": the relative verb's stance
                    if speaker is None:
                        speaker = self._country_after(ce, e)
            else:
                prev = self._words(max(s, cs - 30), cs)
                if prev and prev[-1][2].lower() in _passive() and body[cs - 1] == " " \
                        and not body.startswith("quoted", cs):  # "was quoted as saying": X's words
                    continue
                if prev and prev[-1][2].lower() in ("been", "being"):
                    continue
                if body[cs:ce].lower() in ("told", "tell", "tells") and _DIRECTIVE.match(body, ce, e):
                    continue  # "Iran has told Afghans ... to leave": an order
                if _NEGATED_VERB.search(body, max(s, cs - 24), cs) or _NO_ONE_SAID.search(body, max(s, cs - 40), cs):
                    continue  # "В ICE ... не ответили", "did not comment", "Neither government has said": nothing was said
                speaker, look_after = self._subject(s, cs, here)
                if speaker is None and look_after:
                    told = body[cs:ce].lower().startswith(("told", "tell"))
                    if not told:
                        m = self._actor_after(ce, e)
                        if m is not None and (m.value["type"] == "outlet" or _RU_MEDIA.match(m.text)) and _RU_TOLD.fullmatch(body[cs:ce]) \
                                and not body[ce:m.start].strip() and not re.search(r"(?:как|Как)\s+$", body[max(s, cs - 6):cs]):
                            m = None  # "рассказал Радио Озоди": the outlet is told (a kind noun, "сообщил телеканал X", names the speaker)
                        speaker = self.names.name(m, ce) if m else None
                    if speaker is None:
                        speaker = self._topic_person(s, cs)
                    if speaker is None and self.null_subject and _opening().fullmatch(body, s, cs) and body[cs:ce][:1].isupper():
                        # "Negó que los deportados ...": a sentence that opens with the verb goes on with
                        # the person just quoted
                        speaker = self.last_person
                if speaker is None and body[cs:ce].lower().startswith(("told", "tell")):
                    # "a US official told Reuters": the outlet's report
                    m = self._actor_after(ce, e)
                    if m is not None and m.value["type"] == "outlet" and m.start - ce <= 2:
                        speaker = self.names.name(m, ce)
                stance = self._stance(kind, ce, s, e, cs)
                if speaker and here and speaker != here[-1] and body[cs:ce].lower().startswith(_REQUEST) \
                        and _NESTED.search(body, last_end, cs) and not _CLAUSE_BREAK.search(body, last_end, cs):
                    # "X said that the government of Y asked ...": a request inside X's claim
                    continue
            if not speaker:
                continue
            here.append(speaker)
            last_end = ce
            if not any(a.speaker == speaker and a.stance == stance for a in out):
                out.append(Attribution(speaker, stance, cs, country=speaker in self.country_names))
        return out

    def run(self) -> list[list[Attribution]]:
        result: list[list[Attribution]] = []
        person_names = self.person_names
        for s, e in self.sentences:
            atts = self.sentence(s, e)
            result.append(atts)
            for a in atts:
                self.last_speaker = a.speaker
                if a.speaker in person_names:
                    self.last_person = a.speaker
            # a person named in the sentence is the referent of a later "he"/"she"
            named = [m for m in self._starting(s, e) if m.value["type"] == "person"]
            if named and not atts:
                self.last_person = self.names.name(named[-1], named[-1].start)
        self._quotes(result)
        return result

    def _quotes(self, result: list[list[Attribution]]) -> None:
        """Sentences of a quotation take the speaker named where the quotation ends."""
        body = self.body
        starts = [s for s, _e in self.sentences]
        ends = [e for _s, e in self.sentences]
        ordered = starts == sorted(starts) and ends == sorted(ends)
        for ps, pe in self.paras:
            if ordered:  # the sentences of the paragraph: one run of the list
                lo = bisect_left(starts, ps)
                idx: range | list[int] = range(lo, max(lo, bisect_right(ends, pe, lo)))
            else:
                idx = [i for i, (s, e) in enumerate(self.sentences) if s >= ps and e <= pe]
            if len(idx) < 2:
                continue
            for qs, qe in _quote_regions(body, ps, pe):
                inside = [i for i in idx if self.sentences[i][0] < qe and self.sentences[i][1] > qs]
                if len(inside) < 2:
                    continue
                last = inside[-1]
                src = result[last]
                if not src and last + 1 in idx and body[self.sentences[last][1]:self.sentences[last + 1][0]].strip() == "":
                    src = []
                if not src:
                    first = inside[0]
                    if first - 1 in idx and result[first - 1]:
                        src = result[first - 1]
                if not src:
                    continue
                for i in inside:
                    if not result[i]:
                        s, e = self.sentences[i]
                        deny = bool(re.search(r"\b(?:den(?:y|ies|ied)|niega|negó|опроверга\w*)\b", body[s:e]))
                        result[i] = [Attribution(src[0].speaker, "denies" if deny else "asserts", s)]


# ---------------------------------------------------------------- public


def attribute(article: Article, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[list[Attribution]]:
    """For each sentence, the speakers its content is attributed to, with stances."""
    if not article.body or not sentences:
        return [[] for _ in sentences]
    return _Attributor(article, mentions, sentences).run()


def sentence_sources(
    article: Article,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
    attributions: list[list[Attribution]] | None = None,
) -> dict[int, list[str]]:
    """Sentence index -> the speakers/sources its content is attributed to (for ``Event.sources``).

    Pass ``attributions`` (from :func:`attribute`) when you have them, to read the page once."""
    if attributions is None:
        attributions = attribute(article, mentions, sentences)
    out: dict[int, list[str]] = {}
    for i, atts in enumerate(attributions):
        names = []
        for a in atts:
            if a.speaker not in names:
                names.append(a.speaker)
        if names:
            out[i] = names
    return out


def _topic_hits(body: str, sentences: list[tuple[int, int]], actors: list[Mention]) -> list[bool]:
    """Sentences that carry a topic cue of their own: a cue inside a speaker's name ("the U.N.
    refugee agency") does not make the sentence about the matter."""
    spans = sorted((m.start, m.end) for m in actors)
    starts = [a for a, _ in spans]
    found = []
    for ts, _te, _p in scan(body)["topic"]:
        k = bisect_right(starts, ts) - 1
        if k >= 0 and spans[k][0] <= ts < spans[k][1]:
            continue
        found.append(ts)
    out = []
    for s, e in sentences:
        k = bisect_left(found, s)
        out.append(k < len(found) and found[k] < e)
    return out


def _topical(body: str, sentences: list[tuple[int, int]], hits: list[bool] | None = None) -> list[bool]:
    if hits is None:
        found = [ts for ts, _te, _p in scan(body)["topic"]]
        hits = [any(s <= t < e for t in found) for s, e in sentences]
    about = sum(hits) >= 3
    if about:
        return [True] * len(sentences)
    paras = _paragraphs(body)
    out = []
    for i, (s, e) in enumerate(sentences):
        if hits[i]:
            out.append(True)
            continue
        if not about:
            out.append(False)
            continue
        para = next(((ps, pe) for ps, pe in paras if ps <= s < pe), (s, e))
        near = any(hits[j] for j, (ss, _) in enumerate(sentences) if para[0] <= ss < para[1])
        near = near or (i > 0 and hits[i - 1]) or (i + 1 < len(hits) and hits[i + 1])
        out.append(near)
    return out


def extract_claims(
    article: Article,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
    attributions: list[list[Attribution]] | None = None,
) -> list[Claim]:
    """Claims of the article: one per speaker and stance, the first sentence as evidence.

    Pass ``attributions`` (from :func:`attribute`) when you have them, to read the page once."""
    body = article.body or ""
    if not body or not sentences:
        return []
    atts = attributions if attributions is not None else attribute(article, mentions, sentences)
    actors = [m for m in mentions if m.kind == "actor"] or find_actors(body)
    hits = _topic_hits(body, sentences, actors)
    topical = _topical(body, sentences, hits)
    claims: list[Claim] = []
    index: dict[tuple[str, str], int] = {}
    where: list[int] = []
    for i, (s, e) in enumerate(sentences):
        if not topical[i]:
            continue
        for a in atts[i]:
            if a.country and not hits[i]:
                continue  # a country's words count where the sentence itself is about the matter
            ev = Evidence(text=body[s:e], start=s, end=e)
            key = (a.speaker, a.stance)
            if key in index:
                c = claims[index[key]]
                if c.evidence[-1].start != s:
                    c.evidence.append(ev)
                continue
            index[key] = len(claims)
            claims.append(Claim(speaker=a.speaker, stance=a.stance, evidence=[ev]))
            where.append(i)
    _link_denials(claims, where, atts, sentences, body)
    return claims


def _link_denials(claims: list[Claim], where: list[int], atts, sentences, body: str) -> None:
    for ci, c in enumerate(claims):
        if c.stance != "denies":
            continue
        s, e = sentences[where[ci]]
        text = body[s:e]
        # the claim of another speaker named in the denial ("denied The New York Times report")
        for cj, other in enumerate(claims):
            if cj == ci or other.stance != "asserts" or other.speaker == c.speaker:
                continue
            if other.speaker in text or any(
                other.speaker.split()[-1] in text for _ in [0] if other.speaker.split()
            ):
                c.denies_claim = cj
                break
        if c.denies_claim is None and _DEMONSTRATIVE.search(text):
            # "this claim", "это утверждение": the latest claim of another speaker just before
            best = None
            for cj, other in enumerate(claims):
                if cj != ci and other.stance == "asserts" and other.speaker != c.speaker:
                    for ev in other.evidence:
                        if ev.start <= s and where[ci] - _sentence_index(sentences, ev.start) <= 2:
                            best = cj
            c.denies_claim = best


def _sentence_index(sentences: list[tuple[int, int]], start: int) -> int:
    for i, (s, _) in enumerate(sentences):
        if s == start:
            return i
    return 0
