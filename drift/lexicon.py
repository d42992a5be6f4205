"""Small per-language word lists the checks use: stopwords, negation cues, numbers, dates."""

from __future__ import annotations

STOPWORDS = {
    "en": "a an the of to in on at for by with from and or but as is are was were be been being "
          "it its this that these those he she they we you i his her their our your my me him them "
          "us there here so than then which who whom whose what when where how also just very "
          "has have had do does did will would can could should may might must shall into about "
          "over after before up out if not no during between among within across toward towards "
          "upon onto per via whether because since although though while according",
    "es": "el la los las un una unos unas de del a al en y o pero que por para con sin se su sus "
          "es son fue era ser ha han había lo le les como más muy ya este esta estos estas ese esa "
          "eso al cual quien donde cuando también no ni sea sean fueron eran está están estaba "
          "estaban estar sido hay hubo habían entre sobre durante hasta desde hacia tras mediante "
          "según aunque porque pues nos me te mi mis tu tus nuestro nuestra nuestros nuestras cuyo "
          "cuya cuyos cuyas ello ella ellos ellas él",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber dass zu in im "
          "an am auf für von mit bei aus nach vor sich sein seine ihr ihre ist sind war waren "
          "wird werden hat haben hatte es er sie wir auch so wie als noch nicht kein keine "
          "wurde wurden worden habe hatten hätte seien sei wäre würde wären gewesen bin bist seid "
          "vom zum zur beim ins ans durch zwischen während seit bis ab wegen dieser diese dieses "
          "diesem diesen welche welcher welches deren dessen man ihm ihn ihnen uns mich mir "
          "seinen seinem seiner ihren ihrem ihrer unser unsere da dort hier weil ob wenn denn",
    "fr": "le la les un une des de du d l à au aux en et ou mais que qu qui pour par avec sans "
          "sur dans se s sa son ses leur leurs est sont était été être a ont avait ce cette ces il "
          "elle ils elles nous vous on ne n pas plus très aussi comme étaient sera seront serait "
          "fut soit avaient aura eu entre chez pendant depuis vers lors dont où lui y cet ceux "
          "celle celles celui notre nos votre vos mon ma mes car donc j m t c",
    "ru": "и в во на с со к ко по о об от до из у за для не ни что как это этот эта эти тот та "
          "те он она они мы вы я его её их наш ваш был была были быть есть будет а но или же ли "
          "бы уже также тех том тем того этом этого этой этих этим которые который которая "
          "которое которых которым чтобы ее им ими них нем ней себя собой свой своей свои своих "
          "своим при через между среди было будут будем является являются",
    "sr": "и у на са с к по о од до из за за не ни што како је су био била били бити ће а али "
          "или да се његов њен њихов наш ваш",
}
STOP = {lang: set(words.split()) for lang, words in STOPWORDS.items()}
# Function words of languages drift has no other lists for, used only to vote on the language
# of a text (so that Italian or Portuguese is not voted Spanish)
DETECT_ONLY_STOP = {
    "it": set("il lo la l i gli le un uno una di d del dell della dei delle da dal dall dalla in "
              "nel nell nella con all alla sull sulla "
              "su per tra fra e o ma che chi non è sono era erano essere ha hanno aveva questo "
              "questa quello quella anche come più molto già".split()),
    "pt": set("o a os as um uma uns umas de do da dos das em no na nos nas por para com sem e ou "
              "mas que não é são foi era ser tem têm este esta isso essa também como mais muito "
              "já ao à pelo pela".split()),
    "nl": set("de het een van in op aan met voor door en of maar dat die niet is zijn was waren "
              "heeft hebben dit deze ook als meer zeer al bij naar om te er".split()),
}
# Function words of two more languages drift meets, for content words only
MORE_STOP = {
    "pl": set("i w we na z ze do od o u za dla przez po przy nie się że jak to ten ta te jest są "
              "był była było byli będzie a ale lub czy co który która które jego jej ich".split()),
    "uk": set("і й та в у на з зі до від по про за для через не ні що як це цей ця ці той ті він "
              "вона воно вони ми ви я його її їх був була були бути є буде а але або чи який "
              "яка які".split()),
}


MORE_STOP.update({
    "el": set("ο η το οι τα του της των τον την τους τις ένα ένας μια και ή αλλά που να θα με "
              "σε για από στο στη στην στον στα στις στους ως είναι ήταν έχει έχουν αυτό αυτή "
              "αυτός".split()),
    "sv": set("och i att det som en ett på är av för med till den har de om var men så från "
              "eller vid när kan ska sig".split()),
    "tr": set("ve bir bu da de için ile ne çok daha gibi olarak olan en o şu ama ya ki".split()),
    "ar": set("في من على إلى عن أن إن ما هذا هذه ذلك التي الذي و ثم أو قد كان كانت مع بين حتى "
              "يوم".split()),
})
# Chinese function characters and words, as sub-word pieces come out of the tokenizer
MORE_STOP["zh"] = set("的 了 在 是 和 与 及 将 把 被 也 都 就 而 并 等 对 从 向 于 以 为 之 其 这 那 "
                      "个 着 过 吗 呢 吧 啊 说 要 会 能 已 已经 还 又 但 或 如果 因为 所以 "
                      "名 位 只 条 件 辆 座 张 次".split())  # the last: measure words ("三名男子")


def stop_words(lang: str) -> set[str]:
    """Function words of a language: the full lists where drift has them, else the shorter ones
    kept for language voting (so that "de" is no content word of Portuguese)."""
    return STOP.get(lang) or DETECT_ONLY_STOP.get(lang) or MORE_STOP.get(lang, set())

# pairs of ANTONYMS_EN whose words differ in strength, not in direction: a nuance (medium)
STRENGTH_EN = [("retaliatory", "reciprocal"), ("will", "might"), ("certainly", "possibly"),
               ("must", "may"), ("always", "sometimes"), ("sharply", "slightly"),
               ("heavily", "slightly")]

NEGATION = {
    "en": {"not", "n't", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without",
           "cannot", "nowhere", "refuse", "refused", "refuses", "refusing", "deny", "denied",
           "denies", "denying"},
    "es": {"no", "nunca", "nadie", "nada", "ni", "sin", "jamás", "tampoco", "ningún", "ninguna",
           "ninguno", "negó", "niega", "negaron", "rechazó", "desmintió", "desmiente",
           "desmintieron"},
    "de": {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
           "nichts", "niemand", "ohne", "weder", "bestritt", "bestreitet", "lehnte",
           "dementierte", "dementiert", "weigerte", "weigert", "weigerten", "verweigerte",
           "verweigert"},
    "fr": {"ne", "n", "jamais", "rien", "aucun", "aucune", "sans", "ni", "nullement",
           "refusé", "refuse", "démenti", "dément", "nié", "nie", "nient"},
    "ru": {"не", "нет", "ни", "никогда", "ничего", "никто", "без", "нельзя", "отрицала",
           "отрицал", "отрицает", "отрицают", "опроверг", "опровергла", "опровергли",
           "опровергает", "опровергают", "отказался", "отказалась", "отказались", "отказывается",
           "отказываются", "отказал", "отказала", "отказали", "отказывались", "отказывался",
           "отказывалась", "отказываемся", "отказываюсь"},
    "sr": {"не", "нема", "ни", "никада", "ништа", "нико", "без", "ne", "nema", "nikada", "ništa",
           "niko", "bez"},
    "it": {"non", "mai", "nessuno", "nessuna", "nessun", "niente", "nulla", "senza", "né", "neanche",
           "negato", "negò", "negano", "smentito", "smentisce", "rifiutato", "rifiutò"},
    "pt": {"não", "nunca", "nenhum", "nenhuma", "nada", "ninguém", "sem", "nem", "jamais",
           "negou", "negaram", "nega", "desmentiu", "recusou", "recusaram"},
    # explicit negation in further languages (their other rules are not written): a dropped
    # "nie" / "niet" / "inte" must still flip the polarity
    "pl": {"nie", "nigdy", "nic", "nikt", "żaden", "żadna", "żadne", "żadnych", "bez", "ani",
           "zaprzeczył", "zaprzeczyła", "zaprzeczyli", "zaprzecza", "odmówił", "odmówiła", "odmówili"},
    "uk": {"не", "ні", "ніколи", "нічого", "ніхто", "без", "немає", "заперечив", "заперечила",
           "заперечили", "відмовився", "відмовилася", "відмовилися"},
    # Czech and Slovak write "ne-" onto the verb: the commonest negated verbs are listed
    "cs": {"ne", "nikdy", "nic", "nikdo", "žádný", "žádná", "žádné", "bez", "ani", "není",
           "nejsou", "nebude", "nebudou", "nemá", "nemají", "nemůže", "nemohou", "nemohl",
           "nemohla", "neměl", "neměla", "neměli", "nechce", "nechtějí", "neví", "nevím", "nebyl",
           "popřel", "popřela", "popřeli", "odmítl", "odmítla", "odmítli",
           "nebyla", "nebylo", "nebyli", "nelze", "nesmí", "neplatí"},
    "sk": {"nie", "nikdy", "nič", "nikto", "žiadny", "žiadna", "žiadne", "bez", "ani", "nebude",
           "nebudú", "nemá", "nemajú", "nemôže", "nemôžu", "nemohol", "nemala", "nemal", "nechce",
           "nevie", "nebol", "nebola", "nebolo", "neboli", "nesmie"},
    "nl": {"niet", "geen", "nooit", "niets", "niemand", "zonder", "noch", "ontkende", "ontkenden",
           "ontkent", "weigerde", "weigerden"},
    "sv": {"inte", "ej", "ingen", "inget", "inga", "aldrig", "ingenting", "utan", "förnekade",
           "förnekar", "vägrade", "vägrar"},
    "da": {"ikke", "ingen", "intet", "aldrig", "ingenting", "uden"},
    "no": {"ikke", "ingen", "intet", "aldri", "ingenting", "uten"},
    "ro": {"nu", "niciodată", "nimic", "nimeni", "niciun", "nicio", "fără"},
    "ca": {"no", "mai", "res", "ningú", "cap", "sense"},
    "el": {"δεν", "μην", "μη", "ποτέ", "τίποτα", "κανείς", "χωρίς", "ούτε"},
    "hu": {"nem", "sem", "soha", "semmi", "senki", "nélkül", "ne"},
    "fi": {"ei", "en", "et", "emme", "ette", "eivät", "ilman", "koskaan"},
    "ar": {"لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لست", "بدون"},
    "he": {"לא", "אין", "אינו", "אינה", "אינם", "בלי", "ללא", "אף", "מעולם"},
    "hi": {"नहीं", "न", "मत", "बिना", "कभी"},
    "id": {"tidak", "tak", "bukan", "belum", "jangan", "tanpa", "tiada"},
    "vi": {"không", "chưa", "chẳng", "đừng"},
}
# Chinese negation by character; the compounds that only look negative are left out ("不同"
# different, "不过" however, "非常" very, "未来" future, "无论" regardless, "不得不" must)
CJK_NEGATION = (r"(?:(?<!不得)不(?!过|同|少|断|仅|但|管|久|论|错|得不|一定|好)|禁止|"
                r"(?<![淹沉埋出吞])没(?!收)有?|未(?!来)|無(?!論)|无(?!论)|非(?!常)|否认|拒绝|避免|取消)")
# ("淹没" flooded, "沉没" sank, "没收" confiscate, the second "不" of "不得不" must, "不好" bad;
# "否认" denied, "拒绝" refused, "避免" avoid and "禁止" ban stand for "denied", "refused",
# "avoid … / not to …", "may not")
# Japanese negative endings, not the "ない" of adjectives ("少ない" few, "危ない" dangerous)
JA_NEGATION = (r"(?<![少危幼汚切])(?<!しれ)(?<!ければなら)(?<!くてはなら)(?<!を得)"
               r"(?:なかった|ない|ません)|ではなく|じゃなく|否定|禁止|なし(?=[にで])|中止|避け|"
               r"不要|不可(?!欠)")
# ("かもしれない" may, "しなければならない" must, "ざるを得ない" cannot but are no negations;
# "否定した" denied, "同意なしに" without consent are; so is "中止" cancelled, as "cancelled" is
# in English; words for closed or postponed are not: English "close" and "delayed" are no cues;
# "不要" unnecessary and "不可" not allowed are, "不可欠" indispensable is not)
# Turkish: "değil", "yok", and the negative suffix of the verb ("artırmayacak", "gelmedi",
# "bilmiyor", "olmaz"), searched inside each word
TR_NEGATION = (r"^(?:değil|yok)|(?:mayacak|meyecek|madı|medi|mıyor|miyor|muyor|müyor|mamış|memiş|"
               r"mayan|meyen)|(?:maz|mez)$")
# Korean: "않다" (not), "못" (cannot), "없다" (there is no), a free-standing "안" before a verb
KO_NEGATION = r"(?:않|(?<!잘)못|없|(?<![가-힣])안(?=\s)|부인했|부인하|거부|금지|취소|피하|지\s*(?:말|마))"
# ("부인했다" denied, "거부" refusal, "하지 말라" do not, "피하다" avoid; "잘못" wrongly is none)
# Czech and Slovak are close and often told apart wrongly by langdetect: each reads both lists
NEGATION["cs"] = NEGATION["sk"] = NEGATION["cs"] | NEGATION["sk"]
# a past-tense verb with "ne-" is negated in Czech and Slovak ("nevyrobila" = did not make);
# nouns and adjectives that begin with "ne" do not end like past-tense verbs
CS_SK_NEGATED_PAST = r"^ne(?!j)[a-záčďéěíňóřšťúůýž]{2,}(?:l|la|lo|li|ly)$"
# phrases that negate the alternative they introduce ("a first step rather than a final
# solution" = "a first step, not a final solution"), "unless" = "if not", "has yet to" = "has
# not yet"; the last word stands for the phrase
NEGATING_PHRASES = {
    "en": [("rather", "than"), ("instead", "of"), ("unless",), ("yet", "to"), ("still", "to")],
    "es": [("en", "lugar", "de"), ("en", "vez", "de"), ("a", "menos", "que")],
    "fr": [("plutôt", "que"), ("au", "lieu", "de"), ("à", "moins", "que"), ("à", "moins", "qu'")],
    "de": [("statt",), ("anstatt",), ("es", "sei", "denn")],
    "ru": [("вместо",)],
    "it": [("invece", "di"), ("anziché",), ("piuttosto", "che"), ("a", "meno", "che")],
    "pt": [("em", "vez", "de"), ("em", "lugar", "de"), ("ao", "invés", "de"), ("a", "menos", "que")],
    "nl": [("in", "plaats", "van"), ("tenzij",), ("eerder", "dan")],
    "sv": [("i", "stället", "för"), ("istället", "för"), ("snarare", "än")],
    "da": [("i", "stedet", "for"), ("snarere", "end")],
    "no": [("i", "stedet", "for"), ("istedenfor",), ("snarere", "enn")],
    "pl": [("zamiast",)],
    "uk": [("замість",)],
    "ro": [("în", "loc", "de"), ("în", "loc", "să")],
}
# a negation before these words affirms: "without delay" = at once, "sans doute" = certainly
AFFIRMING_AFTER_NEGATION = (
    "duda", "doubt", "doute", "сомнени", "zweifel", "dubbio", "delay", "question", "fail",
    "exception", "hesitat", "demora", "tardanza", "retraso", "dilación", "excepción", "verzöger",
    "zöger", "ausnahme", "délai", "tarder", "exception", "hésit", "промедлени", "задержк",
    "исключени", "колебани", "cuestion", "discusi", "frage", "вопрос",
    # "at no charge", "sin costo", "sans frais", "ohne Kosten", "без оплаты" = free
    "charge", "cost", "extra", "coste", "costo", "cargo", "frais", "kosten", "оплат", "плат",
    # "no later than", "no less than", "no menos de" = at the latest, at least
    "later", "earlier", "sooner", "less", "fewer", "menos",
    # "sin problemas", "sans encombre", "without incident", "без происшествий" = smoothly
    "problem", "encombre", "incident", "hitch", "hiccup", "trouble", "проблем", "происшеств",
    "zwischenf", "störung", "schwierigkeit",
    # "without paying", "sin pagar", "sans payer", "ohne zu bezahlen" = free
    "pay", "pag", "paie", "zahl", "bezahl")
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
    ("killed", "injured"), ("killed", "wounded"), ("initial", "final"), ("first", "final"),
    ("leave", "stay"), ("leave", "staying"), ("leave", "remain"), ("leave", "remaining"),
    ("quit", "stay"), ("leaving", "staying"), ("changed", "same"), ("changed", "remains"),
    ("change", "same"), ("change", "remain"),
]

