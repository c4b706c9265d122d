#!/usr/bin/env python3
"""Rewrites the FIT-half questions of the /ask development files as a reader could have worded them
otherwise, keeping their answers and ids (so askbench keeps them in the fit half): a paraphrase check of
whether /ask reads the wording or the question. Report halves and held files (dev-questions-3, q-agency3,
q-rwp9, q-cf3) are never read. Round h-ask54; the kinds after REWRITES' first line, round h-ask55; the last fourteen, round h-ask56; h-ask58's and h-ask59's kinds below.

usage, from a checkout root: python3 eval/askpara.py OUTDIR
writes OUTDIR/NAME-orig.jsonl (the questions as written) and OUTDIR/NAME.jsonl (rewritten), per rewrite NAME;
eval/askpara.sh scores each pair on q-agency's store."""
import json, os, re, sys, zlib

FILES = ["../shared/eval/dev-questions.jsonl"] + ["ask/testdata/" + f for f in [
    "dev-questions-4.jsonl", "q-fit.jsonl", "q-news3.jsonl", "q-readers.jsonl", "q-readers2.jsonl",
    "rw-dev-questions.jsonl", "rw-dev-questions-2.jsonl", "q-agency.jsonl", "q-agency2.jsonl"]]
AUX = set("is was are were did do does has have had will would could can should may might".split())
PREP = r"(?:In|On|At|From|To|Through|With|Under|For|By|Into|Near)"


def which2what(q):  # "Which consultancy carried out" -> "What consultancy carried out"
    if not re.match(r"^(?:%s )?[Ww]hich\b" % PREP, q):
        return None
    return re.sub(r"\b([Ww])hich\b", lambda m: "What" if m.group(1) == "W" else "what", q, count=1)


def what2which(q):  # "What percentage of" -> "Which percentage of" (not "what did", "what type")
    m = re.match(r"^(?:%s )?[Ww]hat (\S+)" % PREP, q)
    if not m or m.group(1).lower().strip(",") in AUX | {"type", "kind", "sort", "name"}:
        return None
    return re.sub(r"\b([Ww])hat\b", lambda m: "Which" if m.group(1) == "W" else "which", q, count=1)


def nameof(q):  # "Which X reported ..." -> "What is the name of the X that reported ..."
    m = re.match(r"^Which (.+?) (was|were|\w+ed)\b (.*)$", q)
    if not m or len(m.group(1).split()) > 6 or "," in m.group(1) or re.search(r"\b(did|does|do|say|said|has|have|had)\b", m.group(1)):
        return None
    return "What is the name of the %s that %s %s" % m.groups()


def number(q):  # "How many X ..." -> "What number of X ..."
    m = re.match(r"^How many (.*)$", q)
    return "What number of " + m.group(1) if m else None


def where(q):  # "In which town did ..." -> "Where did ..."
    m = re.match(r"^(?:In|At) (?:which|what) (?:town|city|village|country|district|province|region|area|county|state|camp|"
                 r"governorate|locality|municipality|neighbou?rhood|site|settlement)s? (did|was|were|is|are|has|had|does|do) (.*)$", q)
    return "Where %s %s" % m.groups() if m else None


def when(q):  # "When did ..." -> "On what date did ..."
    m = re.match(r"^When (did|was|were|is|are|has|had|does|do|will) (.*)$", q)
    return "On what date %s %s" % m.groups() if m else None


def accmove(q):  # "According to X, Y?" -> "Y, according to X?"
    m = re.match(r"^According to ([^,]+), (.*)\?$", q)
    return m.group(2)[0].upper() + m.group(2)[1:] + ", according to " + m.group(1) + "?" if m else None


REWRITES = [which2what, what2which, nameof, number, where, when, accmove]

# Round h-ask55's kinds, declared before they were scored.
QWORD = r"(?:How|What|Which|Who|Where|When|Whose|Why|In|On|At|From|To|Through|With|Under|For|By|Into|Near)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
BASE = {"killed": "kill", "wounded": "wound", "injured": "injure", "displaced": "displace", "affected": "affect",
        "attacked": "attack", "kidnapped": "kidnap", "targeted": "target", "hit": "hit", "abducted": "abduct",
        "arrested": "arrest", "evacuated": "evacuate", "destroyed": "destroy", "damaged": "damage", "shelled": "shell"}
