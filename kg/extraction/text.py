"""Character-level helpers the components share: words, sentences, name shapes, normalisation."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

OPENING = "([{\"'“‘«"
CLOSING = ")]}\"'”’»,.;:!?"
PUNCTUATION = OPENING + CLOSING
BRACKET_PAIRS = {")": "(", "]": "[", "}": "{"}
# A period after one of these does not end a sentence.
ABBREVIATION_END = re.compile(r"(?:\b(?:e\.g|i\.e|al|etc|vs|cf|Fig|Eq|resp|approx|i\.i\.d|w\.r\.t|"
                              r"Sec|No|Tab|Figs|Eqs|Ref|Refs))\.[\"')\]]?$")
# (The punctuation is matched, not looked behind for: a leading lookbehind is tried at every
# character; group 1's end is where the sentence ends.)
SENTENCE_END = re.compile(r"([.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9$\\])")
# What joins the parts of a name: "MiniCPM-V", "H/16".
NAME_PART_SEPARATOR = re.compile(r"[-/]")
NUMBER_SHAPE = re.compile(r"^[+\-±~≈<>]?\$?\d[\d.,]*(?:\s?(?:%|x|×|K|M|B|k|pp|ms|s))?$")
SIZE_SUFFIX = re.compile(r"(?:^|[-_ ])\d+(?:\.\d+)?[BbMm]$|-\d+[Bb](?:[-/]|$)|\d+x\d+[Bb]")


# A sentence (or clause after a colon) fronted by where its result holds, up to the comma that
# ends that phrase: "On MMLU, ", "For example, on GSM8K, ", "...: on PASCAL-5i, ".
FRONTED_PHRASE = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+)?,\s+)?(?:[Oo]n|[Aa]cross|[Ff]or)\s"
                            r"[^,]{1,60},\s")
# What joins the members of a coordinated list: ", ", " and ", ", or ", "/" (past a bracket).
LIST_JOINER = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,|,?\s*and|,?\s*or|/)\s*")
WHITESPACE = re.compile(r"\s")
# ASCII's whitespace but the space and the line break.
OTHER_ASCII_WHITESPACE = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


@dataclass
class Words:
    """The whitespace-delimited words of a text with outer punctuation stripped: word i is
    texts[i] at starts[i]:ends[i]. Three lists, as one object per word costs too much here."""
    starts: list[int]
    ends: list[int]
    texts: list[str]

    def __len__(self) -> int:
        return len(self.texts)


def words_of(text: str) -> Words:
    # "MetaShift--a collection": a dash pair separates words as a space does (same length,
    # so offsets hold); so does the title's line break.
    spaced = text.replace("--", "  ").replace("—", " ").replace("\n", " ")
    # Words are then what str.split(" ") finds between single spaces (in a quarter of the time
    # of a regex's findall), offsets by adding up lengths; a tab or a non-breaking space (rare)
    # becomes a space first.
    if not _spaces_only(spaced):
        spaced = WHITESPACE.sub(" ", spaced)
    words, start = Words([], [], []), 0
    for raw in spaced.split(" "):
        end = start + len(raw)
        # Most words have no punctuation to strip: one strip() that gives the word itself back
        # says so (two calls, lstrip's and rstrip's, cost more).
        if raw.strip(PUNCTUATION) is raw and raw:
            words.starts.append(start)
            words.ends.append(end)
            words.texts.append(raw)
        else:
            core = raw.lstrip(OPENING)
            stripped = core.rstrip(CLOSING)
            if stripped is not core and ("(" in stripped or "[" in stripped or "{" in stripped):
                stripped = _keep_inner_closers(core)
            if stripped:
                core_start = end - len(core)
                words.starts.append(core_start)
                words.ends.append(core_start + len(stripped))
                words.texts.append(stripped)
        start = end + 1  # (past the piece and its space)
    return words


def _spaces_only(text: str) -> bool:
    """Whether the space is the text's only whitespace. For ASCII (nearly every abstract) by
    a few character searches, which run at memchr's speed; else printable text has none."""
    if text.isascii():
        return not any(space in text for space in OTHER_ASCII_WHITESPACE)
    return text.isprintable()