NUMBER_WORDS = {
    "en": {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
           "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
           "thousand": 1000, "million": 1e6, "billion": 1e9, "half": 0.5, "dozen": 12,
           "halved": 0.5, "both": 2, "couple": 2, "bilateral": 2, "twice": 2, "double": 2, "doubled": 2,
           "tripled": 3, "triple": 3, "thrice": 3, "quadrupled": 4, "twenties": 20,
           "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
           "eighties": 80, "nineties": 90,
           "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9},
    "es": {"cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
           "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
           "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
           "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200,
           "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
           "quinientos": 500, "quinientas": 500, "seiscientos": 600, "setecientos": 700,
           "ochocientos": 800, "novecientos": 900, "mil": 1000, "millón": 1e6, "millones": 1e6,
           "mitad": 0.5, "ambos": 2, "ambas": 2, "doble": 2, "duplicó": 2, "cientos": 100,
           "triplicó": 3, "triple": 3, "triplicado": 3, "triplicada": 3, "triplicaron": 3,
           "duplicado": 2, "duplicada": 2, "duplicaron": 2, "docena": 12, "docenas": 12, "decena": 10,
           "veintena": 20, "centenar": 100,
           "miles": 1000},
    "de": {"null": 0, "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eins": 1,
           "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
           "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
           "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
           "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
           "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "tausend": 1000,
           "million": 1e6, "millionen": 1e6, "halbiert": 0.5, "beiden": 2, "beide": 2,
           "zweimal": 2, "doppelt": 2, "verdoppelt": 2, "hunderte": 100, "tausende": 1000,
           "hälfte": 0.5,
           "dreimal": 3, "verdreifacht": 3, "dutzend": 12, "anderthalb": 1.5, "eineinhalb": 1.5,
           "zweieinhalb": 2.5, "dreieinhalb": 3.5},
    "fr": {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
           "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
           "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
           "mille": 1000, "million": 1e6, "millions": 1e6, "moitié": 0.5, "deux-tiers": 0.67,
           "double": 2, "doublé": 2, "centaines": 100, "milliers": 1000, "triplé": 3,
           "douzaine": 12, "douzaines": 12, "dizaine": 10, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "quinzaine": 15},
    "ru": {"ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одну": 1,
           "десяток": 10, "десятка": 10, "дюжина": 12,
           "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трёх": 3, "трех": 3,
           "трём": 3, "трем": 3, "тремя": 3, "трое": 3, "троих": 3, "двое": 2, "двоих": 2,
           "четыре": 4, "четырёх": 4,
           "четырех": 4, "четырьмя": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
           "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
           "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
           "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
           "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20,
           "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
           "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70,
           "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90,
           "девяноста": 90, "сто": 100, "ста": 100, "двести": 200, "двухсот": 200,
           "триста": 300, "трехсот": 300, "трёхсот": 300, "четыреста": 400, "четырехсот": 400,
           "четырёхсот": 400, "пятьсот": 500, "пятисот": 500, "шестьсот": 600, "семьсот": 700,
           "восемьсот": 800, "девятьсот": 900, "тысяча": 1000, "тысячи": 1000, "тысяч": 1000,
           "тысячу": 1000, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
           "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "вдвое": 2, "обе": 2, "дважды": 2,
           "обеих": 2, "оба": 2, "обоих": 2, "полтора": 1.5, "полторы": 1.5, "сотни": 100,
           "сотен": 100, "половина": 0.5, "половины": 0.5, "половину": 0.5, "половиной": 0.5},
}
for _lang, _teens in (("ru", "надцати"),):  # oblique forms of 11-19: "пятнадцати"
    NUMBER_WORDS[_lang].update({w[:-len("надцать")] + _teens: v for w, v in
                                list(NUMBER_WORDS[_lang].items()) if w.endswith("надцать")})
# thousands of millions in the languages that say so ("deux milliards", "zwei Milliarden",
# "mil millones" is read as "mil" times "millones")
for _lang, _words in (("fr", "milliard milliards"), ("de", "milliarde milliarden"),
                      ("es", "millardo millardos"), ("nl", "miljarden"),
                      ("uk", "мільярд мільярди мільярдів")):
    NUMBER_WORDS.setdefault(_lang, {}).update({w: 1e9 for w in _words.split()})
# words that multiply what precedes them inside one number: "two hundred", "deux cents"
NUMBER_MULTIPLIERS = {"hundred", "hundert", "cent", "cents", "dozen", "thousand", "tausend",
                      "mille", "mil", "тысяча", "тысячи", "тысяч", "тысячу", "million", "millions",
                      "millionen", "millón", "millones", "миллион", "миллиона", "миллионов",
                      "billion", "миллиард", "миллиарда", "миллиардов", "douzaine", "douzaines",
                      "docena", "docenas", "dutzend", "десяток", "десятка", "дюжина", "dizaine",
                      "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine",
                      "centaine", "centaines", "quinzaine", "decena", "veintena", "centenar",
                      "milliards", "milliarde", "milliarden", "millardo", "millardos",
                      "miljarden", "мільярд", "мільярди", "мільярдів"}

# number words of further languages (cardinals to 20, tens, hundreds, large units, halves)
def _table(spec: str) -> dict[str, float]:
    out = {}
    for item in spec.split():
        word, value = item.rsplit("=", 1)
        out[word] = float(value)
    return out


NUMBER_WORDS.update({
    # Italian "sei" (6) is also "you are": left out
    "it": _table("zero=0 uno=1 una=1 due=2 tre=3 quattro=4 cinque=5 sette=7 otto=8 nove=9 "
                 "dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 "
                 "diciassette=17 diciotto=18 diciannove=19 venti=20 trenta=30 quaranta=40 "
                 "cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90 cento=100 "
                 "duecento=200 trecento=300 mille=1000 mila=1000 milione=1e6 milioni=1e6 "
                 "miliardo=1e9 miliardi=1e9 metà=0.5 entrambi=2 entrambe=2 doppio=2 "
                 "centinaia=100 migliaia=1000 dozzina=12 decina=10"),
    "pt": _table("zero=0 um=1 uma=1 dois=2 duas=2 três=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 "
                 "nove=9 dez=10 onze=11 doze=12 treze=13 catorze=14 quatorze=14 quinze=15 "
                 "dezesseis=16 dezasseis=16 dezessete=17 dezassete=17 dezoito=18 dezenove=19 "
                 "dezanove=19 vinte=20 trinta=30 quarenta=40 cinquenta=50 sessenta=60 "
                 "setenta=70 oitenta=80 noventa=90 cem=100 cento=100 duzentos=200 duzentas=200 "
                 "trezentos=300 trezentas=300 quinhentos=500 quinhentas=500 mil=1000 "
                 "milhão=1e6 milhões=1e6 bilhão=1e9 bilhões=1e9 metade=0.5 ambos=2 ambas=2 "
                 "dobro=2 centenas=100 milhares=1000 dúzia=12 dezena=10"),
    "nl": _table("nul=0 een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 "
                 "tien=10 elf=11 twaalf=12 dertien=13 veertien=14 vijftien=15 zestien=16 "
                 "zeventien=17 achttien=18 negentien=19 twintig=20 dertig=30 veertig=40 "
                 "vijftig=50 zestig=60 zeventig=70 tachtig=80 negentig=90 honderd=100 "
                 "duizend=1000 miljoen=1e6 miljard=1e9 helft=0.5 beide=2 beiden=2 dubbel=2 "
                 "honderden=100 duizenden=1000 dozijn=12"),
    "sv": _table("noll=0 en=1 ett=1 två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 "
                 "elva=11 tolv=12 tretton=13 fjorton=14 femton=15 sexton=16 sjutton=17 "
                 "arton=18 nitton=19 tjugo=20 trettio=30 fyrtio=40 femtio=50 sextio=60 "
                 "sjuttio=70 åttio=80 nittio=90 hundra=100 tusen=1000 miljon=1e6 miljoner=1e6 "
                 "miljard=1e9 miljarder=1e9 hälften=0.5 båda=2 dubbelt=2 hundratals=100 "
                 "tusentals=1000"),
    "da": _table("nul=0 en=1 et=1 to=2 tre=3 fire=4 fem=5 seks=6 syv=7 otte=8 ni=9 ti=10 "
                 "elleve=11 tolv=12 tretten=13 fjorten=14 femten=15 seksten=16 sytten=17 "
                 "atten=18 nitten=19 tyve=20 tredive=30 fyrre=40 halvtreds=50 tres=60 "
                 "halvfjerds=70 firs=80 halvfems=90 hundrede=100 tusind=1000 million=1e6 "
                 "millioner=1e6 milliard=1e9 milliarder=1e9 halvdelen=0.5 begge=2"),
    "no": _table("null=0 en=1 ett=1 ei=1 to=2 tre=3 fire=4 fem=5 seks=6 sju=7 syv=7 åtte=8 "
                 "ni=9 ti=10 elleve=11 tolv=12 tretten=13 fjorten=14 femten=15 seksten=16 "
                 "sytten=17 atten=18 nitten=19 tjue=20 tretti=30 førti=40 femti=50 seksti=60 "
                 "sytti=70 åtti=80 nitti=90 hundre=100 tusen=1000 million=1e6 millioner=1e6 "
                 "milliard=1e9 milliarder=1e9 halvparten=0.5 begge=2"),
    "pl": _table("zero=0 jeden=1 jedna=1 jedno=1 dwa=2 dwie=2 dwóch=2 dwoje=2 trzy=3 trzech=3 "
                 "troje=3 cztery=4 czterech=4 pięć=5 pięciu=5 sześć=6 sześciu=6 siedem=7 "
                 "siedmiu=7 osiem=8 ośmiu=8 dziewięć=9 dziewięciu=9 dziesięć=10 dziesięciu=10 "
                 "jedenaście=11 jedenastu=11 dwanaście=12 dwunastu=12 trzynaście=13 "
                 "trzynastu=13 czternaście=14 czternastu=14 piętnaście=15 piętnastu=15 "
                 "szesnaście=16 szesnastu=16 siedemnaście=17 siedemnastu=17 osiemnaście=18 "
                 "osiemnastu=18 dziewiętnaście=19 dziewiętnastu=19 dwadzieścia=20 "
                 "dwudziestu=20 trzydzieści=30 trzydziestu=30 czterdzieści=40 "
                 "czterdziestu=40 pięćdziesiąt=50 pięćdziesięciu=50 sześćdziesiąt=60 "
                 "siedemdziesiąt=70 osiemdziesiąt=80 dziewięćdziesiąt=90 sto=100 stu=100 "
                 "dwieście=200 trzysta=300 pięćset=500 tysiąc=1000 tysiące=1000 tysięcy=1000 "
                 "milion=1e6 miliony=1e6 milionów=1e6 miliard=1e9 miliardy=1e9 miliardów=1e9 "
                 "połowa=0.5 połowę=0.5 oba=2 obie=2 obaj=2 setki=100 tysiące=1000"),
    "cs": _table("nula=0 jeden=1 jedna=1 jedno=1 dva=2 dvě=2 dvou=2 tři=3 tří=3 třech=3 "
                 "čtyři=4 čtyř=4 pět=5 pěti=5 šest=6 šesti=6 sedm=7 sedmi=7 osm=8 osmi=8 "
                 "devět=9 devíti=9 deset=10 deseti=10 jedenáct=11 dvanáct=12 třináct=13 "
                 "čtrnáct=14 patnáct=15 šestnáct=16 sedmnáct=17 osmnáct=18 devatenáct=19 "
                 "dvacet=20 třicet=30 čtyřicet=40 padesát=50 šedesát=60 sedmdesát=70 "
                 "osmdesát=80 devadesát=90 sto=100 set=100 tisíc=1000 tisíce=1000 "
                 "milion=1e6 miliony=1e6 milionů=1e6 miliarda=1e9 miliard=1e9 polovina=0.5 "
                 "polovinu=0.5 oba=2 obě=2 stovky=100 tisíce=1000"),
    "uk": _table("нуль=0 один=1 одна=1 одне=1 одного=1 два=2 дві=2 двох=2 три=3 трьох=3 "
                 "чотири=4 чотирьох=4 п'ять=5 п’ять=5 п'яти=5 п’яти=5 шість=6 шести=6 сім=7 "
                 "семи=7 вісім=8 восьми=8 дев'ять=9 дев’ять=9 дев'яти=9 дев’яти=9 десять=10 "
                 "десяти=10 одинадцять=11 дванадцять=12 тринадцять=13 чотирнадцять=14 "
                 "п'ятнадцять=15 п’ятнадцять=15 шістнадцять=16 сімнадцять=17 "
                 "вісімнадцять=18 дев'ятнадцять=19 дев’ятнадцять=19 двадцять=20 "
                 "тридцять=30 сорок=40 п'ятдесят=50 п’ятдесят=50 шістдесят=60 сімдесят=70 "
                 "вісімдесят=80 дев'яносто=90 дев’яносто=90 сто=100 двісті=200 триста=300 "
                 "тисяча=1000 тисячі=1000 тисяч=1000 мільйон=1e6 мільйони=1e6 мільйонів=1e6 "
                 "мільярд=1e9 мільярдів=1e9 половина=0.5 половину=0.5 половини=0.5 обидва=2 обидві=2 "
                 "сотні=100 тисячі=1000"),
    # Turkish: the bare words; "yüzden" (from a hundred) and "yüzlerce" (hundreds) too
    "tr": _table("sıfır=0 bir=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10 "
                 "yirmi=20 otuz=30 kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90 "
                 "yüz=100 yüzden=100 yüzlerce=100 bin=1000 binlerce=1000 milyon=1e6 "
                 "milyar=1e9 yarısı=0.5"),
})
# "doubled", "tripled" in the languages above ("подвоїлися" = doubled)
for _lang, _spec in {
    "it": "raddoppiato=2 raddoppiata=2 raddoppiati=2 raddoppiate=2 raddoppiò=2 triplicato=3 "
          "triplicata=3 triplicati=3 triplicò=3",
    "pt": "dobrou=2 dobraram=2 duplicou=2 duplicaram=2 duplicado=2 duplicada=2 triplicou=3 "
          "triplicaram=3 triplicado=3",
    "nl": "verdubbeld=2 verdubbelde=2 verdubbelden=2 verdrievoudigd=3 verdrievoudigde=3",
    "sv": "fördubblats=2 fördubblades=2 fördubblat=2 tredubblats=3 tredubblades=3",
    "da": "fordoblet=2 fordobledes=2 tredoblet=3",
    "no": "doblet=2 fordoblet=2 tredoblet=3",
    "pl": "podwoił=2 podwoiła=2 podwoiło=2 podwoiły=2 podwoili=2 dwukrotnie=2 potroił=3 "
          "potroiła=3 potroiły=3 trzykrotnie=3",
    "cs": "zdvojnásobil=2 zdvojnásobila=2 zdvojnásobilo=2 zdvojnásobily=2 ztrojnásobil=3 "
          "ztrojnásobila=3 ztrojnásobily=3",
    "uk": "подвоїлися=2 подвоїлася=2 подвоївся=2 подвоїлося=2 подвоїли=2 подвоїла=2 подвоїв=2 "
          "вдвічі=2 потроїлися=3 потроїлася=3 потроївся=3 втричі=3",
}.items():
    NUMBER_WORDS[_lang].update(_table(_spec))
NUMBER_MULTIPLIERS |= {
    "cento", "mille", "mila", "milione", "milioni", "miliardo", "miliardi", "cem",
    "milhão", "milhões", "bilhão", "bilhões", "honderd", "duizend", "miljoen", "miljard",
    "hundra", "tusen", "miljon", "miljoner", "miljarder", "hundrede", "tusind", "millioner",
    "milliarder", "hundre", "sto", "stu", "tysiąc", "tysiące", "tysięcy", "milion", "miliony",
    "milionów", "miliard", "miliardy", "miliardów", "set", "tisíc", "tisíce", "milionů",
    "miliarda", "тисяча", "тисячі", "тисяч", "мільйон", "мільйони", "мільйонів", "мільярд",
    "мільярдів", "yüz", "bin", "milyon", "milyar", "milliard"}

# lower-case month and weekday names -> canonical index
MONTHS = {
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ru": "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
          "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
# Greek month stems, matched at the start of a word as the Russian ones are ("Μάρτιο",
# "Μαρτίου"); without accents, lower case
EL_MONTHS = "ιανουαρ φεβρουαρ μαρτ απριλ μαι ιουν ιουλ αυγουστ σεπτεμβρ οκτωβρ νοεμβρ δεκεμβρ"
# Ukrainian months, nominative, genitive and locative ("у березні" = in March)
UK_MONTHS = ["січень січня січні", "лютий лютого лютому", "березень березня березні",
             "квітень квітня квітні", "травень травня травні", "червень червня червні",
             "липень липня липні", "серпень серпня серпні", "вересень вересня вересні",
             "жовтень жовтня жовтні", "листопад листопада листопаді", "грудень грудня грудні"]
# Polish months, nominative, genitive and locative; looked up for Polish only ("marca" is also
# the Spanish for "brand")
PL_MONTHS = ["styczeń stycznia styczniu", "luty lutego lutym", "marzec marca marcu",
             "kwiecień kwietnia kwietniu", "maj maja maju", "czerwiec czerwca czerwcu",
             "lipiec lipca lipcu", "sierpień sierpnia sierpniu", "wrzesień września wrześniu",
             "październik października październiku", "listopad listopada listopadzie",
             "grudzień grudnia grudniu"]
WEEKDAYS = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "ru": "понедельник вторник сред четверг пятниц суббот воскресень",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "tr": "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
}
# month and weekday forms of further languages, looked up for that language only (inflected
# forms listed; Swedish, Danish and Norwegian plurals and definite forms too: "lördagar")
def _forms(months: list[str], weekdays: list[str]) -> dict[str, tuple[str, int]]:
    out = {}
    for kind, groups in (("month", months), ("weekday", weekdays)):
        for i, forms in enumerate(groups):
            out.update({form: (kind, i) for form in forms.split()})
    return out


def _nordic_days(stems: str, endings: str) -> list[str]:
    return [" ".join(stem + e for e in [""] + endings.split()) for stem in stems.split()]


LANG_DATE_NAMES = {
    "sv": _forms("januari februari mars april maj juni juli augusti september oktober november "
                 "december".split(),
                 _nordic_days("måndag tisdag onsdag torsdag fredag lördag söndag", "ar en s")),
    "da": _forms("januar februar marts april maj juni juli august september oktober november "
                 "december".split(),
                 _nordic_days("mandag tirsdag onsdag torsdag fredag lørdag søndag", "e en s")),
    "no": _forms("januar februar mars april mai juni juli august september oktober november "
                 "desember".split(),
                 _nordic_days("mandag tirsdag onsdag torsdag fredag lørdag søndag", "er en s")),
    "pl": _forms(PL_MONTHS, [
        "poniedziałek poniedziałki poniedziałku poniedziałkami", "wtorek wtorki wtorku wtorkami",
        "środa środę środy środzie środami", "czwartek czwartki czwartku czwartkami",
        "piątek piątki piątku piątkami", "sobota sobotę soboty sobocie sobotach sobotami",
        "niedziela niedzielę niedziele niedzieli niedzielach niedzielami"]),
    "cs": _forms(["leden ledna lednu", "únor února únoru", "březen března březnu",
                  "duben dubna dubnu", "květen května květnu", "červen června červnu",
                  "červenec července červenci", "srpen srpna srpnu", "září",
                  "říjen října říjnu", "listopad listopadu", "prosinec prosince prosinci"],
                 ["pondělí pondělky", "úterý úterky", "středa středu středy středě",
                  "čtvrtek čtvrtku čtvrtky", "pátek pátku pátky",
                  "sobota sobotu soboty sobotě sobotách", "neděle neděli nedělí nedělích"]),

    "uk": _forms(UK_MONTHS, ["понеділок понеділка понеділки", "вівторок вівторка вівторки",
                             "середа середу середи", "четвер четверга четверги",
                             "п'ятниця п'ятницю п'ятниці п’ятниця п’ятницю п’ятниці",
                             "субота суботу суботи", "неділя неділю неділі"]),
    "pt": _forms([MONTHS["pt"].split()[i] for i in range(12)],
                 ["segunda-feira segundas-feiras", "terça-feira terças-feiras",
                  "quarta-feira quartas-feiras", "quinta-feira quintas-feiras",
                  "sexta-feira sextas-feiras", "sábado sábados", "domingo domingos"]),
    "ro": _forms("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
                 "noiembrie decembrie".split(),
                 ["lunea", "marți marțea", "miercuri miercurea", "joi joia",
                  "vineri vinerea", "sâmbătă sâmbăta", "duminică duminica"]),
}

# weekday adjectives: "w niedzielnym pożarze" (in Sunday's fire), "v sobotním vydání"
_ADJ_ENDINGS = {"pl": "y ym ą e ego ej ych", "sobotn": "i im ią ie iego iej ich", "cs": "- m ho ch"}
for _lang, _stems in (("pl", "poniedziałkow wtorkow środow czwartkow piątkow sobotn niedzieln"),
                      ("cs", "pondělní úterní středeční čtvrteční páteční sobotní nedělní")):
    for _i, _stem in enumerate(_stems.split()):
        for _end in _ADJ_ENDINGS.get(_stem, _ADJ_ENDINGS[_lang]).split():
            LANG_DATE_NAMES[_lang][_stem + _end.strip("-")] = ("weekday", _i)

RELATIVE_DATES = {
    "yesterday": -1, "today": 0, "tomorrow": 1, "ayer": -1, "hoy": 0, "mañana": 1,
    "nowadays": 0, "currently": 0, "actualidad": 0, "actualmente": 0, "heutzutage": 0,
    "derzeit": 0, "actuellement": 0, "сейчас": 0, "ныне": 0, "now": 0, "ahora": 0,
    "jetzt": 0, "maintenant": 0, "теперь": 0,
    "gestern": -1, "heute": 0, "morgen": 1, "hier": -1, "aujourd'hui": 0, "demain": 1,
    "вчера": -1, "сегодня": 0, "завтра": 1,
    "ieri": -1, "oggi": 0, "domani": 1, "ontem": -1, "hoje": 0, "amanhã": 1, "gisteren": -1,
    "vandaag": 0, "wczoraj": -1, "dzisiaj": 0, "dziś": 0, "jutro": 1, "igår": -1, "idag": 0,
    "imorgon": 1, "вчора": -1, "сьогодні": 0, "včera": -1, "dnes": 0, "zítra": 1,
    # two days off
    "anteayer": -2, "antier": -2, "übermorgen": 2, "vorgestern": -2, "послезавтра": 2,
    "позавчера": -2, "dopodomani": 2, "anteontem": -2, "overmorgen": 2, "eergisteren": -2,
    "pojutrze": 2, "przedwczoraj": -2, "післязавтра": 2, "позавчора": -2,
}
# the same in several words: "the day after tomorrow", "pasado mañana", "après-demain"
RELATIVE_DATE_PHRASES = {
    2: r"\bday\s+after\s+tomorrow\b|\bpasado\s+mañana\b|\baprès-demain\b"
       r"|\bdepois\s+de\s+amanhã\b|\bi\s+övermorgon\b|\bövermorgon\b",
    -2: r"\bday\s+before\s+yesterday\b|\bavant-hier\b|\bl['’]altro\s+ieri\b"
        r"|\bieri\s+l['’]altro\b|\bi\s+förrgår\b|\bförrgår\b",
    -1: r"\bi\s+går\b", 0: r"\bi\s+dag\b", 1: r"\bi\s+morgon\b",
}

UNIT_FACTORS = {  # value in a base unit; pairs in the same base are comparable
    "km": ("m", 1000.0), "kilometres": ("m", 1000.0), "kilometers": ("m", 1000.0),
    "км": ("m", 1000.0), "miles": ("m", 1609.344), "mile": ("m", 1609.344),
    "kg": ("g", 1000.0), "pounds": ("g", 453.6), "lb": ("g", 453.6),
    "gb": ("B", 1e9), "go": ("B", 1e9), "гб": ("B", 1e9), "mb": ("B", 1e6), "mo": ("B", 1e6),
    "мб": ("B", 1e6), "kb": ("B", 1e3), "ko": ("B", 1e3), "tb": ("B", 1e12), "to": ("B", 1e12),
    "km/h": ("m", 1000.0), "км/ч": ("m", 1000.0), "mph": ("m", 1609.344),
    "kilómetros": ("m", 1000.0), "kilometer": ("m", 1000.0), "kilomètres": ("m", 1000.0),
    "километров": ("m", 1000.0), "километра": ("m", 1000.0), "metres": ("m", 1.0),
    "meters": ("m", 1.0), "metros": ("m", 1.0), "meter": ("m", 1.0), "mètres": ("m", 1.0),
    "метров": ("m", 1.0), "feet": ("m", 0.3048), "foot": ("m", 0.3048),
    "kilogramm": ("g", 1000.0), "kilogram": ("g", 1000.0), "kilograms": ("g", 1000.0),
    "kilogrammes": ("g", 1000.0), "kilogramme": ("g", 1000.0), "kilos": ("g", 1000.0),
    "kilogramos": ("g", 1000.0), "килограммов": ("g", 1000.0), "килограмма": ("g", 1000.0),
    "tonnes": ("g", 1e6), "tons": ("g", 1e6), "toneladas": ("g", 1e6), "tonnen": ("g", 1e6),
    "тонн": ("g", 1e6),
}
# areas and volumes: "5 km²" / "5 km2" / "5 km ²" (a different power is a different quantity)
for _u, _f in (("mm", 1e-3), ("cm", 1e-2), ("m", 1.0), ("km", 1e3)):
    for _p, _sup in ((2, "²"), (3, "³")):
        for _form in (_u + _sup, _u + str(_p), f"{_u} {_sup}"):
            UNIT_FACTORS[_form] = (f"m{_sup}", _f ** _p)
# temperatures: compared by conversion, not by a factor (see checks._same_quantity)
for _n in ("fahrenheit", "degrees fahrenheit", "°f", "grados fahrenheit", "degrés fahrenheit",
           "grad fahrenheit", "градусов фаренгейта"):
    UNIT_FACTORS[_n] = ("°F", 1.0)
for _n in ("celsius", "degrees celsius", "°c", "grados celsius", "degrés celsius",
           "grad celsius", "градусов цельсия", "градуса цельсия"):
    UNIT_FACTORS[_n] = ("°C", 1.0)
_TIME_UNITS = {  # seconds; singular and plural forms in en es de fr ru it
    60: "minute minutes minuto minutos minute minuten minute minutes минута минуты минут "
        "minuti minuut minuten minuta minut minuty minuter минутам минутами хвилин хвилини хвилину",
    3600: "hour hours hora horas stunde stunden heure heures час часа часов ora ore uur "
          "godzina godziny godzin timme timmar часам часами часах годину години годин",
    86400: "day days día días tag tage tagen tages jour jours journée journées день дня дней "
           "сутки суток дням днями днях giorno giorni dia dias dag dagen dzień dni dagar дні днів",
    604800: "week weeks semana semanas woche wochen semaine semaines неделя недели недель "
            "settimana settimane weken tydzień tygodnie tygodni vecka veckor неделям неделями неделю "
            "тиждень тижні тижнів",
    2592000: "month months mes meses monat monate monaten mois месяц месяца месяцев mese mesi "
             "mês maand maanden miesiąc miesiące miesięcy månad månader месяцам месяцами месяцах "
             "місяць місяці місяців",
    31536000: "year years año años jahr jahre jahren an ans année années год года лет anno anni "
              "ano anos jaar jaren rok lata lat år годам годами годах рік роки років",
    3153600000: "century centuries siglo siglos jahrhundert jahrhunderte jahrhunderten siècle "
                "siècles век века веков secolo secoli",
}
for _n in ("%", "percent", "per cent", "por ciento", "prozent", "pour cent", "процентов",
           "процента", "процент", "per cento", "por cento", "procent", "procentów", "procenta",
           "procentu", "відсотків", "відсотка"):
    UNIT_FACTORS[_n] = ("ratio", 0.01)  # 50 percent = half
for _n in ("basis points", "basis point", "puntos básicos", "points de base", "basispunkte",
           "базисных пунктов", "базисных пункта"):
    UNIT_FACTORS[_n] = ("ratio", 1e-4)
for _n in ("percentage point", "percentage points", "puntos porcentuales", "punto porcentual",
           "points de pourcentage", "point de pourcentage", "prozentpunkte", "prozentpunkt",
           "процентных пункта", "процентных пунктов", "процентный пункт"):
    UNIT_FACTORS[_n] = ("ratio", 0.01)
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

# "every" words and the time units after them, for multi-word frequencies (same index as
# FREQUENCY: 1 hour, 2 day, 3 week, 4 month, 5 year)
EVERY = {"every", "each", "cada", "jede", "jeden", "jedes", "jeder", "alle", "chaque", "каждый",
         "каждую", "каждое", "каждые", "ogni"}
FREQUENCY_UNITS = {
    "hour": 1, "hours": 1, "hora": 1, "horas": 1, "stunde": 1, "stunden": 1, "heure": 1,
    "heures": 1, "час": 1, "часа": 1, "часов": 1, "ora": 1, "ore": 1,
    "day": 2, "days": 2, "día": 2, "días": 2, "tag": 2, "tage": 2, "jour": 2, "jours": 2,
    "день": 2, "дня": 2, "дней": 2, "giorno": 2, "giorni": 2,
    "week": 3, "weeks": 3, "semana": 3, "semanas": 3, "woche": 3, "wochen": 3, "semaine": 3,
    "semaines": 3, "неделю": 3, "недели": 3, "недель": 3, "settimana": 3,
    "month": 4, "months": 4, "mes": 4, "meses": 4, "monat": 4, "monate": 4, "mois": 4,
    "месяц": 4, "месяца": 4, "месяцев": 4, "mese": 4, "mesi": 4,
    "year": 5, "years": 5, "año": 5, "años": 5, "jahr": 5, "jahre": 5, "an": 5, "ans": 5,
    "année": 5, "années": 5, "год": 5, "года": 5, "лет": 5, "anno": 5, "anni": 5,
    # parts of the day: "every morning" is daily; weekdays: "every Monday" is weekly
    "morning": 2, "evening": 2, "night": 2, "afternoon": 2, "mañana": 2, "tarde": 2,
    "noche": 2, "morgen": 2, "abend": 2, "nacht": 2, "nachmittag": 2, "matin": 2, "soir": 2,
    "nuit": 2, "après-midi": 2, "утро": 2, "вечер": 2, "ночь": 2, "mattina": 2, "sera": 2,
    "monday": 3, "tuesday": 3, "wednesday": 3, "thursday": 3, "friday": 3, "saturday": 3,
    "sunday": 3, "lunes": 3, "martes": 3, "miércoles": 3, "jueves": 3, "viernes": 3,
    "sábado": 3, "domingo": 3, "montag": 3, "dienstag": 3, "mittwoch": 3, "donnerstag": 3,
    "freitag": 3, "samstag": 3, "sonntag": 3, "lundi": 3, "mardi": 3, "mercredi": 3,
    "jeudi": 3, "vendredi": 3, "samedi": 3, "dimanche": 3, "понедельник": 3, "вторник": 3,
    "среду": 3, "четверг": 3, "пятницу": 3, "субботу": 3, "воскресенье": 3,
    # plurals after "todos los", "tous les": "todos los domingos", "tous les dimanches"
    "sábados": 3, "domingos": 3, "lundis": 3, "mardis": 3, "mercredis": 3,
    "jeudis": 3, "vendredis": 3, "samedis": 3, "dimanches": 3,
    # Italian: "ogni lunedì"
    "lunedì": 3, "martedì": 3, "mercoledì": 3, "giovedì": 3, "venerdì": 3, "sabato": 3,
    "domenica": 3,
}


def month_day_names() -> dict[str, tuple[str, int]]:
    """Lower-case stem -> ("month"|"weekday", index)."""
    out: dict[str, tuple[str, int]] = {}
    for kind, table in (("month", MONTHS), ("weekday", WEEKDAYS)):
        for names in table.values():
            for i, name in enumerate(names.split()):
                out[name] = (kind, i)
    for i, forms in enumerate(UK_MONTHS):
        out.update({form: ("month", i) for form in forms.split()})
    for name in ("weekend", "wochenende", "wochenenden", "week-end", "week-ends", "выходн"):
        out[name] = ("weekday", 7)  # Saturday and Sunday together
    return out


# Negative concord: after a negation in the same clause these repeat it ("no … ningún",
# "ne … jamais", "не … никогда"); they count only when no negation came just before.
CONCORD = {
    "en": {"nor", "any"},
    "es": {"nada", "nadie", "ningún", "ninguno", "ninguna", "nunca", "jamás", "tampoco", "ni"},
    "fr": {"jamais", "rien", "aucun", "aucune", "nullement", "ni", "pas", "plus"},
    "ru": {"ни", "никогда", "ничего", "никто", "нигде"},
    "it": {"mai", "nessuno", "nessuna", "nessun", "niente", "nulla", "né", "neanche"},
    "pt": {"nunca", "nenhum", "nenhuma", "nada", "ninguém", "nem", "jamais"},
    "sr": {"ni", "nikada", "ništa", "niko", "ни", "никада", "ништа", "нико"},
    "pl": {"ani", "nigdy", "nic", "nikt", "żaden", "żadna", "żadne", "żadnych"},
    "uk": {"ні", "ніколи", "нічого", "ніхто"},
    "cs": {"ani", "nikdy", "nic", "nikdo", "žádný", "žádná", "žádné"},
    "sk": {"ani", "nikdy", "nič", "nikto", "žiadny", "žiadna", "žiadne"},
    "ro": {"niciodată", "nimic", "nimeni", "niciun", "nicio"},
    "el": {"ποτέ", "τίποτα", "κανείς", "ούτε"},
    "hu": {"sem", "soha", "semmi", "senki"},
}
CONCORD["cs"] = CONCORD["sk"] = CONCORD["cs"] | CONCORD["sk"]
# "el peor brote jamás visto" = "the worst outbreak ever": not a negation after a superlative
SUPERLATIVE_EVER = {"es": ({"jamás", "nunca"}, {"peor", "mejor", "mayor", "menor", "más"}),
                    "fr": ({"jamais"}, {"pire", "meilleur", "meilleure", "plus"}),
                    "it": ({"mai"}, {"peggiore", "migliore", "più"})}

# Words that carry negative polarity without a negation cue ("failed" = "did not succeed",
# "offline" = "without connection", "closed" = "not open"). They count towards a side's
# polarity so that "Sync failed" / "Синхронизация не удалась" or "offline" / "sin conexión" stay balanced.
NEG_LEXICAL = {
    "en": {"fail", "fails", "failed", "failure", "unable", "offline", "wrong", "lack", "lacks",
           "lacking",
           "missing", "impossible", "unavailable", "invalid", "incorrect", "absent",
           "forbidden", "prohibited", "excluding", "reject", "rejects", "rejected", "unsuccessful", "avoid",
           "avoids", "avoided", "avoiding", "shortage", "shortages", "outage", "outages",
           "absence", "closed", "shut", "barred", "banned", "ban", "bans", "prohibit",
           "prohibits", "forbid", "forbids", "exclude", "excludes", "excluded", "hardly", "barely",
           "scarcely", "rarely", "seldom", "pending", "awaiting", "suspended", "postponed",
           "postpones", "postpone", "cancelled", "canceled", "cancels", "cancel", "error", "errors",
           "fault", "faults", "glitch", "glitches", "bug", "bugs", "malfunction", "malfunctions",
           "deferred",
           "insufficient", "insufficiently", "inadequate", "deprived", "halted", "halt", "halts",
           "ceased", "cease", "ceases", "mistake", "mistakes", "silent", "silence", "undo", "undone",
           "undid", "undoing", "refrain", "refrains", "refrained", "refraining"},
    "es": {"falló", "fallo", "fallida", "fallido", "imposible", "inválido", "inválida",
           "incorrecto", "incorrecta", "falta", "faltan", "prohibido", "rechaza", "rechazado",
           "rechazada", "rechazados", "rechazadas", "rechazan", "rechazaron", "rechazar",
           "evitar", "evita", "evitó", "evitan", "evitando", "cerrado", "cerrada", "cerrados",
           "cerradas", "prohíbe", "prohíben", "prohibió", "prohibida", "prohibidos", "prohibidas",
           "prohibir", "prohibirá", "prohibirán",
           "descartó", "descarta", "descartan", "descartaron", "descartar", "descartado",
           "descartada", "descarto", "descartamos", "excluyó", "excluyo", "excluimos", "excluye",
           "excluir", "cierra", "cierran", "cerró",
           "cerraron", "cerrará", "cerrarán", "fracasó", "fracasaron", "fracasado", "fracasada",
           "fracaso", "fracasar", "fracasaría", "fracasarían", "fracasará", "fracasarán", "eviten",
           "evite", "suspende", "suspenden", "suspendido", "suspendida", "aplazó", "aplazada",
           "aplazado", "pospuso", "pospuesto", "pospuesta", "cancelado", "cancelada", "canceló",
           "cancelaron", "cancela", "cancelar", "cancelan", "cancelará", "anular", "anulado",
           "anulada", "suspendió", "error", "errores", "fallos", "avería", "averías",
           "insuficiente", "insuficientes", "insuficientemente", "cesó", "cesaron", "cesa",
           "cesan", "cesar", "cesará", "cesarán", "equivocación", "silencio", "callado", "callada",
           "callar", "calló", "callaron", "agotado", "agotada", "agotados", "agotadas",
           "agotaron", "agotó", "desconvocó", "desconvocaron", "desconvocada",
           "desconvocado", "desconvocar", "deshacer", "deshecho", "deshecha", "deshizo"},
    "de": {"fehlgeschlagen", "misslungen", "unmöglich", "ungültig", "falsch", "falsche", "falschen",
           "falscher", "falsches", "fehlt", "fehlen",
           "offline", "verboten", "abgelehnt", "scheiterte", "gescheitert", "vermeiden",
           "vermeidet", "vermied", "geschlossen", "gesperrt", "verbietet", "verbieten", "untersagt",
           "verbannen", "verbannt", "verbannte", "untersagen", "ausgeschlossen", "ausschließen",
           "scheiterten", "scheitert", "scheitern", "kaum", "selten", "verzichten", "verzichtet",
           "verzichtete", "ausgesetzt", "verschoben", "verschob", "vertagt", "vertagte",
           "gestrichen", "abgesagt", "storniert", "stornieren", "absagen", "annullieren",
           "annulliert", "abbrechen", "abgebrochen", "fehler", "störung", "störungen", "panne", "pannen",
           "defekt", "defekts", "unzureichend", "ungenügend", "gestoppt", "stoppte", "stoppten",
           "irrtum", "schweigen", "schwieg", "schweigt", "schwiegen", "geschwiegen",
           "zurückgewiesen", "zurückweisen", "zurückzuweisen", "rückgängig", "ausverkauft",
           "stromausfall", "stromausfälle", "ausgefallen", "lahmgelegt", "lahm",
           "sperrte",
           "sperrten"},
    "fr": {"échoué", "échec", "impossible", "invalide", "incorrect", "incorrecte", "manque",
           "manquant", "interdit", "rejeté", "hors-ligne", "éviter", "évite", "évité", "fermé",
           "fermée", "fermés", "fermées", "interdite", "interdits", "interdites", "interdisent",
           "exclu", "exclue", "exclut", "exclure", "exclus", "excluons", "excluent", "écarté",
           "écarte", "introuvable",
           "introuvables", "indisponible", "indisponibles", "inaccessible", "inaccessibles",
           "rarement", "suspendu", "suspendue", "suspendus", "reporté", "reportée", "repoussé",
           "ajourné", "annulé", "annulée", "annulés", "annulées", "annule", "annuler", "annulera",
           "annulez", "annulation", "erreur", "erreurs", "panne",
           "pannes", "défaillance", "défaillances", "insuffisant", "insuffisante",
           "insuffisants", "insuffisantes", "insuffisamment", "cessé", "cesse", "cessent",
           "cesser", "cessera", "cesseront", "faute", "fautes", "silence", "silencieux",
           "silencieuse", "taire", "tait", "taisent", "défaire", "épuisé", "épuisés",
           "épuisée", "épuisées", "coupure", "coupures"},
    "ru": {"ошибка", "сбой", "невозможно", "недоступен", "недоступно", "неверный", "неверно",
           "запрещено", "отклонен", "отклонено", "избегать", "избежать", "избегает", "закрыт",
           "закрыта", "закрыто", "закрыты", "запрещает", "запрещают", "запрещён", "запрещен",
           "запрещена", "запрещены", "запретил", "запретила", "запретили", "исключил",
           "исключила", "исключили", "исключает", "исключают", "исключаю", "исключаем",
           "исключить", "исключено",
           "закрывается", "закрываются", "закроется", "закроют", "закрыли", "провалились",
           "провалилась", "провалился", "провал", "сорвались", "сорвался", "редко",
           "приостановлен", "приостановлено", "приостановлена", "прекращается", "прекращено",
           "прекращена", "отложил", "отложила", "отложили", "отложено", "отложен", "перенесли",
           "отменили", "отменён", "отменен", "отменена", "отменено", "отменил", "отменила", "ошибки",
           "ошибку", "ошибок", "сбоя", "сбои", "неисправность", "поломка", "поломки",
           "недостаточно", "недостаточный", "недостаточная", "недостаточные", "прекратит",
           "прекратят", "прекратил", "прекратила", "прекратили", "прекращает", "прекращают",
           "прекратить", "лишены", "лишён", "лишен", "лишена", "лишённые", "лишенные",
           "отклонил", "отклонила", "отклонили", "отклонит", "отклонить", "отверг", "отвергла",
           "отвергли", "молчание", "молчать", "молчал", "молчала", "молчали", "молчит",
           "промолчал", "промолчала", "отменить", "отменять", "закрыл", "закрыла", "распроданы",
           "распродан", "распродано", "отключили", "отключен", "отключено", "отключение"},
    "it": set("""fallito fallita falliti fallite fallimento fallì impossibile offline mancante
           mancanti manca mancano mancanza carenza vietato vietata vietati vietate vieta vietano
           vietò proibito proibita respinto respinta respinti respinse respingere rifiutato
           rifiutata rifiutò rifiuta evitare evita evitato evitata evitò chiuso chiusa chiusi
           chiuse chiude chiudono chiuderà chiuderanno chiudere chiusura divieto divieti escluso esclusa
           esclude
           escluse escludere sospeso sospesa sospesi sospese rinviato rinviata rinviati rinviò
           rimandato rimandata rimandò posticipato posticipata annullato annullata annullati
           annullò annullate annullare cancellare cancellato cancellata errore errori guasto guasti
           insufficiente insufficienti
           cessato cessata cessò interrotto interrotta interruppe raramente silenzio tacere
           tacque privo priva privi prive""".split()),
    "nl": set("""mislukt mislukte mislukten onmogelijk ongeldig onjuist fout fouten ontbreekt
           ontbreken gebrek tekort verboden verbiedt verbood afgewezen verworpen vermeden
           vermijden vermijdt gesloten sluit sloot afgelast afgeblazen geannuleerd geschrapt
           uitgesteld opgeschort gestopt stopte stopten storing storingen onvoldoende
           zelden zwijgen zweeg uitgesloten ongedaan""".split()),
    "pl": set("""nieudany nieudana nieudane niemożliwe niemożliwy nieprawidłowy błąd błędy błędu
           brak brakuje zakazany zakazana zakazane zakaz zakazał zakazała zakazali odrzucił
           odrzuciła odrzucili odrzucony odrzucona unikać uniknąć uniknął unika zamknięty
           zamknięta zamknięte zamknięto odwołany odwołana odwołane odwołano anulowany anulowana
           anulowano anulować anuluj odwołać przełożony przełożona przełożono wstrzymany
           wstrzymana wstrzymano awaria
           awarii niewystarczający niewystarczająca rzadko milczenie milczał milczała
           wykluczył wykluczyła wykluczyli wykluczony wyklucza cofnąć cofnięcia
           cofnięte""".split()),
    "sv": set("""misslyckades misslyckad omöjligt omöjlig ogiltig felaktig fel saknas saknade
           brist förbjuda förbjudas förbjuden förbjudet förbjudna förbjöd förbjuder avvisade
           avvisad avslog undvika
           undvek undviker stängd stängt stängda stängde inställd inställt inställda
           avbruten avbrutet avbröts uppskjuten uppskjutet otillräcklig otillräckligt
           sällan tystnad tystnaden tiger teg uteslöt utesluter uteslutet ångra ångras""".split()),
    "pt": set("""falhou falha falhas fracassou fracasso fracassaram impossível inválido inválida
           incorreto incorreta falta faltam proibido proibida proibidos proíbe proíbem proibiu
           rejeitou rejeitado rejeitada rejeita rejeitaram recusou recusado recusada recusa
           evitar evita evitou evitaram fechado fechada fechados fechadas fecha fecham fechou
           fechará fecharão fechar encerrado encerrada excluiu excluído excluída exclui suspenso
           suspensa suspendeu adiado adiada adiou adiados adiaram cancelado cancelada cancelou
           cancelaram cancelar erro erros avaria avarias insuficiente insuficientes cessou cessaram
           interrompido interrompida raramente silêncio calou desfazer desfeita
           desfeito""".split()),
}


# Polarity words of Chinese, Japanese and Korean (searched in the text, as their words are not
# spaced): failed, closed, suspended, postponed, error, lack, stopped … ("休館日" = closing
# day). Words for "delayed" are left out, as English "delayed" is no polarity word; refusal and
# cancellation are explicit cues there already (CJK_NEGATION, JA_NEGATION, KO_NEGATION).
# These languages stay out of NEG_LEXICAL: such a word only excuses an explicit negation on
# the other side ("does not open" / "休館日"), it never makes a finding itself (counted both
# ways on the project's own renderings, they added about 20 false medium findings a language).
CJK_NEG_LEXICAL = {
    "zh": r"失败|关闭|关门|闭馆|封闭|封锁|关停|停业|停运|暂停|推迟|延期|错误|失误|过错|故障|漏洞|"
          r"缺陷|缺少|缺乏|缺失|短缺|缺席|缺课|停止|中断|停电|离线|沉默|撤销|排除|驳回|否决|剥夺",
    "ja": r"失敗|休館|休業|閉館|閉鎖|封鎖|閉店|休校|休止|運休|欠航|延期|中断|停止|エラー|故障|欠陥|"
          r"過ち|誤り|ミス|欠如|欠席|不足|却下|拒否|撤回|排除|沈黙|オフライン|見送",
    "ko": r"실패|휴관|휴업|폐쇄|폐점|휴교|막혀|막힌|막혔|문을 닫|연기되|연기했|연기된|중단|중지|오류|"
          r"고장|결함|실수|부족|결항|운휴|결석|거절|기각|철회|배제|침묵|오프라인",
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
expand reduce | expanded reduced | extend shorten | encouraging disappointing
promising disappointing | success failure | english german french spanish russian italian
all many | might would | hostile unfriendly | destroyed damaged
""".replace("\n", " | ").split("|") if g.strip()]


# Opposites across languages. Each entry: the English forms of two opposite poles, then for each
# language the word beginnings (lower case; "x$" = exactly x) of each pole; an indented line
# continues the one above. A pair where one side has an English
# word of one pole and the other side has a word of the opposite pole, but none of the same
# pole, is a substitution: "rose" / "a baissé", "cheap" / "teuer", "praised" / "kritisierte".
# Stems are chosen long enough not to catch unrelated words; ambiguous ones are left out
# (es "mañana" = morning and tomorrow, fr "est" = east and is, ru "дорог-" = dear and road).
_OPPOSITES = """
rise rises rose risen rising increase increases increased increasing grew grow grows grown
    growth climbed hike hikes hiked raise raises raised
= fall falls fell fallen falling decrease decreases decreased decreasing drop drops dropped
    declined decline declines shrank shrinks reduced cut cuts lowered lowers
es subi subier sube$ suben$ aument crec ascend alza$ alzas$ | bajó bajaron bajado bajar$ bajan$
    caye cayó caíd disminu descend redujo reduj reduc recort rebaj
de stieg steig gestiegen erhöh wuchs wächst gewachsen zugenommen anheb angehoben | sank sink
    gesunken fiel fällt gefallen verringer abgenommen gesenkt zurückgegangen senken senkt senkte
    senkung kürz gekürzt
fr augment hauss monté grimp croît relev | baiss chut diminu recul tomb rédui abaiss
ru вырос вырост растёт растет растут рост$ росла росли увелич повыс повыш поднял | упал упад
    снизи сниж сократ уменьш пониз пониж
#
won win wins winning victory = lost lose loses losing
es ganó ganaron ganar$ ganan$ ganamos victori | perdi perd
de gewann gewonnen gewinn siegte gesiegt sieg$ siege$ siegen$ | verlor verloren niederlage
fr gagn rempor victoir | perdu perd
ru выиграл выигра побед | проиграл проигра поражени
#
killed dead died = injured wounded hurt
es muert mató mataron fallec | herid lesionad
de getötet tote$ toten$ starb starben | verletzt verwundet
fr tué tués tuée tuées morts$ décéd | blessé blessés blessée blessées
ru погиб убит убиты | ранен ранены пострадал
#
cheap cheaper inexpensive affordable = expensive costly pricey
es barat económic asequib | caro$ caros$ caras$ costos
de billig günstig preiswert | teuer kostspielig
fr bon_marché abordable | cher$ chère$ chers$ chères$ coûteu onéreu
ru дешев дешёв недорог | дорогой дорогая дорогие дорогим дорого
#
praised praise praises praising = criticised criticized criticise criticize criticises
    criticizes condemned
es elogi alab | critic conden
de lobte gelobt lobt | kritisier verurteil
fr félicit loué louange | critiqu condamn
ru похвал | критик осуди осужд
#
accepted accept accepts approved approve approves = rejected reject rejects
es acept aprob | rechaz
de akzeptier angenommen genehmig billigte | abgelehnt ablehn verworfen
fr accept approuv | rejet rejeté refusé
ru одобр | отклон отверг
#
bought buy buys purchased = sold sell sells
es compr adquiri | vend
de kauft gekauft kaufte | verkauf
fr achet achat | vendu vendue vendus vendre$ vend$ vendent vendait
ru купил покуп | продал прода
#
expand expands expanded expanding extend extends extended widen widened = reduce reduces reduced
    shrink cut cuts
es ampli expand extend | reduc recort
de erweiter ausgebaut ausbau | verringer reduzier kürz verkleiner
fr élarg étend agrand | rédui diminu
ru расшир | сократ сузи уменьш
#
hot warm = cold cool
es calient cálid calor calur | frí helad
de heiß warm | kalt kühl
fr chaud | froid
ru горяч тёпл тепл жарк | холод прохлад
#
early = late
es tempran | tarde tardí
de früh | spät
fr tôt | tard
ru рано ранн | поздн поздно
#
first = last
es primer | últim
de erste ersten erster erstes | letzte letzten letzter letztes
fr premi | derni
ru перв | последн
#
north northern = south southern
es norte | sur$ sureste$ suroeste$
de nord | süd
fr nord | sud
ru север | юг$ юга$ юге$ южн
#
east eastern = west western
es oriental | occidental oeste
de osten östlich ost$ | west
fr oriental | occidental ouest
ru восто | запад
#
men man = women woman
es hombre | mujer
de mann$ männer$ mannes$ | frau
fr homme | femme
ru мужчин | женщин
#
son sons = daughter daughters
es hijo | hija
de sohn söhne | tochter töchter
fr fils | fille
ru сын | доч
#
encouraging promising = disappointing
es alentador prometedor | decepcion
de ermutigend vielversprechend | enttäusch
fr encourag prometteu | décevant décevante déçu
ru обнадёж обнадеж многообещ | разочаров
#
strong stronger = weak weaker
es fuert | débil
de stark stärker | schwach schwäch
fr fort$ forte$ forts$ fortes$ | faible
ru сильн | слаб
#
safe safer = dangerous
es segura$ seguro$ seguros$ seguras$ | peligros
de sicher$ sichere$ sicheren$ sicherer$ | gefährlich
fr sûr sécuris | dangereu
ru безопасн | опасн
#
deep = shallow
de tief | flach seicht
ru глубок | мелк неглубок
#
clean = dirty polluted
es limpi | suci contamin
de sauber | schmutzig verschmutzt
fr | sale$ sales$ pollué
ru чист | грязн загрязн
#
considering consider considers contemplating weighing = decided decide decides
es consideran considerando contempl | decidi decidí decide$ deciden$
de erwäg | beschloss beschließ entschloss
fr envisag | décid
ru рассматрива обдумыва | решил решили решила решено
#
government = opposition
es gobierno | oposición
de regierung | opposition
fr gouvernement | opposition
ru правительств | оппозиц
#
prolong prolonged prolongs extend extended extends = lift lifted lifts scrap scrapped scraps
es prorrog prolong | levant suprim
de verläng | aufgehoben aufheben hebt_auf
fr prolong | lever$ levé levée levés levées suppri
ru продл | отмени отменя сняли снять снимут
#
fast faster quickly quick quicker rapid rapidly = slow slower slowly
es rápid | lento$ lenta$ lentos$ lentas$ lentamente$
de schnell rasch | langsam
fr rapid vite | lent
ru быстр | медлен
#
large big huge = small tiny
es grand enorm | pequeñ diminut
de groß riesig | klein winzig
fr grand énorm | petit minuscule
ru большой большая большое большие большого больших крупн огромн | маленьк крошечн
#
maximum = minimum
es máxim | mínim
de maxim höchst | minim mindest
fr maxim | minim
ru максим | миним
#
imports imported import = exports exported export
es import | export
de import einfuhr eingeführt | export ausfuhr ausgeführt
fr import | export
ru импорт ввоз | экспорт вывоз
#
public = private
es públic | privad
de öffentlich | privat
fr public publique | privé
ru обществен публичн государствен | частн приват
#
free = paid fee fees
es gratuit gratis | de_pago pagad
de kostenlos gratis umsonst | kostenpflichtig
fr gratuit | payant
ru бесплатн | платн
#
legal lawful = illegal unlawful
es legal | ilegal
de legal rechtmäßig | illegal rechtswidrig
fr légal | illégal
ru законн | незаконн
#
slightly marginally = sharply significantly dramatically
es ligeramente levemente | drásticamente considerablemente bruscamente notablemente
de geringfügig leicht | stark deutlich erheblich drastisch
fr légèrement | fortement nettement considérablement
ru немного слегка незначительно | резко значительно сильно
#
morning = evening
fr matin | soir
de vormittag morgens | abend
ru утро$ утром$ утра$ утренн | вечер
#
certainly definitely surely undoubtedly = probably possibly perhaps maybe likely
es ciertamente definitivamente indudablemente sin_duda | probablemente posiblemente quizá quizás
    tal_vez
de bestimmt definitiv zweifellos gewiss | wahrscheinlich möglicherweise vielleicht vermutlich
fr certainement assurément définitivement indubitablement | probablement peut-être possiblement
ru обязательно непременно несомненно безусловно определённо определенно | вероятно возможно
    наверное может_быть
#
open opens opened reopen reopens reopened = close closes closed shut
es abrió abrieron abrirá abrirán abrir$ abre$ abren$ abierto abierta abiertos abiertas reabr |
    cerr
de geöffnet öffnet öffnen öffnete eröffnet eröffnen wiedereröffnet | geschlossen schließt
    schließen schloss gesperrt
fr ouvert ouverte ouverts ouvertes ouvre$ ouvrent ouvrir$ ouvrira rouvr | fermé fermée fermés
    fermées fermer$ fermera fermeront
ru откро откры | закро закры
#
early beginning = late end
es principios$ comienzos$ inicios$ | finales$ fin$
de anfang$ beginn$ | ende$
fr début$ | fin$
ru начале$ начала$ начало$ | конце$ конца$ конец$
#
easy easier simple = difficult hard harder tough
es fácil fáciles sencill | difícil difíciles
de einfach | schwierig
fr facile | difficile
ru легк легч прост | трудн сложн тяжёл тяжел
#
oblige obliges obliged require requires compel compels compelled = allow allows allowed permit
    permits permitted
es oblig exig | permit
de verpflicht zwingt zwang gezwungen | erlaubt erlaubte erlauben gestattet
fr oblig exig contraint | permet permis$ autoris
ru обязыва обязан обяза принужда | разреш позвол
#
rich richer richest wealthy wealthier wealthiest affluent = poor poorer poorest needy
es ricos$ ricas$ adinerad acomodad | pobre
de reich$ reiche$ reicher$ reichste wohlhabend | arm$ arme$ armen$ armer$ ärmer ärmst
fr riche | pauvre
ru богат | бедн нищ
#
resigned resign resigns resigning = dismissed dismiss dismisses fired sacked ousted
es dimiti renunci | destitu despedid cesad
de zurückgetreten zurücktreten | entlassen abgesetzt gefeuert
fr démission | limog renvoy révoqu destitu
ru отставку_по_собственному ушёл_в_отставку ушла_в_отставку | уволен уволил снят_с_должности
#
respect respects respected abide abides comply complies = violate violates violated breach
    breaches breached
es respet cumpl | violó violaron violado violada viola$ violan violar$ incumpl
de respektier einhalt | verletz verstöß verstieß
fr respect | violé violée violés violer$ viole$ violait enfrei
ru уважа соблюда | наруша наруши
#
high higher highest maximum peak = low lower lowest minimum
es alto$ alta$ altos$ altas$ máxim | baja$ bajos$ bajas$ mínim
de hoch$ hohe hoher höher höchst maximum | niedrig tief$ tiefe tiefer tiefst minimum
fr élevé maximum maximal | basse$ basses$ faible minimum minimal
ru высок максимум максимальн | низк минимум минимальн
#
top = bottom
es arriba parte_superior | abajo parte_inferior
de oben$ | unten$
fr en_haut | en_bas
ru вверху сверху | внизу снизу
#
allow allows allowed permit permits permitted = forbid forbids forbade forbidden ban bans banned
    prohibit prohibits prohibited
es permit autoriz | prohíb prohib
de erlaubt erlaubte erlauben gestattet genehmigt | verbiet verbot untersag
fr autoris permet permis$ | interdi
ru разреш позвол | запрещ запрет
#
lightly slightly mildly minor mild = seriously severely badly critically gravely serious severe
es levemente ligeramente leve$ leves$ | gravemente grave$ graves$
de leicht | schwer$ schwerer$ schwere$ schweren$ schwerst lebensgefährlich
fr légèrement | grièvement gravement
ru легко легкие лёгкие легкое лёгкое | тяжело тяжёл тяжел серьёзно
#
on_time punctual punctually = late delayed
es puntual a_tiempo | con_retraso retrasad
de pünktlich rechtzeitig | verspätet
fr à_l'heure ponctuel ponctuelle | en_retard
ru вовремя | опозда задержа
#
delete deleted deletes remove removed removes = keep kept keeps retain retained
es elimin borr suprim | conserv mantén mantener mantiene
de lösch entfern | behalt behält beibehalt
fr supprim effac | conserv gard
ru удал | сохран оставить оставьте оставил
#
enable enabled enables activate activated = disable disabled disables deactivate deactivated
es activar$ activa$ activado$ activada$ actívalo habilit | desactiv deshabilit
de aktivier | deaktivier
fr activer$ active$ activé$ activée$ | désactiv
ru включить включите включено включен включена | выключ отключ
#
show shows shown showing = hide hides hidden hiding
es mostr muestr | ocult
de anzeig einblend | ausblend verberg versteck
fr affich montr | masqu cach
ru показ | скры спрят
#
more over = less fewer under
es más_de más_del | menos_de menos_del
de mehr_als über$ | weniger_als unter$
fr plus_de plus_d' | moins_de moins_d'
ru более больше свыше | менее меньше
#
continue continues continued continuing still = stop stops stopped ceased halted ended
es continú sigue$ siguen$ seguirá todavía prosigu | detuv deja_de dejó_de dejaron_de cesó cesaron
    suspend interrump
de weiterhin fortgesetzt fortsetz setzt_fort | aufgehört stoppt gestoppt stoppte beendet
fr continu toujours$ poursuiv | arrêt cess interromp
ru продолжа всё_ещё все_ещё | прекрати прекращ прекрат останов
#
hire hired hires hiring recruited = fired dismissed sacked laid_off
es contrató contrataron contratar$ contratará contratado | despid
de | entlassen entließ entlässt gekündigt
fr embauch recrut | licenci
ru нанял наняла наняли нанять нанимает | уволил уволила уволили увольн
#
temporarily temporary provisionally = permanently permanent definitively final
es temporal provisional | definitiv permanente
de vorübergehend vorläufig zeitweise | dauerhaft endgültig
fr temporaire provisoire | définitiv permanent
ru временно временн | навсегда окончательно постоянно
#
partially partly partial = completely fully entirely totally solely alone exclusively wholly
es parcial en_parte | totalmente completamente enteramente exclusivamente únicamente
de teilweise zum_teil | vollständig komplett völlig gänzlich ausschließlich
fr partiel en_partie | entièrement complètement totalement exclusivement uniquement
ru частично отчасти | полностью целиком исключительно
#
accused charged suspected = convicted sentenced
es acusad imputad sospechos | condenad sentenciad
de beschuldigt angeklagt verdächtigt | verurteilt
fr accusé accusée accusés inculpé soupçonné | condamné
ru обвиня обвинён обвинен подозрева | осужд приговор
#
useful worthwhile productive fruitful = useless pointless futile
es útil útiles provechos productiv fructífer | inútil
de nützlich sinnvoll produktiv fruchtbar | nutzlos sinnlos
fr utile productif productive fructueu | inutile
ru полезн продуктивн плодотворн | бесполезн
#
arrived arrive arrives arrival arrivals = departed departure departures
es lleg | sali partió
de ankam angekommen ankunft | abgereist abfuhr verließ abreise abfahrt
fr arriv | quitt départ
ru прибыл приехал прибыти приезд | уехал покинул отъезд отбыти
#
right correct = wrong incorrect
es correct acertad | equivocad incorrect erróne
de richtig korrekt | falsch
fr juste$ justes$ correct | faux$ fausse$ fausses$ erroné
ru правильн верный$ верная$ верное$ верные$ верного$ верной$ | неправильн неверн ошибочн
it giust corrett | sbagliat errat
pt cert correct corret | errad
#
always = never
es siempre | nunca jamás
de immer | nie$ niemals
fr toujours | jamais
ru всегда | никогда
it sempre | mai$
pt sempre | nunca jamais
#
arrested detained = released freed
es detenid detuvo arrestad | liberad liberó liberaron excarcel
de festgenommen verhaftet inhaftiert | freigelassen freigekommen entlassen
fr arrêté arrêtés interpellé interpellés | libéré libérés relâché relâchés
ru задержал задержан арестова | освободил освобожд отпустил
it arrestat fermat | rilasciat liberat scarcerat
pt detid prendeu prenderam | libertad soltou soltaram solto$ soltos$
#
proved proves proven prove demonstrated demonstrates demonstrate confirmed confirms show shows showed
= suggest suggests suggested hint hints hinted
es demostr demuestr comprob comprueb confirm | sugier suger insinú
de bewies bewiesen beweis belegt belegen bestätig | deuten_darauf legen_nahe nahegelegt
fr prouv démontr confirm | suggèr suggér laissent_penser laisse_penser
ru доказ подтверди подтвержда показал показыва | предполага намека
it dimostr provat conferm | suggerisc suggeri
pt demonstr comprov confirm | suger suger
#
unacceptable intolerable outrageous = regrettable unfortunate disappointing
es inaceptable inadmisible intolerable | lamentable desafortunad decepcionante
de inakzeptabel unannehmbar untragbar unerträglich | bedauerlich bedauernswert enttäuschend
fr inacceptable inadmissible intolérable | regrettable regrettables fâcheu décevant
ru неприемлем недопустим возмутительн | прискорбн досадн разочаров
it inaccettabil intollerabil | deplorevol spiacevol deludent
pt inaceitáve intoleráve | lamentáve deplorável decepcionante
"""


# further languages for the groups above, keyed by the group's first English word
_MORE_OPPOSITES = {
    "arrived": """
it arriv | partenz
pt cheg | partiu partiram
nl aangekomen | vertrokken vertrok
pl przyjecha przyby | wyjecha odjecha
zh 抵达 到达 | 出发
ja 到着 | 出発
ko 도착 | 출발
uk прибув прибула прибули | виїха
sv anlände | avreste""",
    "useful": """
it util$ utili$ | inutil
pt útil úteis | inútil inúteis
nl nuttig zinvol | nutteloos zinloos
pl użyteczn przydatn | bezużyteczn bezcelow""",
    "continue": """
it continu prosegu | interromp cess
pt continu prossegu | parou interromp cess
nl voortgezet | gestopt stopte
pl kontynu | zatrzyma przerwa wstrzyma
zh 继续 | 停止 暂停 中止
ja 継続 続け | 停止 中止 中断
ko 계속 지속 | 중단 중지
uk продовж | припин зупин
sv fortsätt | upphör avbröt
cs pokrač | zastav přeruš ukonč
da fortsæt | standset
no fortsett | stanset
ro continu | oprit întrerup""",
    "show": """
it mostr visualizz | nascond
pt mostr exib | ocult escond
nl toon tonen weergeven | verberg verborgen
pl pokaż pokazuj wyświetl | ukryj ukryw
zh 显示 展示 | 隐藏
ja 表示 | 非表示
ko 표시 | 숨기 숨겨""",
    "enable": """
it attivar attivat attiva$ abilit | disattiv disabilit
pt ativar$ ativou ativad ativa$ habilit | desativ desabilit
nl inschakel activeer | uitschakel deactiveer
pl włącz aktywuj | wyłącz dezaktywuj""",
    "delete": """
it elimin | conserv mantien mantenere
pt apag elimin | manter$ mantém mantenha conserv guardar$
nl verwijder wissen | bewaar behoud
pl usuń usun skasuj | zachowa zatrzyma
zh 删除 | 保留 保存
ja 削除 | 保存 保持
ko 삭제 | 보관 저장""",
    "on_time": """
it puntual in_orario | in_ritardo ritard
pt pontual | atrasad atraso
nl op_tijd stipt | vertraagd te_laat vertraging
pl punktualn na_czas | spóźni opóźni""",
    "high": """
it alto$ alta$ alti$ alte$ elevat massim | basso$ bassa$ bassi$ basse$ minim
pt alto$ alta$ altos$ altas$ elevad máxim | baixo$ baixa$ baixos$ baixas$ mínim
nl hoog$ hoge$ hoger$ hoogste$ | laag$ lage$ lager$ laagste$
pl wysok wyższ najwyższ | nisk niższ najniższ
uk висок | низьк
sv hög$ höga$ högre högst | låg$ låga$ lägre lägst
cs vysok vyšší nejvyšší | nízk nižší nejnižší
da høj$ høje$ højere højest | lav$ lave$ lavere lavest
no høy$ høye$ høyere høyest | lav$ lave$ lavere lavest
ro ridicat ridicată | scăzut scăzută""",
    "respect": """
it rispett | violat violò violano
pt respeit cumpr | violou violad violam violar$ descumpr
nl respecteer nageleefd naleven | geschonden schend
pl przestrzeg respektow | narusz złamał łamie""",
    "resigned": """
it dimess dimise | licenziat destituit
pt renunci | demitid exonerad destituíd
nl afgetreden | ontslagen
pl zrezygnow ustąpi | zdymisjonow zwolnion""",
    "open": """
it apert apre$ aprono riapr | chius chiude chiudono
pt abert abre$ abrem reabr | fechad fecha$ fecham
nl geopend open$ opent | gesloten sluit$ sluiten
pl otwart otwier otworz | zamknię zamyka
zh 开放 开业 开门 打开 开馆 | 关闭 关门 停业 闭馆
ja 開館 開店 開業 開い 開け オープン | 閉館 閉店 閉鎖 閉め 休館
ko 개장 개관 개방 열었 열린 열려 | 폐쇄 폐장 닫 휴관
uk відкри | закри
sv öppn öppet | stängd stängt stängde stänger
cs otevř | zavř uzavř
da åbn åben$ åbent$ | lukket lukker lukkede
no åpn åpen$ åpent$ | stengt stenger stengte lukket lukker lukkede
ro deschis deschide | închis închide""",
    "morning": """
it mattin | sera$ serata
pt manhã | noite$
nl ochtend | avond
pl rano$ ranek rankiem | wieczor""",
    "slightly": """
it leggermente lievemente | bruscamente nettamente drasticamente
pt ligeiramente levemente | drasticamente acentuadamente
nl lichtjes | sterk$ fors scherp
pl nieznacznie lekko | gwałtownie znacznie""",
    "free": """
it gratuit gratis | a_pagamento
pt gratuit grátis | pago$ paga$ pagos$ pagas$
nl gratis kosteloos | betaald betalend
pl bezpłatn darmow | płatn""",
    "public": """
it pubblic | privat
pt públic | privad
nl openbare openbaar publiek | particulier privé
pl publiczn państwow | prywatn
zh 公立 公共 | 私立 私营 私人
ja 公立 公共 | 私立 民間
ko 공립 공공 | 사립 민간
uk державн публічн | приватн
sv offentlig | privat
cs veřejn | soukrom
da offentlig | privat
no offentlig | privat
ro public$ publică publice | privat""",
    "imports": """
it import | esport
pt import | export
nl invoer import | uitvoer export
pl import | eksport
zh 进口 | 出口
ja 輸入 | 輸出
ko 수입 | 수출
uk імпорт | експорт
sv import | export
cs dovoz | vývoz
da import | eksport
no import | eksport
ro import | export""",
    "maximum": """
it massim | minim
pt máxim | mínim
nl maximum maximaal | minimum minimaal
pl maksym | minim""",
    "prolong": """
it prorog prolung | revoc abolit tolt
pt prorrog prolong | levant revog
nl verlengd verleng | opgeheven ophef
pl przedłuż | zniesion zniósł zniosła""",
    "government": """
it governo | opposizione
pt governo | oposição
nl regering kabinet | oppositie
pl rząd$ rządu$ rządowi$ rządem$ | opozycj
uk уряд | опозиц
sv regering | opposition
cs vlád | opozic
da regering | opposition
no regjering | opposisjon
ro guvern | opoziți""",
    "considering": """
it valut consideran | decis decid
pt considerand | decid
nl overweeg overwogen | besloten besluit beslist
pl rozważa rozważ | zdecydow postanowi""",
    "clean": """
it pulit | sporc inquinat
pt limp | sujo$ suja$ sujos$ sujas$ sujeira poluíd
nl schoon schone | vuil vuile vervuild
pl czyst | brudn zanieczyszcz""",
    "first": """
it primo$ primi$ | ultimo$ ultima$ ultimi$ ultime$
pt primeir | último$ última$ últimos$ últimas$
nl eerste | laatste
pl pierwsz | ostatni
zh 第一 首次 首个 首班 | 最后 末班
ja 最初 始発 | 最後 最終 終電
ko 첫 최초 처음 | 마지막 최종 막차
uk перш | останн
sv första | sista
cs první | poslední
da første | sidste
no første | siste
ro primul primele primii | ultimul ultima$ ultimele ultimii""",
    "hot": """
it cald | fredd
pt quent | frio$ fria$ frios$ frias$
nl heet$ hete$ warm | koud koude$
pl gorąc ciepł | zimn chłodn
zh 炎热 高温 | 寒冷 低温
ja 暑い 熱い | 寒い 冷たい
ko 더운 덥 뜨거 | 추운 춥 차가
uk гаряч спекотн | холодн
sv varm het$ heta$ | kall$ kalla$ kallt$
cs hork | studen chladn
da varm hed$ hede$ | kold kolde$
no varm het$ hete$ | kald kalde$
ro cald | rece$""",
    "expand": """
it ampli espans estes | ridu ridott tagliat tagliare$ taglio$ tagli$
pt ampli expand | reduz reduç cortou cortar$ cortes$
nl uitbrei vergro | verklein verminder beperk
pl rozszerz powięk | zmniejsz ogranicz obciął
uk розшир | скороч зменш
sv utök utvidg | minsk""",
    "praised": """
it lodat elogi | critic condann
pt elogi louv | critic conden
nl prees prezen geprezen | bekritiseer bekritiseerd veroordeeld
pl pochwal chwal | skrytykow krytyk potępi
zh 赞扬 称赞 表扬 | 批评 谴责
ja 称賛 褒め | 批判 非難
ko 칭찬 찬사 | 비판 비난
uk похвал | критик засуд
sv hyllade berömde | kritiser fördöm""",
    "rise": """
it aument cresc salit sale$ salgono$ | calat cala$ calano$ diminu sces scend ridott riduz
pt aument cresc subiu subir$ sobe$ sobem$ | caiu caíram cair$ cai$ caem$ diminu baixou baixar$
    reduz reduç
nl steeg stegen gestegen stijg groeide gegroeid toename toegenomen | daalde daalden gedaald daal
    afname afgenomen gekrompen
pl wzrosł wzrosła wzrosły wzrost rośnie rosną zwiększ podwyższ podniósł podniosł | spadł spadła
    spadły spadek spada spadają zmniejsz obniż
cs vzrostl vzrostla vzrostly vzrost roste rostou zvýš | klesl klesla klesly pokles klesá klesají
    sníž
uk зріс зросла зросли зростання зростає збільш підвищ | впав впала впали падіння знизи зниж
    зменш скороти
sv steg$ ökade ökat ökning stiger ökar | sjönk minskade minskat minskning sjunker minskar föll
ro crescut crește creșt majorat | scăzut scade scădere redus
zh 上涨 上升 增长 增加 提高 | 下降 下跌 减少 降低 回落
ja 上昇 増加 値上が 上が | 下落 減少 値下が 下が
ko 올랐 오르 상승 증가 늘었 늘어 인상 | 떨어졌 떨어지 하락 감소 줄었 줄어 인하""",
    "won": """
it vinse vinto vinta vincere vince$ vittori | perso$ persa$ persi$ perse$ perdere$ perde$ perdono$
    sconfitt
pt venceu venceram vencer$ ganhou ganharam vitória | perdeu perderam perder$ derrota
nl won$ wonnen gewonnen winnen wint$ overwinning | verloor verloren verliezen verliest nederlaag
pl wygrał wygrała wygrali wygrać zwycięst | przegrał przegrała przegrali przegrać porażk
ro câștigat câștig victori | pierdut pierde înfrâng
zh 获胜 胜利 赢得 赢了 | 输掉 输了 失利
ja 勝っ 勝利 優勝 | 負け 敗れ 敗北
ko 이겼 이기 승리 우승 | 졌다 패배 패했
uk виграв виграла виграли перемог | програв програла програли поразк
sv vann$ vinner seger | förlorade förlorar förlust
cs vyhrál vyhrála vyhráli výhr vítěz | prohrál prohrála prohráli prohr porážk
da vandt vinder sejr | tabte taber nederlag
no vant$ vinner seier | tapte taper""",
    "killed": """
it uccis morto$ morta$ morti$ morte$ | ferit
pt mortos$ mortas$ morreram morreu matou | ferid
nl gedood omgekomen stierf stierven | gewond
pl zginęł zginął zginęli zabit zabici | rann
cs zemřel zahynul zabit mrtv | zraněn
uk загин вбит убит | поранен
sv dödad dödades omkom | skadad skadade skadades
tr öldü hayatını | yaralandı yaralı
zh 死亡 遇难 丧生 | 受伤
ja 死亡 死者 | 負傷 けが
ko 사망 숨졌 | 부상 다쳤""",
    "cheap": """
it economic | caro$ cari$ cara$ care$ costos
pt barat | caro$ caros$ cara$ caras$ dispendi
nl goedkop | duur$ dure$ duurder
pl tani$ tania$ tanie$ tańsz | drożej droższ kosztown
zh 便宜 廉价 | 昂贵
ja 安い 安価 | 高価
ko 저렴 값싼 | 비싼 비싸
sv billig | dyr$ dyra$ dyrare
cs levn | drah dražší
da billig | dyr$ dyre$ dyrere
no billig | dyr$ dyre$ dyrere
ro ieftin | scump""",
    "bought": """
it comprat compra$ comprano$ | vendut vende$ vendono$
pt comprou compraram comprad | vendeu venderam vendid
nl kocht gekocht kopen koopt | verkocht verkopen verkoopt
sv köpte köpa köper | sålde sälja säljer
zh 买 购买 | 卖 出售
ja 買 購入 | 売っ 売る 売却
ko 샀 사다 구입 구매 | 팔았 팔다 판매
pl kupi kupuj | sprzeda
uk купив купила купили купу | продав продала продали продаж
sv köpte köper köpa$ | sålde säljer sälja$
cs koupil koupila koupili kupuj | prodal prodala prodali prodej
da købte køber | solgte sælger
no kjøpte kjøper | solgte selger
ro cumpăr | vând vânzare""",
    "north": """
it nord$ settentrional | sud$ meridional
pt norte$ setentrional | sul$ meridional
nl noord | zuid
pl północ | południ
sv norr norra | söder södra""",
    "east": """
it est$ oriental | ovest occidental
pt leste oriental | oeste ocidental
nl oost | west
pl wschod | zachod""",
    "men": """
it uomo$ uomini$ | donna$ donne$
pt homem$ homens$ | mulher mulheres
nl man$ mannen$ | vrouw
pl mężczyzn | kobiet
sv män$ | kvinna kvinnor""",
    "son": """
it figlio$ figli$ | figlia$ figlie$
pt filho$ filhos$ | filha$ filhas$
nl zoon$ zonen$ | dochter
pl syn$ syna$ synowie | córk""",
    "encouraging": """
it incoraggiant promettent | deludent
pt encorajador promissor animador | decepcionant
nl bemoedigend veelbelovend | teleurstellend
pl obiecując zachęcając | rozczarowując""",
    "strong": """
it forte$ forti$ fortemente | debol
pt forte$ fortes$ fortemente | fraco$ fraca$ fracos$ fracas$
nl sterk | zwak
pl siln | słab""",
    "safe": """
it sicur | pericolos
pt segur | perigos
nl veilig | gevaarlijk
pl bezpieczn | niebezpieczn
cs bezpečn | nebezpečn""",
    "oblige": """
it obblig | permett consent
pt obrig exig | permit
nl verplicht | toegestaan
pl zobowiąz zmusz | pozwol zezwol""",
    "rich": """
it ricc benestant | pover
pt ricos$ ricas$ abastad | pobre
nl rijk$ rijke rijkste welgesteld | arm$ arme armste
pl bogat zamożn | biedn ubog""",
    "allow": """
it permett consent autorizz | viet diviet proib
pt permit autoriz | proib
nl toegestaan staat_toe toestaan | verbod verbied verboden
pl pozwol zezwol | zakaz zabroni
sv tillåt tillät | förbjud
zh 允许 准许 | 禁止 不许
ja 許可 認め | 禁止
ko 허용 허가 | 금지
uk дозвол | заборон
cs povol | zakáz zakazu
da tillad tilladt | forbud forbyd forbudt
no tillat | forbud forby forbudt
ro permi | interzi""",
    "accepted": """
it accett approv | respint rifiut
pt aceit aprov | rejeit recus
nl aanvaard geaccepteerd goedgekeurd gesteund | verworpen afgewezen
pl zaakcept zatwierdz | odrzuc
sv godkänd godkände godkänt accepter | avvisa avslog förkast
zh 接受 批准 | 拒绝 否决 驳回
ja 受け入れ 承認 可決 | 拒否 否決 却下
ko 수용 승인 가결 수락 | 거부 거절 부결
uk схвал ухвал | відхил відкин
cs schválil schválila schválili | zamítl zamítla zamítli
da godkendt godkendte vedtog | afviste afvist forkastede
ro aprob | respins respinge""",
    "lightly": """
it leggermente lievemente | gravemente grave$ gravi$
pt levemente ligeiramente | gravemente grave$ graves$
nl licht$ lichte$ lichtgewond | zwaar$ zware$ zwaargewond ernstig
pl lekko lekki$ lekkie$ | ciężk poważn""",
    "top": """
it in_alto | in_basso
pt em_cima no_topo | em_baixo
nl bovenaan | onderaan
pl na_górze u_góry | na_dole u_dołu""",
    "fast": """
it rapid veloc | lent
pt rápid veloz | lent
nl snel | langzaam traag
pl szybk szybciej | powoli wolniej wolno$""",
    "large": """
it grand enorm | piccol
pt grand enorm | pequen
nl groot$ grote$ | klein
pl duż ogromn | mał""",
    "legal": """
it legal lecit | illegal
pt legal lícit | ilegal
nl legaal | illegaal
pl legaln | nielegaln""",
    "certainly": """
it certament | probabil forse
pt certament | provavel provável talvez
nl zeker$ | waarschijnlijk misschien
pl na_pewno | prawdopodobn""",
    "easy": """
it facil semplic | difficil
pt fácil fáceis simples | difícil difíceis
nl makkelijk eenvoudig gemakkelijk | moeilijk
pl łatw | trudn""",
    "more": """
sv fler$ flera$ mer$ mera$ | färre$ mindre$
it più$ | meno$
pt mais$ | menos$
nl meer$ | minder$
pl więcej | mniej""",
    "hire": """
it assum | licenzi
pt contrat | demit demiss
nl aangenomen | ontslagen ontslaat
pl zatrudni | zwolni
zh 招聘 雇用 聘用 | 解雇 裁员 开除
ja 採用 雇用 | 解雇
ko 채용 고용 | 해고
uk найня | звільн
sv anställ | avskeda
cs najal najala | propustil propustila propuštěn
da ansat ansætte ansatte | fyret fyrede afskediget
no ansatt ansette | sparket avskjediget
ro angaj | concedi""",
    "temporarily": """
it temporane provvisori | permanent definitiv
pt temporári provisóri | permanent definitiv
nl tijdelijk | permanent definitief
pl tymczasow czasowo | trwale na_stałe
zh 暂时 临时 | 永久
ja 一時 臨時 暫定 | 恒久 永久
ko 임시 일시 | 영구
uk тимчасов | назавжди остаточно
sv tillfällig | permanent$ permanenta$ slutgiltig
cs dočasn | natrvalo trvale
da midlertidig | permanent$ permanente$
no midlertidig | permanent$ permanente$
ro temporar provizoriu | permanent definitiv""",
    "partially": """
it parzial | complet totalment interament
pt parcial | complet totalment inteirament
nl gedeeltelijk | volledig helemaal
pl częściow | całkowici w_pełni
uk частково | повністю цілком
sv delvis | helt$ fullständig""",
    "accused": """
it accusat sospettat | condannat
pt acusad suspeit | condenad
nl verdacht beschuldigd | veroordeeld
pl oskarż podejrzan | skazan""",
}
# good / bad, profit / loss, new / old, most / few ("well" is left out: "as well"; "bien" is
# in, so that "bien … mala suerte" is no flip)
_GOOD_BAD = """
good better best = bad badly worse worst
es bien$ buen buena$ buenas$ buenos$ mejor | mal$ mala$ malas$ malo$ malos$ peor
de gut$ gute$ guten$ guter$ gutes$ besser | schlecht schlimm
fr bien$ bon$ bons$ bonne$ bonnes$ meilleur mieux | mal$ mauvais mauvaise pire$
ru хорош лучше | плох хуже
it bene$ buon buona$ buone$ buoni$ meglio migliore | male$ cattiv peggio peggior
pt bem$ bom$ boa$ boas$ bons$ melhor | mal$ mau$ má$ maus$ ruim ruins pior$
nl goed$ goede$ beter | slecht
pl dobr lepiej lepsz | źle zły$ zła$ złe$ gorzej gorsz
#
admitted admit admits admitting acknowledged conceded = denied deny denies denying
es admit reconoc | negó negaron niega desmint
de räumte eingeräumt zugegeben gab_zu | bestritt bestreit dementiert
fr admis admet reconn | nié nie$ nient démenti dément
ru признал призна | отрицал отрица опроверг
it ammess ammett riconosc | negato negò smentit
pt admitiu admite reconheceu | negou nega$ desmentiu
nl erkende erkent gaf_toe | ontkende ontkent
pl przyznał przyzna | zaprzecz
cs přiznal uznal | popřel popír
uk визнав визна | заперечи
sv erkände medgav | förnekade förnekar
zh 承认 | 否认
ja 認め | 否定 否認
ko 인정 | 부인
#
profit profits profitable surplus = loss losses deficit
es ganancia beneficio superávit rentable | pérdida déficit
de gewinn überschuss profitabel rentabel | verlust defizit
fr bénéfice profit excédent rentable | perte déficit
ru прибыл профицит | убыт дефицит
it utile$ utili$ profitt guadagn avanzo | perdit disavanzo deficit
pt lucro lucros superávit | prejuízo perda perdas déficit
nl winst$ overschot winstgevend | verlies tekort
pl zysk nadwyżk | strat deficyt
ro profit | pierder deficit
zh 利润 盈利 盈余 | 亏损 赤字
ja 利益 黒字 | 損失 赤字
ko 이익 흑자 | 손실 적자
#
new newer = old older
es nuev | viej
de neu$ neue$ neuen$ neuer$ neues$ neuem$ | alt$ alte$ alten$ altes$ altem$
fr nouveau nouvel nouvelle nouvelles nouveaux neuve$ neuves$ | vieux vieil vieille vieilles
ru новый$ новая$ новое$ новые$ новых$ новым$ новую$ нового$ новой$ | старый$ старая$ старое$
    старые$ старых$ старым$ старую$ старого$ старой$
it nuov | vecchi
pt novo$ nova$ novos$ novas$ | velho$ velha$ velhos$ velhas$
nl nieuw | oud$ oude$ ouder$
pl nowy$ nowa$ nowe$ nowych$ nowym$ nowej$ nowego$ | stary$ stara$ stare$ starych$ starym$
    starej$ starego$
uk новий$ нова$ нове$ нові$ нових$ новим$ нову$ нового$ нової$ | старий$ стара$ старе$ старі$
    старих$ старим$ стару$ старого$ старої$
cs nový$ nová$ nové$ nových$ novým$ | starý$ stará$ staré$ starých$ starým$
sv ny$ nya$ nytt$ | gammal gamla gammalt
ko 새$ 새로운 | 낡은 오래된 옛
#
most majority = few minority
es mayoría | pocos$ pocas$ minoría
de meisten$ mehrheit | wenige$ minderheit
fr plupart majorité | minorité
ru большинств | немноги меньшинств
it maggior maggioranza | pochi$ poche$ minoranza
pt maioria | poucos$ poucas$ minoria
nl meeste$ meerderheid | weinig minderheid
pl większoś | niewiel mniejszoś
sv flesta$ majoritet | få$ minoritet
zh 大多数 大部分 多数 | 很少 少数
ja 大半 大部分 ほとんど | 少数
ko 대부분 다수 | 소수
"""


_OPP_CODES = ("es ", "de ", "fr ", "ru ", "it ", "pt ", "nl ", "pl ", "cs ", "uk ", "sv ", "tr ",
              "ro ", "zh ", "ja ", "ko ", "da ", "no ")


def _with_more_languages(text: str) -> str:
    blocks = []
    for block in text.split("#"):
        first = block.strip().split(" ", 1)[0]
        blocks.append(block.rstrip("\n") + _MORE_OPPOSITES.get(first, "") + "\n")
    return "#".join(blocks[:-1] + [_GOOD_BAD, blocks[-1]])


def _parse_opposites(text: str) -> list[tuple[set[str], set[str], dict[str, tuple[list, list]]]]:
    out = []
    for block in text.split("#"):
        lines: list[str] = []
        for raw in block.strip().splitlines():
            if raw.startswith("    ") and lines:
                lines[-1] += " " + raw.strip()  # continuation of a long line
            elif raw.strip():
                lines.append(raw.strip())
        if not lines:
            continue
        head = " ".join(lines[:next(i for i, x in enumerate(lines) if x[:3] in _OPP_CODES)])
        left, right = head.split("=")
        langs = {}
        for line in lines:
            if line[:3] in _OPP_CODES:
                p, q = line[3:].split("|")
                langs[line[:2]] = ([s.replace("_", " ") for s in p.split()],
                                   [s.replace("_", " ") for s in q.split()])
        out.append((set(left.split()), set(right.split()), langs))
    return out


OPPOSITES = _parse_opposites(_with_more_languages(_OPPOSITES))
OPPOSITE_LANGS = {lang for _, _, langs in OPPOSITES for lang in langs}


# Names of one country or organisation in its forms and languages, as word beginnings (lower
# case; "x$" = exactly x): a name on one side whose group has a word on the other side is not
# a lone name ("the US" / "the Americans", "Russia" / "российский", "EU" / "Евросоюз").
NAME_GROUPS = [g.split() for g in """
us$ usa$ u.s.$ america american united_states estados_unidos eeuu$ ee.uu.$ estadounidense
    états-unis etats-unis américain amerika us-amerikan vereinigte_staaten сша$ америк американ
    соединённые_штаты соединенные_штаты
uk$ u.k.$ britain british united_kingdom reino_unido británic royaume-uni britannique
    großbritannien britisch vereinigte_königreich великобритан британ
russia rusia russie russland russisch росси российск русск ruso$ rusa$ rusos$ rusas$ russe$
    russo$ russa$ rússia rusland russisch rosj rosyjsk ryssland rysk rusya rus$ rusk росі
    російськ
    russes$ kremlin кремл
eu$ european_union ue$ unión_europea union_européenne europäische_union ес$ евросоюз
    европейский_союз
un$ united_nations onu$ naciones_unidas nations_unies vereinte_nationen оон$
nato$ otan$ нато$
china chinese chin chine chinois китай китайск cina$ cinese chinês chinesa chiny chińsk kina$
    kines kinesisk çin$ čín
germany german alemania alemán alemana allemagne allemand deutschland deutsch германи немецк
    germania tedesc alemanha alemão alemã duitsland duits niemc niemieck tyskland tysk almanya
    alman němec německ німеччин німецьк
france french francia francés francesa français französisch франци французск frança
    francês frankrijk frans$ franse$ francj francusk frankrike fransk fransa fransız franci
    francouz франці французьк
ukraine ukrainian ucrania ucranian ukrain украин ucraina ucrain ucrân oekraïn ukrayna україн
vienna wien$ viena$ vienne$ вена$ вены$ вене$ вену$ веной$
munich münchen múnich мюнхен
cologne köln colonia$ кёльн кельн
warsaw warschau varsovia varsovie варшав
moscow moskau moscú moscou москв
prague prag$ praga$ праг
venice venedig venecia venise венеци
florence florenz florencia флоренци
naples neapel nápoles неапол
geneva genf ginebra genève женев
lisbon lissabon lisboa lisbonne лиссабон
brussels brüssel bruselas bruxelles брюссел
athens athen$ atenas athènes афин
rome rom$ roma$ рим$ рима$ риме$ римом$
beijing peking pekín pékin пекин
london londres лондон
earth erde$ erden$ tierra terre$ земл
imf$ fmi$ мвф$ iwf$
who$ oms$ воз$
wto$ omc$ вто$
ecb$ bce$ ezb$ ецб$
opec$ opep$ опек$
danube donau danubio дуна
rhine rhein$ rin$ rhin$ рейн
black_sea schwarze_meer schwarzen_meer mar_negro mer_noire чёрное_море черное_море чёрном_море
    черном_море
red_cross rote_kreuz roten_kreuz cruz_roja croix-rouge красный_крест красного_креста
foreign_ministry foreign_affairs foreign_minister asuntos_exteriores exteriores$ affaires_étrangères
    étrangères$ auswärtig мид$ иностранных_дел
new_year's_eve silvester nochevieja saint-sylvestre réveillon
spain spanish españa español española espagne espagnol spanien spanisch испани испанск spagna
    spagnol espanha espanhol spanje spaans hiszpani spansk ispanya ispanyol španěl іспані
italy italian italia italiano italiana italie italien italienisch итали итальянск itália italië
    italiaans włoch włosk italiensk italya italyan itál італі
japan japanese japón japonés japonesa japon$ japonais japanisch япони японск giappone giappones
    japão japonês japonia japońsk japonya japonsk японі
poland polish polonia polaco polaca pologne polonais polen polnisch польш польск polônia pools
    polska polsk polonya польщ
greece greek grecia griego griega grèce grec grecque griechenland griechisch греци греческ
    grécia grego griekenland grieks grecj grecki grekland grekisk yunanistan yunan řeck греці
netherlands dutch holland países_bajos holanda pays-bas néerlandais niederlande niederländisch
    нидерланд голланди paesi_bassi olanda olandese países_baixos holandês nederland
    holandi niderland nederländerna holländsk hollanda nizozem нідерланд
""".replace("\n    ", " ").strip().splitlines()]

# Generic head words of a multi-word name ("INF Treaty", "Liberal Party"): dropped or added next
# to the rest of the name, they are not a lone name.
NAME_HEADS = {"treaty", "agreement", "accord", "accords", "party", "council", "committee",
              "company", "corporation", "group", "ministry", "university", "river", "lake",
              "island", "islands", "mountains", "airport", "museum", "street", "square",
              "tratado", "acuerdo", "partido", "consejo", "comité", "ministerio", "universidad",
              "río", "lago", "isla", "aeropuerto", "museo", "calle", "plaza", "traité", "parti",
              "conseil", "ministère", "université", "fleuve", "rivière", "île",
              "aéroport", "musée", "rue", "place", "vertrag", "abkommen", "partei", "rat",
              "ministerium", "universität", "fluss", "see", "insel", "flughafen", "straße",
              "platz", "договор", "соглашение", "партия", "совет", "министерство",
              "университет", "река", "озеро", "остров", "аэропорт", "музей", "улица", "площадь"}


def _ru_ordinals() -> dict[str, int]:
    endings = ("ый", "ой", "ий", "ая", "ое", "ые", "ого", "ому", "ом", "ую", "ых", "ым", "ыми",
               "ей", "ья", "ье", "ьи", "ьего", "ьей", "ьем", "ью", "ьих")
    stems = {"перв": 1, "втор": 2, "трет": 3, "четвёрт": 4, "четверт": 4, "пят": 5, "шест": 6,
             "седьм": 7, "восьм": 8, "девят": 9, "десят": 10}
    return {stem + e: v for stem, v in stems.items() for e in endings}


# Ordinal words: a pair is compared only when both sides have some ("first novel" /
# "deuxième roman"); one side alone says nothing ("at first" / "al principio").
ORDINALS = {
    "en": {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
           "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10},
    "es": {"primer": 1, "primero": 1, "primera": 1, "primeros": 1, "primeras": 1, "segundo": 2,
           "segunda": 2, "segundos": 2, "segundas": 2, "tercer": 3, "tercero": 3, "tercera": 3,
           "terceros": 3, "terceras": 3, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6,
           "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9,
           "novena": 9, "décimo": 10, "décima": 10},
    "fr": {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "deuxième": 2,
           "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
           "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10},
    "de": {f"{stem}{e}": v for stem, v in (("erst", 1), ("zweit", 2), ("dritt", 3), ("viert", 4),
                                           ("fünft", 5), ("sechst", 6), ("siebt", 7),
                                           ("neunt", 9), ("zehnt", 10))
           for e in ("e", "er", "es", "en", "em")},
    "ru": _ru_ordinals(),
    # Ukrainian, without "другий" (second; also "other")
    "uk": {stem + e: v for stem, v in (("перш", 1), ("трет", 3), ("четверт", 4), ("п'ят", 5),
                                       ("п’ят", 5), ("шост", 6), ("сьом", 7), ("восьм", 8),
                                       ("дев'ят", 9), ("дев’ят", 9), ("десят", 10))
           for e in ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "е", "і", "их")},
}


# Hedges: words that present a claim as reported, not as fact ("allegedly", "presuntamente",
# "angeblich", "якобы"). A hedge on one side only turns an allegation into a fact.
HEDGES = {
    "en": {"allegedly", "reportedly", "supposedly", "purportedly", "apparently", "presumably",
           "reputedly", "ostensibly", "rumoredly"},
    "es": {"presuntamente", "supuestamente", "aparentemente", "presunto", "presunta",
           "presuntos", "presuntas", "supuesto", "supuesta"},
    "de": {"angeblich", "mutmaßlich", "offenbar", "anscheinend", "vermeintlich", "mutmaßliche",
           "mutmaßlichen", "mutmaßlicher"},
    "fr": {"présumément", "prétendument", "apparemment", "supposément", "présumé", "présumée",
           "présumés", "présumées", "prétendu", "prétendue"},
    "ru": {"якобы", "предположительно", "по-видимому", "предполагаемый", "предполагаемого",
           "предполагаемая", "предполагаемой", "предполагаемые", "предполагаемых"},
}
# phrases that do the same ("is said to", "se cree que", "по слухам")
HEDGE_PHRASES = {
    "en": r"\b(?:(?:is|are)\s+(?:not\s+)?(?:said|believed|thought|reported|alleged|rumou?red)\s+to"
          r"|(?:the|a|an|his|her|its|their)\s+(?:suspected|alleged|purported)"
          r"|it\s+(?:is|was)\s+(?:said|reported|believed|alleged|rumou?red)\s+that"
          r"|according\s+to\s+(?:reports|media\s+reports|unconfirmed))\b",
    "es": r"\b(?:se\s+cree\s+que|se\s+dice\s+que|al\s+parecer|según\s+se\s+informa|se\s+informó"
          r"\s+que|según\s+informes|según\s+los\s+informes)\b",
    "de": r"\b(?:(?:soll|sollen)\b(?=.*\b(?:haben|sein|worden)\b)|berichten\s+zufolge)",
    "fr": r"\b(?:aurait|auraient|serait|seraient)\b(?=\s+\w+(?:é|és|ée|ées|i|is|u|us|t)\b)",
    "ru": r"(?:по\s+слухам|как\s+сообщается|по\s+некоторым\s+данным|по\s+сообщениям)",
}
# a conditional the other side shares ("would have failed" / "aurait échoué") is no hedge
CONDITIONAL = {"en": {"would", "could", "might"}, "es": {"habría", "habrían", "sería", "serían"},
               "de": {"würde", "würden", "wäre", "wären", "hätte", "hätten"},
               "fr": {"aurait", "auraient", "serait", "seraient"},
               "ru": {"бы"}}


# Countries by their names and the adjectives of their people, as word beginnings in en, es, de,
# fr, ru, it, pt ("x$": exactly x). English words count only when capitalised ("turkey",
# "polish", "china" are also common words). Two texts naming different countries this way
# ("The Chinese president" / "le président japonais") name different actors.
_COUNTRIES = """
china: china$ chinese chinois chino$ chinos$ chinas$ chinesisch chines chinês chinesa cinese cinesi
    cina$ китай кнр$
japan: japan japon japón japanisch giappon japão japonês japonesa япони японск
russia: russia russie russe$ russes$ rusia$ ruso$ rusa$ rusos$ rusas$ russland russisch russo$ russa$
    rússia росси российск русск
ukraine: ukrain ucrania ucranian ucraina ucrain ucrâni украин
germany: germany german$ germans$ allemagne allemand alemania alemán alemana alemanes deutschland
    deutsch tedesc germania alemanha alemão alemã германи немец немецк
france: france$ french$ françai frankreich französisch francia$ francés francesa franceses
    francese francesi frança francês франци француз
britain: britain british britanni britanique británic britisch britânic британ англи english$
    anglais$ anglaise$ inglés inglesa englisch inglese inglês
italy: italy italian italie italien italia$ italiano italiana italianos italianas italienisch itália
    италь
spain: spain spanish espagne espagnol españa español española españoles spanien spanisch spagna
    spagnol espanha espanhol испани
poland: poland polish$ pologne polonais polonia$ polaco polaca polacos polen$ polnisch polacc
    polônia polaco польш польск
turkey: turkey$ turkish turquie turc$ turcs$ turque$ turquía turco$ turca$ turcos türkei türkisch
    turchia turchi turca turquia турци турецк
iran: iran$ iranian iranien irán$ iraní iranisch iraniano irã$ иран
iraq: iraq irak$ iraquí irakien irakisch iracheno iraquiano ирак
syria: syria$ syrian syrie$ syrien siria$ sirio$ siria$ syrisch siriano síria сири
israel: israel$ israeli israélien israelí israelisch israeliano israelense израил
egypt: egypt égypte égyptien egipto egipcio ägypten ägyptisch egitto egiziano egito egípcio египет
    египт
india: india$ indian$ inde$ indien$ hindú indisch indiano índia$ индия$ индии$ индию$ индией$
    индийск
pakistan: pakistan пакистан
brazil: brazil brésil brasil brasileñ brasilianisch brasiliano brasileir бразил
mexico: mexico mexican mexique mexicain méxico mexicano mexiko mexikanisch messico messicano мексик
canada: canada canadian canadien canadá canadiense kanada kanadisch canadese canadense канад
sweden: sweden swedish suède suédois suecia sueco schweden schwedisch svezia svedese suécia швеци
    шведск
norway: norway norwegian norvège norvégien noruega noruego norwegen norwegisch norvegia
    norvegese norueguês норвеги норвежск
finland: finland finnish finlande finlandais finlandia finlandés finnland finnisch finlandese
    finlândia финлянд финск
netherlands: netherlands dutch$ pays-bas néerlandais países_bajos neerlandés niederlande
    niederländisch paesi_bassi olandese holanda holandês нидерланд голланд
belgium: belgium belgian belgique belge bélgica belga belgien belgisch belgio бельги
austria: austria$ austrian autriche autrichien österreich austriaco austríaco австри
switzerland: switzerland swiss$ suisse$ suiza$ suizo$ schweiz schweizer svizzera svizzero suíça
    suíço швейцар
greece: greece greek$ grèce grec$ grecque grecia$ griego griechenland griechisch greco$ grécia
    греци греческ
hungary: hungary hungarian hongrie hongrois hungría húngaro ungarn ungarisch ungheria ungherese
    hungria венгри венгерск
serbia: serbia$ serbian serbie serbe$ serbio serbien serbisch serbo$ sérvia серби сербск
romania: romania romanian roumanie roumain rumania rumano rumänien rumänisch romeno roménia румын
portugal: portugal portuguese portugais portugués portugiesisch portoghese português португал
vietnam: vietnam vietnamese vietnamien vietnamita vietnamesisch вьетнам
korea: korea korean corée coréen corea$ coreano korean koreanisch coreia кореи корея корейск
saudi: saudi saoudien saudí saudita saudisch saudiano саудовск
qatar: qatar katar$ катар
nigeria: nigeria$ nigerian nigérian nigeriano nigerianisch нигери
thailand: thailand thai$ thaïlande thaïlandais tailandia tailandés thailändisch tailandese
    tailândia таиланд тайск
usa: american$ americans$ américain américaine estadounidense amerikanisch americano americana
    американск сша$
"""

# The same countries in Chinese, Japanese and Korean, found in the text (no spaces there).
CJK_COUNTRIES = {n: c for c, names in {
    "china": "中国 中國 中華人民共和国", "japan": "日本 일본", "russia": "俄罗斯 ロシア 러시아",
    "ukraine": "乌克兰 ウクライナ 우크라이나", "germany": "德国 ドイツ 독일",
    "france": "法国 フランス 프랑스",
    "britain": "英国 イギリス 영국", "italy": "意大利 イタリア 이탈리아", "spain": "西班牙 スペイン 스페인",
    "poland": "波兰 ポーランド 폴란드", "turkey": "土耳其 トルコ 튀르키예 터키", "iran": "伊朗 イラン 이란",
    "india": "印度 インド 인도", "brazil": "巴西 ブラジル 브라질", "canada": "加拿大 カナダ 캐나다",
    "korea": "韩国 韓国 朝鲜 北朝鮮 한국 북한", "vietnam": "越南 ベトナム 베트남",
    "thailand": "泰国 태국", "usa": "美国 アメリカ 米国 미국", "mexico": "墨西哥 メキシコ 멕시코",
    "egypt": "埃及 エジプト 이집트", "israel": "以色列 イスラエル 이스라엘",
}.items() for n in names.split()}


def _parse_countries(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for raw in text.replace("\n    ", " ").strip().splitlines():
        key, stems = raw.split(":", 1)
        out[key] = [s.replace("_", " ") for s in stems.split()]
    return out


COUNTRIES = _parse_countries(_COUNTRIES)

# Capitals standing for their countries ("Berlin and Paris share this view" / "the German and
# French governments agree"), in the spellings of en/es/de/fr/ru/it/pt; exact, lower case.
CAPITALS = {w: c for c, words in {
    "germany": "berlin берлин берлине берлина",
    "france": "paris parís parigi париж париже парижа",
    "russia": "moscow moscou moscú moskau mosca москва москве москвы москву",
    "ukraine": "kyiv kiev kiew kiev киев киеве киева київ",
    "china": "beijing pékin pekín peking pechino pequim пекин пекине пекина",
    "japan": "tokyo tokio tóquio токио",
    "britain": "london londres londra лондон лондоне лондона",
    "italy": "rome roma rom рим риме рима",
    "spain": "madrid мадрид мадриде мадрида",
    "poland": "warsaw varsovie varsovia warschau varsavia varsóvia варшава варшаве варшавы",
    "turkey": "ankara анкара анкаре анкары",
    "iran": "tehran téhéran teherán teheran teheran teerã тегеран тегеране тегерана",
    "syria": "damascus damas damasco damaskus дамаск дамаске дамаска",
    "egypt": "cairo caire kairo каир каире каира",
    "sweden": "stockholm estocolmo stoccolma estocolmo стокгольм",
    "norway": "oslo осло",
    "finland": "helsinki helsinque хельсинки",
    "greece": "athens athènes atenas athen atene атены афины афинах",
    "hungary": "budapest budapeste будапешт",
    "serbia": "belgrade belgrado belgrad белград белграде",
    "romania": "bucharest bucarest bukarest bucareste бухарест",
    "portugal": "lisbon lisbonne lisboa lissabon lisbona лиссабон",
    "korea": "seoul séoul seúl seul сеул",
    "austria": "vienna vienne viena wien",
    "usa": "washington вашингтон вашингтоне",
    "thailand": "bangkok бангкок",
    "vietnam": "hanoi hanói ханой",
}.items() for w in words.split()}

# Country names of several words, as regular expressions
COUNTRY_PHRASES = {
    "usa": r"\bUnited\s+States\b|\bEstados\s+Unidos\b|\bÉtats-Unis\b|\bVereinigten?\s+Staaten\b"
           r"|\bStati\s+Uniti\b|Соединённы\w*\s+Штат\w*|Соединенны\w*\s+Штат\w*",
    "britain": r"\bUnited\s+Kingdom\b|\bReino\s+Unido\b|\bRoyaume-Uni\b|\bVereinigte\w*\s+Königreich\w*"
               r"|\bRegno\s+Unito\b|Соединённо\w*\s+Королевств\w*|Великобритани\w*",
}