PLURAL = {"town": "towns", "village": "villages", "city": "cities", "country": "countries", "district": "districts",
          "province": "provinces", "region": "regions", "camp": "camps", "street": "streets", "road": "roads",
          "island": "islands", "neighbourhood": "neighbourhoods", "neighborhood": "neighborhoods", "area": "areas",
          "state": "states", "county": "counties", "governorate": "governorates", "hospital": "hospitals"}


def lower_first(q):  # the question word as written mid-sentence; a name keeps its capital
    w = q.split(" ", 1)[0]
    return q[0].lower() + q[1:] if re.fullmatch(QWORD, w) else q


def whoperson(q):  # "Who is the X who ..." -> "Which person is the X who ..."; "Who signed" -> "Which person signed"
    m = re.match(r"^Who (is|was|(?:\w+ed)) (.*)$", q)
    return "Which person %s %s" % m.groups() if m else None


def whoorg(q):  # "Which organisation carried out ..." -> "Who carried out ..."
    m = re.match(r"^Which (?:organi[sz]ation|agency|group|NGO|charity|donor|company|ministry|body) (is|was|were|(?:\w+ed)) (.*)$", q)
    return "Who %s %s" % m.groups() if m else None


def toll(q):  # "How many people were killed in X" -> "What was the death toll in X"; "killed by X" -> "from X"
    m = re.match(r"^How many (?:people|civilians|persons) were killed (in|by|when) (.*)$", q)
    if not m:
        return None
    return "What was the death toll %s %s" % ({"in": "in", "by": "from", "when": "when"}[m.group(1)], m.group(2))


def amount(q):  # "How much X did" -> "What amount of X did"; "How much is the X" -> "What is the amount of the X"
    m = re.match(r"^How much (is|was|are|were) (the .*)$", q)
    if m:
        return "What %s the amount of %s" % m.groups()
    m = re.match(r"^How much (did|does|do|has|have|had) (.*)$", q)
    if m:
        return "What amount %s %s" % m.groups()
    m = re.match(r"^How much ([^ ]+(?: [^ ]+){0,3}?) (did|does|do|has|have|had|is|was|were|are) (.*)$", q)
    if m and not re.search(r"\b(more|less|longer|higher|lower)\b", m.group(1)):
        return "What amount of %s %s %s" % m.groups()
    return None


def date2when(q):  # "On what date did ..." -> "When did ..."
    m = re.match(r"^On (?:what|which) (?:date|day) (did|was|were|is|had|has|will) (.*)$", q)
    return "When %s %s" % m.groups() if m else None


def timefront(q):  # "How many ... in December 2017?" -> "In December 2017, how many ...?"
    m = re.match(r"^(.*?) (in (?:(?:early|late|mid-?) ?)?(?:%s )?(?:19|20)\d\d)\?$" % MONTH, q)
    if not m or len(m.group(1).split()) < 4:
        return None
    return "%s, %s?" % (m.group(2)[0].upper() + m.group(2)[1:], lower_first(m.group(1)))


def accfront(q):  # "Y, according to X?" -> "According to X, y?"
    m = re.match(r"^(.*), according to ([^,]+)\?$", q)
    return "According to %s, %s?" % (m.group(2), lower_first(m.group(1))) if m else None


def plural(q):  # "In which town did ..." -> "In which towns did ..."; "was" -> "were"
    m = re.match(r"^(In|On|At|From|To|Near|Which|What|In what|On what) ?(which )?(\w+) (did|was|were|is|are) (.*)$", q)
    if not m or m.group(3) not in PLURAL or (m.group(1) not in ("Which", "What") and not m.group(2)):
        return None
    aux = {"was": "were", "is": "are"}.get(m.group(4), m.group(4))
    return "%s %s%s %s %s" % (m.group(1), m.group(2) or "", PLURAL[m.group(3)], aux, m.group(5))


def passive(q):  # "How many X were killed by Y in Z" -> "How many X did Y kill in Z"; "Which X was attacked by Y" likewise
    m = re.match(r"^((?:How many|Which) [^,?]+?) (?:was|were) (\w+) by ((?:the )?[^,?]+?)((?: (?:in|on|at|near|during|between|when|after|since|leaving|,)\b.*)?\?)$", q)
    if not m or m.group(2) not in BASE or len(m.group(3).split()) > 8 or re.search(r"\b(did|does|do|say|said|that|who)\b", m.group(1)):
        return None
    return "%s did %s %s%s" % (m.group(1), m.group(3), BASE[m.group(2)], m.group(4))


