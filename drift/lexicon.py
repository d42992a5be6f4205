"""Small per-language word lists the checks use: stopwords, negation cues, numbers, dates."""

from __future__ import annotations

STOPWORDS = {
    "en": "a an the of to in on at for by with from and or but as is are was were be been being "
          "it its this that these those he she they we you i his her their our your my me him them "
          "us there here so than then which who whom whose what when where how also just very "
          "has have had do does did will would can could should may might must shall into about "
          "over after before up out if not no",
    "es": "el la los las un una unos unas de del a al en y o pero que por para con sin se su sus "
          "es son fue era ser ha han había lo le les como más muy ya este esta estos estas ese esa "
          "eso al cual quien donde cuando también no ni",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber dass zu in im "
          "an am auf für von mit bei aus nach vor sich sein seine ihr ihre ist sind war waren "
          "wird werden hat haben hatte es er sie wir auch so wie als noch nicht kein keine",
    "fr": "le la les un une des de du d l à au aux en et ou mais que qu qui pour par avec sans "
          "sur dans se s sa son ses leur leurs est sont était été être a ont avait ce cette ces il "
          "elle ils elles nous vous on ne n pas plus très aussi comme",
    "ru": "и в во на с со к ко по о об от до из у за для не ни что как это этот эта эти тот та "
          "те он она они мы вы я его её их наш ваш был была были быть есть будет а но или же ли "
          "бы уже также",
    "sr": "и у на са с к по о од до из за за не ни што како је су био била били бити ће а али "
          "или да се његов њен њихов наш ваш",
}
STOP = {lang: set(words.split()) for lang, words in STOPWORDS.items()}

NEGATION = {
    "en": {"not", "n't", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without",
           "cannot", "nowhere", "refuse", "refused", "refuses", "deny", "denied", "denies"},
    "es": {"no", "nunca", "nadie", "nada", "ni", "sin", "jamás", "tampoco", "ningún", "ninguna",
           "ninguno", "negó", "niega", "negaron", "rechazó"},
    "de": {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
           "nichts", "niemand", "ohne", "weder", "bestritt", "bestreitet", "lehnte"},
    "fr": {"ne", "n", "jamais", "rien", "aucun", "aucune", "sans", "ni", "nullement",
           "refusé", "refuse", "démenti", "dément"},
    "ru": {"не", "нет", "ни", "никогда", "ничего", "никто", "без", "нельзя", "отрицала",
           "отрицал", "отказался", "отказалась"},
    "sr": {"не", "нема", "ни", "никада", "ништа", "нико", "без", "ne", "nema", "nikada", "ništa",
           "niko", "bez"},
    "it": {"non", "mai", "nessuno", "nessuna", "niente", "nulla", "senza", "né", "neanche"},
    "pt": {"não", "nunca", "nenhum", "nenhuma", "nada", "ninguém", "sem", "nem", "jamais"},
}
# words that merge with "not" in English contractions: "couldn't" -> could + n't
CONTRACTION_NEG = ("n't", "n’t")

ANTONYMS_EN = [
    ("open", "close"), ("open", "closed"), ("increase", "decrease"), ("rise", "fall"),
    ("rose", "fell"), ("accept", "reject"), ("accepted", "rejected"), ("allow", "ban"),
    ("allowed", "banned"), ("win", "lose"), ("won", "lost"), ("retaliatory", "reciprocal"),
    ("destructive", "constructive"), ("support", "oppose"), ("supports", "opposes"),
    ("ready", "unwilling"), ("will", "might"), ("certainly", "possibly"), ("must", "may"),
    ("always", "sometimes"), ("all", "some"), ("more", "less"), ("higher", "lower"),
    ("before", "after"), ("agree", "disagree"), ("agreed", "refused"), ("friend", "enemy"),
    ("peace", "war"), ("legal", "illegal"), ("confirmed", "denied"), ("raise", "cut"),
    ("strong", "weak"), ("sharply", "slightly"), ("heavily", "slightly"), ("quickly", "slowly"),
]

