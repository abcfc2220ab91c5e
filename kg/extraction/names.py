"""kg_names: the names the catalogue does not know, every candidate's type, and what the
paper proposes.

Discovery: the title's rules (titles.py: "X: ...", "X -- ...", "... via X", a leading phrase,
a title that is only a short name), acronym definitions both ways, "we propose / present X"
(also "..., namely X"), "called / dubbed / named X", names right after a kind word ("the
generalist model X"), name-shaped words (MiniCPM-V, iLA-SDP, Calc-X), versions, sizes and
variant words after a model's name, variants of known benchmarks (Multi-Agent MuJoCo), what a
comparison is made against, size lists (Gemma-2B/7B), eponymous methods, members of lists
("including A, B and C", "on four benchmarks: A, B and C"), repeated mentions, task and metric
phrases.
Typing: the catalogue, then votes from head words, appositives, lists and the name's shape; an
introduced name nothing types is the paper's method, a proposal the abstract calls "our model"
(or releases in sizes) a model.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from itertools import filterfalse

from spacy.language import Language
from spacy.tokens import Doc

from kg.catalogue import load_catalogue
from kg.extraction.candidates import (CORE, NAMED_PROPOSAL_HEADS, BatchedComponent, Candidate,
                                      add_vote, added_votes, best_type, char_span, cue_words_of,
                                      extension, first_type, longest_first, lower_case_of,
                                      lowered_text_of, prefer_sources, sentence_of, set_extensions,
                                      text_of, title_end_of, urls_of, words_in)
from kg.extraction.cues import load_cues
from kg.extraction.text import (AND_BETWEEN, FRONTED_PHRASE, NAME_PART_SEPARATOR, NON_SPACE,
                                acronym_matches, has_size_suffix, is_capitalised,
                                is_name_shaped, list_joiner, matches_at, normalise_name,
                                occurrences, word_edge)
from kg.extraction.titles import (EVALUATION_FRAMEWORK, PREPOSITIONS, STUDY_NAME, TITLE_HEAD_WEIGHT,
                                  TitleNames)

@Language.factory("kg_names", default_config={"untyped": ""})
def make_names(nlp: Language, name: str, untyped: str):
    return NameFinder(untyped=untyped or None)


# Heads after which a proposal's lower-case words are its name.
PROPOSAL_HEADS = {"technique", "method", "algorithm", "strategy", "mechanism", "module",
                  "approach", "scheme", "procedure"}
# Rules whose names may appear again without the context that found them.
REPEATABLE_SOURCES = {"proposal", "title", "title-means", "title-lead", "long-form", "acronym",
                      "eponym", "list", "variant"}
# "including A, B, and C" / "such as A, B, C": the members of a named list.
# ("on six benchmarks: A, B, ..." opens a list too.)
LIST_PATTERN = re.compile(r"(?:including|such as|like|namely|\((?:e\.g\.,?|i\.e\.,?)?|e\.g\.,?|"
                          r"(?:benchmarks|datasets|environments|baselines):)\s*"
                          r"((?:[^,;:()]{1,40},\s*)+"
                          r"(?:(?:and|or)\s+)?[^,;:().]{1,40}?)(?=[.;:)]|\s+(?:such\s+as|to|in|on|"
                          r"for|which|that|as|with|are|is|were|was|have|has)\b)")
SUCH_AS = re.compile(r"\s+such\s+as\b")
# "two benchmark datasets, ", "three datasets, i.e., ": a counted kind of data before its list.
COUNTED_BENCHMARKS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|"
                                r"\d{1,2})\s+(?:[\w\-]+\s+){0,4}?"
                                r"(?:benchmarks|datasets|data\s+sets)"
                                r"(?:\s+(?:with|from|of|in|for)(?:\s+[\w\-]+){1,3})?[,:]\s+"
                                r"(?:(?:i\.e\.|namely|e\.g\.),?\s+)?")
# A short remark in brackets after a list's member: "LEDGAR (single-label)".
MEMBER_REMARK = re.compile(r"\s*\([^()]{1,30}\)")
# Where such a list must have ended: a sentence's or a clause's end, a bracket.
LIST_REGION_END = re.compile(r"[;:()]|\.(?:\s|$)")
LEADING_JOINER = re.compile(r"^\s*(?:and|or)\s+")
# Words that open a clause, not a list's member: "like A and B, while available, are ...".
CLAUSE_OPENERS = {"while", "which", "that", "who", "whose", "where", "when", "whereas",
                  "although", "though", "because", "since", "are", "is", "was", "were", "but",
                  "yet", "thus", "hence"}
# A word of three lower-case letters or more after a hyphen: "M3-Bench-robot".
LOWER_CASE_PART = re.compile(r"-[a-z]{3,}")
# A list's last part that joins two members: "V2V4Real and DAIR-V2X".
LAST_JOINED = re.compile(r"(.*\S)\s+(?:and|or)\s+(\S.*)")
# Where a LIST_PATTERN match can start.
LIST_LEADS = ("including", "such as", "like", "namely", "(", "e.g.", "benchmarks:", "datasets:",
              "environments:", "baselines:")
# Words before a phrase that make it the problem a paper works on ("for trajectory prediction").
TASK_LEAD = re.compile(r"(?:\bfor|\bsuch as|\bincluding|\blike|e\.g\.,?|i\.e\.,?|tackles?|"
                       r"address(?:es)?|stud(?:y|ies)|"
                       r"solv(?:e|es|ing)|problem of|task of|tasks of)\s+(?:the\s+)?$")
# What TASK_LEAD's words are as written (its match ends with one, then spaces, "the" maybe).
TASK_LEAD_WORDS = ("for", "such as", "including", "like", "e.g.", "e.g.,", "i.e.", "i.e.,",
                   "tackle", "tackles", "address", "addresses", "study", "studies", "solve",
                   "solves", "solving", "problem of", "task of", "tasks of")
# Lower-case words that may end a method's name ("Elastic MoE training").
METHOD_TAILS = {"training", "learning", "tuning", "decoding", "pooling", "attention",
                "prompting", "search", "sampling", "distillation", "alignment", "fusion",
                "boosting", "pretraining", "pre-training", "fine-tuning", "optimization"}
UNIT_QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:[GMKT]?(?:bps|B|b|Hz|FLOPS?|flops)|ms|us|ns|fps|"
                           r"[kKMGT]?W|[xX×]|k|K|M|B|T|h|s|d|px|dB|mm|cm|km)")
# LaTeX's and maths' characters, in no name (one search, not a set's test of each one).
MATHS_CHARACTER = re.compile(r"[{}\\$^=_]")
# A superscript ending a word, in LaTeX: "$^i$", "^{i}", "$^{20}$".
SUPERSCRIPT_END = re.compile(r"\$?\^\{?([A-Za-z0-9]{1,3})\}?\$?$")
MODIFIER_WORD = re.compile(r"[A-Za-z][a-z]{3,}")
ACRONYM_STYLED_WORD = re.compile(r"[A-Z]{2}[a-z]{5,}")
# ... and a linking word so styled: "Post-hoc Reliability frOm Backbone Embeddings (PROBE)".
ACRONYM_STYLED_LINKS = frozenset({"from", "of", "for", "with", "and", "to", "in", "on", "by",
                                  "via", "the", "at", "as", "over", "into"})
# Words whose shape verdict a NameFinder remembers before starting afresh.
SHAPE_CACHE_SIZE = 200_000
# "we (newly) <verb>", "this paper <verb>": the authors speaking of their own contribution.
WE_PROPOSE = re.compile(r"\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:\w+\s+)?$")
# A lower-case word that may modify a task head ("trajectory", "multi-agent").
MODIFIER_SHAPE = re.compile(r"[a-z][a-z\-]+")
# "the symbol grounding problem": a task named with its word.
PROBLEM_AFTER = re.compile(r" problems?\b")
# "... prediction task", "... problems": the phrase is called a task.
CALLED_A_TASK = re.compile(r"\s*(tasks?|problems?|benchmarks?|settings?|applications?)\b")
# The word after a list.
FOLLOWING_WORD = re.compile(r"\s*([A-Za-z\-]+)")
# Words after which a head word is a verb: "we benchmark X", "to test X".
SUBJECTS_OF_VERBS = frozenset({"we", "they", "to", "also", "further", "then"})
# After a name, more of a list: ", ", " and ", " or ".
LIST_CONTINUES = re.compile(r"\s*(?:,|and\b|or\b)")
# The word after a name, past a bracket: "X (ACR) benchmark" -> "benchmark".
NEXT_WORD = re.compile(r"\s*(?:\([^)]*\)\s*)?([A-Za-z\-]+)")
# Verbs whose subject does the work: a name nothing else types that "outperforms" or
# "achieves" is most often a method ("Experiments show that PG-SP outperforms ...").
AGENT_VERBS = frozenset({"outperforms", "outperform", "surpasses", "surpass", "beats",
                         "achieves"})
# "X (ACR), a novel <...> benchmark", "X - Long Form - a method", "X (Long Form) - a method":
# the appositive after a name
# (its words may hold an acronym in brackets: "X, a multilingual text-to-speech (TTS) model").
APPOSITIVE = re.compile(r"(?:\s*(?:\([^)]*\))?\s*[,:]|(?:\s*\([^)]*\))?\s+[-–—]{1,2}\s+"
                        r"(?:(?:(?!\s[-–—]{1,2}\s)[^.;]){1,80}?\s+[-–—]{1,2}\s+)?)"
                        r"\s*(?:[Aa]|[Aa]n|[Tt]he|[Oo]ur)\s+"
                        r"((?:(?:[\w\-]+|\([^()]{1,12}\))\s*){1,6})")
# Runs of letters and hyphens: the words of a context, punctuation dropped.
WORD_RUN = re.compile(r"[A-Za-z\-]+")
# ASCII bytes as WORD_RUN sees them: letters and hyphens kept, every other byte a space.
WORD_RUN_BYTES = bytes(code if 65 <= code <= 90 or 97 <= code <= 122 or code == 45 else 32
                       for code in range(256))
# "SEED-Bench", "MLGym-Bench-Lite": a name built on "Bench".
BENCH_NAME = re.compile(r"Bench\b|Bench-")
# ... or one ending in "QA": a benchmark by its shape.
BENCHMARK_SHAPE = re.compile(BENCH_NAME.pattern + "|QA$")
# Where a long form's words part.
SPACE_RUN = re.compile(r"\s+")
# "... on (the) X": where a benchmark is named.
ON_BEFORE = re.compile(r"\b([Oo]n|[Aa]cross)\s+(the\s+)?$")
# "we refer to it as X", "we call this X".
REFERRED_TO_AS = re.compile(r"\b(?:refer to|referred to|we call|we term)\s+(?:it\s+|this\s+)?"
                            r"(?:as\s+)?$")
# "Our best model, X", "our approach, X": the authors naming their own artefact.
OUR_THINGS = "model|method|approach|framework|system|agent|algorithm"
OUR_THING_BEFORE = re.compile(rf"\bour\s+(?:[\w\-]+\s+)?(?:{OUR_THINGS})s?,\s*$")
# ... and the name so given, then the clause goes on: "our system, Genesys, employs".
OUR_THING_NAMED = re.compile(rf"\b[Oo]ur\s+(?:[\w\-]+\s+)?({OUR_THINGS}),\s+"
                             r"([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\+*)(?=,)")
# The words that may stand between the authors' verb and the name they introduce.
VERB_TO_NAME_WORDS = frozenset({"a", "an", "the", "novel", "new", "simple"})
# "we (first) introduce (a novel) ", "this paper proposes ": the verb before a name.
VERB_JUST_BEFORE = re.compile(r"\b(?:[Ww]e|paper|work|and)\s+(?:[a-z]+ly\s+|first\s+|also\s+)?"
                              rf"([a-z]+)\s+(?:(?:{'|'.join(sorted(VERB_TO_NAME_WORDS))})\s+)*$")
# A sentence that opens with the authors' proposal, then one phrase up to a bracket: "we
# propose a channel attention mechanism guided by pde parameter embeddings (" (but "we present
# an approach for solving constrained bi-level optimization (" names the problem, "a framework
# combining vision transformers (" a part).
PROPOSING_OPENINGS = ("we ", "in this paper", "in this work", "this paper", "this work", "here")
PROPOSED_PHRASE_THEN_BRACKET = re.compile(
    r"\s*(?:(?:in this (?:paper|work)|here),?\s+)?(?:we|this (?:paper|work))\s+"
    r"(?:first\s+|also\s+|further\s+|then\s+)?(?:propose|introduce|present|develop|design)s?\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:novel|new|simple)\s+)?"
    r"(?:(?!(?:for|to|in|on|of|with|that|which)\s|[a-z]+ing\s)[^\s,;:()]+\s+){1,16}\($")
# Just before a name the authors call their own: "our proposed CS-IB".
OUR_PROPOSED = ("our proposed ", "the proposed ")  # (as the lowered text reads)
OUR_PROPOSED_LENGTH = max(map(len, OUR_PROPOSED))
# "Our main contribution is X".
CONTRIBUTION_IS = re.compile(r"\bour (?:\w+ )?contributions? (?:is|are|includes?) (?:an? |the )?$")
# After the authors' verb, two or three new things of a kind, then the two named in lower case:
# "propose two novel designs to ..., namely shared vision-language router and masked routing
# learning", "introduce two new modules for retrieval: caption-guided supervision and
# object-centric masking" (two words or more each: "namely description and difference" names
# none).
LISTED_LOWERCASE_PROPOSALS = re.compile(
    r"[a-z]+\s+(?:two|three)\s+(?:novel\s+|new\s+|key\s+)?[a-z\-]+s\b[^.;:]{0,100}?"
    r"(?:,\s*namely|:)\s+((?:[a-z][a-z\-]*\s+){1,3}[a-z][a-z\-]*)\s+and\s+"
    r"((?:[a-z][a-z\-]*\s+){1,3}[a-z][a-z\-]*)(?=\s*[.;])")
# Runs of lower-case words, none a conjunction.
LOWERCASE_RUN = re.compile(r"(?<![a-z\-])(?!(?:and|or|but|yet)\b)[a-z\-]+"
                           r"(?:\s+(?!(?:and|or|but|yet)\b)[a-z\-]+)*")
# "called detrex, which", "dubbed muon.": one lower-case word named, then the clause goes on.
LOWERCASE_NAMED = re.compile(r"(?:called|named|dubbed|termed|coined|namely)\s+[\"“]?"
                             r"([a-z][a-z0-9]*(?:[\-_.][a-z0-9]+)*)[\"”]?"
                             r"(?=\s*[,;:(]|\.(?:\s|$)|\s+(?:which|that|to|for|with)\b)")
# "In this paper, a novel Multi-Scale Fusion Network (MSFN) is proposed", "the Frequency Mix
# (FMix) module is designed to ...": a capitalised name before a passive proposal verb.
PASSIVE_PROPOSAL = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:novel\s+|new\s+)?((?:[A-Z][\w\-]*\s+){1,5}?)(?:\([^()]*\)\s+)?"
    r"(?:[a-z]+\s+)?(?:is|are)\s+(?:then\s+|further\s+|also\s+|first\s+)?$")
PASSIVE_PROPOSAL_VERBS = ("proposed", "introduced", "presented", "developed", "designed",
                          "devised", "constructed")
# One of them, not "proposed by" others.
PASSIVE_PROPOSAL_VERB = re.compile(rf"(?:{'|'.join(PASSIVE_PROPOSAL_VERBS)})\b(?!\s+by\b)")
# The same seen from the name: what follows it, and what leads to it.
PASSIVE_PROPOSED_AFTER = re.compile(
    r"(?:\s*\([^()]*\))?(?:\s+[a-z]+)?\s+(?:is|are)\s+(?:then\s+|further\s+|also\s+|first\s+)?"
    + PASSIVE_PROPOSAL_VERB.pattern)
ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:novel\s+|new\s+)?$")
# "we introduce a flexible sampling strategy for ... information (Multi-Cluster Sampler)
# that ...": the name the authors give their description (headed by a word for a method), in
# brackets after its last word.
BRACKETED_NAME = re.compile(
    r"[^.;()]{0,150}?[a-z] \(((?:[A-Z][a-z][\w\-]*)(?: [A-Z][a-z][\w\-]*){1,4})\)")
# "(or called desiderata)", "also called", "so-called": another name for a thing, not a name
# the authors give.
OTHER_NAME_BEFORE = re.compile(r"\b(?:or|also|so-|often|commonly|sometimes)\s*$")
# "(2) X": a later item of enumerated contributions.
LATER_CONTRIBUTION = re.compile(r"\((?:2|3|ii|iii)\)\s*$")
NOVEL = re.compile(r"\bnovel|\bnew\b")
# The authors speaking of their own work.
AUTHORS_SPEAK = re.compile(r"\b(we|this (paper|work|study)|the paper|our)\b")
# "... using / with / than X": a name the paper uses or compares with, not its own.
USED_NOT_PROPOSED = re.compile(r"\b(using|use|uses|with|from|on|than|over|like|such "
                               r"as|including|via|to|into|of)\s+(?:\S+\s+){0,2}$")
# Where a version, size or variant may follow a family's name: "LLaMA|-70b", "Qwen2|-VL".
# (The character before the boundary is matched, not looked behind for: a lookbehind first is
# tried at every position; a boundary is where a match ends.)
VARIANT_BOUNDARY = re.compile(r"[A-Za-z](?=[-\s\d])|\d(?=[-\sA-Za-z])")
CAPITAL = re.compile(r"[A-Z]")
NOT_ASCII_ALNUM = re.compile(r"[^A-Za-z0-9]")
# Words a long form does not open with ("the", "called"); the long forms "the", "a" and "an"
# are passed over as these.
NOT_LONG_FORM_OPENERS = frozenset({"the", "a", "an", "of", "and", "with", "our", "we", "by",
                                   "to", "in", "on", "for", "this", "called", "named"})
# After a benchmark's name: " 2019", " 300h", " 2", " 2.0", " v2", " v1.3" (its edition; not a
# count or a score: "GSM8K 3 times", "MMLU 5-shot", "COCO 2.5%").
BENCHMARK_EDITION = re.compile(r" (?:(?:19|20)\d\d|\d{2,4}h|v?\d(?:\.\d{1,2})?|v\d\d|"
                               r"Pro|Lite|Verified|Hard|Plus|Mini|Live|Extended)"
                               r"(?![\w%×\-]|\.\d|\s+(?:times|points?|epochs?|shots?|steps?|"
                               r"layers?|x|of|out|or|to)\b)")
# After a model's name: " 3.5", " v2.1", " 20B", " 1.3B", " (70B)" (a version or a size), not a
# score ("GPT-4 3.2 points", "12.5%").
VERSION_AFTER = re.compile(r"(?:\s(?:v?\d{1,2}(?:\.\d{1,2})+|\d+(?:\.\d+)?[BMK]))+"
                           r"(?:\s\(\d+(?:\.\d+)?[BMK]\))?"
                           r"(?![\w%]|\.\d|\s(?:points?|percent|pp|times)\b)"
                           r"|\s\(\d+(?:\.\d+)?[BMK]\)")
# What an appositive proposal needs after its verb ("..., Geoformer, ..."): tested first, as
# the full pattern is slow to fail. (Possessive: no character given back to a failed match
# could be the "+", space, comma or bracket that must follow, so none is tried.)
CAPITALISED_THEN_COMMA = re.compile(r"[A-Z][\w\-]*+\+*+\s*+[,(]")
# A hyphenated name of three capitalised parts ("Normal-Inverse-Wishart").
THREE_CAPITALISED_PARTS = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*){2,}")
# The lower-case word after a proposal's capitalised words ("... Sampling module").
WORD_AFTER_NAME = re.compile(r"\s+([a-z][a-z\-]*)")
# What may follow a one-word proposal: "EMMET, a ...", "EMMET (...)", "EMMET: ...", "EMMET - an".
APPOSITION_AFTER_NAME = re.compile(r"[\"”]?\s*[,(:]|\s+[-–—]\s")
# The abstract calling its contribution a model, or a method.
# (Literal first, so the scan jumps to each "our "; the word before is checked by _says.)
OUR_MODEL = re.compile(r"our (?:[\w\-]+ )?models?\b")
OUR_METHOD = re.compile(r"our (?:[\w\-]+ )?(?:method|approach|framework|algorithm)s?\b")
# "a family of VLMs", "a series of models": nouns whose "of" phrase holds the head.
GROUP_NOUNS = {"family", "series", "set", "class", "kind", "line", "range", "suite"}
# Only a word with an inner capital (after a letter, a digit or a hyphen) or a digit is tried
# for a name's shape.
INNER_CAP_OR_DIGIT = re.compile(r"[\dA-Z](?:(?<=\d)|(?<=[A-Za-z0-9][A-Z])|(?<=[a-z]-[A-Z]))")
# "methods (e.g., A, B": the head word an example list illustrates.
EXAMPLE_OF = re.compile(r"\b([a-z]+?)s?\s*\((?:e\.g\.|i\.e\.|such as|like)?,?\s*"
                        r"(?:[\w\-]+,?\s+(?:and\s+|or\s+)?)?$")
# The word that ends where a search window does: "recommendation" of "recommendation accuracy".
WORD_BEFORE = re.compile(r"(?<![\w\-])[A-Za-z][a-z\-]+$")
# "pass@100", "Recall@10", "NDCG@5", "mAP@0.5": a measure at a cut-off (not an e-mail address).
AT_CUTOFF = re.compile(r"(?<![\w.@])[A-Za-z]{2,12}@\d+(?:\.\d+)?(?![\w@])")
# "in terms of A, B and C": the list a result is measured by (up to the clause's end).
IN_TERMS_OF = re.compile(r"\bin terms of\s+([^.;:()]{1,100}?)(?=\s*(?:[.;:()]|,\s*(?:while|which|"
                         r"and\s+[a-z]+s\b)|\s+(?:while|when|with|compared|than|over|on|for|across|"
                         r"by|at|under|in|of|from)\b))")
# "tasks such as arithmetic and parity", "three downstream tasks, namely bitext mining, ...":
# the list a paper's tasks are named in (up to the clause's end).
TASK_LIST = re.compile(r"\b(?:tasks|problems)\s*[,(]?\s*(?:such as|including|like|namely|"
                       r"e\.g\.,?|i\.e\.,?|:)\s+([^.;:()]{1,200}?)(?=\s*(?:[.;:()]|,?\s+etc\b)|"
                       r"\s+(?:on|with|using|via|for|from|in|to|across|where|which|that|is|are|"
                       r"was|were|we|as well)\b)")
# Words that make a listed member a clause or a description, not a task's name.
NOT_IN_LISTED_TASKS = PREPOSITIONS | CLAUSE_OPENERS | {"into", "the", "a", "an", "its", "their"}
# A task's word as written: lower case, or capitalised in a list of capitalised members.
TASK_WORD = re.compile(r"[a-z][a-z\-]*|[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")
# An acronym coined in mixed case: "TanhNorm", "STRing", "MoLE", "muP" (not "LLMs").
COINED_ACRONYM = re.compile(r"(?=.*[A-Z].*[A-Z]|[a-z]+[A-Z])(?=.*[a-z])[A-Za-z]+(?<!s)")
# One member of such a list: the words between its commas and "and"s.
LIST_MEMBER = re.compile(r"(?<![^\s,])(?!(?:and|or)\b)[^\s,]+(?:\s+(?!(?:and|or)\b)[^\s,]+)*")
# A value's unit, then the words of the measure it is in: "a 54.6% speedup", "a 3x speedup",
# "1.46 times speedup"
# (each led by its literal: a pattern led by a class of characters tries every position).
UNIT_THEN_WORDS = tuple(re.compile(unit + r"\s+((?:[a-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*)")
                        for unit in ("%", "x", "×", "times"))
# Words no measure's name holds: "improved bounds at the cost of ..." names none.
PHRASE_BREAKS = PREPOSITIONS | {"at", "between", "than", "as"}
# Measure heads that alone name no measure: "lower time", "improved efficiency".
LONE_NON_MEASURES = frozenset({"time", "cost", "usage", "overhead", "length", "loss",
                               "efficiency"})
# "achieves an overall DVPQ of 57.1", "attains an optimality rate exceeding 98%": the measure a
# result is stated in, between a verb of attaining and its number (tried at the attaining
# verbs kg_catalogue found).
STATED_MEASURE = re.compile(
    r"\w+\s+(?:an?\s+|the\s+)?"
    r"(?:(?:overall|average|mean|final)\s+)?([A-Za-z][\w\-]*(?:\s+[a-z][a-z\-]*){0,2})"
    r"\s+(?:of|exceeding|above|over)\s+\d")
# Capitalised words (or years) after a word ending in a lower-case letter, up to where a
# head word starts (a benchmark's, "the Kaggle Santa 2023 challenge"; a method part's, "a
# Token Fusion module").
CAPITALISED_BEFORE_HEAD = re.compile(
    r"(?<=[a-z] )((?:[A-Z][\w\-]*)(?: (?:[A-Z][\w\-]*|\d{2,4}))+) \Z")
# "on the Vaihingen dataset", "our newly created Tex-Parts dataset": one capitalised word
# after "the"/"our" (and up to two lower-case words), just before a word for data (not "an
# English dataset", "chest X-ray dataset", "Twitter-derived dataset").
ONE_CAPITALISED_BEFORE_HEAD = re.compile(
    r"\b(?:the|our)\s+(?:[a-z][\w\-]*\s+){0,2}([A-Z][\w]*(?:-[A-Z0-9][\w]*)*) \Z")
# One to five capitalised words after a lower-case word, a colon or a capitalised article
# (or LaTeX blanked after them), up to where a capitalised word for a part of a method
# starts: "a Corner ", "two modules:          Coarse OOD Pattern Capturing ", "(2) A
# Concept-Aware Visual Enhancer " (not at a sentence's start otherwise).
CAPITALISED_ARTICLES = ("A", "An", "Our")
CAPITALISED_BEFORE_PART = re.compile(
    r"(?:(?<=[a-z,:;])" + "".join(rf"|(?<=\b{a})" for a in CAPITALISED_ARTICLES) +
    r")\s+([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,4}) \Z")
# A word for what a measure counts, right after the measure's name: "recall rate".
MEASURE_COUNTED = re.compile(r" (?:rate|score)\b(?![\-/])")
# A list of names just before a plural word for data (DATA_WORDS, found by str.find): "the
# DailyLifeAPIs and HuggingFace datasets", "on MATH500, AIME24 and GSM8K benchmarks" (each
# name up to three words; "Tanks & Temples" is one, not a list). (Not LISTED_NAME_PART: the
# data word says what they are, so a hyphenated part may be in lower case, "View-of-Delft".)
LISTED_DATA_NAME = re.compile(r"(?!(?:and|or)\b)[A-Z][\w\-.]*(?: [A-Z0-9][\w\-.]*){0,2}")
LIST_BEFORE_DATA_WORD = re.compile(
    r"\b(?:the|on|and|across|of|from) ((?:" + LISTED_DATA_NAME.pattern + r", )*" +
    LISTED_DATA_NAME.pattern + r",? (?:and|or) " + LISTED_DATA_NAME.pattern + r")\Z")
DATA_WORDS = (" datasets", " benchmarks", " corpora", " data sets")
# Quote marks around a long form, LaTeX's ``...'' among them.
QUOTE_MARKS = "\"'“”`"
# An article, then up to two lower-case words, just before a name: "an ", "a novel ".
ARTICLE_THEN_MODIFIERS = re.compile(r"\b(an?|the|our)\s+(?:[a-z][\w\-]*\s+){0,2}\Z")
# "grounded", "trained", "designed": a participle ends the noun phrase before it.
PARTICIPLE = re.compile(r"[a-z]{3,}ed")
# A capital after a lower-case letter: "SpCQL", "DaviesBouldin" (not "Multi-Object").
MIXED_CASE = re.compile(r"[a-z][A-Z]")
# What joins a list's member to the one before: ", ", " and ", ", or ". (Not text.LIST_JOINER:
# matched from a name's end it stops at the comma of ", and".)
MEMBER_JOINER = re.compile(r",?\s+(?:and|or)\s+|,\s*")
# A list's member that no rule found: up to three capitalised words (or numbers), then the
# list's end or its next joiner ("..., CodeContests, and Leetcode reveal"); each hyphenated
# part capitalised or a number ("QASC-demonstrating" is a name used as a modifier).
LISTED_NAME_PART = r"[A-Z0-9](?:\w|\.(?=\w))*(?:-[A-Z0-9](?:\w|\.(?=\w))*)*"
LISTED_NAME = re.compile(rf"(?=[A-Z]){LISTED_NAME_PART}(?: {LISTED_NAME_PART}){{0,2}}"
                         r"(?=\s*[,;:.)]|\s+(?:and|or)\s|\s+[a-z]|\s*$)")
# A one-word name built on a model's word: "MachineLearningLM", "Geoformer", "CrackNet".
MODEL_WORDS = ("LM", "GPT", "BERT", "Net", "Former", "former", "ViT")  # (LLM ends in LM)
MODEL_SUFFIX = re.compile(rf"^[A-Z][A-Za-z0-9]*[a-z](?:LLM|{'|'.join(MODEL_WORDS)})$"
                          # (a network's word after capitals too: "HRNet", "PGFormer")
                          r"|^[A-Z][A-Za-z0-9]*[A-Z0-9](?:Net|Former)$")
# A model class's word ending a hyphenated name: "OLA-VLM", "Meta-Transformer", "BPC-Net" name
# networks, whatever the abstract calls them ("the first approach", "a unified framework").
MODEL_TAIL = re.compile(r"^[A-Z][\w\-]*-(?:VLM|LVLM|MLLM|Transformer|Former|Net|GPT|BERT|ViT)$")
# (Before the head words of cues.toml [eponyms], found with the catalogue.)
EPONYM_BEFORE = re.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*\s+){1,2})$")
# A word that may describe a baseline before its name: "over the uniform Mem0 baseline".
BASELINE_MODIFIER = (r"(?:standard|vanilla|original|strong|uniform|default|popular|previous|"
                     r"prior|existing|recent|competitive|naive|classic|conventional|"
                     r"traditional|plain)\s+")
# After a comparison cue: one capitalised word (one such word may come first), then
# punctuation or a function word (not "Hierarchical MoE", "Hierarchical storage").
CAPITALISED_AFTER_CUE = re.compile(
    r"\s+(?:(?:both|all|either)\s+)?(?:the\s+)?(?:" + BASELINE_MODIFIER + r")?"
    r"([A-Z][\w\-.]*[\w])(?=[^\w\s-]|\s*$|\s+(?:by|on|in|and|or|with|across|at|"
    r"for|while|when|which|that|under|to|as|despite|without|baselines?)\b)")
# After a comparison cue: a few words, then the lead of a list of examples.
EXAMPLES_AFTER_CUE = re.compile(r"(?:\s+[\w\-+]+){0,4}?\s*(?:\(|,)?\s*(?:such as|e\.g\.,?|"
                                r"including|like)\s+")
# "baselines" (or "baseline") directly before a capitalised name.
BASELINE_WORD_THEN_NAME = re.compile(r" baselines? (?=[A-Z])")
# A name in such a list, then what joins it to the next: a score in brackets, a comma, "and".
EXAMPLE_NAME = re.compile(r"([\w][\w\-.+]*[\w+])")
# A lower-case technique in such a list, ending in a method's head word: "tree search".
LOWER_CASE_EXAMPLE = re.compile(r"((?:[a-z][a-z\-]+\s){1,2}([a-z][a-z\-]+))(?=,|\s+(?:and|or)\b|"
                                r"\s*[.;)])")
EXAMPLE_JOINER = re.compile(r"\s*(?:\([^()]{0,20}\))?\s*(?:,\s*(?:and\s+|or\s+)?|"
                            r"\s*(?:and|or)\s+)")
# "Multi-Agent " before a known benchmark: the modifier of a variant of it.
VARIANT_MODIFIER = re.compile(r"(?<![\w\-])[A-Z][a-z]+-[A-Z][a-z]+ $")
NOT_BASELINES = {"The", "Our", "We", "It", "Its", "This", "These", "Those", "That", "All", "Both",
                 "Existing", "Previous", "Prior", "Other", "Many", "Most", "Several", "State",
                 "Human", "Humans", "Standard", "Traditional", "Conventional", "Baseline",
                 "Baselines", "SOTA", "Table", "Figure", "Section", "Eq"}
# One capitalised word mid-sentence before a known name: "over Dense RAG" (not "over DPO" at
# the start of a clause, "In DPO": see NOT_MODIFIERS).
CAPITALISED_MODIFIER = re.compile(r"(?<=[a-z0-9,;)] )([A-Z][a-z]+) $")
# A capitalised word right before that one: the end of a longer capitalised phrase ("...
# Issues and Subjects Tuned BERT").
CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w\-])[A-Z][\w\-]* $")
NOT_MODIFIERS = frozenset(NOT_BASELINES | {
    "A", "An", "In", "On", "For", "With", "Using", "Of", "And", "To", "By", "Via", "From",
    "Unlike", "Like", "Vanilla", "Classical", "Classic", "Original", "Base", "Each", "Only",
    "Compared", "However", "Moreover", "While", "When", "Then", "Thus", "Hence",
    "Specifically", "Finally", "Notably", "Here", "As", "At", "Over", "Than", "Versus",
    "Appendix", "Even", "Also", "Yet", "But"})
# "compared to full fine-tuning", "over standard repeated sampling" ("standard" is not part of
# the name).
PRACTICE_AFTER_CUE = re.compile(
    r"\s+(?:the\s+|a\s+)?(?:(?:standard|vanilla|conventional|traditional|naive|plain)\s+)?"
    r"((?:[a-z][a-z\-]+\s+){1,2}(?:fine-tuning|training|sampling|pruning|prompting|decoding|"
    r"attention|pooling|distillation|quantization|optimization))\b")
# Whose level a result is said to reach: "expert-level accuracy" measures nothing of its own.
PRAISED_LEVELS = frozenset({"expert", "human", "sota", "professional", "clinician", "doctor",
                            "radiologist", "oracle", "world"})
# Words for several collections of data: "ESC datasets" are of a kind, not one benchmark.
PLURAL_DATA_WORDS = frozenset({"datasets", "benchmarks", "corpora"})
# What lists or exemplifies a name just before it: "COCO and LVIS", "COCO, LVIS", "tasks such
# as classification".
LISTED_BEFORE = re.compile(r"(?:,|/|\b(?:and|or|such as|e\.g\.,?|including|like))\s*$")
# Heads that say only that something was built: "a co-designed system", "a graph-based
# framework" describe, where "a diffusion-inspired loss" names a part.
VAGUE_HEADS = frozenset({"system", "framework", "approach", "method", "pipeline", "technique",
                         "model", "algorithm", "architecture", "paradigm", "strategy", "scheme",
                         "solution", "design"})
# How adjectives that praise or qualify a result end ("Faithful", "Realistic", "Scalable").
PRAISE_ENDINGS = ("ful", "ic", "ive", "ous", "able", "ible", "less")
# Task heads that make even a capitalised long form a research problem, not an artefact.
TOPIC_HEADS = {"learning", "detection", "segmentation", "classification", "recognition",
               "generation", "retrieval", "translation", "answering", "captioning", "prediction",
               "perception", "forecasting", "reasoning", "recommendation", "understanding"}
# Inflections that mark a verb, an adverb or a participle, not a task's modifier, and words
# that are such (see _verb_like).
VERB_ENDINGS = ("ing", "ed", "ly", "es")
VERB_LIKE_WORDS = frozenset({
    "train", "employ", "introduce", "apply", "guide", "achieve", "require", "use", "adopt",
    "propose", "perform", "enable", "improve", "enhance", "support", "make", "take", "consider",
    "study", "address", "tackle", "explore", "investigate", "evaluate", "solve", "show", "boost",
    "facilitate", "allow", "benefit", "help", "target", "handle", "do", "lower", "higher",
    "largest", "optimal", "comprehensive", "common", "high-level", "low-level"})


class NameFinder(BatchedComponent, TitleNames):
    """Discovers names the catalogue lacks, types every candidate and marks proposals.

    `untyped` is the type given to a name-shaped word nothing else types (None drops it).
    """

    def __init__(self, untyped: str | None):
        self.cues = load_cues()
        self.untyped = untyped
        # (As a trie: each verb is tried in turn at every cue and "|".join(sorted(verbs)) fails
        # on most of them at their first letter, one at a time.)
        verbs = sorted_alternation(self.cues.proposal_verbs | self.cues.naming_words)
        # Task heads as written mid-sentence (lower case) or in a title (capitalised).
        task_heads = self.cues.task_heads - self.cues.method_heads
        self._task_heads = task_heads | {h.capitalize() for h in task_heads}
        # Tried only at the proposal verbs kg_catalogue found.
        # ("we propose a resource-efficient Time-Decoupling Training Strategy", "we introduce
        # "Coop-Diffusion", an algorithm": a hyphenated modifier or a quote before the name.)
        modifiers = sorted_alternation(self.cues.proposal_modifiers)
        self._proposal_pattern = re.compile(
            rf"\b({verbs})\b(?:\s+(?:a|an|the|{modifiers}|\(\d\)|\(i+\)|"
            r"[a-z]+-[a-z\-]+))*\s+[\"“]?"
            # ("G_{stack}": a subscript in braces is part of the name)
            r"((?:[A-Z][\w\-]*(?:(?<=_)\{[\w\-]+\})?)"
            r"(?:\s+(?:[A-Z][\w\-]*|of|for|and|with|via|by|in|to|on|the)){0,6})")
        # The authors' proposal in the sentence so far ("we develop ...", "this paper
        # proposes ...").
        self._authors_propose = re.compile(
            r"\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:[a-z]+\s+)?"
            rf"(?:{sorted_alternation(self.cues.proposal_verbs)})\b[^.;]*$")
        # (Tried after every word of up to 80 characters: as a trie, not a list of 114 words.)
        # ("a straightforward but exactly private solution, CLPU-DER++, ..." too.)
        heads = sorted_alternation({w for ws in self.cues.heads.values() for w in ws} |
                                   {"solution"})
        self._appositive_proposal = re.compile(
            rf"\b({verbs})\b[^.;:]{{0,80}}?\b(?:{heads})\s*,?\s*"
            r"([A-Z][\w\-]*(?:\s+(?:(?:and|of|for|with)\s+)?[A-Z][\w\-]*){0,3}\+*)\s*[,(]")
        # "lower mis-clustering errors", "higher normalized inference throughput".
        comparatives = "|".join(sorted(self.cues.comparatives))
        self._metric_phrase = re.compile(rf"(?:{comparatives})\s+"
                                         r"((?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*)")
        # "we introduce a soft score aggregation technique": a lower-case name before its head.
        method_heads = "|".join(sorted(PROPOSAL_HEADS))
        self._lowercase_proposal = re.compile(
            rf"(?:{verbs})\s+(?:a|an|the|two)\s+"
            rf"(?:(?:novel|new|simple|first)\s+)?((?:[a-z][a-z\-]*\s+){{1,6}}?)"
            rf"(?:{method_heads})s?\b")
        # "we further propose a zero-shot loss": a head that is part of the name (but "a new
        # sparse gate: COMET" names it after).
        named_heads = "|".join(sorted(NAMED_PROPOSAL_HEADS))
        self._lowercase_named_proposal = re.compile(
            rf"(?:{verbs})\s+(?:a|an|the)\s+(?:(?:novel|new|simple|first)\s+)?"
            rf"((?:[a-z][a-z\-]*\s+){{1,4}}?(?:{named_heads}))\b(?!-|\s*[:,(]\s*[A-Z])")
        # " Pro", " Flash", " Sonnet" after a model's name: its variant ("Gemini-1.5 Pro").
        variants = "|".join(sorted(w.capitalize() for w in self.cues.variant_suffixes))
        self._variant_after = re.compile(rf"\s(?:{variants})\b(?![\-.]\w|\s+(?:language|"
                                         r"models?|scale|multimodal|vision)\b)")
        # Words before a stated measure that are not part of its name.
        self._measure_skips = self.cues.task_stop_modifiers | self.cues.measure_praise
        self._value_leads = self.cues.comparatives | self.cues.measure_praise | {"overall"}
        # The words that make a sentence one of evaluation, but those "on X" says anyway.
        self._evaluation_words = self.cues.evaluation - {"on", "across", "performance"}
        # The words whose shape verdict is known, and the verdicts of those that are names.
        self._words_seen: set[str] = set()
        self._shaped_names: dict[str, tuple] = {}
        self._name_words: set[str] = set()  # (its keys as a set: see _shaped_words)
        self._families: dict[str, str | None] = {}
        self.known = {}
        forms_of: dict[str, list[str]] = {}
        for entry in load_catalogue():
            for form in (entry.name,) + entry.aliases:
                self.known.setdefault(normalise_name(form), entry)
                forms_of.setdefault(normalise_name(form), []).append(form)
        # Keys the catalogue spells in capitals only ("MOS"; see _known_entry).
        self._capitals_only = {key for key, forms in forms_of.items()
                               if all([form.isupper() for form in forms])}
        # The first three characters of the known models' keys (a shorter key whole): an ASCII
        # name whose key starts otherwise starts with no known model's name.
        self._model_key_heads = {key[:3] for key, entry in self.known.items()
                                 if entry.type == "Model"}

    def __call__(self, doc: Doc) -> Doc:
        self.process_batch([doc])
        return doc

    def process_batch(self, docs: list[Doc]) -> None:
        """Each step (a discovery rule, the typing, a rule adding names to typed candidates)
        runs over the whole batch before the next one starts: its code and patterns then stay
        in the CPU's caches (about 10% of the wall time, measured). A Doc's candidates are
        found in the same order either way, which settles their ties."""
        founds, pairs, class_names = [], [], []
        for doc in docs:
            found: list[Candidate] = list(extension(doc, "kg_candidates") or [])
            classes: set[str] = set()
            alias_pairs = list(self._acronym_definitions(doc, classes))
            class_names.append(classes)
            for cand_long, cand_short in alias_pairs:
                found.extend([cand_long, cand_short])
            founds.append(found)
            pairs.append(alias_pairs)
        for rule in (self._title_prefix, self._title_means, self._title_lead,
                     self._title_learning_task, self._title_purpose, self._named_baselines,
                     self._eponym_methods, self._proposal_names, self._shaped_words,
                     self._names_after_heads, self._names_before_benchmark_heads,
                     self._named_components):
            for doc, found in zip(docs, founds):
                found.extend(rule(doc))
        for doc, found in zip(docs, founds):  # (variants of the names found so far)
            found.extend(self._capitalised_variants(doc, found))
            found.extend(self._method_variants(doc, found))
        for rule in (self._task_phrases, self._listed_tasks, self._metric_phrases):
            for doc, found in zip(docs, founds):
                found.extend(rule(doc))
        settled = [self._typed(doc, found, alias_pairs)
                   for doc, found, alias_pairs in zip(docs, founds, pairs)]
        # Names added once the candidates are typed: list members, repeats, versions.
        for rule in (self._list_members, self._coordinated_benchmarks, self._repeated_names,
                     self._versions):
            for doc, (candidates, _) in zip(docs, settled):
                candidates[:] = longest_first(candidates + list(rule(doc, candidates)))
        for doc, (candidates, alias_pairs), classes in zip(docs, settled, class_names):
            self._finish(doc, candidates, alias_pairs, classes)

    def _typed(self, doc: Doc, found: list[Candidate],
               alias_pairs: list[tuple[Candidate, Candidate]]):
        """Everything found, overlaps settled and typed; the acronym pairs that remain."""
        candidates = longest_first(prefer_sources(found))
        # A pair's members may have lost to a catalogue match of the same extent, or the long
        # form to a longer name ending where it ends ("our proposed Prompt-Enhanced Parametric
        # RAG (P-RAG)": Schwartz-Hearst takes "Parametric RAG"): follow the winner.
        by_extent = {(c.start, c.end): c for c in candidates}
        by_end = {c.end: c for c in candidates}
        alias_pairs = [(long, by_extent[(b.start, b.end)]) for a, b in alias_pairs
                       if (long := by_extent.get((a.start, a.end)) or _ending_over(by_end, a))
                       and (b.start, b.end) in by_extent]
        self._type(doc, candidates, alias_pairs)
        return candidates, alias_pairs

    def _finish(self, doc: Doc, candidates: list[Candidate], alias_pairs,
                classes: set[str]) -> None:
        """Proposals marked, untyped and generic candidates dropped (and one of a class the
        abstract names by a plural acronym: "a multiPLM" of "... models (multiPLMs)"); the
        Doc's outputs set."""
        self._mark_proposed(doc, candidates)
        candidates = _without_displaced_title(candidates)
        self._retype_trained_proposals(doc, candidates)
        text = text_of(doc)
        in_passing = self._title_only_measure_words(candidates, title_end_of(doc)) | \
            _tasks_named_in_passing(candidates, text)
        # (Not "94" of "91.37\\% accuracy on Mendeley-I, and 94.67\\% ...": a name has a letter.)
        candidates = [c for c in candidates if c.type and not c.text.isdigit() and
                      id(c) not in in_passing and
                      not self._generic_technique(c) and
                      not self._modifies_a_noun(text, c) and
                      not (c.text in classes and c.source != "catalogue")]
        kept = {id(c) for c in candidates}
        set_extensions(doc, kg_candidates=candidates, kg_alias_pairs=[
            (a, b) for a, b in alias_pairs if id(a) in kept and id(b) in kept])
        spans = [s for c in candidates if (s := char_span(doc, c.start, c.end, c.type)) is not None]
        doc.spans["kg_entities"] = spans

    @staticmethod
    def _title_only_measure_words(candidates: list[Candidate], title_end: int) -> set[int]:
        """"Detecting Voice Phishing with Precision": a measure's plain word that only the
        title says is an idiom of its, not a measure the paper reports."""
        in_title = [c for c in candidates if c.start < title_end and c.type == "Metric" and
                    c.source == "catalogue" and c.canonical.isalpha() and c.canonical.islower()]
        if not in_title:
            return set()
        in_body = {c.key for c in candidates if c.start >= title_end}
        return {id(c) for c in in_title if c.key not in in_body}

    def _modifies_a_noun(self, text: str, cand: Candidate) -> bool:
        """"its precision matrix", "a regression layer": a known measure's word, or a known
        task's one word, that names something else with the noun after it."""
        if cand.type == "Metric":
            nouns = self.cues.measure_word_modifies
        elif cand.type == "Task" and " " not in cand.text:
            nouns = self.cues.task_word_modifies
        else:
            return False
        return cand.source == "catalogue" and text[cand.end:cand.end + 1] == " " and \
            (after := FOLLOWING_WORD.match(text, cand.end)) is not None and \
            after.group(1) in nouns

    def _generic_technique(self, cand: Candidate) -> bool:
        """A one-word, lower-case technique ("pruning", "dropout") named in passing is a
        generic practice, not an entity the paper is about; in a list or a proposal it is.
        A library's lower-case name ("fairseq") is a proper name (catalogue flag)."""
        return cand.source == "catalogue" and cand.type == "Method" and \
            cand.canonical.isalpha() and cand.canonical.islower() and not cand.proposed and \
            not cand.listed and not self.known[normalise_name(cand.canonical)].proper

    # ---- discovery

    def _acronym_definitions(self, doc: Doc, classes: set[str]):
        """'long form (ACR)' and 'Name (Long Form)' pairs, Schwartz-Hearst style; the singular
        of an acronym defined for a class ("models (multiPLMs)") is added to `classes`."""
        text = text_of(doc)
        title_end = title_end_of(doc)
        for opening, inner, inner_start in _bracketed(text):
            before_end = opening
            while before_end and text[before_end - 1].isspace():
                before_end -= 1
            # (A long form in the abstract does not reach back into the title, which ends in
            # no full stop: "... Novel Category Discovery\nThe recently proposed NCD (NCD)".)
            before = text[max(title_end if before_end > title_end else 0, before_end - 160):
                          before_end]
            inner_words = inner.split()
            # ("Global Magnitude Pruning (Global MP)": a word and an acronym are one.)
            if len(inner_words) == 2 and inner_words[0].istitle() and inner_words[1].isupper() \
                    and len(inner_words[1]) > 1 and inner_words[1].isalpha():
                inner_words = [inner]
            # (An acronym has two letters at least: "200K (20K)" is a count.)
            # (A lower-case word after a hyphen makes a name, not an acronym: "M3-Bench-robot".)
            if len(inner_words) == 1 and CAPITAL.search(inner) and len(inner) <= 15 and \
                    sum(map(str.isalpha, inner)) >= 2 and \
                    not LOWER_CASE_PART.search(inner):
                at = self._long_form(before, inner)
                if at is None:
                    continue
                start, end = _long_form_extent(before, before_end, at)
                long_form = " ".join(text[start:end].split())
                if not long_form:
                    continue
                # "large language models (LLMs)": a plural names a class, not one thing (and
                # "a novel LRM unlearning framework" is of the class "LRMs").
                if inner.endswith("s") and not inner.isupper() or \
                        inner[-1:] == "s" and re.search(r"[^s]s$", long_form.split()[-1]):
                    classes.add(inner[:-1])
                    continue
                if inner in self.cues.generic:
                    continue
                yield (Candidate(start, end, long_form, "long-form"),
                       Candidate(inner_start, inner_start + len(inner), inner, "acronym"))
            elif 2 <= len(inner_words) <= 6 and all(w[:1].isupper() for w in inner_words) and \
                    "," not in inner and inner_words[0] not in ("A", "An", "The"):
                # ("PTLMs (BERT, BioBERT, GPT-2)" is a list, "(A Position Paper)" a remark.)
                # "Lion (Evolved Sign Momentum)": a name followed by its expansion.
                # (`before` ends with a word: it was cut where the spaces before the bracket
                # start.)
                last_word = before.rsplit(None, 1)[-1:]
                name = last_word[0].strip(",.;:\"'") if last_word else ""
                # (Nor "ResNet CNN (Convolutional Neural Network)": a class spelled out.)
                if len(name) > 2 and name[:1].isupper() and name.lower() not in ("the", "this") \
                        and name not in self.cues.generic:
                    start = before_end - len(name)
                    yield (Candidate(inner_start, inner_start + len(inner), inner, "long-form"),
                           Candidate(start, before_end, name, "acronym"))

    @staticmethod
    def _long_form(before: str, acronym: str) -> int | None:
        """Where in `before` the acronym's long form starts, if it has one there."""
        # ("paradigms--Natural Language Reasoning (NLR)": a dash pair parts words.)
        spaced = before.replace("--", "  ")
        # The long form stops at punctuation that closes a phrase.
        limit = min(len(NOT_ASCII_ALNUM.sub("", acronym)) + 5, 12)
        words = spaced.rsplit(None, limit)[-limit:]  # the last `limit` words, or all
        initial = acronym.lstrip("(")[:1].lower()
        # The shortest match whose first letter is the acronym's is the long form, else the
        # longest match: the acronym's letters are matched against the phrases whose first
        # letter is another only when none of the others matches.
        chosen, other_initials = None, []
        for n in range(1, len(words) + 1):
            # (Each n adds one word, words[-n], to those before the last: only it needs
            # testing.)
            word = words[-n]
            if n > 1 and word[-1:] in ",;:.()" or _has_phrase_stop(word[:-1]) or \
                    word.startswith(("{", "\\", "$")):
                break
            # ("a novel method (ACR)"; but "Novel Category Discovery (NCD)" is a name.)
            first = word.lower().strip(QUOTE_MARKS + "(")
            if first in NOT_LONG_FORM_OPENERS or \
                    first in ("novel", "new") and not word[:1].isupper():
                continue
            if first[:1] != initial:
                other_initials.append(n)
            elif acronym_matches(acronym, " ".join(words[-n:]).strip(QUOTE_MARKS)):
                chosen = n
                break
        if chosen is None:
            for n in reversed(other_initials):
                if acronym_matches(acronym, " ".join(words[-n:]).strip(QUOTE_MARKS)):
                    chosen = n
                    break
        if chosen is None:
            return None
        # Where its first word starts: each word's last occurrence before the next word is
        # that word (a word holds no space), found in C.
        at = len(spaced)
        for word in reversed(words[-chosen:]):
            at = spaced.rfind(word, 0, at)
        return at

    def _named_baselines(self, doc: Doc):
        """What a comparison is made against, right after its cue: a capitalised name ("+4.8%
        over Cambrian") or a lower-case training or inference practice ("compared to full
        fine-tuning"). A capitalised one with no other evidence is taken for a model (_type)."""
        text = text_of(doc)
        title_end = title_end_of(doc)
        # "the self-evolving baselines ACE and TF-GRPO": names right after the word.
        at = text.find(" baseline")
        while at >= 0:
            if match := BASELINE_WORD_THEN_NAME.match(text, at):
                yield from self._examples_at(text, match.end())
            at = text.find(" baseline", at + 9)
        for at, cue_end in cue_words_of(doc, "comparison"):
            yield from self._baseline_examples(text, cue_end)
            if text[at:cue_end].lower() in self.cues.comparison_result_nouns:
                continue  # ("comparable performance through similar training")
            if match := CAPITALISED_AFTER_CUE.match(text, cue_end):
                name = match.group(1)
                shaped = any(c.isdigit() or c.isupper() for c in name[1:])
                if not shaped and cue_end < title_end:
                    continue  # a title capitalises its words: "Substance over Style"
                verdict = self._shape_verdict(name) if shaped else (name, [])
                # (Not a kind: "over prior Gaussian-based methods", "standard HIL baselines".)
                if name not in NOT_BASELINES and name not in self.cues.generic and verdict and \
                        not name.endswith("s") and not text.startswith(" baselines", match.end(1)) \
                        and name.rpartition("-")[2].lower() not in self.cues.attached_suffixes:
                    yield Candidate(match.start(1), match.end(1), name, "baseline")
            elif (match := PRACTICE_AFTER_CUE.match(text, cue_end)) and \
                    match.group(1).split()[0] not in self.cues.task_stop_modifiers and \
                    not match.group(1).split()[0].endswith("ly"):  # "than randomly sampling"
                yield Candidate(match.start(1), match.end(1), match.group(1), "baseline",
                                type="Method")

    def _baseline_examples(self, text: str, cue_end: int):
        """"outperforming prior solutions such as DeepCubeA (60.3%) and EfficientCube",
        "outperforms strong baselines (e.g., GPT-5-mini)", "than existing search techniques,
        including tree search, line search": the examples of what is beaten, when each is
        name-shaped or a lower-case technique."""
        if lead := EXAMPLES_AFTER_CUE.match(text, cue_end):
            yield from self._examples_at(text, lead.end())

    def _examples_at(self, text: str, at: int):
        """The names (or lower-case techniques) listed from `at` on, "A (60.3%), B and C"."""
        while word := EXAMPLE_NAME.match(text, at):
            if technique := self._lower_case_technique(text, at):
                yield Candidate(technique.start(1), technique.end(1), technique.group(1),
                                "baseline", type="Method")
                word = technique
            elif (verdict := self._shape_verdict(word.group(1))) and \
                    verdict[0] == word.group(1):
                yield Candidate(word.start(1), word.end(1), word.group(1), "baseline")
            else:
                return
            if not (joiner := EXAMPLE_JOINER.match(text, word.end())):
                return
            at = joiner.end()

    def _lower_case_technique(self, text: str, at: int) -> re.Match | None:
        """"tree search", "repeated sampling": two or three lower-case words at `at` ending in
        a method's head word (not a kind, "prompting-based methods", nor "the attack")."""
        match = LOWER_CASE_EXAMPLE.match(text, at)
        if match and match.group(2) in self.cues.method_heads and \
                not match.group(2).endswith("s") and \
                match.group(1).split()[0] not in self.cues.task_stop_modifiers:
            return match
        return None

    def _eponym_methods(self, doc: Doc):
        """"the Berlekamp-Massey algorithm", "Bregman projections", "Monte Carlo sampling":
        capitalised names (not opening a sentence) before a method's head word."""
        text = text_of(doc)
        for head_start, head_end in cue_words_of(doc, "eponym_head"):
            match = EPONYM_BEFORE.search(text, max(0, head_start - 80), head_start)
            if not match or not text[head_start:head_end].islower() or \
                    match.group(1).split()[0] in ("The", "A", "An", "Our", "This", "These", "We"):
                continue
            before = text[max(0, match.start(1) - 40):match.start(1)].split()
            if before and before[-1][:1].isupper():
                continue  # the end of a longer capitalised name: "... Mass Model Editing algorithm"
            if text.startswith(" learning", head_end):
                continue  # "a Bayesian machine learning technique": no Bayesian machine
            start = match.start(1)
            yield Candidate(start, head_end, text[start:head_end], "eponym", type="Method")

    def _proposal_names(self, doc: Doc):
        """Capitalised names right after 'we propose/present ...' or after 'called', and
        before a passive one ('a novel X is proposed')."""
        text = text_of(doc)
        for start, end in cue_words_of(doc, "proposal"):
            if text[start:end].islower():  # the patterns below expect the verb in lower case
                yield from self._proposals_at(text, start)
        # "our system, Genesys, employs ...": the authors name their own artefact.
        if "our " in text or "Our " in text:
            starts = sorted([*occurrences(text, "our "), *occurrences(text, "Our ")])
            for match in matches_at(OUR_THING_NAMED, text, starts):
                name = match.group(2)
                if name not in self.cues.generic:
                    yield Candidate(match.start(2), match.end(2), name, "proposal",
                                    type=self.cues.head_type(match.group(1)), proposed=True)
        # ("designed" is no proposal verb: "a benchmark designed to evaluate X" proposes no X;
        # "the X module is designed to" does.)
        at = text.find(" designed")
        while at >= 0:
            yield from self._passive_proposal(text, at + 1)
            at = text.find(" designed", at + 9)

    @staticmethod
    def _passive_proposal(text: str, at: int):
        """The name before a passive proposal verb at `at`."""
        if PASSIVE_PROPOSAL_VERB.match(text, at) and \
                (match := PASSIVE_PROPOSAL.search(text, max(0, at - 120), at)):
            name = match.group(1).rstrip()
            yield Candidate(match.start(1), match.start(1) + len(name), name, "proposal",
                            proposed=True)

    def _proposals_at(self, text: str, at: int):
        yield from self._passive_proposal(text, at)
        if match := self._proposal_pattern.match(text, at):
            yield from self._capitalised_proposals(text, match)
        # "we develop a lightweight codebase called detrex, which ...": a name in lower case
        # after a naming word, in a sentence where the authors propose.
        elif (match := LOWERCASE_NAMED.match(text, at)) and \
                not OTHER_NAME_BEFORE.search(text, max(0, at - 12), at) and \
                self._authors_propose.search(text, max(0, at - 150), at) and \
                self._may_name_in_lower_case(match.group(1)):
            # (typed by the phrase the naming word closes, "a textual environment, namely
            # debug-gym", else a method)
            yield Candidate(match.start(1), match.end(1), match.group(1), "proposal",
                            proposed=True)
        # (Searched once for the two rules that need it.)
        authors_propose = WE_PROPOSE.search(text[max(0, at - 30):at]) is not None
        # "we introduce a soft score aggregation technique": lower-case words before the head.
        if authors_propose:
            if match := self._lowercase_proposal.match(text, at):
                yield from self._lowercase_proposals(match)
            elif match := self._lowercase_named_proposal.match(text, at):
                yield from self._lowercase_proposals(match)
        # (the regex only where a bracket follows: most proposal sentences have none)
        if authors_propose and text.find(" (", at, at + 160) >= 0 and \
                (match := BRACKETED_NAME.match(text, at)) and \
                not PROPOSAL_HEADS.isdisjoint(text[at:match.start(1)].split()):
            yield Candidate(match.start(1), match.end(1), match.group(1), "proposal",
                            proposed=True)
        # "we propose two novel designs ..., namely feature gating and masked routing".
        if authors_propose and (match := LISTED_LOWERCASE_PROPOSALS.match(text, at)):
            for k in (1, 2):
                name = match.group(k)
                if name.split()[0] not in self.cues.task_stop_modifiers:
                    yield Candidate(match.start(k), match.end(k), name, "proposal",
                                    type="Method", proposed=True)
        # "we present a unified ... framework, Geoformer, to ...": the name after the head.
        if CAPITALISED_THEN_COMMA.search(text, at, at + 200) and \
                (match := self._appositive_proposal.match(text, at)):
            name = match.group(2)
            yield Candidate(match.start(2), match.start(2) + len(name), name, "proposal")

    def _may_name_in_lower_case(self, word: str) -> bool:
        """Whether a lower-case word can be a name: not a word for a kind of thing
        ("attention", "search") or for a task, nor a modifier."""
        return word not in self.cues.task_stop_modifiers and word not in self.cues.task_heads \
            and self.cues.head_type(word) is None

    def _capitalised_proposals(self, text: str, match: re.Match) -> list[Candidate]:
        spans = list(NON_SPACE.finditer(match.group(2)))
        # Trim connector words at the end; a name ends with a capitalised word.
        while spans and not spans[-1].group(0)[:1].isupper():
            spans.pop()
        words = [m.group(0) for m in spans]
        if not words or words[0] in ("We", "In", "The", "This", "Our", "It", "A", "An"):
            return []
        name = " ".join(words)
        # (From the words' own positions: blanked LaTeX leaves runs of spaces between them.)
        end = match.start(2) + spans[-1].end()
        tail = WORD_AFTER_NAME.match(text[end:end + 30])
        headed = False
        if tail and tail.group(1) in METHOD_TAILS:
            end += tail.end()
            name = text[match.start(2):end]
        elif tail and (len(words) > 1 or THREE_CAPITALISED_PARTS.fullmatch(words[0])) and \
                self.cues.head_type(tail.group(1)):
            # "an Adaptive Bad-case Sampling module", "a Normal-Inverse-Wishart model" (not
            # "a Sample-Efficient method"): the name, then its kind
            headed = True
        elif tail and tail.group(1) not in ("and", "or", "that", "which", "to", "for", "with",
                                            "is", "was", "in", "on", "as", "by", "via", "from",
                                            "of", "at", "over", "into", "across", "using",
                                            "without", "under", "are", "can", "has"):
            return []  # "a Unified Collaborative perception framework": not a name
        # "we present EMMET, a ...", "EMMET (...)", "EMMET: ...", "EMMET - an ...".
        single_ok = match.group(1).lower() in self.cues.naming_words or headed or \
            APPOSITION_AFTER_NAME.match(text, end)
        if len(words) < 2 and not single_ok:
            return []
        parts = name.split(" and ")
        if len(parts) == 2 and all(any(is_name_shaped(w) for w in part.split())
                                   for part in parts):
            return []  # "FinPT and FinBench": two names, found one by one
        if len(parts) == 2 and _variants_of_one_name(*parts):
            # "namely Ling-Lite and Ling-Plus": two sizes of one proposal. (Each where the text
            # has it: blanked LaTeX may leave more than one space around "and".)
            joint = AND_BETWEEN.search(text, match.start(2), end)
            return [Candidate(match.start(2), joint.start(), parts[0], "proposal"),
                    Candidate(joint.end(), end, parts[1], "proposal")]
        return [Candidate(match.start(2), end, name, "proposal")]

    def _lowercase_proposals(self, match: re.Match):
        phrase_start = match.start(1)
        # (Runs of words, none of them a conjunction: "simple and scalable" is two, and so is
        # "simple yet scalable".)
        for part in LOWERCASE_RUN.finditer(match.group(1)):
            name = part.group(0).strip()
            words = name.split()
            # ("a method to formulate ... approach": a preposition inside is no name; nor is
            # a verb, but a hyphenated modifier and the gerund it modifies are none,
            # "perplexity-based denoising".)
            if len(words) < 2 or words[0] in self.cues.task_stop_modifiers or \
                    any(w in PREPOSITIONS or _plain_verb_like(w) and w not in METHOD_TAILS and
                        not (k and "-" in words[k - 1] and w.endswith("ing"))
                        for k, w in enumerate(words)) or _ends_in_modifier(words[-1]) or \
                    len(words) == 2 and words[0].endswith("ed") and words[1] in VAGUE_HEADS:
                continue  # (nor "a co-designed system": a participle and a vague head)
            start = phrase_start + part.start()
            yield Candidate(start, start + len(name), name, "proposal", type="Method",
                            proposed=True)

    def _shaped_words(self, doc: Doc):
        url_spans = [(s, e) for s, e, _ in urls_of(doc)]
        words = words_in(doc)
        starts, texts = words.starts, words.texts
        seen, names, name_words = self._words_seen, self._shaped_names, self._name_words
        # A verdict depends on the word only: each word's is found once and remembered, and
        # the words new to the NameFinder, then those that are names, found by set operations
        # in C (a test of each word in Python, even str.islower's, costs more).
        unique = set(texts)
        new = unique.difference(seen)
        if len(seen) + len(new) > SHAPE_CACHE_SIZE:
            seen.clear()
            names.clear()
            name_words.clear()
            new = unique
        seen |= new
        for token in filterfalse(str.islower, new):  # (no word in lower case is a name)
            if verdict := self._word_shape_verdict(token):
                names[token] = verdict
                name_words.add(token)
        # (Two sets: their intersection looks up the smaller's words, with the hashes they
        # keep; a dict's keys view looks each up by a call of its own.)
        if not (found := unique & name_words):
            return
        for i in _indices_of(words, text_of(doc), found):
            name, expanded = names[texts[i]]
            word_start = starts[i]
            if url_spans and any(s <= word_start < e for s, e in url_spans):
                continue
            if expanded:
                # "Gemma-2B/7B" names two models: one mention each, on the same words.
                for lemma in expanded:
                    yield Candidate(word_start, word_start + len(name), name, "expanded",
                                    lemma=lemma)
            else:
                yield Candidate(word_start, word_start + len(name), name, "shape")

    def _word_shape_verdict(self, token: str) -> tuple[str, list[str]] | tuple[()]:
        """_shape_verdict of a word of the text not in lower case, tried only on a word with
        an inner capital or a digit (most others are merely capitalised). (On a word of its
        own, the regex finds what it finds in the text: what the word is stripped of is
        neither a letter nor a digit.) A word marked as a variant is tried too ("Rein++",
        "Q*")."""
        if (token.isalpha() and token[1:].islower() or not INNER_CAP_OR_DIGIT.search(token)) \
                and token[-1] not in "+*":
            return ()
        return self._shape_verdict(token)

    def _capitalised_variants(self, doc: Doc, found: list[Candidate]):
        """"Multi-Agent MuJoCo": a known benchmark's name after a hyphenated capitalised
        modifier, mid-sentence, names a variant benchmark of its own; so does a known
        capitalised name after one capitalised word in the abstract's body, "over Dense
        RAG", "on Distracting MetaWorld", "the Sparse BERT model" (not in the title, where
        every word is capitalised; not a language, "German RoBERTa", nor the end of a longer
        capitalised phrase)."""
        text = text_of(doc)
        title_end = title_end_of(doc)
        for cand in found:
            if cand.source != "catalogue":
                continue
            if cand.type == "Benchmark" and \
                    (match := VARIANT_MODIFIER.search(text, max(0, cand.start - 40), cand.start)) \
                    and sentence_of(doc, cand.start)[0] < match.start():
                yield Candidate(match.start(), cand.end, text[match.start():cand.end],
                                "variant", type="Benchmark")
            elif cand.start > title_end and cand.text[:1].isupper() and \
                    cand.type in ("Benchmark", "Method", "Model") and \
                    (match := CAPITALISED_MODIFIER.search(text, max(0, cand.start - 30),
                                                          cand.start)) and \
                    match.group(1) not in NOT_MODIFIERS and \
                    match.group(1) not in self.cues.data_languages and \
                    not CAPITALISED_WORD_BEFORE.search(text, max(0, match.start() - 30),
                                                       match.start(1)):
                yield Candidate(match.start(1), cand.end, text[match.start(1):cand.end],
                                "variant", type=cand.type, family=cand.canonical)

    def _method_variants(self, doc: Doc, found: list[Candidate]):
        """"projected gradient ascent", "online DPO": a known method after a word that names
        a variant of it (cues.toml's method_modifiers) is a method of its own."""
        text = text_of(doc)
        modifiers = self.cues.method_modifiers
        for cand in found:
            if cand.source != "catalogue" or cand.type != "Method":
                continue
            word = _word_just_before(text, cand.start)
            if word and word.group(0).lower() in modifiers:
                yield Candidate(word.start(), cand.end, text[word.start():cand.end],
                                "variant", type="Method")

    def _names_after_heads(self, doc: Doc):
        """"the recently proposed generalist model Uni-Perceiver can ...", "the dataset
        Foo": a capitalised word right after a word for its kind, mid-sentence, is a name of
        that kind."""
        words = words_in(doc)
        starts, ends, texts = words.starts, words.ends, words.texts
        text = text_of(doc)
        title_end = title_end_of(doc)
        heads = self.cues.heads_before_names
        # (Tried only after the head words kg_catalogue found, and not in the title, where
        # every word is capitalised.)
        for head_start, _ in cue_words_of(doc, "name_head"):
            h = bisect.bisect_left(starts, head_start)
            i = h + 1
            if head_start < title_end or i >= len(texts) or starts[h] != head_start:
                continue
            word = texts[i]
            if not word[:1].isupper() or (head := texts[h]) not in heads or \
                    text[ends[h]:starts[i]] != " " or word in NOT_BASELINES or \
                    word in self.cues.generic or len(word) < 3 or not word[1:2].isalpha() or \
                    not text.startswith((" ", ",", ".", ";", ":", ")"), ends[i]) or \
                    i + 1 < len(texts) and texts[i + 1][:1].isupper() or \
                    h > 0 and texts[h - 1].lower() in ("a", "an") or \
                    h > 0 and texts[h - 1].lower() in SUBJECTS_OF_VERBS or \
                    h > 0 and texts[h - 1][:1].isupper() and texts[h - 1] not in NOT_BASELINES \
                    or len(word) > 5 and word.endswith("ed") and word[1:].islower():
                continue  # ("method Min-K% Prob": the name goes on; "a dataset Diversity-Aware
                # prompting strategy": the head modifies; "we benchmark X": it is a verb;
                # "(Symbolic LLM Planning via ...)": the head is a word of a capitalised name;
                # "a Remote sensing dataset Augmented with ...": a participle, capitalised)
            yield Candidate(starts[i], ends[i], word, "head-name",
                            type=self.cues.head_type(head))

    def _names_before_benchmark_heads(self, doc: Doc):
        """"in the Kaggle Santa 2023 challenge", "of the Deepmind Control suite": two or more
        capitalised words (or years) after a lower-case word, just before a lower-case word
        for a collection of data, name a benchmark (a suite with the word); so does one word
        after "the"/"our" ("on the Vaihingen dataset")."""
        text = text_of(doc)
        title_end = title_end_of(doc)
        for head_start, head_end in cue_words_of(doc, "benchmark_head"):
            if head_start < title_end or not text[head_start].islower():
                continue
            match = CAPITALISED_BEFORE_HEAD.search(text, max(title_end, head_start - 80),
                                                   head_start)
            one_word = match is None
            if one_word:
                match = ONE_CAPITALISED_BEFORE_HEAD.search(text, max(title_end, head_start - 60),
                                                           head_start)
                if match is None:
                    continue
            words = match.group(1).split()
            before = text.rfind(" ", 0, match.start(1) - 1) + 1  # the lower-case word's start
            if not text[before].islower() or \
                    any(w in self.cues.generic or w in self.cues.capitalised_words for w in words):
                continue
            # ("an English dataset"; "the QA dataset", "the SFT dataset": a known task's or
            # method's name says what the data is for)
            if one_word and (words[0] in self.cues.data_languages or (
                    entry := self.known.get(normalise_name(words[0]))) and
                    entry.type != "Benchmark"):
                continue
            # (A suite's name of words holds the word: "DeepMind Control Suite"; not one of a
            # word: "the ArmBench-3 suite".)
            end = head_end if text.startswith("suite", head_start) and not one_word \
                else match.end(1)
            yield Candidate(match.start(1), end, text[match.start(1):end], "head-name",
                            type="Benchmark")

    def _named_components(self, doc: Doc):
        """"integrated through a Cross-Modal Token Fusion module", "an Interactive Prompt
        Optimization strategy": two or more capitalised words after an article (and up to two
        lower-case words), just before a lower-case word for a part of a method, name that
        part, a method (the name without the word, as abstracts mostly write it again), the
        paper's own after "a" or "our". A part's word in capitals is part of the name
        (_capitalised_component)."""
        text = text_of(doc)
        title_end = title_end_of(doc)
        for head_start, head_end in cue_words_of(doc, "component_head"):
            if head_start >= title_end and text[head_start].isupper():
                yield from self._capitalised_component(text, head_start, head_end)
                continue
            if head_start < title_end or not text[head_start].islower() or \
                    not (match := CAPITALISED_BEFORE_HEAD.search(
                        text, max(title_end, head_start - 80), head_start)) or \
                    not (article := ARTICLE_THEN_MODIFIERS.search(
                        text, max(0, match.start(1) - 40), match.start(1))):
                continue
            if self._has_a_word_naming_nothing(match.group(1)):
                continue
            # ("a"/"our": a part the paper introduces; "the" may be another's)
            yield Candidate(match.start(1), match.end(1), match.group(1), "component",
                            type="Method", proposed=article.group(1).lower() != "the")

    def _capitalised_component(self, text: str, head_start: int, head_end: int):
        """"two modules: Coarse OOD Pattern Capturing Module caches ...", "we introduce a
        Corner Loss": capitalised words mid-sentence ending in a capitalised word for a part
        of a method name that part, a method, with its word; one word before it only when it
        is name-shaped ("QK Adapter") or after an article. Not before a bracket: an acronym
        definition names it then."""
        # ("Inertial Measurement Units", "Atomic Content Units": a capitalised unit is most
        # often a device or a measure's unit.)
        if text.startswith(" (", head_end) or text.startswith("Unit", head_start) or \
                not (match := CAPITALISED_BEFORE_PART.search(
                    text, max(0, head_start - 80), head_start)):
            return
        words = match.group(1).split()
        # (A class's word is part of a longer name, "Coarse OOD Pattern Capturing Module",
        # but not a name with the part's word alone: "a GNN Layer".)
        if self._has_a_word_naming_nothing(match.group(1), classes_name=len(words) > 1):
            return
        # The words run from the last word not capitalised, or from a capitalised article:
        # "(2) A Concept-Aware Visual Enhancer Module" (the pattern may match from "Visual").
        before = text[max(0, match.start() - 40):match.start()].rpartition(" ")[2]
        if before[:1].isupper() and before not in CAPITALISED_ARTICLES:
            return
        lower_article = ARTICLE_THEN_MODIFIERS.search(text, max(0, match.start(1) - 40),
                                                      match.start(1))
        article = lower_article.group(1).lower() if lower_article else \
            before.lower() if before in CAPITALISED_ARTICLES else None
        if len(words) == 1 and article is None and not is_name_shaped(words[0]):
            return
        yield Candidate(match.start(1), head_end, text[match.start(1):head_end], "component",
                        type="Method", proposed=article is not None and article != "the")

    def _shape_verdict(self, token: str) -> tuple[str, list[str]] | tuple[()]:
        """(name, its expansions) when a word is a name by its shape alone, else (). Depends
        on the word only, so the pipeline remembers it per word."""
        token = token.rstrip("'’").removesuffix("'s").removesuffix("’s")
        # "PASCAL-5$^i$", "COCO-20^{i}": a name with its last letters set as a superscript,
        # the name read plainly ("PASCAL-5i").
        if "^" in token and (sup := SUPERSCRIPT_END.search(token)) and \
                (plain := token[:sup.start()].replace("$", "") + sup.group(1)) and \
                not MATHS_CHARACTER.search(plain) and self._shape_verdict(plain):
            return token, [plain]
        if not token or token in self.cues.generic or token in self.cues.capitalised_words \
                or "://" in token or MATHS_CHARACTER.search(token):
            return ()  # LaTeX and maths ("O(n\\log n)", "p_{gen}") are not names
        # ("Target-Bench", "Video-Bench": capitalised words joined by hyphens, built on
        # "Bench", name a benchmark though "Multi-Agent" is no name.)
        if not is_name_shaped(token) and not (token[:1].isupper() and "-Bench" in token and
                                              BENCH_NAME.search(token)):
            return self._catalogued_spelling(token)
        # "MGs", "SoCs": plurals of acronyms are classes, not names (but not "TabuLens").
        if token.endswith("s") and token[-2:-1].isupper() and sum(map(str.isupper, token)) >= 2 \
                and token[:-1].isalnum() and normalise_name(token[:-1]) not in self.known:
            return ()
        parts = NAME_PART_SEPARATOR.split(token)
        # "ML-generated", "LLM-Based": a name used as a modifier; "CPU-GPU": generic parts
        # (but "SWE-bench-verified" spells the catalogue's "SWE-bench Verified").
        if len(parts) > 1 and parts[-1][:1].islower() and \
                (spelled := self._catalogued_spelling(token)):
            return spelled
        if len(parts) > 1 and MODIFIER_WORD.fullmatch(parts[-1]) and \
                parts[-1].lower() not in METHOD_TAILS and parts[-1][:1].islower() and \
                parts[-1] not in self.cues.variant_suffixes or \
                len(parts) > 1 and parts[-1].lower() in self.cues.attached_suffixes:
            return ()
        # "800Gbps", "16GB", "7B-9B": quantities; "COmunication": a word styled to spell an
        # acronym.
        if all([UNIT_QUANTITY.fullmatch(p) for p in parts]) or \
                ACRONYM_STYLED_WORD.fullmatch(token) or token.lower() in ACRONYM_STYLED_LINKS:
            return ()
        if self.cues.generic.issuperset(filter(None, parts)):
            return ()  # (every part generic)
        return token, _expand_sizes(token) or self._slashed_names(token)

    def _slashed_names(self, token: str) -> list[str]:
        """"GPT-4V/Gemini", "COCO/LVIS", "PEFT/LoRA", "Llama/Llama2/Qwen2.5": names joined by
        slashes, each a name by its shape or the catalogue's (not "ViT-B/16", "AgentA/B",
        "LiveBench/Code")."""
        parts = token.split("/")
        if len(parts) < 2 or not all(len(part) > 1 and (
                is_name_shaped(part) or normalise_name(part) in self.known) for part in parts):
            return []
        return parts

    def _known_entry(self, written: str, key: str):
        """The catalogue's entry for a name as written: one whose key it spells in capitals
        only ("MOS") is not found under other letters ("MoS", Mixture of Shards), as the
        catalogue's matcher would not find it."""
        if key in self._capitals_only and not written.isupper():
            return None
        return self.known.get(key)

    def _catalogued_spelling(self, token: str) -> tuple[str, list[str]] | tuple[()]:
        """"Activity-Net" for ActivityNet, "Mini-Grid" for MiniGrid: a hyphenated word that
        spells a catalogued model or benchmark another way is that name, though its shape
        alone ("Title-Title") would not make it one. (The catalogue's matcher finds only the
        spellings it lists, token for token.)"""
        if "-" not in token or not token[0].isalnum():
            return ()  # (nor "-O3", a compiler's flag)
        entry = self._known_entry(token, normalise_name(token))
        if entry is None:
            # "Gemini-Pro-Vision", "Qwen-Max": a catalogued model's variant.
            known, _, variant = token.rpartition("-")
            if known and variant.lower() in self.cues.variant_suffixes and \
                    (entry := self._known_entry(known, normalise_name(known))) and \
                    entry.type == "Model":
                return token, []
        return (token, []) if entry is not None and entry.type in ("Model", "Benchmark") else ()

    def _listed_tasks(self, doc: Doc):
        """"simple reasoning tasks such as arithmetic and parity": the members of a list of
        tasks, when each is a phrase of a few plain words (not a name, "MMLU", which the
        name rules type; nor a clause or a kind of thing, "the two key components")."""
        text = text_of(doc)
        for match in _task_lists(text):
            for member in LIST_MEMBER.finditer(match.group(1)):
                words = member.group(0).split()
                if len(words) > 5 or not all(TASK_WORD.fullmatch(w) for w in words) or \
                        words[0].lower() in self.cues.task_stop_modifiers or \
                        any(w in NOT_IN_LISTED_TASKS or _plain_verb_like(w) and
                            not w.endswith("ing") for w in words) or \
                        member.group(0).lower() in self.cues.fields:
                    continue
                start = match.start(1) + member.start()
                yield Candidate(start, start + len(member.group(0)), member.group(0), "task",
                                type="Task")

    def _task_phrases(self, doc: Doc):
        """'<modifiers> <task head>' in lower case: trajectory prediction, passage reranking.
        Kept when the title states it, the abstract repeats it, or it is called a task."""
        words = words_in(doc)
        text = text_of(doc)
        title_end = title_end_of(doc)
        lowered = lowered_text_of(doc)
        starts, ends, texts = words.starts, words.ends, words.texts
        heads = self._task_heads
        stop_modifiers = self.cues.task_stop_modifiers
        for head_start, _ in cue_words_of(doc, "task_head"):
            # The head must be a word of its own, as written in lower case or capitalised.
            i = bisect.bisect_left(starts, head_start)
            # In the title a method's word heads the problem the paper is about ("A Guide to
            # Continual Multimodal Pretraining"); in the abstract it heads a method.
            if i == len(starts) or starts[i] != head_start or texts[i] not in heads and not (
                    head_start < title_end and texts[i].lower() in self.cues.task_heads):
                continue
            j = i
            while j > 0 and i - j < 3:
                prev = texts[j - 1]
                low = prev.lower()
                # (_verb_like spelled out: a call costs more than its tests.)
                if not MODIFIER_SHAPE.fullmatch(low) or low in stop_modifiers or \
                        low.endswith(VERB_ENDINGS) or low in VERB_LIKE_WORDS or \
                        text[ends[j - 1]:starts[j]] != " " or \
                        not (prev.islower() or starts[j - 1] < title_end or
                             prev[:1].isupper() and j - 1 == 0):
                    break
                j -= 1
            if j == i:
                continue
            if starts[j] < title_end:
                j = self._title_task_start(doc, words, j, i)
            lowered_phrase = text[starts[j]:ends[i]].lower()
            if lowered_phrase in self.cues.fields:
                continue
            # (What follows and what leads cut only when needed: tested in turn.)
            if starts[j] < title_end or lowered.count(lowered_phrase) > 1 or \
                    CALLED_A_TASK.match(text[ends[i]:ends[i] + 12].lower()) or \
                    _may_end_in_task_lead(leads := text[max(0, starts[j] - 30):starts[j]].lower()) \
                    and TASK_LEAD.search(leads):
                # "the symbol grounding problem": the problem is named with its word.
                end = ends[i] + (len(problem.group(0)) if (problem := PROBLEM_AFTER.match(
                    text, ends[i])) else 0)
                yield Candidate(starts[j], end, text[starts[j]:end], "task", type="Task")

    def _title_task_start(self, doc: Doc, words, first: int, head: int) -> int:
        """Where a title's task phrase (words first..head) starts: at its longest tail of two
        words or more that the abstract repeats ("Faithful and Realistic Text-to-Image
        Generation" -> "text-to-image generation"), or that the catalogue knows as a task
        after words of praise only ("Realistic", "Faithful": not "Geometry Logical
        Reasoning"), else at its first word."""
        starts, ends, texts = words.starts, words.ends, words.texts
        text = text_of(doc)
        lowered_body = lower_case_of(doc, title_end_of(doc))
        for k in range(first, head):
            tail = text[starts[k]:ends[head]].lower()
            if tail in self.cues.fields:
                continue
            if tail in lowered_body or \
                    all(w.lower().endswith(PRAISE_ENDINGS) for w in texts[first:k]) and \
                    getattr(self.known.get(normalise_name(tail)), "type", None) == "Task":
                return k
        return first

    def _metric_phrases(self, doc: Doc):
        """Measures stated as compared quantities: "lower mis-clustering errors", "higher
        normalized inference throughput"; measures at a cut-off: "pass@100", "Recall@10";
        the measures results are stated in (_stated_measures)."""
        text = text_of(doc)
        if "@" in text:  # a literal test first: most abstracts have none
            for match in AT_CUTOFF.finditer(text):
                yield Candidate(match.start(), match.end(), match.group(0), "metric",
                                type="Metric")
        yield from self._stated_measures(doc)
        # "recommendation accuracy", "inference latency": the word before the catalogue's
        # measure, when it says what is measured; "recall rate": a measure's word for what it
        # counts after a measure named by a word (not "BLEU score", "Pass@1 score": BLEU's).
        for cand in extension(doc, "kg_candidates") or []:
            # ("frame-wise accuracy", "token-level latency": what is measured, hyphenated;
            # "expert-level accuracy" is praise.)
            if (measured := self.cues.measured_by.get(cand.canonical)) and \
                    (word := _word_just_before(text, cand.start)) and \
                    ((lowered := word.group(0).lower()) in measured or
                     lowered.endswith(("-wise", "-level")) and lowered.count("-") == 1 and
                     lowered.split("-")[0] not in PRAISED_LEVELS):
                yield Candidate(word.start(), cand.end, text[word.start():cand.end],
                                "metric", type="Metric")
            elif cand.type == "Metric" and cand.canonical and cand.canonical.isalpha() and \
                    cand.canonical.islower() and \
                    (counted := MEASURE_COUNTED.match(text, cand.end)):
                yield Candidate(cand.start, counted.end(), text[cand.start:counted.end()],
                                "metric", type="Metric")
        for match in _values_then_words(text):
            # "a 54.6% speedup", "a 12% error rate": the measure a value is stated in (not
            # "a 2% accuracy loss", a drop in accuracy; "3x smaller memory footprint" is
            # "memory footprint").
            # (The words end at a preposition: "a 1.25x speedup on SAM-H".)
            spans = list(NON_SPACE.finditer(text, match.start(1), match.end(1)))
            cut = next((k for k, span in enumerate(spans) if span.group() in PREPOSITIONS),
                       len(spans))
            spans = spans[:cut]
            while len(spans) > 1 and spans[0].group() in self._value_leads:
                del spans[0]
            if not spans:
                continue
            words = [span.group() for span in spans]
            head = _singular(words[-1])
            if head in self.cues.metric_heads and head not in ("loss", "error") and \
                    not any(w in self._measure_skips or _verb_like(w) for w in words) and \
                    not (len(words) == 1 and head in LONE_NON_MEASURES):
                yield Candidate(spans[0].start(), spans[-1].end(), " ".join(words), "metric",
                                type="Metric")
        if "in terms of" in text:  # (a literal test first: most abstracts say it nowhere)
            yield from self._measures_in_terms_of(text)
        yield from self._capitalised_measures(doc)
        matched_to = 0
        for start, _ in cue_words_of(doc, "comparative"):
            if start < matched_to or not (match := self._metric_phrase.match(text, start)):
                continue  # a comparative inside the last phrase does not start another
            matched_to = match.end()
            spans = list(NON_SPACE.finditer(text, match.start(1), match.end(1)))
            words = [span.group() for span in spans]
            # ("improved communication efficiency and accuracy": the first measure, the
            # catalogue finds the second; but "lower computational and memory cost" is one)
            for k, word in enumerate(words):
                if word in ("and", "or"):
                    if any([_singular(w) in self.cues.metric_heads for w in words[:k]]):
                        words = words[:k]
                    break
            heads = [k for k, w in enumerate(words) if _singular(w) in self.cues.metric_heads]
            if not heads or words[0] in self.cues.task_stop_modifiers:
                continue
            words = words[:heads[-1] + 1]
            # "the same level of accuracy" is accuracy; "improved bounds at the cost" none.
            if "of" in words:
                first = words.index("of") + 1
                while first < len(words) - 1 and words[first] in ("the", "a", "an"):
                    first += 1
                words, spans = words[first:], spans[first:]
            if not PHRASE_BREAKS.isdisjoint(words):
                continue
            # ("better trade-offs between inference cost ...", "lower time", "average loss",
            # "improved efficiency": no named measure)
            # ("... our method attains a speedup": a word for a kind of thing is no measure's)
            if any(_verb_like(w) and not w.endswith("ed") or self.cues.head_type(w)
                   for w in words[:-1]) or \
                    words[0].startswith("trade-off") or len(words) == 1 and \
                    _singular(words[0]) in LONE_NON_MEASURES:
                continue
            # (Offsets from the words: the text may hold runs of spaces.)
            yield Candidate(spans[0].start(), spans[len(words) - 1].end(), " ".join(words),
                            "metric", type="Metric",
                            lemma=" ".join(words[:-1] + [_singular(words[-1])]))

    def _capitalised_measures(self, doc: Doc):
        """"a 70% relative improvement in Average Multi-Object Tracking Accuracy", "6 Unique
        Face Accuracy": capitalised words mid-sentence, up to five, ending in a measure's head
        word, name a measure; not when a plain capitalised word comes just before the five
        or after the head (the words are then part of a longer name, "Score Distillation
        Sampling"), nor at a sentence's start."""
        text, words = text_of(doc), words_in(doc)
        starts, ends, texts = words.starts, words.ends, words.texts
        title_end = title_end_of(doc)
        # (At the head words kg_catalogue found in any case, those capitalised and whole.)
        for head_start, head_end in cue_words_of(doc, "measure_head"):
            if head_start < title_end or not text[head_start].isupper():
                continue
            i = bisect.bisect_left(starts, head_start)
            if i == len(starts) or starts[i] != head_start or ends[i] != head_end:
                continue
            if i + 1 < len(starts) and starts[i + 1] == ends[i] + 1 and \
                    texts[i + 1][:1].isupper():
                continue
            first = i
            while first > i - 4 and first and starts[first] == ends[first - 1] + 1 and \
                    self._may_name_a_measure(texts[first - 1]):
                first -= 1
            # (The run opens after a list's comma or a word that is no part of it: one in
            # lower case, a number, "the", a name of what is measured.)
            if first == i or not first or not (
                    text[ends[first - 1]:starts[first]] == ", " or
                    starts[first] == ends[first - 1] + 1 and
                    not self._may_name_a_measure(texts[first - 1])):
                continue
            yield Candidate(starts[first], head_end, text[starts[first]:head_end], "metric",
                            type="Metric")

    def _may_name_a_measure(self, word: str) -> bool:
        """Whether a capitalised word before a measure's head is part of its name: not a
        known name ("COCO Average Precision") nor one in mixed case ("SpCQL Logical
        Accuracy"), which name what is measured."""
        return word[:1].isupper() and word not in NOT_BASELINES and \
            MIXED_CASE.search(word) is None and \
            not self._known_entry(word, normalise_name(word))

    def _measures_in_terms_of(self, text: str):
        """"outperform existing methods in terms of Hypervolume, R2-distance and candidate
        diversity": the listed measures that are names, or phrases of two words or more ending
        in a measure's head ("energy efficiency"; not "in terms of scale and diversity")."""
        for match in IN_TERMS_OF.finditer(text):
            for member in LIST_MEMBER.finditer(match.group(1)):
                name = member.group(0)
                words = name.split()
                # ("both final accuracy": the measure is accuracy)
                while words and (words[0] in ("the", "both", "its", "their") or
                                 words[0].lower() in self._measure_skips):
                    words = words[1:]
                if not words or any([w in PREPOSITIONS or w == "between" for w in words]):
                    continue  # ("their trade-off between accuracy and compute": no name)
                word = words[0]
                named = len(words) == 1 and (is_name_shaped(word) or word[:1].isupper() and
                                             word not in self.cues.generic and
                                             word[1:].islower() and len(word) > 3)
                measured = len(words) > 1 and _singular(words[-1]) in self.cues.metric_heads \
                    and name.islower()
                if named or measured:
                    end = match.start(1) + member.end()
                    phrase = " ".join(words)
                    yield Candidate(end - len(phrase), end, phrase, "metric", type="Metric",
                                    lemma=" ".join(words[:-1] + [_singular(words[-1])]))

    def _stated_measures(self, doc: Doc):
        """"achieves an overall DVPQ of 57.1", "attains the highest optimality rate exceeding
        98%": a name, or lower-case words ending in a measure's head (not "score": "impressive
        metric scores of 77.8%" names none), praise before them left out."""
        text, skipped = text_of(doc), self._measure_skips
        for start, _ in cue_words_of(doc, "attaining"):
            if not (match := STATED_MEASURE.match(text, start)):
                continue
            words = list(NON_SPACE.finditer(text, match.start(1), match.end(1)))
            while len(words) > 1 and words[0].group() in skipped:
                del words[0]
            names = [w.group() for w in words]
            head = _singular(names[-1])
            if len(names) == 1 and is_name_shaped(names[0]) and \
                    names[0] not in self.cues.generic or \
                    names[0] not in skipped and all(w.islower() for w in names) and \
                    head != "score" and head in self.cues.metric_heads:
                yield Candidate(words[0].start(), words[-1].end(), " ".join(names), "metric",
                                type="Metric")

    # ---- typing

    def _type(self, doc: Doc, candidates: list[Candidate], alias_pairs) -> None:
        redefined = self._forget_redefined_acronyms(candidates, alias_pairs) | \
            _forget_retitled_names(candidates)
        # (A name's shape is evidence once, however often it is mentioned: its mentions' votes
        # are added up below, and a shape's per mention outweighed what the context says.)
        shaped: set[str] = set()
        for cand in candidates:
            if cand.type is None and (key := cand.key) not in redefined and \
                    (entry := self._known_entry(cand.name, key)):
                cand.type, cand.canonical, cand.family = entry.type, entry.name, entry.family
            if cand.type is None:
                self._vote_context(doc, cand)
                if cand.key not in shaped:
                    shaped.add(cand.key)
                    self._vote_shape(cand)
        self._vote_coordinated(doc, candidates)
        for long, short in alias_pairs:
            if long.type or short.type:
                long.type = short.type = long.type or short.type
                continue
            if vote := self._long_form_type(long.text):
                add_vote(long, vote, 4)
            long.votes = short.votes = added_votes(long.votes, short.votes)
        # All mentions of one name share their evidence.
        groups: dict[str, list[Candidate]] = {}
        for cand in candidates:
            groups.setdefault(cand.key, []).append(cand)
        for group in groups.values():
            typed = first_type(group)
            if typed is None:  # (none typed: the votes of all decide)
                votes = group[0].votes
                for cand in group[1:]:
                    votes = added_votes(votes, cand.votes)
                typed = best_type(votes)
            for cand in group:
                if cand.type is None:
                    cand.type = typed
        # "Uni-Perceiver-MoE" of "the generalist model Uni-Perceiver": a variant of a model the
        # abstract names is a model too.
        model_prefixes = tuple(c.text + "-" for c in candidates if c.type == "Model")
        for cand in candidates:
            if cand.type is None and model_prefixes and cand.text.startswith(model_prefixes):
                cand.type = "Model"
            if cand.type is None and cand.source in ("shape", "title", "proposal"):
                cand.type = self._fallback_type(cand)
        # A name nothing types that the authors introduce right after their verb ("we
        # introduce AutoRace for ...", "propose a Noisy-label Robust BPO (NBPO)") is their method.
        text = text_of(doc)
        title_end = title_end_of(doc)
        for long, short in alias_pairs:
            # (A title that defines an acronym, "Probabilistic Partitive Partitioning (PPP)",
            # names the paper's own method too.)
            if long.type is None is short.type and (
                    self._proposal_verb_before(text, long.start) or short.end <= title_end):
                long.type = short.type = "Method"
                long.proposed = short.proposed = long.proposed or short.end <= title_end
            # "tanh-gated weight normalization (TanhNorm)": an acronym coined in mixed case
            # names an artefact, not a topic (as "ITD" may).
            elif long.type is None is short.type and COINED_ACRONYM.fullmatch(short.text):
                long.type = short.type = "Method"
        introduced = None
        for cand in candidates:
            if cand.type is None and cand.source == "shape" and (
                    self._proposal_verb_before(text, cand.start) or
                    lowered_text_of(doc).endswith(
                        OUR_PROPOSED, max(0, cand.start - OUR_PROPOSED_LENGTH), cand.start) or
                    self._named_just_before(text, cand.start) or
                    # ("namely Kestrel-S and Kestrel-L": the next of the list, too)
                    introduced and list_joiner(text, introduced.end, cand.start)):
                # (its other mentions too: they shared their evidence before this)
                for mention in groups[cand.key]:
                    mention.type = mention.type or "Method"
                introduced = cand
        # A baseline's other mentions say what it is; with none, one beaten by name is most
        # often a model ("+4.8% over Cambrian").
        for group in groups.values():
            typed = first_type(group)
            for cand in group:
                if cand.type is None and cand.source == "baseline":
                    cand.type = typed or "Model"
        # An acronym is what its long form is, in every mention ("WSL" is a task when
        # "webly supervised learning" is).
        for long, short in alias_pairs:
            if long.type and long.source != "catalogue" or long.type and not short.type:
                for cand in groups.get(short.key, [short]):
                    if cand.source != "catalogue":
                        cand.type = long.type

    def _forget_redefined_acronyms(self, candidates: list[Candidate], alias_pairs) -> set[str]:
        """"Multi-agent collaborative perception (MCP)": an acronym the abstract defines with
        another long form than the catalogue's (Model Context Protocol) is not that entry
        here; its mentions lose the catalogue's identity and take their long form's."""
        redefined, defining = set(), set()
        for long, short in alias_pairs:
            entry = self.known.get(normalise_name(short.canonical)) if short.canonical else None
            # ("Reinforcement Learning with Human Feedback (RLHF)" is the catalogue's "...
            # from Human Feedback": the same words but for a preposition.)
            # ("Differentiable Architecture Search (DARTS)" spells out an entry the catalogue
            # lists with no long form, as what the entry is, and "Term Frequency-Inverse
            # Document Frequency (TF-IDF)" as nothing else: neither defines another thing;
            # "Detection Unit (DTU)", a part of a method, does.)
            if entry and long.canonical != short.canonical and \
                    (any(" " in n for n in entry.names) or
                     (long_type := self._long_form_type(long.text)) != entry.type and
                     (long_type is not None or not long.text[:1].isupper() or
                      long.text.rsplit(None, 1)[-1].lower() in self.cues.component_heads)) and \
                    normalise_name(long.name) not in {normalise_name(n) for n in entry.names} \
                    and _content_words(long.name) not in map(_content_words, entry.names):
                redefined.add(short.key)
                defining.add(id(short))
        forgotten = set()
        for cand in candidates:
            if cand.source == "catalogue" and cand.key in redefined:
                cand.type = cand.canonical = cand.family = None
                # The definition is the acronym's; its other mentions repeat it.
                cand.source = "acronym" if id(cand) in defining else "repeat"
                forgotten.add(cand.key)
        return forgotten

    def _long_form_type(self, long_form: str) -> str | None:
        """Type from the head of a long form: the last word before its first preposition.
        Lower-case long forms name topics (tasks); capitalised ones name artefacts."""
        words = SPACE_RUN.split(long_form)
        head_words = []
        for word in words:
            if word.lower() in ("of", "for", "in", "on", "with", "via", "by", "to", "from",
                                "through", "using") and head_words:
                break
            head_words.append(word)
        # ("Group-relative Policy Optimization's (GRPO) simplicity": the possessive is not
        # the head's.)
        head = head_words[-1].lower().strip("-").removesuffix("'s") if head_words else ""
        compound, _, head = head.rpartition("-")
        typed = self.cues.head_type(head)
        if head in self.cues.task_heads and head not in self.cues.method_heads:
            if long_form.islower() or head in TOPIC_HEADS:
                return "Task"
            return typed or "Method"
        if typed:
            return typed
        # (A measure's word ending a hyphenated name, "VSI-Super-Recall", is not its head.)
        if not compound and (head in self.cues.metric_heads or
                             head in ("coefficient", "measure", "index")):
            return "Metric"
        return None

    def _fallback_type(self, cand: Candidate) -> str | None:
        # ("HuatuoGPT-vision", "Foo-chat": a model's variant word ends the name)
        if has_size_suffix(cand.name) or "-" in cand.text and \
                cand.text.rpartition("-")[2] in self.cues.variant_suffixes:
            return "Model"
        if BENCHMARK_SHAPE.search(cand.text):
            return "Benchmark"
        if family := self._family_prefix(cand.text):
            return family
        # "BabyAI-Text", "GSM8K-Hard": a known benchmark's variant (not "MME-Survey").
        prefix, hyphen, _ = cand.text.partition("-")
        if hyphen and len(prefix) > 2 and (entry := self.known.get(normalise_name(prefix))) \
                and entry.type == "Benchmark" and not STUDY_NAME.search(cand.text):
            return "Benchmark"
        if cand.source in ("title", "proposal"):
            return "Method"
        return self.untyped

    def _family_prefix(self, name: str) -> str | None:
        """'LLaMA-70b', 'GPT4-o', 'Qwen2-VL-7B': a known model's name, then a version, size
        or variant after a boundary (a hyphen, a digit, a space), not inside a word; also after
        a maker's or variant's prefix ('Meta-Llama-3.1-Instruct', 'HPO-LLaMA')."""
        found = self._families.get(name, False)
        if found is False:
            first_hyphen = name.find("-")
            rest = name[first_hyphen + 1:]
            # "HPO-LLaMA", "RU-LLaMA": a variant named before the family.
            found = "Model" if self._family_at_start(name) or first_hyphen > 0 and (
                self._family_at_start(rest) or
                (known_rest := self.known.get(normalise_name(rest))) is not None and
                known_rest.type == "Model" and len(rest) > 2) else None
            if len(self._families) > SHAPE_CACHE_SIZE:
                self._families.clear()
            self._families[name] = found
        return found

    def _family_at_start(self, name: str) -> bool:
        if name.isascii() and not self._may_start_with_model(name):
            return False  # (an ASCII name's prefix's key is a prefix of the name's key)
        for match in VARIANT_BOUNDARY.finditer(name):
            # (The suffix is looked up only after a known model's prefix: most have none.)
            at = match.end()
            entry = self.known.get(normalise_name(name[:at])) if at > 2 else None
            # (an ordinary word's only before a number: "Mamba-1 2.8B" is a version of Mamba,
            # "Evo-MARL" none of the Evo model)
            if entry is not None and entry.type == "Model" and \
                    (not entry.ambiguous or name[at:].lstrip("- ")[:1].isdigit()):
                suffix = self.known.get(normalise_name(name[at:]))
                if not (suffix and suffix.type == "Method"):
                    return True  # but "LLaVA-KD" is LLaVA with knowledge distillation
        return False

    def _may_start_with_model(self, name: str) -> bool:
        key, heads = normalise_name(name), self._model_key_heads
        return key[:3] in heads or key[:2] in heads or key[:1] in heads or "" in heads

    def _vote_context(self, doc: Doc, cand: Candidate) -> None:
        text = text_of(doc)
        sentence_start, sentence_end = sentence_of(doc, cand.start)
        after = text[cand.end:min(cand.end + 80, sentence_end)]
        before = text[max(sentence_start, cand.start - 80):cand.start]
        following = NEXT_WORD.match(after)
        if following and (t := self.cues.head_type(following.group(1))):
            # "X (ACR) model" says outright what X is; "UTMath-Train training dataset", a
            # compound's last word.
            if (second := FOLLOWING_WORD.match(after, following.end())) and \
                    (t2 := self.cues.head_type(second.group(1))):
                t = t2
            # "existing ESC datasets" of "Emotional Support Conversation (ESC)": datasets of
            # a kind the abstract spells out, a task (but "the COCO and LVIS datasets" are
            # two, and "CIFAR datasets" are a family's).
            elif t == "Benchmark" and following.group(1) in PLURAL_DATA_WORDS and \
                    not LISTED_BEFORE.search(before) and f"({cand.text})" in text:
                t = "Task"
            add_vote(cand, t, 5)
        elif following and following.group(1) in AGENT_VERBS:
            add_vote(cand, "Method", 1)
        # "X (ACR), a novel <...> benchmark": the appositive names the kind of thing (not
        # after a fronted phrase: "On PASCAL-5i, our method brings ..." opens a clause).
        appositive = APPOSITIVE.match(after)
        # (In the title, "X: A Unified Framework ..." is the title rules' to weigh.)
        if appositive and not (cand.start < title_end_of(doc) and
                               appositive.group(0).lstrip(" ,:")[:1].isupper()) and \
                not self._in_fronted_phrase(text, sentence_start, cand) and \
                (t := self._phrase_head_type(appositive.group(1).split())):
            add_vote(cand, t, 3)
        # "attack methods (e.g., CodeAttack)": the head the example list illustrates; "a
        # strong baseline (XTTSv2)": a baseline named in brackets, most often a model.
        example_of = "(" in before and _example_of(before)
        if example_of and (t := self.cues.head_type(example_of.group(1)) or
                           ("Model" if example_of.group(1) == "baseline" else None)):
            add_vote(cand, t, 3)
        if cand.source == "acronym" and before.endswith("("):
            return  # the words before "(DeAL)" are its long form: "Alignment of LLMs (DeAL)"
        if before.endswith(", ") and self._after_fronted_phrase(text, sentence_start, cand) and \
                not LIST_CONTINUES.match(text, cand.end):
            # "On vision benchmarks, COMET+ achieves ...": the phrase's head is not its (but
            # "Across two benchmarks, E-VQA and InfoSeek, ..." lists them)
            return
        # (The words further back than the last two matter only after a naming word.)
        before_words = _last_words(before, 2)
        if not self.cues.naming_words.isdisjoint(map(str.lower, before_words)):
            before_words = WORD_RUN.findall(before)
        # "a two-step algorithm to merge models -- termed X": the head of the phrase the
        # naming word closes, not the nearest head word ("models").
        if (t := self._named_phrase_type(before_words)) is not None:
            add_vote(cand, t, 3)
            return
        # "the benchmark X", "a novel estimator called X".
        # (A head word two or more words back counts after a naming word only.)
        naming = False  # whether a word after this one is a naming word
        for k, word in enumerate(reversed(before_words[-5:])):
            if k > 1 and not naming:
                break
            if t := self.cues.head_type(word):
                # ("We benchmark GPT-4o", "to test X": the word is a verb, its object no kind)
                if k + 1 == len(before_words) or \
                        before_words[-k - 2].lower() not in SUBJECTS_OF_VERBS:
                    add_vote(cand, t, 3)
                break
            naming = naming or word.lower() in self.cues.naming_words
        # (ON_BEFORE ends in "on", "across" or "the", then spaces: a string test first.)
        if before.rstrip().endswith(("on", "across", "the", "On", "Across")) and \
                ON_BEFORE.search(before) and \
                self._evaluation_sentence(doc, cand.start):
            add_vote(cand, "Benchmark", 1)

    @staticmethod
    def _in_fronted_phrase(text: str, sentence_start: int, cand: Candidate) -> bool:
        """Whether the name ends the phrase its sentence (or the clause after a colon) opens
        with, before that phrase's comma: "On PASCAL-5i, our method ..."."""
        fronted = _fronted_phrase(text, sentence_start, cand)
        return fronted is not None and fronted.end() - 2 == cand.end  # (before ", ")

    @staticmethod
    def _after_fronted_phrase(text: str, sentence_start: int, cand: Candidate) -> bool:
        """Whether the name opens the clause after that phrase: "On standard vision
        benchmarks, COMET+ ..."."""
        fronted = _fronted_phrase(text, sentence_start, cand)
        return fronted is not None and fronted.end() == cand.start

    def _phrase_head_type(self, words: list[str]) -> str | None:
        """The type of a noun phrase's head: its last word with a type before a preposition
        or a participle ("a novel MLLM decoding method grounded in ..." -> Method, "a new
        family of VLMs" -> Model, "a suite of models" -> Model, "a suite of tasks" ->
        Benchmark)."""
        if "framework" in words and EVALUATION_FRAMEWORK.match(" ".join(words)):
            return "Benchmark"  # "a framework for systematically evaluating ..."
        found = group_type = None
        for k, word in enumerate(words):
            low = word.lower()
            if low == "of" and k and words[k - 1].lower() in GROUP_NOUNS:
                # "a new family of VLMs": the head follows (else the group's word is it)
                found, group_type = None, found
                continue
            # "an infrastructure for large models", "a method grounded in": the head came
            # before (a participle before any head modifies it: "a carefully designed recipe").
            if low in PREPOSITIONS or found and PARTICIPLE.fullmatch(low):
                break
            found = self.cues.head_type(word) or found
        return found or group_type

    def _named_phrase_type(self, before_words: list[str]) -> str | None:
        """The type of "a <words> <head> ... called": the first head word after the article
        that opens the named phrase, up to its first preposition."""
        words = before_words[-12:]
        if not words or words[-1].lower() not in self.cues.naming_words:
            return None
        articles = [k for k, w in enumerate(words[:-1]) if w.lower() in ("a", "an", "the")]
        if not articles:
            return None
        for word in words[articles[-1] + 1:-1]:
            if word.lower() in PREPOSITIONS:
                return None
            if t := self.cues.head_type(word):
                return t
        return None

    def _vote_shape(self, cand: Candidate) -> None:
        """Evidence in the name itself: a size suffix (-7B), a known model's name as prefix, a
        model's word ending a one-word name (MachineLearningLM, Geoformer) or a hyphenated one
        (OLA-VLM), a head word as its last word ("... Reward Model", "... Benchmark")."""
        name = cand.name
        if has_size_suffix(name) or self._family_prefix(name) or _has_model_suffix(name):
            add_vote(cand, "Model", 4)
        if MODEL_TAIL.match(name):
            add_vote(cand, "Model", 8)  # (outweighs a title's head and an appositive)
        if BENCH_NAME.search(cand.text):
            # Built on "Bench", it is one, whatever it is said to be alongside ("MLGym-Bench,
            # a new framework and benchmark"); the type, not a vote its list would share.
            cand.type = "Benchmark"
        # "BGE-reranker": a model's word in lower case ends the name (not "FP6-LLM", "AutoML-
        # Agent", systems named after what they run on).
        if "-" in name and (tail := name.rpartition("-")[2]).islower() and \
                self.cues.head_type(tail) == "Model":
            add_vote(cand, "Model", 4)
        words = cand.text.split()
        # ("Decoding-time Alignment of LLMs" is headed before its preposition.)
        if len(words) > 1 and (t := self.cues.head_type(words[-1])) and \
                PREPOSITIONS.isdisjoint(w.lower() for w in words):
            add_vote(cand, t, 4)
        # "Binary Sparse Coding (BSC)": a name ending in a known method's name of two or three
        # words is a kind of it.
        for k in (3, 2):
            if len(words) > k and (entry := self.known.get(normalise_name(" ".join(words[-k:])))) \
                    and entry.type in ("Method", "Model", "Benchmark"):
                add_vote(cand, entry.type, 4)
                break

    def _vote_coordinated(self, doc: Doc, candidates: list[Candidate]) -> None:
        """Names in one list ("on A, B, and C datasets") are of one type."""
        text = text_of(doc)
        runs, run, joined = [], [], False
        for cand in candidates:
            # (The subject after a fronted list is no member: "On ALFWorld and Mind2Web, DuSAR
            # achieves ...".)
            if run and (joiner := list_joiner(text, run[-1].end, cand.start)) and not (
                    joined and joiner.group(0) == ", " and
                    self._after_fronted_phrase(text, sentence_of(doc, cand.start)[0], cand)):
                run.append(cand)
                joined = joined or joiner.group(0).strip() != ","
            else:
                runs.append((run, joined))
                run, joined = [cand], False
        runs.append((run, joined))
        # Two names and only a comma between are no list ("On 2WikiMultihopQA, P-RAG ...").
        runs = [run for run, joined in runs if len(run) > 2 or len(run) == 2 and joined]
        for run in runs:
            # (A "-Bench" name's type is its own: "KestPT and KestBench" are not alike.)
            votes: dict[str, int] = {}
            for cand in run:
                if cand.type in CORE and not BENCH_NAME.search(cand.text):
                    votes[cand.type] = votes.get(cand.type, 0) + 1
            for cand in run:
                votes = added_votes(votes, cand.votes)
            following = FOLLOWING_WORD.match(text[run[-1].end:run[-1].end + 30])
            if following and (t := self.cues.head_type(following.group(1))):
                votes[t] = votes.get(t, 0) + 3
            for cand in run:
                cand.listed = True
            if votes:
                best = best_type(votes)
                for cand in run:
                    if cand.type is None:
                        add_vote(cand, best, 2)

    def _list_members(self, doc: Doc, candidates: list[Candidate]):
        """"algorithms including signed momentum, Polak, and Nesterov momentum": when a list
        holds known entities of one core type, its other short members are of that type too;
        a list of benchmarks says what its members are."""
        text = text_of(doc)
        lists = list(_named_lists(text))
        lists += [(members, True) for members in _counted_benchmarks(text)]
        lists += [(members, True) for members in self._listed_before_data_word(text)]
        for members, of_benchmarks in lists:
            if len(members) < (2 if of_benchmarks else 3):
                continue
            yield from self._typed_members(members, of_benchmarks, candidates)

    def _coordinated_benchmarks(self, doc: Doc, candidates: list[Candidate]):
        """"experiments on HumanEval, MBPP, APPS, CodeContests, and Leetcode": capitalised
        words no rule found, listed last after a benchmark that is listed with another one,
        or between two benchmarks ("CamVid, OCTA-500, Lung Segmentation, and Cityscapes"),
        name benchmarks too."""
        benchmarks = [c for c in candidates if c.type == "Benchmark"]
        if len(benchmarks) < 2:
            return  # (most abstracts name fewer)
        text = text_of(doc)
        starts = [c.start for c in candidates]
        for k, cand in enumerate(candidates):
            if cand.type != "Benchmark":
                continue
            names, untyped, joiners, end = [], [], [], cand.end
            # The names the list goes on with that no rule found or typed, up to the next
            # candidate.
            while (joiner := MEMBER_JOINER.match(text, end)) and \
                    (name := LISTED_NAME.match(text, joiner.end())):
                i = bisect.bisect_left(starts, name.start())
                after = candidates[i] if i < len(candidates) else None
                if after is not None and after.type is None and \
                        (after.start, after.end) == name.span():
                    untyped.append(after)
                elif after is not None and after.start < name.end() or \
                        not self._may_be_listed_benchmark(text, name):
                    break
                else:
                    names.append(name)
                joiners.append(joiner)
                end = name.end()
            if not joiners:
                continue
            i = bisect.bisect_left(starts, end)
            after = candidates[i] if i < len(candidates) else None
            # (the list's last, after "and"; or between two: "Quarry and Heron, Osprey being
            # held out" ends the list at Heron)
            before = candidates[k - 1] if k else None
            last_after_and = joiners[-1].group(0).strip(" ,") and \
                before is not None and before.type == "Benchmark" and \
                list_joiner(text, before.end, cand.start)
            between = after is not None and after.type == "Benchmark" and \
                list_joiner(text, end, after.start)
            if last_after_and or between:
                for found in untyped:
                    found.type = "Benchmark"
                for name in names:
                    yield Candidate(name.start(), name.end(), name.group(0), "list",
                                    type="Benchmark")

    def _listed_before_data_word(self, text: str):
        """The members (start, end, text) of a list of names just before a plural word for
        data: "on the DailyLifeAPIs and HuggingFace datasets", "the LibriSpeech, TEDLIUM2, and
        WSJ corpora" (not "the English and German datasets", what data is in)."""
        for word in DATA_WORDS:
            at = text.find(word)
            while at >= 0:
                if listed := LIST_BEFORE_DATA_WORD.search(text, max(0, at - 150), at):
                    members = [(m.start(), m.end(), m.group(0))
                               for m in LISTED_DATA_NAME.finditer(text, *listed.span(1))]
                    if not any(name in self.cues.data_languages for _, _, name in members):
                        yield members
                at = text.find(word, at + len(word))

    def _has_a_word_naming_nothing(self, phrase: str, classes_name: bool = False) -> bool:
        """Whether a capitalised phrase holds a word that is no part of a name: "The", "Our",
        a class ("LLMs"; unless `classes_name`: "Coarse OOD Pattern Capturing Module"), an
        English word in capitals ("IS")."""
        return any(w in NOT_BASELINES or w in self.cues.capitalised_words or
                   not classes_name and w in self.cues.generic for w in phrase.split())

    def _may_be_listed_benchmark(self, text: str, name: re.Match) -> bool:
        """Whether a capitalised phrase in a list of benchmarks may be one: not a word that
        names no data ("The", "Others"), nor the modifier of a kind of model or method that
        follows ("Llama models")."""
        if self._has_a_word_naming_nothing(name.group(0)):
            return False
        following = NEXT_WORD.match(text, name.end())
        return following is None or \
            self.cues.head_type(following.group(1)) not in ("Model", "Method")

    def _typed_members(self, members: list[tuple[int, int, str]], of_benchmarks: bool,
                       candidates: list[Candidate]):
        typed = [c for c in candidates if c.type and any(
            c.start >= s and c.end <= e for s, e, _ in members)]
        types = {c.type for c in typed}
        if of_benchmarks:
            extents = {(s, e) for s, e, _ in members}
            self._retype_as_benchmarks(
                [c for c in candidates if (c.start, c.end) in extents], candidates)
            types = {"Benchmark"}
        elif len(types) != 1 or not types <= set(CORE) or len(typed) < 2:
            return
        type_ = types.pop()
        for s, e, raw in members:
            words = raw.split()
            if type_ != "Method" and raw.islower() or \
                    of_benchmarks and len(words) > 1 and words[-1].lower() in self.cues.task_heads:
                continue  # "board games" among benchmarks is a description, not a name, and
                # "Affordance Prediction" a domain
            if any(c.start < e and c.end > s for c in candidates) or len(words) > 4 or \
                    words[0].lower() in self.cues.task_stop_modifiers or \
                    len(words) > 1 and words[-1] in self.cues.class_heads or \
                    any(_verb_like(w.lower()) and not w[:1].isupper() and
                        w.lower() not in METHOD_TAILS for w in words[:-1]):
                continue
            yield Candidate(s, e, raw, "list", type=type_)

    @staticmethod
    def _retype_as_benchmarks(members: list[Candidate], candidates: list[Candidate]) -> None:
        """The whole members of a list of benchmarks that only their shape typed
        ("OpenStreetView-5M" looks like a model's size), or left untyped ("Oriel-10K"), are
        benchmarks, in every mention."""
        keys = {c.key for c in members if c.type in ("Model", "Method", None) and
                c.source == "shape"}
        for cand in candidates:
            if cand.key in keys and cand.source == "shape":
                cand.type = "Benchmark"

    def _versions(self, doc: Doc, candidates: list[Candidate]):
        """"Claude 3.5", "UL2 20B", "DeepSeek-Coder (1.3B)", "Gemini-1.5 Pro": a model's name,
        then a version, a size or a variant word as a word of its own, names that version, a
        model of its own in the family; a benchmark's year names its edition."""
        text = text_of(doc)
        for cand in candidates:
            # "iNat 2019", "COCO 2017", "Switchboard 300h": a benchmark's year or hours name
            # that edition.
            if cand.type == "Benchmark" and \
                    (edition := BENCHMARK_EDITION.match(text, cand.end)):
                yield Candidate(cand.start, edition.end(), text[cand.start:edition.end()],
                                "version", type="Benchmark", family=cand.canonical or cand.name,
                                proposed=cand.proposed)
            if cand.type != "Model":
                continue
            end = cand.end
            while match := VERSION_AFTER.match(text, end) or self._variant_after.match(text, end):
                end = match.end()
            if end > cand.end:
                yield Candidate(cand.start, end, text[cand.start:end], "version", type="Model",
                                family=cand.canonical or cand.name, proposed=cand.proposed)

    @staticmethod
    def _repeated_names(doc: Doc, candidates: list[Candidate]):
        """Every further occurrence of a name found once by a rule that needs context
        ("We present Quokka (...). Quokka matches ..."): the same entity again, over any
        shorter name found inside it."""
        text = text_of(doc)
        taken = [(c.start, c.end) for c in candidates]
        # An occurrence where a candidate is already (most often the name's own mention) is
        # left to it: longest_first keeps the earlier of two candidates of one extent.
        extents = set(taken)
        seen = set()
        for cand in candidates:
            if cand.source not in REPEATABLE_SOURCES or not cand.type or cand.text in seen or \
                    not any(map(str.isupper, cand.text)):
                continue
            seen.add(cand.text)
            # str.find, not a regex: a pattern compiled per name per paper costs more.
            start = text.find(cand.text)
            while start >= 0:
                end = start + len(cand.text)
                # A shorter name inside this one ("GaLore" in "Natural GaLore") gives way.
                if (start, end) not in extents and word_edge(text, start - 1) and \
                        word_edge(text, end) and \
                        not any(s < end and start < e and not start <= s < e <= end
                                for s, e in taken):
                    yield Candidate(start, end, cand.text, "repeat", type=cand.type,
                                    proposed=cand.proposed)
                start = text.find(cand.text, end)

    def _evaluation_sentence(self, doc: Doc, char: int) -> bool:
        s, e = sentence_of(doc, char)
        words = re.findall(r"[a-z\-]+", text_of(doc)[s:e].lower())
        return not self._evaluation_words.isdisjoint(words)

    # ---- proposals

    def _mark_proposed(self, doc: Doc, candidates: list[Candidate]) -> None:
        text = text_of(doc)
        introduced = set()  # the keys of names introduced so far
        for cand in candidates:
            # Named metrics count too ("we propose E3-Score, a metric ..."; not a measure
            # phrase or a known one: "a significantly higher safety score"), and tasks when
            # defined by an acronym: "we introduce verbalized machine learning (VML)"
            # proposes a method, whatever its head word.
            if cand.source == "title" or cand.type not in CORE and not (
                    cand.type == "Metric" and cand.source not in ("metric", "catalogue") or
                    cand.type == "Task" and cand.source in ("long-form", "acronym")):
                continue
            # (A name introduced once is proposed in every mention, below: its later ones
            # need no test, but before an "and" the coordinated rule reads its verdict.)
            if cand.proposed or (key := cand.key) in introduced and \
                    not text.startswith(" and ", cand.end):
                continue
            if self._introduced_here(doc, cand):
                cand.proposed = True
                introduced.add(key)
        # "namely Ling-Lite and Ling-Plus": the second of two coordinated proposals.
        for first, second in zip(candidates, candidates[1:]):
            if first.proposed and first.source == second.source in ("proposal", "shape") and \
                    text[first.end:second.start] == " and ":
                second.proposed = True
        # A name proposed once is proposed in every mention; so is the title's name, and so
        # are the proposed name's own variants ("MT-Ladder-7B" of "MT-Ladder").
        proposed_keys = {c.key for c in candidates if c.proposed or c.source == "title"}
        variant_prefixes = tuple(c.text + sep for c in candidates if c.proposed and len(c.text) > 2
                                 for sep in "- ")
        for cand in candidates:
            if variant_prefixes and cand.text.startswith(variant_prefixes):
                proposed_keys.add(cand.key)
        for cand in candidates:
            if cand.key in proposed_keys:
                cand.proposed = True
                if cand.type == "Task":
                    cand.type = "Method"

    def _named_just_before(self, text: str, at: int) -> bool:
        """"dubbed X", "we present two models, namely X": a naming word just before `at`."""
        if text[at - 1:at] != " ":
            return False
        lowered = text[max(0, at - 120):at].lower()
        last = _last_words(lowered, 1)
        return bool(last) and self._names_a_proposal(last[0], lowered)

    def _proposal_verb_before(self, text: str, at: int) -> bool:
        """"we (first) introduce (a new) X": the authors' proposal verb just before `at`."""
        # (Its verb is the last word but those it lets stand before the name: a set's test
        # first, as the search tries every position.)
        words = text[max(0, at - 60):at].split()
        while words and words[-1] in VERB_TO_NAME_WORDS:
            words.pop()
        if not words or words[-1] not in self.cues.proposal_verbs:
            return False
        match = VERB_JUST_BEFORE.search(text, max(0, at - 60), at)
        return match is not None and match.group(1).lower() in self.cues.proposal_verbs

    def _introduced_here(self, doc: Doc, cand: Candidate) -> bool:
        """Whether the words before a mention, in its sentence, introduce it as the paper's."""
        text = text_of(doc)
        sentence_start = sentence_of(doc, cand.start)[0]
        lead = text[sentence_start:cand.start]
        lowered = lead.lower()  # (as lower_case_of has it, without its calls)
        # (The rules read the lead's last words: found near its end, not in all of it.)
        lead_words = _last_words(lowered, 8)
        verbs = self.cues.proposal_verbs
        # "we propose a novel estimator called X", "we present X, a ...", "dubbed X".
        if lead_words and self._names_a_proposal(lead_words[-1], lowered) or \
                _refers(lowered) and REFERRED_TO_AS.search(lowered) or \
                "our " in lowered and lowered.rstrip().endswith(",") and \
                OUR_THING_BEFORE.search(lowered):
            return True
        # "We propose a Channel Attention mechanism guided by PDE Parameter Embeddings (CAPE)":
        # the acronym of the phrase the authors' verb opens, however long.
        if lead.endswith("(") and self._known_entry(cand.text, cand.key) is None and \
                lowered.startswith(PROPOSING_OPENINGS) and \
                PROPOSED_PHRASE_THEN_BRACKET.match(lowered):
            return True
        if ")" in lead[-8:] and LATER_CONTRIBUTION.search(lead) and (
                NOVEL.search(lowered) or not verbs.isdisjoint(WORD_RUN.findall(lowered))):
            return True  # "(1) X ...; and (2) Y": enumerated contributions
        # "our main contribution is Matryoshka Representation Learning" (known or not: the
        # paper that introduced it), "the ability of our proposed CS-IB" (no use of another's;
        # but "the proposed ResNet-based model" uses a known one).
        if "contribution" in lowered and CONTRIBUTION_IS.search(lowered) or \
                lowered.endswith(OUR_PROPOSED) and self._known_entry(cand.text, cand.key) is None:
            return True
        # "our TS-Mamba achieves ...": a name no catalogue knows, the authors'.
        if lowered.endswith("our ") and lead_words and lead_words[-1] == "our" and \
                cand.type in ("Model", "Method") and self._known_entry(cand.text, cand.key) is None:
            return True
        # "a novel Multi-Scale Fusion Network (MSFN) is proposed".
        if cand.source != "catalogue" and ARTICLE_BEFORE.search(lowered) and \
                PASSIVE_PROPOSED_AFTER.match(text, cand.end):
            return True
        # "a Cross-Modal Correlation Module (CMCM)": a part the abstract names and abbreviates
        # is the authors' own (another's would be catalogued).
        if cand.source == "long-form" and text[cand.end:cand.end + 2] == " (" and \
                cand.text[:1].isupper() and \
                cand.text.rsplit(None, 1)[-1].lower() in self.cues.component_heads:
            return True
        if cand.source == "catalogue":
            # A known proper name is the paper's own only right after the authors' verb ("we
            # propose Optimization by PROmpting (OPRO)": the paper that introduced it), not a
            # practice ("we develop a pruning method") nor a modifier ("we release Flax-based").
            return not cand.text.islower() and text[cand.end:cand.end + 1] != "-" and \
                self._proposal_verb_before(text, cand.start)
        return not verbs.isdisjoint(lead_words) and bool(AUTHORS_SPEAK.search(lowered)) \
            and not _used_not_proposed(lowered)

    def _names_a_proposal(self, last: str, lowered: str) -> bool:
        """Whether the word before a name (`last`, the last word of `lowered`) names the
        authors' own contribution: "called X", but "namely X" only after a proposal verb of
        theirs."""
        if last not in self.cues.naming_words:
            return False
        if last not in self.cues.naming_after_proposal:
            return True
        recent = _last_words(lowered, 16)
        # The verb's subject is the authors: "we (also) present", "this paper proposes".
        return any(word in self.cues.proposal_verbs and
                   {"we", "paper", "work"} & set(recent[max(0, k - 2):k])
                   for k, word in enumerate(recent))

    @staticmethod
    def _retype_trained_proposals(doc: Doc, candidates: list[Candidate]) -> None:
        """A proposed name typed Method by its head words is a Model when the abstract treats
        it as a trained artefact: it speaks of "our model" and never of "our method/approach/
        framework" (unless it called the name a method or framework in so many words), names
        sized variants of it (MT-Ladder-7B), or says that it learns."""
        # (A named part, "a Cross-Modal Fusion Module", is the model's part, not the model.)
        proposals = [c for c in candidates if c.proposed and c.type == "Method" and
                     c.source not in ("catalogue", "component") and is_capitalised(c.text)]
        if not proposals:
            return
        lowered = lowered_text_of(doc)
        speaks_of_model = _says(OUR_MODEL, lowered) and not _says(OUR_METHOD, lowered)
        # ("our model" and "X learns" say less where the abstract calls the proposal a method
        # outright: "Chain-of-Reasoning (CoR), a novel unified framework ... our model
        # CoR-Math-7B", "TARPO (...), a pure RL framework ... TARPO learns ...")
        called_a_method = {c.key for c in candidates if c.votes.get("Method", 0) >= 3}
        for cand in proposals:
            name = cand.text
            # (Tested in turn, as needed; the names that start with this one picked in a list
            # comprehension, which is faster than any()'s generator that stops early.)
            if (speaks_of_model or f"{name.lower()} learns " in lowered) and \
                    cand.key not in called_a_method or \
                    any([has_size_suffix(c.name) for c in candidates
                         if c.text.startswith(name) and c.text != name]):
                for other in candidates:
                    if other.key == cand.key and other.type == "Method":
                        other.type = "Model"


