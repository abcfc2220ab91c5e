"""kg_relations: EVALUATED_ON and COMPARED_WITH pairs, sentence by sentence.

EVALUATED_ON: evaluation verbs and prepositions before a benchmark ("achieves 85.3% accuracy on
MMLU", "experiments on A and B", "On 0-shot MMLU, S ..."), with the metric and value nearest the
pair; a paper that introduces a benchmark reports the models it evaluates on it. COMPARED_WITH:
the named models and methods after a comparison cue ("outperforms", "compared with", "over"),
"Compared with B, S ..." and "we compare S with B". The subject is the nearest named model or
method that does the work, else the paper's own (its proposal, or `<paper>`); a model used as a
tool is no subject, and sentences before the authors first speak set the scene.
"""
from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.candidates import (NAMED_PROPOSAL_HEADS, PAPER, BatchedComponent, Candidate,
                                      cue_words_of, extension, lowered_text_of, sentences_of,
                                      set_extensions, text_of, title_end_of, unique_by)
from kg.extraction.cues import load_cues
from kg.extraction.text import DIGIT, FRONTED_PHRASE, list_joiner, normalise_name

@Language.factory("kg_relations")
def make_relations(nlp: Language, name: str):
    return RelationFinder()


# A stated value: a percentage (LaTeX's "85\%" too), a signed number, a decimal.
VALUE = re.compile(r"(?<![\w.])[+\-]?\d+(?:\.\d+)?\s?\\?%|(?<![\w.])[+\-]\d+(?:\.\d+)?(?![\w.])"
                   r"|(?<![\w.])\d+\.\d+(?![\w.%\\])")


# "using X", "with X", "of X", "S on GPT-4": X is a tool, a part or a platform, not what is
# evaluated; "enabling X to surpass Y": what enables it is.
USED_AS_TOOL = re.compile(r"\b(using|use|uses|with|via|by|from|of|than|like|on top of|upon|on|"
                          r"over|against|to|at|enabling|enables|allowing|allows)\s+(the\s+)?$",
                          re.IGNORECASE)
# Between a value and its benchmark: "on", "on the", "accuracy on", "of the X test set on".
VALUE_TO_BENCHMARK = re.compile(r"\s*(?:[\w@\-]+\s+){0,3}?(?:(?:in terms of|for)\s+"
                                r"(?:[\w@\-]+\s+){1,4}?)?(?:on|in|for|at|across)\s+"
                                r"(?:the\s+|both\s+)?", re.IGNORECASE)


# The rules that find a name in the title (kg_names).
TITLE_SOURCES = ("title", "title-whole", "title-lead", "title-means")
# "fine-tuning RoBERTa", "pretraining 1.1B parameter Llama models": what is trained is a tool
# (within its phrase: "with much less fine-tuning time, X achieves ..." does not make X one).
TRAINED_BEFORE = re.compile(r"\b(?:fine-?tun\w*|finetun\w*|train\w*|pre-?train\w*|apply\w*)"
                            r"\s+(?:the\s+)?(?:[\w.]+\s+){0,4}$", re.IGNORECASE)
# "Llama models", "ResNet and ViT models": a name used for a class of models.
CLASS_AFTER = re.compile(r"\s+(?:models|methods|baselines|architectures|backbones|variants|"
                         r"agents|frameworks|approaches|encoders|decoders|LLMs|experts|"
                         r"implementations)\b")
# "KD and NAS methods", "SFT- and RLVR-based baselines": the first of two names for kinds of
# method (but "SDP and EM algorithms" are two algorithms, and "DOFA and supervised baselines"
# names DOFA).
CLASS_AFTER_NEXT = re.compile(r"-?\s+(?:and|or)\s+[A-Z0-9][\w\-]*\s+(?:methods|approaches|"
                              r"techniques|baselines|frameworks)\b")
LOWER_WORD = re.compile(r"(?:^|\s)[a-z]{3,}\b")  # ("Bayesian optimization", "k-means")
# A kind's examples: "methods like Nemotron", "approaches (e.g., A, B)".
EXAMPLES_AFTER_KIND = re.compile(r",?\s*\(?(?:such as|like|including|e\.g\.)")
# "ensemble methods of RM": kinds of something (but "the performance of X" is X's).
KINDS_OF = re.compile(r"\b(?:methods|models|approaches|techniques|variants|versions)\s+of\s+"
                      r"(?:the\s+)?$")
# "GPT-like", "MLM-based": a name made a modifier.
LIKE_AFTER = re.compile(r"-(?:like|based|style|type|inspired)\b")
# A clause after the baselines: ", while ...", ", which ...", ", enabling ..." (but a list's
# ", including ..." names more of them), or one of another subject's result: ", and Flow-DPO
# demonstrates superior performance ...".
CLAUSE_AFTER_COMPARISON = re.compile(
    r",\s+(?:and\s+)?(?!including\b|according\b)(?:while|which|whereas|where|thus|hence|"
    r"thereby|via|[a-z]+ing)\b|,\s+and\s+(?=[A-Z][\w\-.]*\s+(?:demonstrat|achiev|show|outperform|"
    r"surpass|perform|yield|obtain|attain|exceed|improv|reach|deliver)\w*\b)")
# A kind of baseline and what it does: "unlike previous methods that rely on CLIP", "outperforms
# models which use BERT", "a speedup over baselines by generating code for XLA" (what the kind
# relies on or uses is no baseline).
CLASS_CLAUSE = re.compile(r"\b(?:methods|models|approaches|works|techniques|systems|frameworks|"
                          r"algorithms|baselines|pipelines)\s+(?:that|which|where|who|by|through|"
                          r"via)\b")
# After an improving verb, what leads to the name it acts on: nothing but spaces ("improves
# LLaMA-3"), "the <up to four words> of" ("the OOD performance of"), or a kind's examples
# ("several popular contrastive methods such as").
IMPROVED_LEAD = re.compile(r"\s+(?:the\s+)?(?:(?:standard|vanilla|original)\s+)?"
                           r"(?:(?:[\w@.\-]+\s+){0,4}?of\s+(?:the\s+)?|"
                           r"(?:[\w\-]+\s+){0,4}?(?:methods|models|baselines|approaches)\s+"
                           r"(?:such as|like|including)\s+)?")
# Just before the first of a list of examples.
EXAMPLES_LEAD = re.compile(r"\b(?:such as|including|e\.g\.,?)\s+$")
# Just before a list of what a method runs on: "on models such as", "across backbones like".
PLATFORMS_LEAD = re.compile(r"\b(?:on|across)\s+(?:the\s+|various\s+|several\s+|different\s+)?"
                            r"(?:models|backbones|architectures|LLMs|MLLMs|VLMs|networks)\s+"
                            r"(?:such as|including|like|e\.g\.,?)\s+$")
# Just before what a baseline is for: "over MoEBERT for distilling BERT".
# "outperforms current methods in k-NN performance": the setting of a comparison, no baseline.
SETTING_BEFORE = re.compile(r"\s(?:in|under|during)\s+(?:the\s+)?$")
# "relative to existing support for VI": what a thing is for, no baseline.
PURPOSE_BEFORE = re.compile(r"\b[a-z]{3,}\s+for\s+(?:the\s+)?$")
# "competitive with open-source PPLs": a plural acronym names a kind of thing, no baseline.
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
ACTED_ON_BEFORE = re.compile(r"\b(?:for|of|by|in)\s+[a-z]+ing\s+(?:the\s+|a\s+)?$")
# Before "against": defending, not comparing ("robust against attacks", "defends against").
DEFENDED_BEFORE = re.compile(r"\b(?:defen[cds]\w*|robust\w*|protect\w*|resilien\w*|guard\w*|"
                             r"safeguard\w*|secur\w*|immun\w*)\s+$", re.IGNORECASE)