NUMBER_WORDS = {
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
           "hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "half": 0.5,
           "dozen": 12, "halved": 0.5, "both": 2},
    "es": {"cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
           "sesenta": 60, "cien": 100, "mil": 1000, "millón": 1e6, "millones": 1e6,
           "mitad": 0.5, "ambos": 2},
    "de": {"null": 0, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1,
           "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
           "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
           "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
           "hundert": 100, "tausend": 1000, "million": 1e6, "millionen": 1e6, "halbiert": 0.5,
           "beiden": 2, "beide": 2},
    "fr": {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "vingt": 20,
           "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
           "mille": 1000, "million": 1e6, "millions": 1e6, "moitié": 0.5},
    "ru": {"ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "трое": 3, "троих": 3,
           "четыре": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "восемь": 8,
           "девять": 9, "десять": 10, "двадцать": 20, "двадцати": 20, "тридцать": 30,
           "сто": 100, "тысяча": 1000, "тысячи": 1000, "миллион": 1e6, "миллионов": 1e6,
           "вдвое": 0.5, "двух": 2, "обе": 2, "обеих": 2},
}

# lower-case month and weekday names -> canonical index
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ru": "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр",
}
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "ru": "понедельник вторник сред четверг пятниц суббот воскресень",
}
RELATIVE_DATES = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "ayer": -1, "hoy": 0, "mañana": 1,
    "nowadays": 0, "currently": 0, "actualidad": 0, "actualmente": 0, "heutzutage": 0,
    "derzeit": 0, "actuellement": 0, "сейчас": 0, "ныне": 0, "now": 0, "ahora": 0,
    "jetzt": 0, "maintenant": 0, "теперь": 0,
    "gestern": -1, "heute": 0, "morgen": 1, "hier": -1, "aujourd'hui": 0, "demain": 1,
    "вчера": -1, "сегодня": 0, "завтра": 1,
}

UNIT_FACTORS = {  # value in a base unit; pairs in the same base are comparable
    "km": ("m", 1000.0), "kilometres": ("m", 1000.0), "kilometers": ("m", 1000.0),
    "км": ("m", 1000.0), "miles": ("m", 1609.344), "mile": ("m", 1609.344),
    "kg": ("g", 1000.0), "pounds": ("g", 453.6), "lb": ("g", 453.6),
    "gb": ("B", 1e9), "go": ("B", 1e9), "гб": ("B", 1e9), "mb": ("B", 1e6), "mo": ("B", 1e6),
    "мб": ("B", 1e6), "kb": ("B", 1e3), "ko": ("B", 1e3), "tb": ("B", 1e12), "to": ("B", 1e12),
}
_TIME_UNITS = {  # seconds; singular and plural forms in en es de fr ru it
    60: "minute minutes minuto minutos minute minuten minute minutes минута минуты минут minuti",
    3600: "hour hours hora horas stunde stunden heure heures час часа часов ora ore",
    86400: "day days día días tag tage tagen jour jours день дня дней giorno giorni",
    604800: "week weeks semana semanas woche wochen semaine semaines неделя недели недель "
            "settimana settimane",
    2592000: "month months mes meses monat monate monaten mois месяц месяца месяцев mese mesi",
    31536000: "year years año años jahr jahre jahren an ans année années год года лет anno anni",
}
for _secs, _names in _TIME_UNITS.items():
    for _n in _names.split():
        UNIT_FACTORS.setdefault(_n, ("s", float(_secs)))

# How often: compared like dates ("weekly" vs "täglich" is drift).
FREQUENCY = {
    "hourly": 1, "stündlich": 1, "ежечасно": 1,
    "daily": 2, "täglich": 2, "tägliche": 2, "täglichen": 2, "diario": 2, "diaria": 2,
    "quotidien": 2, "quotidienne": 2, "ежедневно": 2, "ежедневный": 2, "ежедневную": 2,
    "quotidiano": 2, "quotidiana": 2,
    "weekly": 3, "wöchentlich": 3, "wöchentliche": 3, "wöchentlichen": 3, "semanal": 3,
    "hebdomadaire": 3, "еженедельно": 3, "еженедельный": 3, "еженедельную": 3, "settimanale": 3,
    "monthly": 4, "monatlich": 4, "monatliche": 4, "mensual": 4, "mensuel": 4, "mensuelle": 4,
    "ежемесячно": 4, "ежемесячный": 4, "mensile": 4,
    "yearly": 5, "annually": 5, "annual": 5, "jährlich": 5, "jährliche": 5, "anual": 5,
    "annuel": 5, "annuelle": 5, "ежегодно": 5, "ежегодный": 5, "annuale": 5,
}


def month_day_names() -> dict[str, tuple[str, int]]:
    """Lower-case stem -> ("month"|"weekday", index)."""
    out: dict[str, tuple[str, int]] = {}
    for kind, table in (("month", MONTHS), ("weekday", WEEKDAYS)):
        for names in table.values():
            for i, name in enumerate(names.split()):
                out[name] = (kind, i)
    return out