SIZE_OR_VERSION = re.compile(r"v?\d+(?:\.\d+)?[BbMmKk]?")
# "AIME24/25": a name's two editions, the second by its digits alone.
EDITIONS = re.compile(r"([A-Za-z][A-Za-z\-]*[A-Za-z])(\d+)/(\d+)")


def sorted_alternation(words) -> str:
    """A regex that matches what "|".join(sorted(words)) matches, trying the words in the same
    order, with their common prefixes factored out ("model(?:|s)"): sre tries an alternation's
    branches one by one, and a word that fails on its first character then rules out all the
    words that share it."""
    trie: dict = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        # ("" sorts first: a word is tried before the longer ones it starts, as sorted() has it.)
        branches = [key and re.escape(key) + pattern(node[key]) for key in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(trie)


def _fronted_phrase(text: str, sentence_start: int, cand: Candidate) -> re.Match | None:
    """The phrase, up to its comma, that opens the sentence (or the clause after a colon) a
    name is in: "On PASCAL-5i, "."""
    clause_start = max(sentence_start, text.rfind(": ", sentence_start, cand.start) + 2)
    return FRONTED_PHRASE.match(text, clause_start)


def _forget_retitled_names(candidates: list[Candidate]) -> set[str]:
    """"REALM: An MLLM-Agent Framework for ...": a subtitle that defines the title's name as
    another kind of thing than the catalogue's entry of that name (REALM, a language model)
    names a new artefact; its mentions lose the catalogue's identity."""
    retitled = {cand.key for cand in candidates
                if cand.source == "title" and cand.canonical and
                (type_ := best_type(cand.votes)) and type_ != cand.type and
                cand.votes[type_] >= TITLE_HEAD_WEIGHT}
    if retitled:
        for cand in candidates:
            if cand.key in retitled:
                cand.type = cand.canonical = cand.family = None
                if cand.source == "catalogue":
                    cand.source = "repeat"
    return retitled


def _ending_over(by_end: dict[int, Candidate], cand: Candidate) -> Candidate | None:
    """The candidate that ends where `cand` ends and starts before it, if any."""
    longer = by_end.get(cand.end)
    return longer if longer is not None and longer.start < cand.start else None


def _without_displaced_title(candidates: list[Candidate]) -> list[Candidate]:
    """A whole title taken for a name ("Sparse Mixtures") gives way to a name the abstract
    itself introduces: that is the paper's artefact, the title its topic."""
    whole = [c for c in candidates if c.source == "title-whole"]
    if whole and any(c.proposed and c.type in CORE and c.source != "title-whole" and
                     not c.text.islower() for c in candidates):
        return [c for c in candidates if c.source != "title-whole"]
    return candidates


def _variants_of_one_name(first: str, second: str) -> bool:
    """'Ling-Lite', 'Ling-Plus': one word each, the same name before the hyphen."""
    head, _, rest = first.partition("-")
    return " " not in first + second and bool(head and rest) and second.startswith(head + "-")


def _long_form_extent(before: str, before_end: int, at: int) -> tuple[int, int]:
    """Where in the text the long form starting at `at` in `before` (the text up to
    before_end) is, without the quotes around it or LaTeX's closing brace ("{\\em mirror
    descent policy optimization} (MDPO)"). (Offsets, not lengths of joined words: blanked
    LaTeX leaves runs of spaces.)"""
    raw = before[at:].lstrip(QUOTE_MARKS)
    start = before_end - len(raw)
    return start, start + len(raw.rstrip(QUOTE_MARKS + "}"))


def _content_words(name: str) -> list[str]:
    """A name's words, lower-cased, without its prepositions and articles."""
    return [w for w in name.lower().replace("-", " ").split()
            if w not in PREPOSITIONS and w not in ("a", "an", "the")]


def _has_model_suffix(name: str) -> bool:
    """MODEL_SUFFIX.search(name), tried only on a name ending in one of its words (or in a
    line break, before which its $ matches too)."""
    return (name.endswith(MODEL_WORDS) or name[-1:] == "\n") and \
        MODEL_SUFFIX.search(name) is not None


def _task_lists(text: str):
    """TASK_LIST's matches, tried where its words are (a search would try every position)."""
    matches = []
    for word in ("tasks", "problems"):
        at = text.find(word)
        while at >= 0:
            if match := TASK_LIST.match(text, at):
                matches.append(match)
            at = text.find(word, at + len(word))
    return sorted(matches, key=lambda match: match.start())


def _word_just_before(text: str, at: int) -> re.Match | None:
    """The word one space before `at` ("online" of "online DPO"), if a word is there."""
    if at < 2 or text[at - 1] != " ":
        return None
    return WORD_BEFORE.search(text, max(0, at - 30), at - 1)


def _ends_in_modifier(last: str) -> bool:
    """Whether a name's last word is a hyphenated modifier, no noun: "deep learning-based"."""
    _, hyphen, part = last.rpartition("-")
    return bool(hyphen) and _verb_like(part)


def _tasks_named_in_passing(candidates: list[Candidate], text: str) -> set[int]:
    """ids of one-word catalogued tasks the abstract names once, in passing ("eases the
    classification of object instances"): not what the paper addresses (one listed, "tasks
    such as classification", "detection and classification", or said twice is)."""
    one_word = [c for c in candidates if c.type == "Task" and c.source == "catalogue" and
                c.canonical.isalpha() and c.canonical.islower() and not c.listed]
    if not one_word:
        return set()
    counts = Counter(c.key for c in candidates)
    return {id(c) for c in one_word if counts[c.key] == 1 and
            not LISTED_BEFORE.search(text, max(0, c.start - 25), c.start)}


def _plain_verb_like(word: str) -> bool:
    """_verb_like, but a hyphenated word is none: "perplexity-based" modifies a name."""
    return "-" not in word and _verb_like(word)


def _verb_like(word: str) -> bool:
    """Whether a word (no spaces in it) is a verb, an adverb or a participle by its ending, or
    one of VERB_LIKE_WORDS: a string test and a set's, not a regex."""
    return word.endswith(VERB_ENDINGS) or word in VERB_LIKE_WORDS


def _may_end_in_task_lead(leads: str) -> bool:
    """Whether the text ends as TASK_LEAD's matches do: one of its words, then spaces, then
    "the" and spaces maybe. (String tests: the regex's search tries every position.)"""
    head = leads.rstrip()
    if len(head) == len(leads):
        return False
    if head.endswith(TASK_LEAD_WORDS):
        return True
    if not head.endswith("the"):
        return False
    before_the = head[:-3]
    head = before_the.rstrip()
    return len(head) < len(before_the) and head.endswith(TASK_LEAD_WORDS)


def _used_not_proposed(lowered: str) -> bool:
    """Whether USED_NOT_PROPOSED matches, searched from the fourth last run of non-spaces: a
    match ends the text, its word ("such as" two runs) then at most two runs (a search of the
    whole lead tries the pattern at every position of it)."""
    runs = lowered.rsplit(None, 4)
    start = len(runs[0]) if len(runs) == 5 else 0
    return USED_NOT_PROPOSED.search(lowered, start) is not None


def _refers(lowered: str) -> bool:
    """Whether the words REFERRED_TO_AS needs are there (str's search, faster than a scan)."""
    return "refer" in lowered or "we call" in lowered or "we term" in lowered


def _says(pattern: re.Pattern, lowered: str) -> bool:
    """Whether pattern matches at the start of a word ("our model", not "your model")."""
    return any(m.start() == 0 or not lowered[m.start() - 1].isalnum()
               for m in pattern.finditer(lowered))


def _example_of(before: str) -> re.Match | None:
    """EXAMPLE_OF.search(before), tried where a match can start: at the word before the last
    bracket (nothing after the bracket it matches can be another one), and only there (a
    later start is inside that word, where \\b does not match)."""
    at = before.rfind("(")
    while at > 0 and before[at - 1].isspace():
        at -= 1
    while at > 0 and "a" <= before[at - 1] <= "z":
        at -= 1
    return EXAMPLE_OF.match(before, max(at, 0))


def _last_words(text: str, count: int) -> list[str]:
    """WORD_RUN.findall(text)[-count:], found from near the text's end when the words are
    there: a run the search starts inside is cut, the runs after it are whole."""
    start = len(text) - 10 * count - 10
    if start > 0 and len(words := _word_runs(text, start)) > count:
        return words[-count:]
    return _word_runs(text)[-count:]


def _word_runs(text: str, start: int = 0) -> list[str]:
    """WORD_RUN.findall(text, start); of ASCII text by a byte translation and a split, in
    half the instructions of the regex's scan (a match object per word)."""
    if text.isascii():
        return text[start:].encode("ascii").translate(WORD_RUN_BYTES).decode("ascii").split()
    return WORD_RUN.findall(text, start)


def _has_phrase_stop(word: str) -> bool:
    """Whether a word holds punctuation that stops a long form before it (in-tests: a set's
    isdisjoint on a string makes a string of each character)."""
    return "," in word or ";" in word or ":" in word or "(" in word or ")" in word


def _bracketed(text: str):
    r"""(where the bracket opens, what it holds, where that starts) for each short bracketed
    phrase, an acronym or an expansion: the matches of r"\(\s*([^()]{2,60}?)\s*\)" (two
    characters or more but spaces: nothing shorter is a name). At each "(",
    the text up to the next ")" when it opens no other bracket. (str.find: the pattern's lazy
    repeat tries to close the bracket at every character inside it.)"""
    opening = text.find("(")
    while opening >= 0:
        closing = text.find(")", opening + 1)
        if closing < 0:
            return
        inner_opening = text.find("(", opening + 1, closing)
        if inner_opening >= 0:
            opening = inner_opening
            continue
        held = text[opening + 1:closing]
        inner = held.strip()
        if 2 <= len(inner) <= 60:
            yield opening, inner, opening + 1 + len(held) - len(held.lstrip())
        opening = text.find("(", closing + 1)


def _named_lists(text: str):
    """The members (start, end, text) of each list LIST_PATTERN finds, and whether its lead
    says they are benchmarks ("on six benchmarks: A, B and C")."""
    for match in _list_matches(text):
        of_benchmarks = match.group(0).startswith(("benchmarks:", "datasets:"))
        members = []
        parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^,]+", match.group(1))]
        if of_benchmarks and parts and (last := LAST_JOINED.match(parts[-1][1])):
            at = parts.pop()[0]  # "B and C" are two
            parts += [(at + last.start(1), last.group(1)), (at + last.start(2), last.group(2))]
        # A list ends with "and"/"or" before its last member, or with its bracket:
        # in "including A, B, and C, demonstrating that" the list ends at C.
        elif text[match.end(1):match.end(1) + 1] != ")" and parts and \
                not re.match(r"\s*(?:and|or)\s", parts[-1][1]):
            parts.pop()
        for at, part in parts:
            raw = LEADING_JOINER.sub("", part).strip()
            if not raw:
                continue
            if raw.split()[0].lower() in CLAUSE_OPENERS:
                break  # "like A and B, while available, are ...": the list is over
            start = text.find(raw, match.start(1) + at)
            if SUCH_AS.match(text, start + len(raw)):
                continue  # "and heuristics such as deep ensembles": a class, then examples
            members.append((start, start + len(raw), raw))
        yield members, of_benchmarks