def _keep_inner_closers(core: str) -> str:
    """Strip closing punctuation but keep a bracket that closes one opened inside the word:
    "p_{gen}", "Llama(2)"."""
    end = len(core)
    while end and core[end - 1] in CLOSING:
        closer = core[end - 1]
        if closer in BRACKET_PAIRS and \
                core.count(BRACKET_PAIRS[closer], 0, end) >= core.count(closer, 0, end):
            break
        end -= 1
    return core[:end]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; abbreviations such as "e.g." do not end one."""
    bounds, start = [], 0
    # SENTENCE_END tried at its punctuation only, found by str.find: its own scan tests every
    # character against the class, two thirds of this function's time.
    for match in matches_at(SENTENCE_END, text, positions_of(text, ".!?")):
        end = match.end(1)
        if ABBREVIATION_END.search(text, max(0, end - 10), end):
            continue
        bounds.append((start, end))
        start = match.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


# LaTeX that formats words without being part of them: "\\textbf{", "{\\em ", "~" (a tie).
LATEX_FORMAT = re.compile(r"\\(?:textbf|textit|textsc|texttt|textrm|textsf|text|emph|underline|"
                          r"mathrm|mathbf|mathit|mathsf|mathtt)\s*\{|\{\\(?:em|bf|it|sc|tt|sl)\s")
LATEX_TIE = re.compile(r"(?<=[^\s\\])~(?=\S)")
# An accented letter: T\"ULU, Fr\'{e}chet. It reads as its plain letter ("TULU"), as
# the scoring folds names to letters and digits.
LATEX_ACCENT = re.compile(r"\\[\"'`^~]\{?([A-Za-z])\}?")


# "[Xu et al., 2023]", "[12, 15]", "[Smith 2020]": a citation in square brackets.
CITATION = re.compile(r"\[(?:[^\[\]]{0,80}?(?:et al\.?|\b(?:19|20)\d\d[a-z]?)|[\d,;\s\-–]+)\]")


def blank_latex(text: str) -> str:
    """The text with LaTeX formatting blanked out, character for character, so offsets still
    point into the original: "\\textbf{MoE-LoRA} (MoLA)" reads "        MoE-LoRA  (MoLA)",
    "Mixture-of-Experts~(MoE)" reads "Mixture-of-Experts (MoE)". A group that opens a word
    moves one character right onto its brace: "\\textbf{C}ollaborative" reads
    "         Collaborative" (its offsets then start one character late, inside the word)."""
    # (Literal tests first: most abstracts have neither; and the characters are listed only
    # when a pattern matches, as a backslash or a tilde alone is no formatting.)
    commands = "\\" in text
    formats = list(LATEX_FORMAT.finditer(text)) if commands else []
    accents = list(LATEX_ACCENT.finditer(text)) if commands else []
    ties = list(LATEX_TIE.finditer(text)) if "~" in text else []
    if not formats and not accents and not ties:
        return text
    chars = list(text)
    for match in accents:
        # The word's letters before the accent move right over the command, the blanks it
        # leaves go before the word: T\"ULU 2 reads "  TULU 2".
        start = word_start = match.start()
        while word_start > 0 and chars[word_start - 1].isalnum():
            word_start -= 1
        blanks = match.end() - match.start() - 1
        chars[word_start:match.end()] = [" "] * blanks + chars[word_start:start] + \
            [match.group(1)]
    for match in formats:
        chars[match.start():match.end()] = " " * (match.end() - match.start())
        depth, at = 1, match.end()
        while at < len(text) and depth:  # the brace that closes the group goes too
            depth += {"{": 1, "}": -1}.get(text[at], 0)
            at += 1
        if depth == 0:
            # "$\\textbf{M}$ulti-agent": a group set in maths mode goes with its dollars.
            close = 2 if text[match.start() - 1:match.start()] == "$" == text[at:at + 1] else 1
            at += close - 1
            if close == 2:
                chars[match.start() - 1] = " "
            content = text[match.end():at - close]
            if at < len(text) and text[at].isalnum() and content.isalnum():
                chars[match.end():at] = " " * close + content
            else:
                chars[at - close:at] = " " * close
    for match in ties:
        chars[match.start()] = " "
    return "".join(chars)


def blank_citations(text: str) -> str:
    """The text with bracketed citations blanked out, character for character: "PanguCoder
    [Shen et al., 2023] and Phi-1" reads "PanguCoder                    and Phi-1" (a
    citation is no name, and it would part a list of names)."""
    if "[" not in text:  # (a literal test first: most abstracts cite nothing so)
        return text
    return CITATION.sub(lambda m: " " * len(m.group(0)), text)


def occurrences(text: str, needle: str):
    """Every position of needle in text, overlapping ones included (str.find: C speed)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def positions_of(text: str, characters: str) -> list[int]:
    """Every position of any of `characters` in text, ascending."""
    found: list[int] = []
    for character in characters:
        if character in text:
            found += occurrences(text, character)
    if len(characters) > 1:
        found.sort()
    return found


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]):
    """pattern's matches as finditer gives them, tried only at `starts` (ascending): where a
    match can begin, found by cheaper means than the pattern's own scan of every character."""
    covered = 0
    for start in starts:
        if start >= covered and (match := pattern.match(text, start)):
            covered = match.end()
            yield match