# Negative concord: after a negation in the same clause these repeat it ("no … ningún",
# "ne … jamais", "не … никогда"); they count only when no negation came just before.
CONCORD = {
    "en": {"nor", "any"},
    "es": {"nada", "nadie", "ningún", "ninguno", "ninguna", "nunca", "jamás", "tampoco", "ni"},
    "fr": {"jamais", "rien", "aucun", "aucune", "nullement", "ni", "pas", "plus"},
    "ru": {"ни", "никогда", "ничего", "никто", "нигде"},
    "it": {"mai", "nessuno", "nessuna", "niente", "nulla", "né", "neanche"},
    "pt": {"nunca", "nenhum", "nenhuma", "nada", "ninguém", "nem", "jamais"},
    "sr": {"ni", "nikada", "ništa", "niko", "ни", "никада", "ништа", "нико"},
}
# "el peor brote jamás visto" = "the worst outbreak ever": not a negation after a superlative
SUPERLATIVE_EVER = {"es": ({"jamás", "nunca"}, {"peor", "mejor", "mayor", "menor", "más"}),
                    "fr": ({"jamais"}, {"pire", "meilleur", "meilleure", "plus"}),
                    "it": ({"mai"}, {"peggiore", "migliore", "più"})}

# Words that carry negative polarity without a negation cue ("failed" = "did not succeed",
# "offline" = "without connection"). They count towards a side's polarity so that
# "Sync failed" / "Синхронизация не удалась" or "offline" / "sin conexión" stay balanced.
NEG_LEXICAL = {
    "en": {"fail", "fails", "failed", "failure", "unable", "offline", "lack", "lacks", "lacking",
           "missing", "impossible", "unavailable", "invalid", "incorrect", "absent",
           "forbidden", "prohibited", "reject", "rejects", "rejected", "unsuccessful", "avoid",
           "avoids", "avoided", "avoiding", "shortage", "shortages", "outage", "outages",
           "absence"},
    "es": {"falló", "fallo", "fallida", "fallido", "imposible", "inválido", "inválida",
           "incorrecto", "incorrecta", "falta", "faltan", "prohibido", "rechaza", "rechazado",
           "evitar", "evita", "evitó", "evitan", "evitando"},
    "de": {"fehlgeschlagen", "misslungen", "unmöglich", "ungültig", "falsch", "fehlt", "fehlen",
           "offline", "verboten", "abgelehnt", "scheiterte", "gescheitert", "vermeiden",
           "vermeidet", "vermied"},
    "fr": {"échoué", "échec", "impossible", "invalide", "incorrect", "incorrecte", "manque",
           "manquant", "interdit", "rejeté", "hors-ligne", "éviter", "évite", "évité"},
    "ru": {"ошибка", "сбой", "невозможно", "недоступен", "недоступно", "неверный", "неверно",
           "запрещено", "отклонен", "отклонено", "избегать", "избежать", "избегает"},
    "it": {"fallito", "fallita", "impossibile", "offline", "mancante", "evitare", "evita"},
}


# Mutually exclusive English alternatives. For an English side, drift builds the variant with
# each alternative and asks the encoder whether the other side is closer to the variant than to
# the text as written: "lost" vs "ganó" comes out closer to "won". Near-synonyms (may/might/could)
# are deliberately not grouped together.
CONTRASTS = [g.split() for g in """
all most half none | all some | every some | most few | many few | always never | always sometimes
will might | must may | certainly possibly | slightly sharply | small large | short long | young old
high low | higher lower | more less | more fewer | early late | earlier later | first last
before after | above below | north south | east west | northern southern | eastern western
inside outside | public private | local foreign | local imported | free paid | cheap expensive
rich poor | hot cold | open closed | alone together | gradually immediately | increase decrease
increased decreased | increases decreases | rise fall | rises falls | rose fell | risen fallen
won lost | win lose | wins loses | accept reject | accepted rejected | allowed banned | allow ban
support oppose | supports opposes | supported opposed | attack withdraw | bought sold | buy sell
arrived left | began ended | lend borrow | lends borrows | lent borrowed | man woman | men women
son daughter | husband wife | father mother | brother sister | day night | morning evening
spring autumn | summer winter | yesterday tomorrow | daily weekly monthly yearly
minutes hours days weeks months years | minute hour day week month year
dozens hundreds thousands millions | cancelled postponed | confirmed denied | admitted denied
partly fully | still longer | easy difficult | safe dangerous | legal illegal | true false
strong weak | stronger weaker | quickly slowly | best worst | better worse | won drew
""".replace("\n", " | ").split("|") if g.strip()]