def _counted_benchmarks(text: str):
    """The members (start, end, text) of each list that a counted kind of data opens: "on two
    benchmark datasets, Spider and BIRD, ...", "three datasets, i.e., A, B, and C". The list
    ends at its "and" member, or before a part that starts in lower case ("covering ...")."""
    # (Sought near the data words only, found by str.find: the pattern's own scan of every
    # character costs more than the rest of this function.)
    found = {}
    for word in ("datasets", "benchmarks", "data sets"):
        for at in occurrences(text, word):
            # (the match this word ends: not an earlier one in reach, "four datasets: two
            # synthetic datasets, A and B")
            start = max(0, at - 70)
            while (match := COUNTED_BENCHMARKS.search(text, start, at + len(word) + 50)) and \
                    match.end() <= at:
                start = match.end()
            if match:
                found.setdefault(match.start(), match)
    if not found:
        return
    # (Remarks blanked, same length: "two datasets: LEDGAR (single-label) and UNFAIR-ToS".)
    listed = MEMBER_REMARK.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text
    for _, match in sorted(found.items()):
        end = LIST_REGION_END.search(listed, match.end())
        region_end = end.start() if end else len(text)
        members, at = [], match.end()
        for part in listed[at:region_end].split(","):
            last = LEADING_JOINER.match(part) is not None
            raw = LEADING_JOINER.sub("", part).strip()
            if not raw or raw.split()[0].isalpha() and raw.split()[0].islower() or "%" in raw:
                break  # "..., covering political discourse": the list is over
            pieces = [raw]
            if (two := LAST_JOINED.match(raw)) is not None:
                pieces, last = [two.group(1), two.group(2)], True  # "B and C" are two
            for piece in pieces:
                start = text.find(piece, at)
                members.append((start, start + len(piece), piece))
            at += len(part) + 1
            if last:
                break  # (its "and" member ends the list)
        yield members