REWRITES += [whoperson, whoorg, toll, amount, date2when, timefront, accfront, plural, passive]


# Round h-ask56's kinds, declared before they were scored. Some read the answer (a.get("a")) only to choose where
# a rewording is one a reader could write without knowing it ("what day" for an answer that is a day).
DAY = re.compile(r"\b(?:\d{1,2} %s|%s \d{1,2}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" % (MONTH, MONTH))
INVERTED = re.compile(r"^(?:\w+ ){0,6}?(?:did|does|do)\b|^(?:What|Who|Where|When|How much|How long|How large|How big) (?:is|was|are|were|has|had)\b")


def whatday(q, a=""):  # "When did X" / "On what date did X" -> "What day did X" (the answer a day)
    m = re.match(r"^(?:When|On (?:what|which) date) (did|was|were|is|had|has|will) (.*)$", q)
    return "What day %s %s" % m.groups() if m and DAY.search(a) else None


def whereplace(q, a=""):  # "Where did X" / "In which town did X" -> "In what place did X"
    m = re.match(r"^(?:Where|(?:In|At) (?:which|what) (?:town|city|village|district|province|region|area|county|"
                 r"governorate|locality|municipality|neighbou?rhood|settlement)) (did|was|were|is|are|has|had|does|do) (.*)$", q)
    return "In what place %s %s" % m.groups() if m else None


def where2town(q, a=""):  # "Where did X" -> "In which town or city did X"
    m = re.match(r"^Where (did|was|were|is|are|has|had|does|do) (.*)$", q)
    return "In which town or city %s %s" % m.groups() if m and a[:1].isupper() else None


def whatname(q, a=""):  # "What is (was) the name of the X ...?" -> "Name the X ..."
    m = re.match(r"^What (?:is|was) the name of (the .*)\?$", q)
    return "Name %s." % m.group(1) if m else None


def nameimper(q, a=""):  # "Which X VERBed Y?" -> "Name the X that VERBed Y."
    m = re.match(r"^Which (.+?) (was|were|\w+ed)\b (.*)\?$", q)
    if not m or len(m.group(1).split()) > 6 or "," in m.group(1) or re.search(r"\b(did|does|do|say|said|has|have|had)\b", m.group(1)):
        return None
    return "Name the %s that %s %s." % m.groups()


def died(q, a=""):  # "How many X were killed in Y" -> "How many X died in Y"
    m = re.match(r"^How many ([^,?]+?) (?:were|have been|had been) killed\b(.*)$", q)
    if not m or " by " in m.group(2)[:4]:
        return None
    return "How many %s died%s" % m.groups()


def tollhigh(q, a=""):  # "How many people were killed in X" -> "How high was the death toll in X"
    m = re.match(r"^How many (?:people|civilians|persons) (?:were|have been) killed (in|by|when) (.*)$", q)
    if not m:
        return None
    return "How high was the death toll %s %s" % ({"in": "in", "by": "from", "when": "when"}[m.group(1)], m.group(2))


def active2passive(q, a=""):  # "How many X did Y kill in Z" -> "How many X were killed by Y in Z"
    inv = {v: k for k, v in BASE.items()}
    m = re.match(r"^(How many [^,?]+?) did ((?:the )?[^,?]+?) (\w+)\b(.*)$", q)
    if not m or m.group(3) not in inv or len(m.group(2).split()) > 8:
        return None
    return "%s were %s by %s%s" % (m.group(1), inv[m.group(3)], m.group(2), m.group(4))


def clausefront(q, a=""):  # "How many people were killed in the attack on X?" -> "In the attack on X, how many people were killed?"
    m = re.match(r"^((?:How many|How much|Which|Who|What) .+?) ((?:in|during|at) the [^,?]+)\?$", q)
    if not m or len(m.group(1).split()) < 4 or len(m.group(2).split()) < 3 or re.search(r"\b(that|who|which|when|where|whose|said|say)\b|'", m.group(2)):
        return None
    last = m.group(1).split()[-1]  # the clause must close: not "which country announced", "how many doses were"
    if last in AUX or last.endswith("ing") or (last.endswith("ed") and not m.group(1).startswith("How")):
        return None
    return "%s, %s?" % (m.group(2)[0].upper() + m.group(2)[1:], lower_first(m.group(1)))


