"""Read articles and extract direct quotations with their speakers and offsets."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from drift.errors import InputError

# opening mark -> closing marks accepted (outlets mix straight and curly marks)
PAIRS = {"“": "”\"“", "\"": "\"”", "«": "»", "„": "“”\"", "‚": "‘’", "‘": "’", "「": "」",
         "『": "』", "»": "«"}
CUES = ("said|says|told|tells|added|adds|warned|urged|stressed|noted|explained|concluded|"
        "stated|declared|according to|сказал|заявил|добавил|отметил|подчеркнул|сообщил|"
        "сказала|заявила|добавила|отметила|подчеркнула|сообщила|сказали|заявили|"
        "sagte|erklärte|betonte|fügte|a déclaré|a dit|a ajouté|a affirmé|a souligné|a précisé|"
        "a indiqué|a estimé|dijo|afirmó|ha detto|ha dichiarato|ha aggiunto|ha affermato|"
        "ha sottolineato|disse|afirmou|declarou|acrescentou|"
        "declaró|añadió|señaló|rekao|izjavio|рекао|изјавио")
_CUE = re.compile(rf"\b({CUES})\b", re.IGNORECASE)
# up to three capitalised words, not starting at an article ("The Russian Foreign Ministry")
_NAME = re.compile(r"\b(?!(?:The|Der|Die|Das|La|Le|Les|El|Il|Lo)\s)"
                   r"([A-ZА-ЯЁ][\w’'-]+(?:\s+[A-ZА-ЯЁ][\w’'-]+){0,2})")
_FURNITURE = re.compile(r"^\s*(READ MORE|Read more|ЧИТАЙТЕ ТАКЖЕ|LESEN SIE AUCH|Photo|Фото|"
                        r"Foto|Image|Related|RELATED|WATCH|Subscribe)\b.*$", re.MULTILINE)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "the", "this", "but", "and", "however",
             "according", "speaking", "in", "on", "at", "as", "after", "while", "when"}


@dataclass(frozen=True)
class Document:
    """One article: a name and its plain text."""

    name: str
    text: str


@dataclass(frozen=True)
class Quote:
    """A direct quotation: text (parts joined when interrupted by attribution), its span(s)."""

    doc: str
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_span: tuple[int, int] | None
    parts: int = 1
    kind: str = "direct"  # direct | reported (lower confidence: "he said that …")


def read_document(path: Path) -> Document:
    """Plain text, Markdown, HTML (article body via trafilatura) or JSON/JSONL with a text field."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not an article")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        text = json_text(raw, path)
        if not text.strip():
            raise InputError(f"{path}: document is empty")
        return Document(str(path), text)
    fmt = "html" if suffix in (".html", ".htm") else "auto"
    return document_from_text(str(path), raw, fmt)


def document_from_text(name: str, raw: str, fmt: str = "auto") -> Document:
    """A document from text already in memory: plain text/Markdown, or HTML (fmt "html", or
    "auto" when it starts like an HTML page)."""
    looks_html = raw.lstrip()[:15].lower().startswith(("<!doctype", "<html"))
    text = html_text(raw) if fmt == "html" or (fmt == "auto" and looks_html) else raw
    if not text.strip():
        raise InputError(f"{name}: document is empty")
    return Document(name, text)


def html_text(raw: str) -> str:
    import trafilatura

    return trafilatura.extract(raw, include_comments=False, include_tables=False) or ""


def json_text(raw: str, path: Path) -> str:
    texts = []
    lines = raw.splitlines() if path.suffix.lower() == ".jsonl" else [raw]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
        for key in ("text", "body", "content", "article"):
            if isinstance(rec, dict) and isinstance(rec.get(key), str):
                texts.append(rec[key])
                break
        else:
            raise InputError(f"{path}:{n}: no 'text' (or body/content) field")
    return "\n\n".join(texts)