NON_SPACE = re.compile(r"\S+")
# The "and" between two parts of a name, or two names.
AND_BETWEEN = re.compile(r"\s+and\s+")
NON_ALNUM = re.compile(r"[\W_]+")
ASCII_NON_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())


# "γ-MoD" is "gamma-MoD": a Greek letter is the same name as its spelling.
GREEK_LETTER_NAMES = str.maketrans({
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega"})


@lru_cache(maxsize=200_000)
def normalise_name(name: str) -> str:
    """The identity of a name: NFKC, case-folded, letters and digits only (the gold's rule),
    except that a trailing "+" stays meaningful (HumanEval+ is not HumanEval), a Greek letter
    is its spelling and an accented letter its plain one."""
    if name.isascii():
        # The same for ASCII (NFKC keeps it, casefold is lower) in under half the time: a
        # bytes deletion instead of a regex substitution.
        text = name.lower().replace("+", "plus")
        return text.encode("ascii").translate(None, ASCII_NON_ALNUM).decode("ascii")
    text = unicodedata.normalize("NFKC", name).casefold().replace("+", "plus")
    # (Accents go: "MoiréNet" in a title is the abstract's Moir\'eNet, read "MoireNet".)
    return NON_ALNUM.sub("", without_accents(text.translate(GREEK_LETTER_NAMES)))


def without_accents(text: str) -> str:
    """The text with its letters' accents dropped: "Fréchet" -> "Frechet"."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def list_joiner(text: str, start: int, end: int) -> re.Match | None:
    """LIST_JOINER.fullmatch(text, start, end), tried only where the text after the spaces
    can start one (a bracket, a comma, "and", "or", a slash): names are mostly far apart."""
    if not LIST_JOINER_START.match(text, start, end):
        return None
    return LIST_JOINER.fullmatch(text, start, end)


# Where LIST_JOINER can match: past the spaces, one of the characters that can open it.
LIST_JOINER_START = re.compile(r"\s*[(,ao/]")
DIGIT = re.compile(r"\d")


def has_size_suffix(name: str) -> bool:
    """SIZE_SUFFIX.search(name), tried only on a name with a digit (each of its branches
    has one; one search for it, not a test of each character)."""
    return DIGIT.search(name) is not None and SIZE_SUFFIX.search(name) is not None


def is_name_shaped(word: str) -> bool:
    """A word that reads as a proper name of an artefact: MiniCPM-V, iLA-SDP, Math23K, DPO."""
    if word.islower() or word.isalpha() and word[1:].islower():
        return False  # the common case: "model", "Results"
    if word[-1] in "+*" and MARKED_VARIANT_NAME.fullmatch(word):
        return True  # "Feedback+", "Rein++", "Q*", "RRT*": a mark coins a name of a word
    core = word.strip("-/").rstrip("+")  # "HumanEval+", "LLVisionQA+"
    if not core.isascii():
        return _shaped_by_characters(core)
    # The same tests as _shaped_by_characters', by a few regexes: in ASCII a letter, a capital
    # and a digit are what [A-Za-z], [A-Z] and [0-9] match.
    if not (letters := ASCII_TWO_LETTERS.match(core)) or NUMBER_SHAPE.match(core):
        return False
    has_digit = ASCII_DIGIT.search(core) is not None
    if ASCII_INNER_UPPER.search(core):
        if has_digit:
            return True
        parts = list(filter(None, NAME_PART_SEPARATOR.split(core)))
        return not (all([p[:1].isupper() and p[1:].islower() for p in parts if p.isalpha()]) and
                    not any([p.isupper() for p in parts if len(p) > 1]))
    return has_digit and ("A" <= letters.group(1) <= "Z" or "0" <= core[:1] <= "9" and
                          ASCII_UPPER.search(core) is not None)


# A capitalised word marked as a variant by "+" or "++", or capitals (and digits) by "*" (a
# footnote's star follows ordinary words: "Theorems*").
MARKED_VARIANT_NAME = re.compile(r"[A-Z][A-Za-z0-9\-]*[A-Za-z0-9]\+{1,2}|[A-Z][A-Z0-9\-]*\*")
# An ASCII word's first letter (group 1), when it has two letters or more.
ASCII_TWO_LETTERS = re.compile(r"[^A-Za-z]*([A-Za-z])[^A-Za-z]*[A-Za-z]")
ASCII_DIGIT = re.compile(r"[0-9]")
ASCII_UPPER = re.compile(r"[A-Z]")
# A capital inside a part of a name, or a capital that is a part of its own but the first:
# "MiniCPM-V", "Calc-X" (the word does not start with a separator).
ASCII_INNER_UPPER = re.compile(r"[^-/][A-Z]|[-/][A-Z](?:[-/]|\Z)")


def _shaped_by_characters(core: str) -> bool:
    """is_name_shaped of a word stripped to its core, by tests of its characters."""
    # (Characters are tested by map in C, parts by list comprehensions: generators that stop
    # early, as any() stops them, are costly to close.)
    letters = list(filter(str.isalpha, core))
    if len(letters) < 2 or NUMBER_SHAPE.match(core):
        return False
    parts = list(filter(None, NAME_PART_SEPARATOR.split(core)))
    # "MiniCPM-V", "Calc-X": a capital inside a part, or a capital letter as a part of its own.
    inner_upper = any([any(map(str.isupper, part[1:])) for part in parts]) or \
        len(parts) > 1 and any([len(part) == 1 and part.isupper() for part in parts[1:]])
    has_digit = any(map(str.isdigit, core))
    if inner_upper:
        # "Multi-Agent", "Fine-Grained": capitalised English words joined by hyphens.
        if all([p[:1].isupper() and p[1:].islower() for p in parts if p.isalpha()]) and \
                not has_digit and not any([p.isupper() for p in parts if len(p) > 1]):
            return False
        return True
    if has_digit and (letters[0].isupper() or core[:1].isdigit() and
                      any(map(str.isupper, core))):
        return True
    return False


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def acronym_matches(acronym: str, long_form: str) -> bool:
    """Schwartz-Hearst: the acronym's letters appear in order in the long form, the first at
    the start of a word of it; a digit inside its capitals may count a letter instead of
    standing for itself ("H2ST", Hierarchical Two-sample Tests; "S4ECA")."""
    if _letters_in_order(acronym, long_form):
        return True
    return not acronym.isalpha() and (counted := DIGIT_INSIDE_CAPITALS.fullmatch(acronym)) \
        is not None and _letters_in_order(counted[1] + counted[2], long_form)


# An acronym with one digit inside its capitals (groups 1 and 2: the letters around it).
DIGIT_INSIDE_CAPITALS = re.compile(r"([A-Z]+)\d([A-Z]+)")


def _letters_in_order(acronym: str, long_form: str) -> bool:
    if len(long_form) <= len(acronym):
        return False
    if acronym.isascii() and acronym.isalnum():
        letters = acronym.lower()  # (the common case, lowered at once: a letter is a letter)
    else:
        letters = [c.lower() for c in acronym if c.isalnum()]
        if not letters or not acronym.isascii() and any(len(ch) > 1 for ch in letters):
            return False  # (a letter lowered to two characters is no one character of the form)
    long_lower = long_form.lower()
    # Each letter at its last place before the next one's, found by str.rfind; the first
    # letter's at the start of a word.
    li = len(long_lower) - 1
    for ch in reversed(letters[1:]):
        li = long_lower.rfind(ch, 0, li + 1) - 1
        if li < -1:
            return False
    while (at := long_lower.rfind(letters[0], 0, li + 1)) > 0 and long_lower[at - 1].isalnum():
        li = at - 1
    return at >= 0


def word_edge(text: str, i: int) -> bool:
    """Whether position i (just outside a match) is not part of a word."""
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] in "-_")