def noqmark(q, a=""):  # the closing "?" left off
    return q[:-1] if q.endswith("?") else None


def lower(q, a=""):  # written all in lower case
    return q.lower() if q != q.lower() else None


def embedded(q, prefix, end):  # "How many X were killed" -> PREFIX "how many X were killed" END; not for inverted questions
    if INVERTED.search(q) or not re.match(r"^(?:How many|Which|Who|What)\b", q) or not q.endswith("?"):
        return None
    return prefix + lower_first(q[:-1]) + end


def tellme(q, a=""):  # "Tell me how many X were killed in Y."
    return embedded(q, "Tell me ", ".")


def doweknow(q, a=""):  # "Do we know how many X were killed in Y?"
    return embedded(q, "Do we know ", "?")


def canyou(q, a=""):  # "Can you tell me which X VERBed Y?"
    return embedded(q, "Can you tell me ", "?")


REWRITES += [whatday, whereplace, where2town, whatname, nameimper, died, tollhigh, active2passive, clausefront,
             noqmark, lower, tellme, doweknow, canyou]


# State questions (ask/testdata/state-questions.jsonl's fit half, read by these kinds only): a truce's holding and
# a place's latest news asked as readers ask them.
STATE_FILE = "ask/testdata/state-questions.jsonl"


def stillinplace(q, a=""):  # "Is the ceasefire in Aleppo holding?" -> "Is the ceasefire in Aleppo still in place?"
    m = re.match(r"^Is (the .+) holding\?$", q)
    return "Is %s still in place?" % m.group(1) if m else None


def brokendown(q, a=""):  # "Is the ceasefire in Aleppo holding?" -> "Has the ceasefire in Aleppo broken down?"
    m = re.match(r"^Is (the .+) holding\?$", q)
    return "Has %s broken down?" % m.group(1) if m else None


def anynews(q, a=""):  # "What is the latest on Palmyra?" -> "Any news on Palmyra?"
    m = re.match(r"^What is the (?:latest|situation) (on|in) (.+)\?$", q)
    return "Any news %s %s?" % m.groups() if m else None


def happening(q, a=""):  # "What is the latest on Palmyra?" -> "What's happening in Palmyra?"
    m = re.match(r"^What is the (?:latest|situation) (?:on|in) (?:the (fighting|ceasefire|truce) in )?(.+)\?$", q)
    if not m:
        return None
    return "What's happening with the %s in %s?" % m.groups() if m.group(1) else "What's happening in %s?" % m.group(2)


STATE_REWRITES = [stillinplace, brokendown, anynews, happening]
REWRITES += STATE_REWRITES


# Round h-ask58's kinds, declared before they were scored: wordings of the sealed genre's readers not yet made.
def lostlives(q, a=""):  # "How many X were killed in Y" -> "How many X lost their lives in Y"
    m = re.match(r"^How many ([^,?]+?) (?:were|have been|had been) killed\b(.*)$", q)
    if not m or " by " in m.group(2)[:4]:
        return None
    return "How many %s lost their lives%s" % m.groups()


def contract(q, a=""):  # "What is the X" -> "What's the X"; "Who is", "Where is" likewise
    m = re.match(r"^(What|Who|Where|How much) is\b(.*)$", q)
    return "%s's%s" % m.groups() if m else None


def usdate(q, a=""):  # "on 21 December 2017" -> "on December 21, 2017"; "21 December" -> "December 21"
    p = re.sub(r"\b(\d{1,2}) (%s)(?: ((?:19|20)\d\d))?\b" % MONTH,
               lambda m: "%s %s" % (m.group(2), m.group(1)) + (", " + m.group(3) if m.group(3) else ""), q)
    return p if p != q else None


def ordday(q, a=""):  # "on 21 December 2017" -> "on the 21st of December 2017"
    def o(d):
        d = int(d)
        return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))
    p = re.sub(r"\b(\d{1,2}) (%s)\b" % MONTH, lambda m: "the %s of %s" % (o(m.group(1)), m.group(2)), q)
    return p if p != q else None


def monthabbr(q, a=""):  # "in December 2017" -> "in Dec 2017" (not May, June, July)
    p = re.sub(r"\b(January|February|March|April|August|September|October|November|December)\b", lambda m: m.group(1)[:3], q)
    return p if p != q else None