def _raw_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted content, excluding the marks."""
    spans, i = [], 0
    masked = _FURNITURE.sub(lambda m: " " * len(m.group()), text)
    # where a scan for each set of closing marks last ran out without finding one: an opener
    # before that point cannot find one either, so it is not scanned again (linear, not
    # quadratic, in a text full of unclosed marks)
    dead_end: dict[str, int] = {}
    while i < len(masked):
        ch = masked[i]
        if ch in PAIRS and _opens(masked, i) and i >= dead_end.get(PAIRS[ch], -1):
            closers = PAIRS[ch]
            j = i + 1
            while j < len(masked) and not (masked[j] in closers and _closes(masked, j)):
                if masked[j] == "\n" and masked[j + 1:j + 2] == "\n":
                    break
                j += 1
            if j < len(masked) and masked[j] in closers and j - i > 2:
                spans.append((i + 1, j))
                i = j + 1
                continue
            if not (j < len(masked) and masked[j] in closers):
                dead_end[closers] = j
        i += 1
    return spans


def _opens(t: str, i: int) -> bool:
    if t[i] in "‘‚":
        return i == 0 or not t[i - 1].isalnum()
    return True


def _closes(t: str, j: int) -> bool:
    if t[j] == "’":
        return j + 1 >= len(t) or not t[j + 1].isalnum()
    return True


_ATTRIBUTION_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[.!?](?=\s)")


def _speaker(text: str, start: int, end: int, gap: tuple[int, int] | None = None
             ) -> tuple[str | None, tuple[int, int] | None]:
    """Look for 'NAME said' / 'said NAME' in the interruption, just after, else just before."""
    after = text[end:end + 90].split("\n")[0]
    stop = _ATTRIBUTION_END.search(after, 2)  # '…," she said. Later, …': the attribution ends
    after = after[:stop.start()] if stop else after
    before = re.split(r"[”»」』\"]", text[max(0, start - 120):start - 1].split("\n")[-1])[-1]
    windows = [(after, end), (before, start - 1 - len(before))]
    if gap:
        windows.insert(0, (text[gap[0]:gap[1]], gap[0]))
    for k, (window, offset) in enumerate(windows):
        cue = _CUE.search(window)
        if not cue:
            continue
        before_quote = offset + len(window) == start - 1 and not (gap and k == 0)
        found = []
        for m in _NAME.finditer(window):
            name, begin = _person(m.group(1), m.start(1))
            if not name or _CUE.fullmatch(name.lower()) or \
                    begin > cue.start() and _ARTICLE_BEFORE.search(window[:begin]):
                continue  # "sagte die Ministerin": a role, not a name
            if cue.group(1).lower() == "according to" and begin > cue.end() + 1 \
                    and not _CUE.search(window, cue.end()):
                break  # "According to the president, NATO is …": NATO is not who speaks
            if before_quote and begin > cue.start() and not _INVERTED_RX.match(cue.group(1)):
                continue  # "He warned Brussels that …": Brussels is spoken to, not speaking
            found.append((name, (offset + begin, offset + begin + len(name))))
        if found:  # before a quote, the name nearest the verb ("Speaking to Serbia's
            # Politika, Putin said: …"); after it, the first ("…," Vogel said)
            return found[-1] if before_quote and found[-1][1][0] - offset < cue.start() else found[0]
        return None, None
    return None, None


_NOT_SPEAKERS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december", "asked", "speaking"}


def _person(name: str, begin: int) -> tuple[str | None, int]:
    """A captured name without what is not the person: a leading article or acronym
    ("The Russian Foreign Ministry", "МИД Ирина Соловьёва"), or None for a possessive
    ("Germany's largest supplier", "Serbia's Politika" name an owner, not a speaker)."""
    tokens = list(re.finditer(r"\S+", name))
    while tokens and (tokens[0].group().lower() in _PRONOUNS
                      or len(tokens) > 1 and re.fullmatch(r"[A-ZА-ЯЁ]{2,}", tokens[0].group())):
        tokens = tokens[1:]
    if not tokens or any(re.search(r"['’]s$", t.group()) for t in tokens) \
            or tokens[0].group().lower() in _NOT_SPEAKERS:
        return None, begin
    return name[tokens[0].start():], begin + tokens[0].start()


_ARTICLE_BEFORE = re.compile(r"\b(?:die|der|den|dem|the|la|le|el)\s+$", re.IGNORECASE)
_PERSONAL = r"(?:he|she|er|sie|il|elle|он|она)"
# "…," she said / "sagte sie" / "sagte die Ministerin" / "a-t-elle ajouté": the speaker named last
_REFERS_BACK = re.compile(rf"\b{_PERSONAL}\s+(?:{CUES})\b|\b(?:{CUES})\s+{_PERSONAL}\b"
                          rf"|\ba-t-(?:il|elle)\s+\w+|\b(?:{CUES})\s+(?:die|der|la|le)\s+\w+"
                          rf"|\b(?:{CUES})\s+[а-яё]{{4,}}\b"  # "— подчеркнула дипломат"
                          rf"|\b(?:{CUES})\s*[.;]", re.IGNORECASE)  # "», añadió."


_VERBS = CUES.replace("according to|", "")
_TITLE = re.compile(r"(?:(?:President|Prime|Minister|Chancellor|Mr|Mrs|Ms|Dr|Senator|Governor|Mayor|"
                    r"Secretary|General|Präsident|Kanzler|Ministerin|Minister)\.?\s+)+")
_INVERTED = ("said|says|added|sagte|erklärte|betonte|dijo|afirmó|declaró|añadió|сказал|заявил|добавил|"
             "a déclaré|a ajouté|a dit|a affirmé|ha detto|ha dichiarato|ha aggiunto|disse|afirmou")
_INVERTED_RX = re.compile(rf"(?:{_INVERTED})$", re.IGNORECASE)  # verbs a name may follow
# "Vogel said", "said Vogel", "a déclaré la porte-parole Irina Soloviova"
_SPEAKS = re.compile(rf"{_NAME.pattern}(?=\s+(?:{_VERBS})\b)"
                     rf"|\b(?:{_INVERTED})\s+(?:(?:the|la|le|el)\s+[a-zà-ÿ][\w-]*\s+|(?:die|der)\s+\w+\s+)?"
                     rf"{_NAME.pattern}")


def _referred_speaker(text: str, start: int, end: int):
    """When the attribution next to a quote is a pronoun or a role ("she said", "sagte die
    Ministerin"), the person named last before it next to a speech verb ("Vogel said", "Putin
    told"), within the thousand characters before the quote."""
    after = text[end:end + 60].split("\n")[0]
    before = text[max(0, start - 60):start].split("\n")[-1]
    if not (_REFERS_BACK.match(after.lstrip(" ,\"”»“—–-")) or _REFERS_BACK.search(before)):
        return None, None
    offset = max(0, start - 1000)
    found = None, None
    for m in _SPEAKS.finditer(text, offset, start):
        g = 1 if m.group(1) else 2
        name, begin = m.group(g), m.start(g)
        if re.match(r"[A-ZА-ЯЁ]{2,}\s", name):  # "представитель МИД Ирина Соловьёва"
            cut = name.index(" ") + 1
            name, begin = name[cut:], begin + cut
        title = _TITLE.match(name)
        if title and title.end() < len(name):  # "President Vladimir Putin": the name
            name, begin = name[title.end():], begin + title.end()
        if name.split()[0].lower() not in _PRONOUNS and not _CUE.fullmatch(name.lower()):
            found = name, (begin, begin + len(name))
    return found


def extract_quotes(doc: Document, min_words: int = 3) -> list[Quote]:
    """Direct quotations of `doc`; a quote interrupted by a short attribution is joined."""
    text = doc.text
    spans = [s for s in _raw_quotes(text) if len(text[s[0]:s[1]].split()) >= min_words]
    merged: list[list] = []
    for s, e in spans:
        if merged:
            gap = text[merged[-1][1] + 1:s - 1]
            same_marks = text[merged[-1][0] - 1] == text[s - 1]
            goes_on = text[s:s + 1].islower() or gap.rstrip().endswith((",", ":", "—"))
            if same_marks and goes_on and len(gap) < 60 and _CUE.search(gap) and "\n" not in gap:
                if merged[-1][2] == 1:
                    merged[-1][3] = (merged[-1][1] + 1, s - 1)
                merged[-1][1] = e
                merged[-1][2] += 1
                continue
        merged.append([s, e, 1, None])
    quotes = []
    for s, e, parts, gap in merged:
        body = text[s:e]
        if parts > 1:
            body = re.sub(r"[”\"»“’]\s*,?[^“\"«„]{0,60}?[“\"«„]", " ", body)
        name, nspan = _speaker(text, s, e, gap)
        if name is None:
            name, nspan = _referred_speaker(text, s, e)
        quotes.append(Quote(doc.name, body.strip(" ,"), s, e, name, nspan, parts))
    return quotes


# "X said that …", "заявил, что …", "sagte, dass …", "a déclaré que …", "dijo que …"
_REPORTED = re.compile(
    r"\b(?:said|says|told \w+|added|warned|stressed|noted|explained|stated|claimed|argued|insisted)"
    r"(?:\s+\w+){0,3}?\s+that\s+"
    # "he said Washington's plans …", "she says the deal …": "that" left out
    r"|(?-i:\b(?:said|says|warned|stressed|noted|stated|claimed|argued|insisted)\s+"
    r"(?=(?:the|a|an|his|her|its|their|[A-Z]\w+)\b))"
    r"|\b(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил)а?(?:\s+\w+){0,3}?,\s+что\s+"
    r"|\b(?:sagte|erklärte|betonte|fügte hinzu|warnte)(?:\s+\w+){0,3}?,\s+dass\s+"
    r"|\b(?:a déclaré|a dit|a affirmé|a souligné|a ajouté|a averti)(?:\s+\w+){0,3}?\s+qu(?:e\s+|')"
    r"|\b(?:dijo|afirmó|declaró|señaló|aseguró|añadió|advirtió)(?:\s+\w+){0,3}?\s+que\s+",
    re.IGNORECASE)
_TRAILING = re.compile(r"(?:[\s,:;]+(?:and|adding|und|et|y|и)?(?:\s+(?:that|dass|que|что))?)*\s*$",
                       re.IGNORECASE)
_CONNECTOR = re.compile(r"[,:;]|\b(?:and|that|dass|que|что|und|et|y|и)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


def reported_speech(doc: Document, direct: list[Quote], min_words: int = 4) -> list[Quote]:
    """Sentences of reported speech outside direct quotes, from the complementiser ("that",
    "что", "dass", "que") to the end of the sentence: lower-confidence quote candidates."""
    text = doc.text
    inside = [(q.start - 1, q.end + 1) for q in direct]
    out = []
    for m in _REPORTED.finditer(text):
        if any(s <= m.start() < e for s, e in inside):
            continue
        end_m = _SENTENCE_END.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        cut = min((s for s, e in inside if s < end and m.end() < e), default=None)
        if cut is not None:  # "… similar decisions and that “the consequences …”": the
            # reported part ends where the direct quote begins, after a connector; with none
            # ("was trying to “dismantle …”") it only leads into the quote
            lead = text[m.end():max(cut, m.end())]
            kept = _TRAILING.sub("", lead)
            if not _CONNECTOR.search(lead[len(kept):]):
                continue
            end = m.end() + len(kept)
        body = text[m.end():end]
        if len(body.split()) < min_words:
            continue
        name, nspan = _name_before(text, m.start())
        if _ROLE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            name, nspan = None, None  # "…, the minister said that": a role; no name in reach
        out.append(Quote(doc.name, body.strip(), m.end(), end, name, nspan, 1, "reported"))
    return out


_ROLE_BEFORE = re.compile(r"\b(?:the|der|die|la|le|el)\s+[a-zà-ÿа-яё][\w-]*\s*$", re.IGNORECASE)


def _name_before(text: str, pos: int) -> tuple[str | None, tuple[int, int] | None]:
    """The last capitalised name between the sentence start and `pos` (the speech verb)."""
    start = max(text.rfind(c, 0, pos) for c in ".!?\n»”") + 1
    found = None
    for m in _NAME.finditer(text, start, pos):
        name, begin = _person(m.group(1), m.start(1))
        if name:
            found = (name, (begin, begin + len(name)))
    return found or (None, None)