def _list_matches(text: str):
    """LIST_PATTERN's matches, as finditer would give them, tried only where one can start:
    at its lead words, found with str.find (the pattern's own scan tries every character)."""
    starts = {at for lead in LIST_LEADS for at in occurrences(text, lead)}
    return matches_at(LIST_PATTERN, text, sorted(starts))


def _indices_of(words, text: str, tokens: Iterable[str]) -> list[int]:
    """The indices of the words that are one of `tokens`, ascending: each token's occurrences
    found by str.find, those that are words kept (a word is the text at its start)."""
    starts, texts = words.starts, words.texts
    found = []
    for token in tokens:
        for at in occurrences(text, token):
            i = bisect.bisect_left(starts, at)
            if i < len(starts) and starts[i] == at and texts[i] == token:
                found.append(i)
    found.sort()
    return found


def _expand_sizes(token: str) -> list[str]:
    """'InternVL-2.0-4B/8B/26B' -> ['InternVL-2.0-4B', 'InternVL-2.0-8B', 'InternVL-2.0-26B'];
    'AIME24/25' -> ['AIME24', 'AIME25'] (editions written with as many digits)."""
    if edition := EDITIONS.fullmatch(token):
        name, first, second = edition.groups()
        # (not "ACL60/60", a name that repeats its digits)
        return [name + first, name + second] if len(first) == len(second) and \
            first != second else []
    base, _, sizes = token.rpartition("-")
    parts = sizes.split("/")
    if not base or len(parts) < 2 or not all(SIZE_OR_VERSION.fullmatch(p) for p in parts):
        return []
    return [f"{base}-{part}" for part in parts]


def _values_then_words(text: str) -> list[re.Match]:
    """The words after each value's unit ("54.6% speedup", "54.6\\% speedup", "3 x faster"),
    in the text's order."""
    found = []
    for pattern in UNIT_THEN_WORDS:
        for match in pattern.finditer(text):
            at = match.start()
            if text[at - 1:at].isdigit() or at > 1 and text[at - 2].isdigit() and \
                    text[at - 1] in " \\":
                found.append(match)
    return sorted(found, key=re.Match.start) if len(found) > 1 else found


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