def percent(q, a=""):  # "What percentage of" -> "What percent of"
    m = re.match(r"^(.*?)\b([Ww]hat|[Ww]hich) percentage\b(.*)$", q)
    return "%s%s percent%s" % m.groups() if m else None


def share(q, a=""):  # "What percentage of" -> "What share of"
    m = re.match(r"^(.*?)\b([Ww]hat|[Ww]hich) percentage\b(.*)$", q)
    return "%s%s share%s" % m.groups() if m else None


def roughly(q, a=""):  # "How many X" -> "Roughly how many X"
    return "Roughly how many" + q[len("How many"):] if q.startswith("How many ") else None


def intotal(q, a=""):  # "How many X were killed in Y?" -> "How many X in total were killed in Y?"
    m = re.match(r"^How many ([^,?]+?) (were|had|have|did|was|are)\b(.*)$", q)
    if not m or len(m.group(1).split()) > 4:
        return None
    return "How many %s in total %s%s" % m.groups()


def individuals(q, a=""):  # "How many people" -> "How many individuals"
    return re.sub(r"^How many people\b", "How many individuals", q) if q.startswith("How many people ") else None


def asper(q, a=""):  # "Y, according to X?" -> "Y, as per X?"
    m = re.match(r"^(.*), according to ([^,]+)\?$", q)
    return "%s, as per %s?" % m.groups() if m else None


def reportedby(q, a=""):  # "Y, according to X?" -> "Y, as reported by X?"
    m = re.match(r"^(.*), according to ([^,]+)\?$", q)
    return "%s, as reported by %s?" % m.groups() if m else None


REWRITES += [lostlives, contract, usdate, ordday, monthabbr, percent, share, roughly, intotal, individuals, asper, reportedby]

# Round h-ask58's second kinds, declared before they were scored.
def compassjoin(q, a=""):  # "north-east Nigeria" -> "northeast Nigeria"
    p = re.sub(r"\b([Nn]orth|[Ss]outh)-(east|west)\b", r"\1\2", q)
    return p if p != q else None


def lowacronym(q, a=""):  # "according to UNHCR" -> "according to unhcr": an acronym typed in lower case
    p = re.sub(r"\b([A-Z]{3,6})\b", lambda m: m.group(1).lower(), q)
    return p if p != q and p[:1].isupper() else None


def countryshort(q, a=""):  # "the Democratic Republic of the Congo" -> "the DRC"; "Central African Republic" -> "CAR"
    p = re.sub(r"\b(?:the )?Democratic Republic of (?:the )?Congo\b", "the DRC", q)
    p = re.sub(r"\b(?:the )?Central African Republic\b", "CAR", p)
    p = re.sub(r"\bUnited Nations\b", "UN", p)
    p = re.sub(r"\bUnited States\b", "US", p)
    return p if p != q else None


REWRITES += [compassjoin, lowacronym, countryshort]

# Round h-ask58's third kinds, declared before they were scored.
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def nopossessive(q, a=""):  # "UNHCR's June 2021 regional update" -> "UNHCR June 2021 regional update"
    p = re.sub(r"\b([A-Z][A-Z]{1,6})'s\b", r"\1", q)
    return p if p != q else None


def gotpassive(q, a=""):  # "How many X were killed" -> "How many X got killed"
    m = re.match(r"^(How many [^,?]+?) were (killed|injured|wounded|displaced|arrested|abducted|kidnapped|evacuated|infected)\b(.*)$", q)
    return "%s got %s%s" % m.groups() if m else None


def terse(q, a=""):  # "How many X were killed in Y?" -> "How many X killed in Y?"
    m = re.match(r"^(How many [^,?]+?) (?:were|have been|had been) (\w+ed)\b(.*)$", q)
    return "%s %s%s" % m.groups() if m else None


def words2digits(q, a=""):  # "killed two people" -> "killed 2 people" (two to ten)
    p = re.sub(r"\b(two|three|four|five|six|seven|eight|nine|ten)\b", lambda m: str(NUMWORDS.index(m.group(1))), q)
    return p if p != q else None


def digits2words(q, a=""):  # "killed 2 people" -> "killed two people" (2 to 10, not a day, a year or a figure's part)
    p = re.sub(r"(?<![\d,.\-#])\b([2-9]|10)\b(?![\d,.%%\-])(?! (?:%s))" % MONTH, lambda m: NUMWORDS[int(m.group(1))], q)
    return p if p != q else None


REWRITES += [nopossessive, gotpassive, terse, words2digits, digits2words]