# "against each other": a comparison among the things named before.
EACH_OTHER = re.compile(r"\s+(?:each other|one another)\b")
# After a cue, what makes it no comparison of the names that follow: "over 40 fine-tunes of
# Pythia" is a quantity; "methods can be outperformed by programs found by an evolutionary
# algorithm" puts the winner after the cue.
NO_COMPARISON_AFTER = {"over": re.compile(r"\s+\d"), "outperformed": re.compile(r"\s+by\b"),
                       "surpassed": re.compile(r"\s+by\b")}
# "over" compares after a gain or a preference ("a 4.8% improvement over B", "outperforms A
# over B", "preferred over B"), not after other words ("observations over algorithms such as
# Bellman-Ford", "attention over tokens").
GAIN_BEFORE_OVER = re.compile(
    r"(?:improv|gain|advantag|speed|boost|margin|superior|prefer|win|better|outperform|lead|"
    r"edge|increase|reduc|enhanc|surpass|benefit|uplift|\d\s?\\?%|\d\s?[x×]|points?\b|"
    r"pp\b|times|higher|lower|faster|stronger|more|less|fewer|robust|accura|perform|achiev|"
    r"obtain|deliver|yield|show|demonstrat|attain|reach|favou?r|chosen|select|rank)"
    r"(?:[^.;:]|\.(?!\s))*$", re.IGNORECASE)  # (in the clause: "by 3.5% over B", "e.g.")
# "comparable to" and "competitive with" compare a result ("performance comparable to B", "S
# remains competitive with B"), not a thing ("a delivery mechanism, comparable to software as
# a service").
RESULT_BEFORE = re.compile(r"\b(?:performance|results?|accuracy|quality|scores?|is|are|remains?|"
                           r"be|being)\s+(?:\w+ly\s+)?$")
RESULT_CUES = ("comparable", "competitive")
# "achieves comparable performance on X with B": such cues, and what leads to the baselines.
RESULT_NOUNS = load_cues().comparison_result_nouns
RESULT_WITH = re.compile(r"\s(?:with|to|against)\s")
# After a benchmark's name: what it was used to make, not evaluated on.
DATA_AS_MODIFIER = re.compile(r"(?:\s+|-)(?:baselines?|features|pre-?trained|pre-?training|"
                              r"checkpoints?|weights|initiali[sz]ation|embeddings)\b|"
                              r"-(?:scale|sized|like|style)\b")  # "ImageNet-scale data"
# "on (the) X", "across X": where a result is reported.
ON_LEAD = re.compile(r"\b(?:on|across)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$")
# "across a wide range of domains, such as board games, Atari": examples of what a result
# is on (one unnamed example may come first).
EXAMPLES_ON_LEAD = re.compile(r"\b(?:on|across)\s+(?:[\w\-]+\s+){0,5}?[\w\-]+,?\s+"
                              r"(?:such as|including|like|e\.g\.,?)\s+"
                              r"(?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s+)?$")
# "multiple datasets (CIFAR-10, ...", "three benchmarks: A, ...": the data a result is on.
DATASETS_LEAD = re.compile(r"\b(?:datasets|benchmarks)\s*[(:]\s*$")
# After a benchmark, a verb of attaining, then its value within a few words (no clause or
# other number between): "X show that S achieves an overall DVPQ of 57.1".
ATTAINING_VERB = r"(?:achiev|obtain|reach|attain|yield|scor)(?:es|ed|ing|e|s)?\s+"
SCORE_AFTER_BENCHMARK = re.compile(
    r"[^.;:\d]{0,80}?\b" + ATTAINING_VERB + r"(?:[^\s\d,;]+\s+){0,4}?(?P<value>" +
    VALUE.pattern + r"|(?<=score of )\d+(?![\w.%]))")  # (a whole number: "a score of 802")
# A verb of attaining and its value within a few words: "achieves an accuracy of 99.10%" (not
# "F1-score of").
ATTAINED_VALUE = re.compile(r"(?<![\w\-])" + ATTAINING_VERB +
                            r"(?:[^\s\d,;.]+\s+){0,4}?(?P<value>" + VALUE.pattern + r")")
# Right after a benchmark, a change of its score: "on HumanEval from 67% to 85%".
SCORE_CHANGE_AFTER = re.compile(r"\s+from\s+(?:" + VALUE.pattern + r")\s+to\s+(?P<value>" +
                                VALUE.pattern + r")")
# A value right after a name: "GPT4o-0513 (0.245)", "LoRA at 80.06%" (not a signed one, a
# gain: "RAG (+7.29%)").
VALUE_AFTER_NAME = re.compile(r"\s*(?:\(|at\s+|with\s+)(?![+\-])(?P<value>" + VALUE.pattern +
                              r")(?:\)|[\s,;.])")
# Between a measure and its value: "accuracy of 99.1%", "F1: 0.8".
MEASURE_TO_VALUE = re.compile(r"\s*(?:of|:|=|at|is|was|reaches|reached)?\s*")
# Two values side by side, then whose the second is: "83.6% vs. 73.2% for ".
VERSUS_VALUES = re.compile(r"(?:" + VALUE.pattern + r"|\d+)\s+(?:vs\.?|versus)\s+(?:" +
                           VALUE.pattern + r"|\d+)\s+(?:for|of|by|with|from)\s+(?:the\s+)?")
# A share of another's result: "83% of ChatGPT performance", "95% of GPT-4's accuracy".
SHARE_OF = re.compile(r"\d(?:\.\d+)?\s?\\?%\s+of\s+(?:the\s+)?")
# The words for a result a share is taken of.
RESULT_WORD = r"(?:performance|accuracy|quality|capabilit\w+|scores?|results?)\b"
MEASURE_AFTER_SHARE = re.compile(r"(?:'s|’s)?\s+(?:[\w\-]+\s+){0,2}?" + RESULT_WORD)
# After a value, what makes it a share of another result: "90% of the performance", "95% of
# GPT-4's accuracy" (but "12.5% of the issues" is a resolve rate).
SHARE_OF_A_RESULT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-.]+(?:'s|’s)?\s+)"
                               r"{0,3}?" + RESULT_WORD)
# After a number, what makes it a count, not a result: "8.6 billion particles".
COUNTED_AFTER = re.compile(r"\s*(?:billion|million|thousand|[BMK]\b|hours?|days?|GPUs?|"
                           r"parameters|tokens|samples|images|examples|episodes)")
# A verb of result right after a name: "A and B achieve pass@1 rates of ...".
RESULT_VERB_AFTER = re.compile(r"\s+(?:both\s+|all\s+|each\s+)?(?:achiev|obtain|reach|attain|"
                               r"scor|perform|yield|outperform|surpass|exceed)\w*")
# "based on (the) X", "built upon X": what something is made from, not evaluated on.
BUILT_ON = re.compile(r"\b(?:based|built|relies|rely|depends?|constructed|derived)\s+"
                      r"(?:on|upon|from)\s+(?:the\s+)?$")