# Round h-ask59's kinds, declared before they were scored (issue 14 item 5): counts in words and in digits, the
# words of deaths, wounds and flight, "where" and "when" asked otherwise, "who said", British and American
# spelling, a typo, a question typed in lower case without its "?".
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NOTCOUNT = r"(?:week|epi-week|Week|Zone|zone|Resolution|resolution|Phase|phase|No\.|number|Number|Article|article|Day|day|Round|round)"


def say(n):  # 56 -> "fifty-six", 3500 -> "three thousand five hundred" (n < 1,000,000)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + say(n % 100) if n % 100 else "")
    return say(n // 1000) + " thousand" + ((" and " if n % 1000 < 100 else " ") + say(n % 1000) if n % 1000 else "")


COUNT = re.compile(r"(?<![\w$€£.,/:#-])(\d{1,3}(?:,\d{3})*|\d{2,6})(?![\w%%.,/:-]|,\d)(?= (?!%s\b|(?:19|20)\d\d\b)[a-z])" % MONTH)


def numwords(q, a=""):  # "killed 56 civilians" -> "killed fifty-six civilians"; "12 people" -> "a dozen people" (11 and up)
    def w(m):
        n = int(m.group(1).replace(",", ""))
        before = q[:m.start()].split()
        if n < 11 or n >= 1000000 or (before and re.fullmatch(NOTCOUNT, before[-1])) or (1900 <= n <= 2099 and "," not in m.group(1)):
            return m.group(0)
        return "a dozen" if n == 12 else say(n)
    p = COUNT.sub(w, q)
    return p if p != q else None


WORDNUM = {w: i for i, w in enumerate(ONES) if w}
WORDNUM.update({w: 10 * i for i, w in enumerate(TENS) if w})


def wordsnum(q, a=""):  # "three million" -> "3 million", "twenty negotiators" -> "20 negotiators", "a dozen" -> "12",
    # "two hundred" -> "200" (counts of eleven and up, or any before hundred, thousand, million; h-ask58's
    # words2digits made two to ten)
    unit = r"(?:%s)" % "|".join(sorted(WORDNUM, key=len, reverse=True))
    pat = re.compile(r"\b(a dozen|(?:%s)(?:-(?:%s))?(?: (?:hundred|thousand)(?: and)?(?: (?:%s)(?:-(?:%s))?)?)*)( million| billion)?\b" % (unit, unit, unit, unit))

    def w(m):
        t = m.group(1)
        if t == "a dozen":
            return "12"
        total, cur = 0, 0
        for tok in re.split(r"[ -]", t):
            if tok == "and":
                continue
            if tok == "hundred":
                cur *= 100
            elif tok == "thousand":
                total, cur = total + cur * 1000, 0
            else:
                cur += WORDNUM[tok]
        n = total + cur
        if n <= 10 and not m.group(2) and "hundred" not in t and "thousand" not in t:
            return m.group(0)
        return ("{:,}".format(n) if n >= 10000 else str(n)) + (m.group(2) or "")
    p = pat.sub(w, q)
    return p if p != q else None


def died2killed(q, a=""):  # "How many X died in Y" -> "How many X were killed in Y"; "Which X died after" -> "Which X was killed after"
    m = re.match(r"^(How many [^,?]+?) (?:died|have died|had died)\b(.*)$", q)
    if m:
        return "%s were killed%s" % m.groups()
    m = re.match(r"^(Which [^,?]+?) died\b(.*)$", q)
    return "%s was killed%s" % m.groups() if m else None


def deaths(q, a=""):  # "How many people were killed in X" -> "How many deaths were there in X"; civilians -> "civilian deaths"
    m = re.match(r"^How many (people|persons|civilians) (?:were|have been|had been) killed (in|by|during|when|on|at|across|since|after) (.*)$", q)
    if not m:
        return None
    head = "civilian deaths" if m.group(1) == "civilians" else "deaths"
    return "How many %s were there %s %s" % (head, {"by": "from"}.get(m.group(2), m.group(2)), m.group(3))


def injuries(q, a=""):  # "How many people were injured (wounded) in X" -> "How many injuries were there in X"
    m = re.match(r"^How many (?:people|persons|civilians) (?:were|have been|had been) (?:injured|wounded) (in|by|during|when|on|at|across) (.*)$", q)
    return "How many injuries were there %s %s" % ({"by": "from"}.get(m.group(1), m.group(1)), m.group(2)) if m else None


def hurt(q, a=""):  # "were injured" / "were wounded" -> "were hurt"
    p = re.sub(r"\b(were|was|have been|had been|has been|are|is) (injured|wounded)\b", r"\1 hurt", q)
    return p if p != q else None


def injuredswap(q, a=""):  # "injured" <-> "wounded"
    sw = {"injured": "wounded", "wounded": "injured", "Injured": "Wounded", "Wounded": "Injured"}
    p = re.sub(r"\b(?:[Ii]njured|[Ww]ounded)\b", lambda m: sw[m.group(0)], q)
    return p if p != q else None


def fled(q, a=""):  # "were displaced by X" -> "were forced to flee by X" (the verb after its auxiliary only)
    p = re.sub(r"\b(were|was|have been|had been|has been|are|is)( newly)?(?: forcibly)? displaced\b", r"\1\2 forced to flee", q)
    return p if p != q else None


def uprooted(q, a=""):  # "displaced" -> "uprooted" ("internally displaced" kept: the term's own words)
    p = re.sub(r"(?<!internally )\bdisplaced\b", "uprooted", q)
    return p if p != q else None


def intown(q, a=""):  # "Where did X" -> "In which town did X" (the answer a name)
    m = re.match(r"^Where (did|was|were|is|are|has|had|does|do) (.*)$", q)
    return "In which town %s %s" % m.groups() if m and a[:1].isupper() else None


def happen(q, a=""):  # "take place" / "occur" -> "happen" and "In which town did X take place" -> "Where did X happen"
    p = re.sub(r"\btake place\b|\boccur\b", "happen", q)
    p = re.sub(r"\btook place\b|\boccurred\b|\btaken place\b", "happened", p)
    if p != q:
        p = re.sub(r"^In which (?:town|city|village|country|district|province|region|area|county|state) (did|was|were)\b", r"Where \1", p)
    return p if p != q else None


def whatdate(q, a=""):  # "When did X" / "On what date did X" -> "What date did X" (the answer a day)
    m = re.match(r"^(?:When|On (?:what|which) date) (did|was|were|is|had|has|will) (.*)$", q)
    return "What date %s %s" % m.groups() if m and DAY.search(a) else None


def whatmonth(q, a=""):  # "When did X" -> "In which month did X" (the answer a month and year)
    m = re.match(r"^When (did|was|were|is|had|has|will) (.*)$", q)
    return "In which month %s %s" % m.groups() if m and re.fullmatch(r"%s (?:19|20)\d\d" % MONTH, a.strip()) else None


def whosaid(q, a=""):  # "Which UN leader said at X that Y" -> "Who said at X that Y"
    m = re.match(r"^Which ([^,?]+?) (said|says|told|warned|announced|reported|stated|urged|called|appealed|estimated|noted)\b(.*)$", q)
    if not m or len(m.group(1).split()) > 6 or re.search(r"\b(did|does|do|has|have|had|was|were|is|are)\b", m.group(1)):
        return None
    return "Who %s%s" % m.groups()[1:]


# "Who VERBed" -> "Which organisation VERBed" where the answer is an organisation was declared too, and dropped
# unscored: no fit question asks "who" for an organisation (h-ask55's whoorg makes the other direction).


UK_US = [("organisation", "organization"), ("programme", "program"), ("centre", "center"), ("neighbourhood", "neighborhood"),
         ("defence", "defense"), ("labour", "labor"), ("favour", "favor"), ("harbour", "harbor"), ("litre", "liter"),
         ("metre", "meter"), ("kilometre", "kilometer"), ("analysed", "analyzed"), ("analyse", "analyze"),
         ("channelled", "channeled"), ("travelled", "traveled"), ("cancelled", "canceled"), ("fuelled", "fueled"),
         ("offence", "offense"), ("paediatric", "pediatric"), ("anaemia", "anemia"), ("diarrhoea", "diarrhea"),
         ("oedema", "edema"), ("enrol", "enroll"), ("fulfil", "fulfill"), ("grey", "gray"), ("colour", "color"),
         ("behaviour", "behavior"), ("rumour", "rumor"), ("armour", "armor"), ("endeavour", "endeavor")]
ISE = r"(?:mobili|prioriti|harmoni|authori|organi|recogni|critici|stabili|utili|finali|emphasi|reali|categori|apologi|hospitali|" \
      r"immuni|militari|normali|neutrali|legali|characteri|speciali|summari|symboli|minimi|maximi|moderni|subsidi|sensiti|" \
      r"vaccini|fertili|mechani|industriali|decentrali|capitali|optimi|stigmati|demobili|revitali)"


def respell(q, pairs, ise, ize):
    def case(src, dst):
        return dst[0].upper() + dst[1:] if src[0].isupper() else dst
    p = q
    for a, b in pairs:
        p = re.sub(r"\b(%s|%s)(s|d)?\b" % (a, a[0].upper() + a[1:]), lambda m: case(m.group(1), b) + (m.group(2) or ""), p)
    p = re.sub(r"\b(%s)%s(e|es|ed|ing|ation|ations)\b" % (ISE, ise), lambda m: m.group(1) + ize + m.group(2), p, flags=re.I)
    return p if p != q else None


def uk2us(q, a=""):  # "organisation", "programme", "neighbourhood", "mobilise" -> "organization", "program", "neighborhood", "mobilize"
    return respell(q, UK_US, "s", "z")


def us2uk(q, a=""):  # the reverse: "neighborhood", "Center", "immunized" -> "neighbourhood", "Centre", "immunised"
    return respell(q, [(b, a) for a, b in UK_US if b not in ("program", "gray", "meter", "enroll", "fulfill")] +
                   [("program", "programme")], "z", "s")


STOPWORDS = set("which where when what whose about according before after during between against people their there "
                "these those other under since while being until across around".split())


def typo(q, a=""):  # two middle letters of the first lower-case word of seven letters or more swapped ("displaced" -> "dislpaced")
    for m in re.finditer(r"\b[a-z]{7,}\b", q):
        w = m.group(0)
        if w in STOPWORDS:
            continue
        i = len(w) // 2 - 1
        if w[i] == w[i + 1]:
            continue
        return q[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + q[m.end():]
    return None


MISSPELT = {"received": "recieved", "government": "goverment", "occurred": "occured", "according": "acording",
            "humanitarian": "humanitarain", "civilians": "civillians", "casualties": "casualities", "refugees": "refugess",
            "separate": "seperate", "committee": "commitee", "million": "milion", "attacked": "attaked", "killed": "kiled",
            "injured": "injurred", "displaced": "displased", "assistance": "assistence", "responsible": "responsable",
            "independent": "independant", "neighbouring": "neighboring", "address": "adress", "beginning": "begining",
            "hospital": "hospitol", "explosion": "explostion", "people": "poeple", "families": "famillies",
            "vaccination": "vacination", "announced": "anounced", "guerrilla": "guerilla", "embarrass": "embarass"}


def misspell(q, a=""):  # the first word a reader commonly misspells, misspelt ("recieved", "goverment", "civillians")
    for m in re.finditer(r"\b[a-z]+\b", q):
        if m.group(0) in MISSPELT:
            return q[:m.start()] + MISSPELT[m.group(0)] + q[m.end():]
    return None


def lowernoq(q, a=""):  # typed all in lower case, with no "?"
    return q.lower()[:-1] if q.endswith("?") and q != q.lower() else None


REWRITES += [numwords, wordsnum, died2killed, deaths, injuries, hurt, injuredswap, fled, uprooted, intown, happen,
             whatdate, whatmonth, whosaid, uk2us, us2uk, typo, misspell, lowernoq]

if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    only = os.environ.get("KINDS", "").split(",") if os.environ.get("KINDS") else None
    for fn in REWRITES:
        if only and fn.__name__ not in only:
            continue
        n = 0
        with open(os.path.join(out, fn.__name__ + "-orig.jsonl"), "w") as fo, open(os.path.join(out, fn.__name__ + ".jsonl"), "w") as fp:
            for f in ([STATE_FILE] if fn in STATE_REWRITES else FILES):
                for line in open(f):
                    if not line.strip():
                        continue
                    q = json.loads(line)
                    if q.get("none") or zlib.crc32(q["id"].encode()) % 2:  # askbench's fit half only
                        continue
                    p = fn(q["q"], q.get("a") or "") if fn in REWRITES[16:] else fn(q["q"])
                    if not p or p == q["q"]:
                        continue
                    fo.write(json.dumps(q) + "\n")
                    fp.write(json.dumps(dict(q, q=p)) + "\n")
                    n += 1
        print(fn.__name__, n)