# What may open a sentence before a fronted comparison cue: nothing, an adverb and its comma,
# "In" ("In comparison with"), "When".
FRONTED_LEAD = re.compile(r"(?:[A-Za-z]+,\s+|In\s+|When\s+)?")
# A class of baselines right after a comparison cue, and a class an earlier sentence gives
# examples of: its describing words, then its plural head.
CLASS_HEADS = r"(models|methods|approaches|algorithms|techniques|systems|architectures|" \
    r"networks|baselines)"
MODEL_CLASS_HEADS = frozenset({"models", "systems", "architectures", "networks"})
CLASS_AFTER_CUE = re.compile(r"\s+((?:[\w\-]+\s+){1,4}?)" + CLASS_HEADS + r"\b(?!\s*\(|,?\s*"
                             r"(?:e\.g\.|such as|including|like)\b|,\s+[A-Z])")
# (Found from the head, then its describing words read back: a pattern that opens with the
# words is tried at every character of the text before.)
EXAMPLES_OF_CLASS = re.compile(r"(?<=\s)" + CLASS_HEADS +
                               r"\s*(?:\(\s*)?(?:e\.g\.,?|such as|including|like)\s+")
CLASS_WORDS_BEFORE = re.compile(r"(?:[\w\-]+\s+){1,4}\Z")
PRONOUN_START = re.compile(r"(?:It|This (?:method|model|algorithm|approach|optimizer))\b")
# "The resulting algorithm is ...": what the abstract last proposed.
RESULTING_START = re.compile(r"The resulting (?:method|model|algorithm|approach|optimizer|"
                             r"framework|estimator|procedure|scheme|architecture|network|policy|"
                             r"agent|system)\b")
# The authors speaking of their work.
SELF_REFERENCE_WORDS = ("we", "our", "ours", "the proposed", "this paper", "this work")
SELF_REFERENCE = re.compile(rf"\b(?:{'|'.join(SELF_REFERENCE_WORDS)})\b", re.IGNORECASE)
EXPERIMENTS_ON = re.compile(r"\b(?:experiments?|results?|evaluations?)\s+(?:\w+\s+){0,2}on\s+"
                            r"(?:(?:the|an?)\s+(?:\w+\s+){0,2}?(?:version|variant|subset|split)"
                            r"\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
# "On 0-shot MMLU, S outperforms ...": the benchmark opens the sentence, the subject follows.
# "We compare S with B", "this paper compares our method to B".
COMPARE_STATEMENT = re.compile(r"\bcompares?\s+([^\s,;(][^,;(]{0,80}?)\s+(?:with|to|against)\s+")
# Words before "with" that join what follows to the subject instead of comparing them.
JOINED_NOT_COMPARED = ("in conjunction", "in combination", "together", "along", "combined",
                       "coupled", "paired")
# Between "compare S with" and the first baseline: "widely used optimizers, such as ".
FIRST_BASELINE_LEAD = re.compile(r"[^,.;:]{0,60}?(?:,?\s*(?:such as|e\.g\.,?|including|like|"
                                 r"namely)\s*|:\s*)?")
OWN_APPROACH = re.compile(r"(?:our|the proposed|this)\s+(?:\w+\s+)?(?:method|model|approach|"
                          r"algorithm|framework|system|technique)s?\b")
# Comparison cues that may open a sentence, the baselines before its comma.
FRONTED_CUES = ("Compar", "compar", "relative", "Relative", "Rather", "rather", "In contrast",
                "in contrast", "Unlike", "unlike")
LAST_JOINED = re.compile(r"\s(?:and|or)\s")
# Cues that compare only when they open the sentence: "Unlike B, S ..." (but not "a gap, as S
# lacks a function, unlike the probabilistic STM" which compares no results).
FRONTED_ONLY = ("in contrast to", "unlike")
WEAK_COMPARISON = {"over", "than", "against", "rather than", "relative to"}
# An ASCII text's bytes as [a-z\-]+ words: capitals lowered, every other character a space.
ASCII_WORD_BYTES = bytes(code + 32 if 65 <= code <= 90 else
                         code if 97 <= code <= 122 or code == 45 else 32 for code in range(256))
# "on" or "across" as the only evaluation cue, as _lower_words spells it (str or bytes).
ON_CUES = frozenset(("on", "across", b"on", b"across"))


class RelationFinder(BatchedComponent):
    """Sentence rules for EVALUATED_ON and COMPARED_WITH over the typed candidates."""

    def __init__(self):
        self.cues = load_cues()
        # The cue lists matched against _lower_words: each cue as str and as ASCII bytes.
        self.evaluation_cues = _both_spellings(self.cues.evaluation)
        self.on_own_benchmark_cues = _both_spellings(self.cues.on_own_benchmark)

    def __call__(self, doc: Doc) -> Doc:
        candidates = extension(doc, "kg_candidates") or []
        own = self._own_subject(candidates)
        # A paper that introduces a benchmark and no model or method reports other models'
        # results on it; "<paper>" evaluated on its own benchmark says nothing.
        alias_pairs = extension(doc, "kg_alias_pairs") or []
        own_benchmarks = self._own_benchmarks(candidates)
        own_names = {normalise_name(c.name) for c in own_benchmarks} if own == PAPER else set()
        own_benchmark = self._own_benchmark(own_benchmarks, alias_pairs, title_end_of(doc))
        evaluated, compared = [], []
        previous_subject = last_proposed = None
        text = text_of(doc)
        title_end = title_end_of(doc)
        # Before the authors first speak of their work, the abstract sets the scene: "Go and
        # Atari" there are not what the paper's approach is evaluated on. (Where they first
        # speak is found when a sentence first pairs something: most pair nothing.)
        authors_speak_at = None
        starts = [c.start for c in candidates]  # candidates are in text order
        cue_spans = cue_words_of(doc, "comparison")
        cue_starts = [s for s, _ in cue_spans]
        improving_spans = cue_words_of(doc, "improving")
        improving_starts = [s for s, _ in improving_spans]
        # The one pair the last sentence stated with no value (its index in `evaluated`):
        # "X is evaluated on B. X achieves an accuracy of 99.1%" states B's value next.
        valueless = None
        for index, (s, e) in enumerate(sentences_of(doc)):
            if index == 0 and title_end:
                continue  # titles state topics, not results
            in_sentence = candidates[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
            if valueless is not None:
                self._value_stated_next(doc, s, e, in_sentence, own, evaluated, valueless)
                valueless = None
            if not in_sentence:
                continue
            cues = cue_spans[bisect.bisect_left(cue_starts, s):bisect.bisect_left(cue_starts, e)]
            improving = improving_spans[bisect.bisect_left(improving_starts, s):
                                        bisect.bisect_left(improving_starts, e)]
            # Most sentences name no benchmark and make no comparison: nothing to pair there.
            if cues or improving or any([c.type == "Benchmark" for c in in_sentence]) or \
                    own_benchmark and s > own_benchmark.start or text.find("compare", s, e) >= 0 \
                    or text.find(" vs", s, e) >= 0 or text.find(" versus", s, e) >= 0 \
                    or text.find("% of ", s, e) >= 0:
                sentence = text[s:e]
                # "It performs favorably to AdamW": "it" is the last sentence's subject.
                subject = previous_subject if previous_subject and \
                    PRONOUN_START.match(sentence) else last_proposed if last_proposed and \
                    RESULTING_START.match(sentence) else own
                on_benchmarks = self._evaluated_on(doc, sentence, s, in_sentence, subject, cues)
                if own_names:
                    on_benchmarks = [row for row in on_benchmarks if row[0] != PAPER or
                                     normalise_name(row[1]) not in own_names]
                if own_benchmark and s > own_benchmark.start:
                    on_benchmarks += self._on_own_benchmark(text, sentence, s, in_sentence,
                                                            own_benchmark)
                beaten = self._compared_with(doc, sentence, s, in_sentence, subject, cues)
                # ("surpassing B1 and approaching B2": B1 is not what approaches B2)
                beaten += self._compare_statement(text, sentence, s, in_sentence, own) + \
                    self._improved(doc, sentence, s, in_sentence, subject, improving,
                                   frozenset(row[1] for row in beaten)) + \
                    self._versus_values(doc, sentence, s, in_sentence, subject) + \
                    self._share_of_baseline(doc, sentence, s, in_sentence, subject)
                if on_benchmarks or beaten:
                    if authors_speak_at is None:
                        authors_speak_at = _authors_speak_at(doc, own)
                    if e <= authors_speak_at:
                        on_benchmarks = [row for row in on_benchmarks if row[0] != own]
                        beaten = [row for row in beaten if row[0] != own]
                if len(on_benchmarks) == 1 and on_benchmarks[0][3] is None and not beaten:
                    valueless = len(evaluated)
                evaluated.extend(on_benchmarks)
                compared.extend(beaten)
                # "S outperforms B on X": B's result on X is reported too (its value when
                # the only benchmark's is stated right after it: "B (0.245)", "B at 80.06%").
                benchmarks = unique_by([row[1] for row in on_benchmarks], key=str.lower)
                evaluated.extend((baseline, bench, None,
                                  _value_after(text, in_sentence, baseline)
                                  if len(benchmarks) == 1 else None, sentence)
                                 for _, baseline, _ in beaten for bench in benchmarks)
            named = _first_model_or_method(in_sentence)
            if named is not None and named.start - s < 40:
                previous_subject = named.name
            # (Of its named approaches, not a part in lower case: "structured pruning".)
            last_proposed = next((c.name for c in reversed(in_sentence)
                                  if _is_approach(c) and not c.text.islower()), last_proposed)
        set_extensions(doc, kg_evaluated_on=evaluated, kg_compared_with=unique_by(
            compared, key=lambda r: (r[0].lower(), r[1].lower())))
        return doc

    @staticmethod
    def _own_subject(candidates: list[Candidate]) -> str:
        """What 'we'/'our method' stands for: the paper's proposed model or method (the one its
        title names, else the first the abstract introduces), or the paper itself."""
        proposed = [c for c in candidates if _is_approach(c)]
        titled = [c for c in proposed if c.source in TITLE_SOURCES]
        return (titled or proposed)[0].text if proposed else PAPER

    @staticmethod
    def _own_benchmarks(candidates: list[Candidate]) -> list[Candidate]:
        """The mentions of the benchmarks the paper introduces."""
        return [c for c in candidates if c.proposed and c.type == "Benchmark"]

    def _own_benchmark(self, own_benchmarks: list[Candidate], alias_pairs,
                       title_end: int) -> Candidate | None:
        """The benchmark the paper introduces, at its first mention in the abstract: the one,
        or of several the one its title names ("MedSG-Bench: A Benchmark for ...", not the
        MedSG-188K training set it also builds)."""
        count = self._benchmark_count(own_benchmarks, alias_pairs)
        if count > 1:
            titled = {c.key for c in own_benchmarks if c.source in TITLE_SOURCES}
            own_benchmarks = [c for c in own_benchmarks if c.key in titled]
        if count == 0 or count > 1 and len({c.key for c in own_benchmarks}) != 1:
            return None
        return next((c for c in own_benchmarks if c.start >= title_end), None)

    @staticmethod
    def _benchmark_count(own_benchmarks: list[Candidate], alias_pairs) -> int:
        """How many benchmarks those mentions name: "KoLMogorov-Test (KT)" is one."""
        if not own_benchmarks:
            return 0  # (most papers introduce none)
        long_form_of = {short.key: long.key for long, short in alias_pairs}
        return len({long_form_of.get(c.key, c.key) for c in own_benchmarks})

    def _on_own_benchmark(self, text: str, sentence: str, offset: int,
                          cands: list[Candidate], benchmark: Candidate):
        """"We evaluate 28 MLLMs, such as GPT-4o and Claude 3.5 Sonnet": in a sentence that
        names no other benchmark and reports results, the named models are evaluated on the
        paper's benchmark."""
        # (A sentence naming the paper's own model or method reports its results instead; its
        # own measure, "the highest EAcc achieved is 56.3% by o1-mini", is taken on it.)
        if any(c.type == "Benchmark" or c.proposed and c.type != "Metric" for c in cands) or \
                self.on_own_benchmark_cues.isdisjoint(_lower_words(sentence)):
            return []
        models = [c for c in cands if c.type == "Model" and not c.proposed]
        metric = value = None
        # One model and one value: the value is its, "the best model, GPT-4o, scoring only
        # 28.9% on average", with the measure named nearest it.
        values = [v for v in VALUE.finditer(sentence)
                  if not _not_a_result(sentence, v, offset + v.start(), cands)] \
            if len(models) == 1 else []
        if len(values) == 1:
            value_at = offset + values[0].start()
            metric = _metric_near(text, cands, value_at, offset, offset + len(sentence))
            value = _stated(values[0].group(0))
        return [(c.name, benchmark.name, metric, value, sentence) for c in models]

    def _subject_before(self, doc, offset: int, limit: int, cands, own: str,
                        skip: frozenset[str] = frozenset()) -> str:
        """The named model/method nearest before `limit` that is not a tool ("using X",
        "fine-tuning X", "X models", "various models (A, B)") or part ("of X"), nor in `skip`;
        the paper's own approach when "we/our ..." comes nearer."""
        text = text_of(doc)
        # (The nearest is sought from the end: the ones before it are not tested as tools.)
        for k in range(len(cands) - 1, -1, -1):
            cand = cands[k]
            if cand.type in ("Model", "Method") and cand.start < limit and \
                    cand.name not in skip and not self._used_as_tool(text, offset, cand) and \
                    not self._listed_as_tool_or_example(text, offset, cands, k):
                return cand.name if cand.start > _last_self_reference_end(doc, offset, limit) \
                    else own
        return own

    def _listed_as_tool_or_example(self, text: str, offset: int, cands, k: int) -> bool:
        """Whether cands[k] is in a list that opens as a tool ("in the setting of in-context
        learning, supervised fine-tuning and ...") or as examples ("comparable to models such
        as Qwen3-4B and Gemma3-12B, and outperforms ..."): what the sentence says of them is
        not theirs."""
        first = _run_start(text, cands, k)
        return first != k and self._used_as_tool(text, offset, cands[first]) or \
            _listed_after(text, offset, cands[first].start, EXAMPLES_LEAD)

    @staticmethod
    def _used_as_tool(text: str, offset: int, cand: Candidate) -> bool:
        before = text[max(offset, cand.start - 40):cand.start]
        return bool(USED_AS_TOOL.search(before[-14:]) or TRAINED_BEFORE.search(before) or
                    CLASS_AFTER.match(text, cand.end) or LIKE_AFTER.match(text, cand.end) or
                    text.count("(", offset, cand.start) > text.count(")", offset, cand.start))

    def _evaluated_on(self, doc, sentence, offset, cands, own, cues):
        text = text_of(doc)
        # ("our strong ImageNet baseline", "ImageNet-pretrained features": data as a modifier)
        benchmarks = [c for c in cands if c.type == "Benchmark" and
                      not DATA_AS_MODIFIER.match(text, c.end)]
        if not benchmarks:
            return []
        cue_words = self.evaluation_cues.intersection(_lower_words(sentence))
        if not cue_words:
            return []
        if cue_words <= ON_CUES:
            benchmarks = self._benchmarks_after_on(text_of(doc), offset, benchmarks)
            if not benchmarks:
                return []
        cmp_at = cues[0][0] if cues else len(text_of(doc))
        subject = self._subject_before(doc, offset, min(benchmarks[0].start, cmp_at), cands, own)
        fronted = FRONTED_PHRASE.match(sentence)
        # ("On MMLU, S ..." fronts the benchmark; "For instance, S ..." fronts none.)
        fronted_benchmark = fronted is not None and benchmarks[0].start < offset + fronted.end()
        co_subjects = []
        if subject == own and (EXPERIMENTS_ON.search(text_of(doc)[offset:benchmarks[0].start]) or
                               fronted_benchmark):
            # "Experiments on B show that S ...", "On B, S ...": the subject follows the benchmark.
            after = [c for c in cands if c.type in ("Model", "Method") and
                     c.start > benchmarks[0].start and c.start < cmp_at]
            subject = after[0].name if after else own
            co_subjects = _listed_subjects(text, after)
        respective, measure = self._respective_values(text, offset, sentence, benchmarks, cands)
        results = []
        for k, bench in enumerate(benchmarks):
            if normalise_name(subject) == normalise_name(bench.name):
                continue
            if respective:
                metric, value = measure, respective[k]
            else:
                metric, value = self._score_for(doc, offset, bench, cands)
            if value is None and len(benchmarks) == 1 and not co_subjects:
                metric, value = self._score_after(doc, offset + len(sentence), bench, cands)
            results.append((subject, bench.name, metric, value, sentence))
        if co_subjects and len(benchmarks) == 1:
            # ("A and B achieve pass@1 rates of 0.366 and 0.143, respectively")
            subjects = [after[0]] + co_subjects
            values = self._respective_values(text, offset, sentence, subjects, cands)[0]
            results[-1:] = [(cand.name, benchmarks[0].name, None, value, sentence)
                            for cand, value in zip(subjects, values or [None] * len(subjects))]
        else:
            results += [(cand.name, bench.name, None, None, sentence) for cand in co_subjects
                        for bench in benchmarks]
        return results

    @staticmethod
    def _respective_values(text: str, offset: int, sentence: str, named, cands):
        """"2.4%, 1.4% and 1.3% improvements in R@1 on MSR-VTT, Activity-Net, and DiDeMo,
        respectively": one value for each of the named (benchmarks, or subjects), in order,
        when the values just before them (or just after, up to "respectively") are as many,
        and none stands between them ("70.95% on PIQA and 77.62% on RTE" gives each its
        own); and the measure, when one only is named from the values to the names."""
        if len(named) < 2 or "respectively" not in sentence or \
                VALUE.search(text, named[0].end, named[-1].start):
            return [], None
        after_end = text.find("respectively", named[-1].end, offset + len(sentence))
        stretches = ((named[-1].end, after_end),) if after_end >= 0 else ()
        for start, end in stretches + ((max(offset, named[0].start - 120), named[0].start),):
            values = [_stated(v.group(0)) for v in VALUE.finditer(text, start, end)]
            if len(values) == len(named):
                first, last = min(start, named[0].start), max(end, named[-1].end)
                measures = {c.text for c in cands if c.type == "Metric" and
                            first <= c.start < last}
                return values, measures.pop() if len(measures) == 1 else None
        return [], None

    @staticmethod
    def _benchmarks_after_on(text: str, offset: int, benchmarks: list[Candidate]):
        """With no cue but "on", only what follows it is evaluated on: "results on A, B and
        C", "findings on multiple datasets (A, B)", not "a set built from UnifiedQA" nor "a
        bank based on UnifiedQA tasks"."""
        kept, previous = [], None
        for bench in benchmarks:
            lead = text[max(offset, bench.start - 30):bench.start]
            listed = previous is not None and list_joiner(text, previous.end, bench.start)
            if ON_LEAD.search(lead) and not BUILT_ON.search(lead) or listed or \
                    DATASETS_LEAD.search(lead) or \
                    EXAMPLES_ON_LEAD.search(text, max(offset, bench.start - 90), bench.start):
                kept.append(bench)
                previous = bench
        return kept

    @staticmethod
    def _score_for(doc, offset, bench, cands):
        """The value (and its metric) stated for this benchmark: '77.0% on LiveCodeBench',
        'a pass@200 of 77.0% on X', '85.3% accuracy on MMLU'."""
        window_start = max(offset, bench.start - 80)
        window = text_of(doc)[window_start:bench.start]
        # (A value starts at its first digit or the sign before it: the scan starts there.)
        digit = DIGIT.search(window)
        if digit is None:
            return None, None
        values = list(VALUE.finditer(window, max(0, digit.start() - 1)))
        if not values:
            return None, None
        value = values[-1]
        value_at = window_start + value.start()
        if not VALUE_TO_BENCHMARK.fullmatch(window[value.end():]) or \
                _not_a_result(window, value, value_at, cands):
            return None, None
        metric = _metric_near(text_of(doc), cands, value_at, 0, bench.start)
        return metric, _stated(value.group(0))

    @staticmethod
    def _score_after(doc, sentence_end: int, bench, cands):
        """The value stated after a sentence's only benchmark, when a verb of attaining leads
        to it: "Experiments on X show that S achieves an overall DVPQ of 57.1", "on X,
        achieving an STQ of 59.1"; or the score it is raised to: "on X from 67% to 85%"."""
        text = text_of(doc)
        if change := SCORE_CHANGE_AFTER.match(text, bench.end, sentence_end):
            # (its measure named just before it: "the pass@1 performance on HumanEval")
            metric = _metric_near(text, cands, bench.start, 0, bench.start)
            return metric, _stated(change["value"])
        reach = SCORE_AFTER_BENCHMARK.match(text, bench.end, sentence_end)
        if reach is None:
            return None, None
        metric = _metric_near(text, cands, reach.start("value"), bench.end + 1, sentence_end)
        return metric, _stated(reach.group("value"))

    def _value_stated_next(self, doc, start: int, end: int, cands, own: str, evaluated,
                           k: int) -> None:
        """"The model is evaluated on BRISC2025. The proposed model achieves an accuracy of
        99.10%, ...": a sentence naming no benchmark whose subject attains a value right after
        a sentence that stated one pair and no value gives that pair its first value (and the
        measure named nearest it)."""
        text = text_of(doc)
        subject, benchmark, _, _, sentence = evaluated[k]
        # (Not a result in another setting, "For the 3x3x3 cube, our approach achieves 98%".)
        if any(c.type == "Benchmark" for c in cands) or \
                FRONTED_PHRASE.match(text, start) or \
                not (reach := ATTAINED_VALUE.search(text, start, end)) or \
                _not_a_result(text, reach, reach.start("value"), cands):
            return
        # The subject is named, or the authors' own ("the proposed method", "It"), not "the
        # best performing model" ("we find that ..., while the best performing model obtains").
        said_of = self._subject_before(doc, start, reach.start(), cands, own)
        named = any(c.name == said_of and c.start < reach.start() for c in cands)
        if normalise_name(said_of) != normalise_name(subject) or not named and \
                not OWN_APPROACH.search(lowered_text_of(doc), start, reach.start()) and \
                not PRONOUN_START.match(text, start):
            return
        metric = _metric_near(text, cands, reach.start("value"), start, end)
        evaluated[k] = (subject, benchmark, metric, _stated(reach.group("value")), sentence)

    def _compared_with(self, doc, sentence, offset, cands, own, cues):
        """Each comparison cue (start, end): the baselines are the named models/methods after
        it (up to the next cue), the subject the nearest named one before it, else the
        paper's; "Compared with B, S ..." fronts the baselines before the subject."""
        results = []
        text = text_of(doc)
        beaten: set[str] = set()
        for n, (at, cue_end) in enumerate(cues):
            cue = text[at:cue_end].lower()
            if _compares_nothing(text, offset, at, cue_end, cue):
                continue
            stop = cues[n + 1][0] if n + 1 < len(cues) else offset + len(sentence)
            # "Compared with B, S ...", "Moreover, relative to B, S ...", "Rather than
            # targeting B, S ...".
            fronted = text.startswith(FRONTED_CUES, at) and \
                FRONTED_LEAD.fullmatch(text, offset, at) is not None and \
                (comma := _fronted_comma(text, cue_end, stop, cands)) > 0
            if fronted:
                stop = comma
            elif cue in FRONTED_ONLY:
                continue
            elif cue in RESULT_NOUNS:
                if (prep := RESULT_WITH.search(text, cue_end, stop)) is None:
                    continue
                cue_end = prep.end()
            elif clause := CLAUSE_AFTER_COMPARISON.search(text, cue_end, stop):
                stop = clause.start()  # "..., enabling test-time scaling" names no baseline
            if kind_clause := CLASS_CLAUSE.search(text, cue_end, stop):
                stop = kind_clause.start()
            # ("outperforms pruning methods on models such as ResNet-18 and ViT-S": the models
            # the methods run on are no baselines.)
            # ("over MoEBERT for distilling BERT": what a baseline acts on is none.)
            baselines = [c for k, c in enumerate(cands) if c.type in ("Model", "Method")
                         and cue_end <= c.start < stop and not self._names_a_class(text, c)
                         and not _listed_after(text, offset,
                                               cands[_run_start(text, cands, k)].start,
                                               PLATFORMS_LEAD)
                         and not ACTED_ON_BEFORE.search(text, max(cue_end, c.start - 30),
                                                        c.start)
                         and not SETTING_BEFORE.search(text, max(cue_end, c.start - 10),
                                                       c.start)
                         and not PURPOSE_BEFORE.search(text, max(cue_end, c.start - 30),
                                                       c.start)
                         and not PLURAL_ACRONYM.fullmatch(c.name)]
            if not baselines and not fronted and cue != "against":
                baselines = self._class_examples(doc, offset, cue_end, stop)
            # "over", "than", "against" also mean other things: the baseline must be near.
            if not baselines or cue in WEAK_COMPARISON and baselines[0].start - cue_end > 100:
                continue
            if fronted:
                subject = self._subject_after(doc, comma, offset + len(sentence), cands, own)
            else:
                subject = self._subject_before(doc, offset, at, cands, own, frozenset(beaten))
            if subject is None:
                continue
            # The paper's own work is a baseline only of another of its own ("No-Thinking-
            # CLS-RL achieves superior performance than CLS-RL").
            if subject == own or not getattr(_candidate_named(cands, subject), "proposed", False):
                baselines = [b for b in baselines if not b.proposed]
            beaten.update(b.name for b in baselines)
            results += [(subject, b.name, sentence) for b in baselines
                        if normalise_name(b.name) != normalise_name(subject)]
        return results

    def _class_examples(self, doc, offset: int, cue_end: int, stop: int) -> list[Candidate]:
        """"FinalMLP achieves better performance than many sophisticated two-stream CTR
        models": a class named right after the cue stands for the examples an earlier sentence
        gave of a class that shares a telling word with it ("many two-stream interaction models
        (e.g., DeepFM and DCN)"), the nearest such list."""
        text = text_of(doc)
        named = CLASS_AFTER_CUE.match(text, cue_end, stop)
        if named is None:
            return []
        vague = self.cues.vague_class_modifiers
        words = set(named.group(1).lower().split()) - vague
        if not words:
            return []
        candidates = extension(doc, "kg_candidates") or []
        for described, head, end in reversed(_classes_given_examples(doc)):
            if end > offset or words.isdisjoint(described) or \
                    not _same_kind_of_class(named.group(2), head):
                continue
            if examples := self._listed_from(text, candidates, end):
                return examples
        return []

    def _listed_from(self, text: str, cands: list[Candidate], at: int) -> list[Candidate]:
        """The models and methods listed from `at`: the first named there, each next one
        joined to the last ("A, B and C"); none the paper's own, none naming a class."""
        listed, last_end = [], at
        for cand in cands:
            if cand.start < last_end:
                continue
            if cand.start != last_end and not (listed and
                                               list_joiner(text, last_end, cand.start)):
                break
            if cand.type not in ("Model", "Method") or cand.proposed or \
                    self._names_a_class(text, cand):
                break
            listed.append(cand)
            last_end = cand.end
        return listed

    def _improved(self, doc, sentence, offset, cands, own, verbs, beaten: frozenset[str]):
        """"S enhances the OOD performance of WiSE-FT", "S matches the quality of B", "S
        reaches 0.35, approaching B's pass@1", "S further improves LLaMA-3.1-8B-Instruct", "S
        enhances methods such as A and B": the subject is compared with what its verb acts
        on, when that is named right after the verb or after "the <measure> of" (not
        "improves the accuracy of retrieval with B")."""
        text, results = text_of(doc), []
        for at, verb_end in verbs:
            # (Not "Gradient Boosting", "depth-matched", nor an aim: "to enhance X".)
            if not text[at].islower() or text[at - 1:at] != " " or \
                    text.endswith(" to", 0, at - 1):
                continue
            lead = IMPROVED_LEAD.match(text, verb_end)
            if lead is None:
                continue
            baselines = self._listed_from(text, cands, lead.end())
            if not baselines:
                continue
            subject = self._subject_before(doc, offset, at, cands, own, beaten)
            # What is matched is a baseline; what is improved only when it is a method improved
            # by another: a model is what a method runs on ("Lion boosts the accuracy of ViT"),
            # a practice in lower case what it serves ("enhances contrastive learning").
            if not text.startswith(("match", "approach"), at):
                kind = "Method" if subject == PAPER else \
                    getattr(_candidate_named(cands, subject), "type", None)
                baselines = [b for b in baselines if b.type == "Method" == kind
                             and not b.name.islower()]
            results += [(subject, b.name, sentence) for b in baselines
                        if normalise_name(b.name) != normalise_name(subject)]
        return results

    def _versus_values(self, doc, sentence: str, offset: int, cands, own: str):
        """"RPMS scores 54.0 vs. 44.9 for the ReAct baseline", "0.90 vs 0.71 for Llama-3.3-70B":
        two values set side by side, the second a named model's or method's, compare the
        subject of the first with it."""
        text, results = text_of(doc), []
        # (A literal test first: most sentences set no values side by side.)
        if "vs" not in sentence and "versus" not in sentence:
            return results
        for match in VERSUS_VALUES.finditer(sentence):
            at = offset + match.end()
            baseline = next((c for c in cands if c.start == at), None)
            if baseline is None or baseline.type not in ("Model", "Method") or \
                    self._names_a_class(text, baseline):
                continue
            subject = self._subject_before(doc, offset, offset + match.start(), cands, own)
            if normalise_name(subject) != normalise_name(baseline.name):
                results.append((subject, baseline.name, sentence))
        return results

    def _share_of_baseline(self, doc, sentence: str, offset: int, cands, own: str):
        """"reaches 83% of ChatGPT performance", "retains 95% of GPT-4's accuracy": a share of
        a named model's or method's result compares the subject with it."""
        text, results = text_of(doc), []
        if "% of " not in sentence:
            return results
        for match in SHARE_OF.finditer(sentence):
            at = offset + match.end()
            baseline = next((c for c in cands if c.start == at), None)
            if baseline is None or baseline.type not in ("Model", "Method") or \
                    not MEASURE_AFTER_SHARE.match(text, baseline.end):
                continue
            subject = self._subject_before(doc, offset, offset + match.start(), cands, own)
            if normalise_name(subject) != normalise_name(baseline.name):
                results.append((subject, baseline.name, sentence))
        return results

    def _compare_statement(self, text, sentence, offset, cands, own):
        """"We compare Lion with optimizers such as Adam and Adafactor": the subject is what
        is compared (a named model or method, or the authors' own), the baselines the named
        ones listed after "with" / "to" / "against"."""
        # (A literal test first: COMPARE_STATEMENT's scan tries every position.)
        match = COMPARE_STATEMENT.search(sentence) if "compare" in sentence else None
        if match is None or match.group(1).endswith(JOINED_NOT_COMPARED):
            return []  # ("We compare CAPE in conjunction with curriculum learning ...")
        start, end = offset + match.start(1), offset + match.end(1)
        named = [c for c in cands if c.type in ("Model", "Method") and start <= c.start and
                 c.end <= end and not self._names_a_class(text, c)]
        subject = named[0].name if named else own if OWN_APPROACH.match(match.group(1)) else None
        if subject is None:
            return []
        # The baselines are one list: the first named soon after the preposition, each next
        # one joined to the last ("with optimizers such as Adam and Adafactor").
        baselines, last_end = [], offset + match.end()
        for cand in cands:
            if cand.start < last_end or cand.type not in ("Model", "Method") or cand.proposed:
                continue
            if not (list_joiner(text, last_end, cand.start) if baselines else
                    FIRST_BASELINE_LEAD.fullmatch(text, last_end, cand.start)):
                break
            last_end = cand.end
            if not self._names_a_class(text, cand) and cand.name != subject:
                baselines.append(cand)
        return [(subject, c.name, sentence) for c in baselines]

    @staticmethod
    def _names_a_class(text: str, cand: Candidate) -> bool:
        """"GPT-like models", "MLM-based encoders", "baseline MAS methods", "methods of RM":
        the name describes a kind of baseline, or a part of one, not a baseline itself."""
        kind = CLASS_AFTER.match(text, cand.end)
        # ("T0 and T5 models" are the T5 family's: the baseline is T5; "other CUA models" are
        # not CUA's.)
        # ("SAM variants" are SAM's too.)
        family = kind is not None and (cand.type == "Model" and kind.group(0).strip() in
                                       ("models", "variants") or
                                       kind.group(0).strip() == "variants") and \
            not text.endswith("other ", max(0, cand.start - 6), cand.start)
        # ("than Bayesian optimization approaches" compares with Bayesian optimization, but
        # "baseline pruning methods like Nemotron" with the examples.)
        generic_kind = kind is not None and cand.type == "Method" and \
            LOWER_WORD.search(cand.name) is not None and \
            kind.group(0).strip() in ("methods", "approaches") and \
            not EXAMPLES_AFTER_KIND.match(text, kind.end())
        return bool(LIKE_AFTER.match(text, cand.end) or kind and not family and not generic_kind or
                    KINDS_OF.search(text, max(0, cand.start - 30), cand.start) or
                    CLASS_AFTER_NEXT.match(text, cand.end))

    @staticmethod
    def _subject_after(doc, start: int, end: int, cands, own: str) -> str | None:
        """"Compared with B, the proposed S ...": the paper's own model or method named after
        the comma, or its own approach when the authors speak of it; else none (what follows
        may well be a remark on B)."""
        named = [c for c in cands if c.type in ("Model", "Method") and c.proposed and
                 start < c.start < end]
        own_at = _self_reference_at(doc, start, end)
        if named and (own_at < 0 or named[0].start < own_at):
            return named[0].name
        return own if own_at >= 0 else None


def _classes_given_examples(doc) -> list[tuple[set[str], str, int]]:
    """Each class the abstract gives examples of ("two-stream interaction models (e.g., "): its
    describing words (up to four, lower case), its head, and where its examples start. Found
    once per Doc."""
    found = doc.user_data.get("kg_classes_given_examples")
    if found is None:
        text, title_end, found = text_of(doc), title_end_of(doc), []
        for given in EXAMPLES_OF_CLASS.finditer(text, title_end):
            before = CLASS_WORDS_BEFORE.search(text, max(title_end, given.start() - 160),
                                               given.start())
            if before is not None:
                found.append((set(before.group(0).lower().split()), given.group(1), given.end()))
        doc.user_data["kg_classes_given_examples"] = found
    return found


def _same_kind_of_class(head: str, other: str) -> bool:
    """Whether two plural heads can name one class: models and networks, methods and
    approaches; "baselines" any."""
    return "baselines" in (head, other) or \
        (head in MODEL_CLASS_HEADS) == (other in MODEL_CLASS_HEADS)


def _compares_nothing(text: str, offset: int, at: int, cue_end: int, cue: str) -> bool:
    """Whether a comparison cue compares nothing with the names after it: "contrast methods
    against each other", "robust against attacks", "over 40 fine-tunes", "outperformed by",
    "a mechanism, comparable to B"."""
    before = max(offset, at - 20)
    return bool(EACH_OTHER.match(text, cue_end) or
                cue == "over" and not GAIN_BEFORE_OVER.search(text, max(offset, at - 80), at) or
                cue == "against" and DEFENDED_BEFORE.search(text, before, at) or
                cue in NO_COMPARISON_AFTER and NO_COMPARISON_AFTER[cue].match(text, cue_end) or
                cue.startswith(RESULT_CUES) and cue not in RESULT_NOUNS and
                not RESULT_BEFORE.search(text, before, at))


def _fronted_comma(text: str, cue_end: int, stop: int, cands: list[Candidate]) -> int:
    """Where the baselines fronted before the subject end: the first comma after the cue that
    does not join them ("Unlike activations such as ReLU, GELU, or SiLU, S ..."), a list
    ending at its "and" / "or" ("Unlike A and B, S ..."); the first comma when no list ends
    at a later one ("Compared to A, B support is weak"); -1 if none."""
    comma = first = text.find(", ", cue_end, stop)
    while comma > 0:
        before = next((c for c in cands if c.end == comma), None)
        after = next((c for c in cands if c.start > comma), None)
        if before is None or after is None or LAST_JOINED.search(text, cue_end, comma) or \
                not list_joiner(text, before.end, after.start):
            return comma
        comma = text.find(", ", after.end, stop)
    return first if comma < 0 else comma


def _listed_after(text: str, offset: int, start: int, lead: re.Pattern) -> bool:
    """Whether a list of names starting at `start` comes right after `lead` in its sentence
    (which starts at `offset`)."""
    return lead.search(text, max(offset, start - 40), start) is not None


def _run_start(text: str, cands: list[Candidate], k: int) -> int:
    """The index of the first name of the list cands[k] is in (k itself when it is in none)."""
    first = k
    while first > 0 and list_joiner(text, cands[first - 1].end, cands[first].start):
        first -= 1
    return first


def _stated(value: str) -> str:
    """A value as the graph keeps it: "85 %" and LaTeX's "85\\%" are "85%"."""
    return value.replace(" ", "").replace("\\", "")


def _not_a_result(text: str, value: re.Match, value_at: int, cands: list[Candidate]) -> bool:
    """Whether a number `text` states at `value` (`value_at` in the Doc's text) is no result:
    one inside a name, "Claude-3.7-sonnet", "mAP@0.5", a count, "8.6 billion particles", or a
    share of another result, "retains 90% of the performance on MMLU"."""
    return COUNTED_AFTER.match(text, value.end()) is not None or \
        SHARE_OF_A_RESULT.match(text, value.end()) is not None or \
        any(c.start <= value_at < c.end for c in cands)


def _metric_near(text: str, cands: list[Candidate], value_at: int, start: int,
                 end: int) -> str | None:
    """The measure named nearest a value (within 30 characters), among those in start:end;
    one that leads to the value ("a Dice coefficient of 0.85 and 95% Hausdorff distance")
    is as near as its end."""
    def distance(c):
        if c.end <= value_at and MEASURE_TO_VALUE.fullmatch(text, c.end, value_at):
            return value_at - c.end
        return abs(c.start - value_at)
    near = [c for c in cands if c.type == "Metric" and start <= c.start < end and
            distance(c) < 30]
    return min(near, key=distance).text if near else None


def _listed_subjects(text: str, names: list[Candidate]) -> list[Candidate]:
    """"On X, models such as A and B achieve ...": the names listed with the first, when the
    list is what the verb after it says something of (else none)."""
    listed = []
    for previous, cand in zip(names, names[1:]):
        if not list_joiner(text, previous.end, cand.start):
            break
        listed.append(cand)
    return listed if listed and RESULT_VERB_AFTER.match(text, listed[-1].end) else []


def _value_after(text: str, cands: list[Candidate], name: str) -> str | None:
    """The value written right after a name's first mention: "GPT4o-0513 (0.245)", "16-bit
    LoRA at 80.06%"."""
    cand = _candidate_named(cands, name)
    stated = cand and VALUE_AFTER_NAME.match(text, cand.end)
    return _stated(stated.group("value")) if stated else None


def _candidate_named(cands: list[Candidate], name: str) -> Candidate | None:
    """The first mention in `cands` under `name` (a subject's, to read its type or whether
    the paper proposes it)."""
    for cand in cands:
        if cand.name == name:
            return cand
    return None


def _is_approach(cand: Candidate) -> bool:
    """Whether a candidate is a model or method the paper proposes. (A part named in lower
    case, "a zero-shot loss", is not the approach itself.)"""
    return cand.proposed and cand.type in ("Model", "Method") and \
        not (cand.text.islower() and cand.text.rpartition(" ")[2] in NAMED_PROPOSAL_HEADS)


def _first_model_or_method(candidates: list[Candidate]) -> Candidate | None:
    """The first named model or method. (A loop: a generator that next() stops early is
    costly to close.)"""
    for cand in candidates:
        if cand.type in ("Model", "Method"):
            return cand
    return None


def _authors_speak_at(doc, own: str) -> int:
    """Where the authors first speak of their work after the title, by "we", "our", ... or by
    its name; else the text's end."""
    text, title_end = text_of(doc), title_end_of(doc)
    spoke = _self_reference_at(doc, title_end, len(text))
    named_own = text.find(own, title_end) if own != PAPER else -1
    return min(spoke if spoke >= 0 else len(text), named_own if named_own >= 0 else len(text))


def _self_reference_at(doc, start: int, end: int) -> int:
    """Where SELF_REFERENCE.search(text, start, end) matches, else -1. In an ASCII text, the
    first occurrence in the lowered text of one of its words that is a word of its own, each
    word found by str.find: the regex's scan tries every position."""
    text = text_of(doc)
    if not text.isascii():
        match = SELF_REFERENCE.search(text, start, end)
        return match.start() if match else -1
    lowered, first = lowered_text_of(doc), -1
    for word in SELF_REFERENCE_WORDS:
        # (Once one is found, only what starts before it is sought.)
        stop = end if first < 0 else min(end, first + len(word) - 1)
        at = lowered.find(word, start, stop)
        while at >= 0:
            # (As \b with search's bounds: the text's start and the search's end end a word.)
            if _whole_word(lowered, at, at + len(word), 0, end):
                first = at
                break
            at = lowered.find(word, at + 1, stop)
    return first


def _whole_word(text: str, at: int, after: int, first: int, end: int) -> bool:
    """Whether text[at:after] is a word of its own, as \b sees it in text[first:end]."""
    return (at == first or not _word_character(text[at - 1])) and \
        (after == end or not _word_character(text[after]))


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _last_self_reference_end(doc, start: int, end: int) -> int:
    """Where the last match of SELF_REFERENCE.finditer(text[start:end]) ends in the text, else
    -1. In an ASCII text, the last occurrence in the lowered text of one of its words that is a
    word of its own (they never overlap), each found by str.rfind: the regex's scan tries every
    position."""
    text = text_of(doc)
    if not text.isascii():
        return max((m.end() + start for m in SELF_REFERENCE.finditer(text[start:end])),
                   default=-1)
    lowered, last_end = lowered_text_of(doc), -1
    end = min(end, len(lowered))  # (as the slice)
    for word in SELF_REFERENCE_WORDS:
        at = lowered.rfind(word, start, end)
        while at >= 0 and at + len(word) > last_end:
            after = at + len(word)
            if _whole_word(lowered, at, after, start, end):  # (as \b in text[start:end])
                last_end = after
                break
            at = lowered.rfind(word, start, after - 1)
    return last_end


def _lower_words(sentence: str) -> list:
    r"""re.findall(r"[a-z\-]+", sentence.lower()); of an ASCII sentence as bytes, by one
    translation and a split."""
    if sentence.isascii():
        return sentence.encode("ascii").translate(ASCII_WORD_BYTES).split()
    return re.findall(r"[a-z\-]+", sentence.lower())


def _both_spellings(words: frozenset[str]) -> frozenset:
    """The words as str and, those in ASCII, as bytes too (as _lower_words gives them)."""
    return words | {word.encode("ascii") for word in words if word.isascii()}
