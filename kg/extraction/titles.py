"""Title rules for kg_names: what a title says the paper introduces.

"Name: what it is" prefixes, "... via Decoupled Refusal Training" means, a leading capitalised
phrase the abstract repeats, and what a subtitle says its name is. NameFinder inherits these;
they read its cue lists (self.cues), catalogue (self.known) and task heads.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extraction.candidates import (Candidate, add_vote, lower_case_of, lowered_text_of,
                                      text_of, title_end_of, urls_of)
from kg.extraction.text import (AND_BETWEEN, NON_SPACE, acronym_matches, is_capitalised,
                                is_name_shaped, normalise_name, word_edge)

PREPOSITIONS = {"of", "for", "in", "on", "with", "via", "by", "to", "from", "through", "using",
                "that", "which"}
# What a title's defining subtitle says its name is ("X: A Multimodal Large Language Model for
# ...") outweighs one appositive or head word in the abstract.
TITLE_HEAD_WEIGHT = 4
# "... via Decoupled Refusal Training": a capitalised means at the end of a title.
TITLE_MEANS = re.compile(r"\b(?:via|with|by|using|through)\s+"
                         r"((?:[A-Z][\w\-]*\s+(?:(?:of|for|and|with|"
                         r"in|to)\s+)?){1,4}[A-Z][\w\-]*)\s*$")
GENERIC_TITLE_PHRASES = {"large language models", "language models", "deep learning",
                         "neural networks", "deep neural networks", "machine learning",
                         "reinforcement learning", "multimodal large language models",
                         "large language model", "vision language models", "diffusion models",
                         "vision-language models", "large vision-language models",
                         "graph neural networks", "transformers", "convex optimization"}
# The capitalised words a title opens with, joined by a few small words ("... with ...").
TITLE_LEAD = re.compile(r"\s*((?:[A-Z][\w\-]*|(?:with|of|and)(?=\s+[A-Z]))(?:\s+(?:[A-Z][\w\-]*|"
                        r"(?:with|of|and)(?=\s+[A-Z])))*)")
# After a title's lead repeated in the abstract, the rest of a phrase up to the bracket of its
# acronym: " for Efficient Cross-modal Alignment (".
DEFINED_AFTER = re.compile(r"\s+(?:for|in|on|via|with|of|and|to)\s[^().;:,]{1,80}?\s\("
                           r"(?P<acronym>[A-Za-z][\w\-]{1,14})\)")
# The word after a phrase: "... modeling framework" -> "framework"; those that call it a
# method (not "system": "an incremental summarization system" is for the task).
WORD_AFTER = re.compile(r" ([a-z]+)\b")
METHOD_WORDS = frozenset({"framework", "method", "approach", "algorithm", "technique"})
# The abstract presenting a contribution of the authors' own.
AUTHORS_CONTRIBUTE = re.compile(r"\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:[a-z]+\s+)?(?:propose|"
                                r"introduce|present|develop|design)|\b[Oo]ur (?:method|approach|"
                                r"model|framework|algorithm|solution)")
# "Aggregator", "Learner", "Optimizers": a word for a thing that acts names an artefact.
AGENT_NOUN = re.compile(r"[a-z](?:or|er)s?$")
# What a subtitle calls a paper that studies a topic ("... : An Optimization Perspective").
STUDY_WORDS = {"perspective", "perspectives", "survey", "review", "overview", "study",
               "analysis", "tutorial", "primer", "guide", "view", "investigation", "roadmap"}
# The subtitle's first noun phrase, up to its head: "A Sketching Perspective", "An Analysis".
STUDY_LEAD = re.compile(r"(?:(?:A|An|The)\s+)?(?:[\w\-]+\s+){0,3}?([A-Za-z]+)(?:\s+(?:of|on|for|"
                        r"in|from|to)\b|\s*$)")
# Where what a "Learning ..." title learns ends: a preposition, "that", a colon or comma.
TITLE_CLAUSE_END = re.compile(r"\s+(?:to|from|by|with|in|for|on|of|via|through|using|that|"
                              r"which|under|without|and|as|at)\b|[:,]|$")
# A title's words up to that end.
TITLE_WORD = re.compile(r"[^\s:,]+")
# Words that are no part of what a title learns: prepositions, articles, "and", "is".
LEARNT_STOPS = PREPOSITIONS | {"the", "a", "an", "and", "or", "is", "are"}
# "Name: what it is" titles ("Name - ...", "Name — ..." too).
TITLE_PREFIX = re.compile(r"^\s*(?:The\s+)?([^:]{1,40}?)\s*(?::| --? | — )\s*(.+)$")
# "Sample-Efficient", "Multi-Agent": a title-case compound, a topic's word.
TITLE_CASE_COMPOUND = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# A subtitle that asks ("... : What Matters ...") or opens with "A"/"An" ("A Unified ...").
QUESTION_LEAD = re.compile(r"(what|how|why|when|which|is|are|do|does|can|should)\b")
INDEFINITE_LEAD = re.compile(r"(?:A|An)\s")
# "A Closer Look at ...": a subtitle that looks at a topic, after a phrase that is not a name
# ("Healthy Harvests: A Comparative Look at Guava Disease ..."; "AudioLens: A Closer Look at"
# has a name's shape, and stays one).
LOOK_AT_LEAD = re.compile(r"(?:A|An)\s+(?:[\w\-]+\s+)?Look\s+at\b")
# "A Unified Framework for Machine Learning Interpretability": what a title says its work is
# for, from its "for" to the end of that clause (a title may capitalise any of its words).
TITLE_PURPOSE = re.compile(r"\b[Ff]or\s+(.+?)(?=\s*[:?!;()]|\s+--?\s|\s+(?i:via|with|by|using|"
                           r"through|from|in|on|under|without|to|for|at|as|beyond|across|"
                           r"based|towards|against|and\s+(?:its|their|the)|is|are)\s|$)")
# How a title's purpose lists several: "... for Multimodal Data Fusion and Infinite Data
# Generation".
PURPOSE_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# What a title's purpose opens with that is no part of the task: "for Improved Information
# Retrieval", "for Studying Adaptive Computation".
PURPOSE_OPENERS = frozenset({"the", "a", "an", "effective", "improved", "enhanced", "better",
                             "improving", "enhancing", "advancing", "accelerating", "studying",
                             "evaluating", "assessing", "mitigating", "boosting", "superior",
                             "any", "all", "your", "our", "their", "more", "general-purpose",
                             "reliable", "robust", "scalable", "accurate", "stable", "refined",
                             "high-quality", "practical", "safe", "safer"})
# Words that open a clause, not a task: "..., If Tuned and Trained Properly".
PURPOSE_CLAUSE_OPENERS = frozenset({"if", "when", "while", "where", "which", "that", "whether",
                                    "unless"})
# A name that calls the paper a study ("MME-Survey").
STUDY_NAME = re.compile(r"(?:^|[-\s])(?:Survey|Review|Tutorial)$")
# What calls a name a problem: "... unlearning (CLPU) problem", "... setting".
PROBLEM_AFTER_NAME = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:problem|task|setting)s?\b")
SUBTITLE_WORD = re.compile(r"[A-Za-z0-9\-]+")
# The words that end a subtitle's first noun phrase.
PHRASE_ENDS = frozenset({"for", "of", "with", "via", "in", "on", "to", "through", "by", "from",
                         "towards", "that", "using", "and", "against", "under", "beyond",
                         "across", "based", "within", "at", "as"})
# Task heads that name a capability, not a process a method could be: "with Text-Rich Visual
# Comprehension" says what a benchmark tests.
CAPABILITY_HEADS = frozenset({"comprehension", "understanding", "reasoning", "perception"})
# "a framework for (systematically) evaluating ...": a framework that tests models is a
# benchmark (at the start of a subtitle or of an appositive).
EVALUATION_FRAMEWORK = re.compile(r"^\W*(?:an?\s+)?(?:[\w\-]+\s+){0,4}?framework\s+for\s+"
                                  r"(?:\w+ly\s+)?(?:evaluating|benchmarking|assessing|testing)\b",
                                  re.IGNORECASE)
# "Breaking", "Unlocking": a title-case gerund.
GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
# First words of a title prefix that is a topic, not a name ("Towards X: ...").
TITLE_OPENERS = {"towards", "toward", "on", "a", "an", "beyond", "why", "how", "what", "when",
                 "is", "are", "do", "does", "can", "rethinking", "revisiting", "understanding",
                 "learning", "position", "survey", "tutorial", "the", "overview"}


class TitleNames:
    """The title rules of NameFinder (kept apart: names.py holds the abstract's rules)."""

    def _title_prefix(self, doc: Doc):
        """'Name: what it is' titles name what the paper introduces."""
        text = text_of(doc)
        title = text[:title_end_of(doc)]
        # "Children's Intelligence Tests Pose Challenges for MLLMs? KidGym: A ... Benchmark":
        # after a question the title asks first, its name starts anew.
        colon = title.find(":")
        asked = max(title.rfind("? ", 0, colon), title.rfind("! ", 0, colon)) \
            if colon > 0 else -1
        asked = asked + 2 if asked >= 0 else 0
        match = TITLE_PREFIX.match(title[asked:])
        if not match:
            return
        name, rest = match.group(1).strip(), match.group(2)
        name_start = asked + match.start(1)
        # "Quick-CapsNet (QCN): ...": the bracket holds the name's acronym (an alias the
        # acronym rule pairs with it), not part of the name.
        if name.endswith(")") and " (" in name:
            name = name[:name.index(" (")]
        words = name.split()
        if len(words) > 1 and words[0].endswith(("'s", "’s")):
            # "Arcee's MergeKit: ...": the maker's name is not part of the artefact's.
            name_start += name.index(words[1])
            name, words = " ".join(words[1:]), words[1:]
        if not words or len(words) > 4 or words[0].lower() in TITLE_OPENERS:
            return
        # "Breaking Alignment Barriers: ...": a phrase opening with a gerund is a topic, unless
        # the abstract uses it again ("Grokking Tickets").
        if len(words) > 1 and GERUND.fullmatch(words[0]) and \
                name.lower() not in lower_case_of(doc, title_end_of(doc)):
            return
        shaped = [w for w in words if is_name_shaped(w) and w not in self.cues.generic]
        if len(words) > 1 and [w for w in words if TITLE_CASE_COMPOUND.fullmatch(w)]:
            shaped = []  # "Sample-Efficient Multi-Agent RL": a topic in title case
        lowered_rest = rest.lower()
        if lowered_rest.startswith(("a survey", "survey", "an overview")) or \
                QUESTION_LEAD.match(lowered_rest) or self._studies_a_topic(name, rest):
            return
        if not shaped and not self._plain_title_name(doc, name, rest):
            return
        type_ = self._title_head_type(rest)
        # "Molmo and PixMo: ...": two names, each the paper's.
        parts = name.split(" and ")
        if len(parts) > 1 and not all([is_capitalised(p) for p in parts]):
            parts = [name]
        for part in parts:
            start = name_start + name.index(part)
            cand = Candidate(start, start + len(part), part, "title", proposed=True)
            if type_ and len(parts) == 1:
                # "X: A Multimodal LLM for ..." defines X; "X: Multimodal LLMs with ..." less so.
                add_vote(cand, type_, TITLE_HEAD_WEIGHT if INDEFINITE_LEAD.match(rest) else 2)
            yield cand

    @staticmethod
    def _studies_a_topic(name: str, rest: str) -> bool:
        """"Sample-Efficient Multi-Agent RL: An Optimization Perspective", "MME-Survey: A
        Comprehensive Survey ...": a subtitle that calls the paper a study, or a name that
        does, puts a topic before the colon, not an artefact."""
        lead = STUDY_LEAD.match(rest)
        return lead is not None and lead.group(1).lower() in STUDY_WORDS or \
            STUDY_NAME.search(name) is not None

    def _plain_title_name(self, doc: Doc, name: str, rest: str) -> bool:
        """Plain capitalised words before a title's colon name the paper's own artefact when
        the abstract uses them again, the catalogue knows them ("UL2: ..."), or the subtitle
        says what they are ("Chameleon: A Data-Efficient Generalist ...")."""
        words = name.split()
        if len(words) > 4 or not all(w[:1].isupper() for w in words):
            return False
        repeated = name.lower() in lower_case_of(doc, title_end_of(doc))
        if len(words) == 4:
            # ("The Context Gathering Decision Process: ...", said again; not a task's words,
            # "Bangla Sign Language Translation: Dataset Creation ...")
            return repeated and words[-1].lower() not in self.cues.task_heads
        return repeated or \
            normalise_name(name) in self.known or \
            INDEFINITE_LEAD.match(rest) is not None and LOOK_AT_LEAD.match(rest) is None or \
            AGENT_NOUN.search(words[-1]) is not None or self._names_a_repository(doc, name)

    @staticmethod
    def _names_a_repository(doc: Doc, name: str) -> bool:
        """Whether a URL of the abstract ends in the name ("github.com/x/FlagAggregator")."""
        key = normalise_name(name)
        return any(normalise_name(last) == key for last in _last_path_parts(doc))

    @staticmethod
    def _repository_acronym_of(doc: Doc, name: str) -> bool:
        """Whether a URL of the abstract ends in an acronym of the name ("UVC" for "Unified
        Visual Transformer Compression")."""
        return any(len(last) > 1 and last.isupper() and last.isalpha() and
                   last[0] == name[:1].upper() and acronym_matches(last, name)
                   for last in _last_path_parts(doc))

    def _title_means(self, doc: Doc):
        """"... via Decoupled Refusal Training", "... by Dynamic Logits Fusion": the title's
        capitalised means is the method the paper proposes."""
        text = text_of(doc)
        title = text[:title_end_of(doc)]
        # (Most titles say none of the means' words: the pattern need not scan those.)
        if not ("via" in title or "with" in title or "by" in title or "using" in title or
                "through" in title):
            return
        # "PhysEditBench: A ... Benchmark for Dense Prediction with Image Editors": what a
        # benchmark is "with" is what it tests.
        if (prefix := TITLE_PREFIX.match(title)) and \
                self._title_head_type(prefix.group(2)) == "Benchmark":
            return
        body = None  # the abstract's key, made when a title has a means
        for match in TITLE_MEANS.finditer(title):
            if body is None:
                body = normalise_name(text[title_end_of(doc):])
            # Words with their offsets, as a title may hold runs of spaces (an API caller's).
            words = list(NON_SPACE.finditer(title, match.start(1), match.end(1)))
            while words and title[words[-1].start()].islower():
                words.pop()
            start, end = words[0].start(), words[-1].end()
            # "via Over-Trust Penalty and Retrospection-Allocation": two means, or one name
            # the abstract repeats; but two phrases of two words or more are two means as the
            # abstract repeats them ("via Knowledge-enhanced Reranking and Noise-injected
            # Training").
            cuts = list(AND_BETWEEN.finditer(title, start, end))
            parts = list(zip([start] + [cut.end() for cut in cuts],
                             [cut.start() for cut in cuts] + [end]))
            if normalise_name(title[start:end]) in body and \
                    not (cuts and all(" " in title[a:b].strip() for a, b in parts)):
                parts = [(start, end)]
            for start, end in parts:
                part = title[start:end]
                part_words = part.split()
                # Kept when the abstract names it too; a title's closing phrase is often a
                # topic. One plain word is a name only when it is one of several means ("and
                # Retrospection-Allocation"), not a thing the method is good for ("with
                # Efficient Parameter and Memory").
                # ("... and Local LLMs": a class of models, not a means; "with Conditional
                # MoEs" is one.)
                if part_words[0].lower().endswith("ing") or \
                        " ".join(part_words).lower() in GENERIC_TITLE_PHRASES or \
                        part_words[-1] in self.cues.generic and \
                        self.cues.head_type(part_words[-1]) == "Model" or \
                        normalise_name(part) not in body or len(part_words) < 2 and \
                        (len(parts) < 2 or part.isalpha()) and not is_name_shaped(part):
                    continue
                # "with Side Information": what the work is given, not how it works.
                if match.group(0).startswith("with") and \
                        part_words[-1].lower() in self.cues.title_with_inputs:
                    continue
                # "... with KAN-Enhanced Diffusion Model": a means headed by a model's word;
                # "Benchmarking MLLMs with Text-Rich Visual Comprehension", by a capability's,
                # is what is tested, not how (but "via Knowledge-enhanced Reranking" is).
                if part_words[-1].lower() in CAPABILITY_HEADS:
                    yield Candidate(start, end, " ".join(part_words), "task", type="Task")
                    continue
                type_ = "Model" if self.cues.head_type(part_words[-1]) == "Model" else "Method"
                yield Candidate(start, end, " ".join(part_words), "title-means", type=type_,
                                proposed=True)

    def _title_lead(self, doc: Doc):
        """"Meta-training with Demonstration Retrieval for Efficient Few-shot Learning": the
        capitalised phrase a title opens with names the paper's own method, when the abstract
        names it too (its mention there is found as well). A phrase headed by a task word other
        than "learning" names the problem instead ("Bayes Conditional Distribution Estimation")."""
        text = text_of(doc)
        title_end = title_end_of(doc)
        title = text[:title_end]
        if ":" in title or not (match := TITLE_LEAD.match(title)):
            return
        words = match.group(1).split()
        while words and words[-1].lower() in PREPOSITIONS | {"and"}:
            words.pop()
        name = " ".join(words)
        first = words[0].lower() if words else ""
        # ("Hybrid Deep Learning for ...": a field with a word before it is a topic too)
        if len(words) < 2 or first in TITLE_OPENERS or first.endswith("ing") and "-" not in first \
                or name.lower() in GENERIC_TITLE_PHRASES or name.lower() in self.cues.fields or \
                " ".join(words[1:]).lower() in self.cues.fields:
            return
        body_at = lowered_text_of(doc).find(name.lower(), title_end)
        repeated = body_at >= 0 and word_edge(text, body_at - 1) and \
            word_edge(text, body_at + len(name))
        # A title that is nothing but a short name ("Evidential Turing Processes") names the
        # paper's own artefact even when the abstract does not repeat it.
        whole = name == title.strip() and len(words) <= 5 and \
            not any(w in ("with", "of", "and") for w in words) and \
            AUTHORS_CONTRIBUTE.search(text, title_end) is not None
        if not repeated and not whole:
            return
        if repeated and (longer := _defined_opening(text, title[match.start(1):], body_at,
                                                    len(name))):
            name = longer
        # The head ends the phrase before its first "with"/"of": "Meta-training with ...".
        head = re.split(r"\s(?:with|of|and)\s", name)[0].split()[-1].lower()
        # ("Sparse Universal Transformer" is a model, headed by a model's word; "Algorithm
        # Evolution using Large Language Model" a method, its model's word a means's.)
        # "... formalizes this continual learning and private unlearning (CLPU) problem": the
        # abstract calls it a problem.
        called_a_problem = repeated and \
            PROBLEM_AFTER_NAME.match(text, body_at + len(name)) is not None
        # ("Advection-Consistent Modeling for ..." that the abstract calls "a physics-guided
        # advection-consistent modeling framework" is a method.)
        called_a_method = repeated and not called_a_problem and \
            (after := WORD_AFTER.match(text, body_at + len(name))) is not None and \
            after.group(1) in METHOD_WORDS
        # ("Unified Visual Transformer Compression" with code at github.com/x/UVC names the
        # paper's method, though its head is a task's.)
        tasklike = (head in self._task_heads and head != "learning" or called_a_problem) and \
            not called_a_method and not self._repository_acronym_of(doc, name)
        type_ = "Task" if tasklike else \
            "Model" if self.cues.head_type(head) == "Model" and \
            PREPOSITIONS.isdisjoint(map(str.lower, words)) else "Method"
        source = "title-lead" if repeated else "title-whole"
        for start in (match.start(1), body_at) if repeated else (match.start(1),):
            yield Candidate(start, start + len(name), text[start:start + len(name)],
                            source, type=type_, proposed=type_ != "Task")

    def _title_learning_task(self, doc: Doc):
        """"Learning Physical Models that Can Respect Conservation Laws": a title that opens
        with "Learning" and two to four words for what is learnt states the paper's problem,
        "learning physical models" (not "Learning to ...", "Learning by ...")."""
        text = text_of(doc)
        title = text[:title_end_of(doc)]
        if not title.startswith("Learning "):
            return
        spans = list(TITLE_WORD.finditer(title, 0, TITLE_CLAUSE_END.search(title).start()))
        words = [m.group(0) for m in spans[1:]]
        # (What ends in a task's head is that task: "Learning ... 3D Face Reconstruction".)
        if not 2 <= len(words) <= 4 or words[-1].lower() in self._task_heads or \
                any(w.lower() in LEARNT_STOPS for w in words):
            return
        end = spans[-1].end()
        yield Candidate(0, end, text[:end], "task", type="Task")

    def _title_purpose(self, doc: Doc):
        """"InterpretML: A Unified Framework for Machine Learning Interpretability": what a
        title says its work is for is the paper's task, unless it is a kind of model ("for
        Large Language Models") or no task's shape (a name, a number, a plain noun)."""
        text = text_of(doc)
        title = text[:title_end_of(doc)]
        if "for " not in title and "For " not in title:
            return
        for match in TITLE_PURPOSE.finditer(title):
            cuts = list(PURPOSE_PARTS.finditer(title, match.start(1), match.end(1)))
            parts = list(zip([match.start(1)] + [cut.end() for cut in cuts],
                             [cut.start() for cut in cuts] + [match.end(1)]))
            for k, (start, end) in enumerate(parts):
                words = list(NON_SPACE.finditer(title, start, end))
                if not words or words[0].group(0).lower() in PURPOSE_CLAUSE_OPENERS:
                    break
                while words and words[0].group(0).lower() in PURPOSE_OPENERS:
                    words.pop(0)
                # One word of several shares the others' words ("Retrieval and Generation"),
                # unless it leads them as a gerund ("for Caching and MTS").
                gerund = bool(words) and words[0].group(0).lower().endswith("ing")
                if words and (len(words) > 1 or len(parts) == 1 or k == 0 and gerund) and \
                        self._purpose_is_task([w.group(0) for w in words]):
                    start, end = words[0].start(), words[-1].end()
                    yield Candidate(start, end, title[start:end], "task", type="Task")
                # "for Finetuning and Applying Pretrained Transformers": a gerund's object
                # is what the rest is about, not a task of its own.
                if k == 0 and gerund:
                    break

    def _purpose_is_task(self, words: list[str]) -> bool:
        """Whether a title's purpose names a task: a few words led by no digit, one word only
        when it names an activity ("for Caching"), a kind of model or artefact only with what
        is done to it ("for Merging Large Language Models")."""
        first, last = words[0].lower(), words[-1].lower()
        phrase = " ".join(words).lower()
        if len(words) > 6 or not first[:1].isalpha() or phrase in GENERIC_TITLE_PHRASES or \
                phrase in self.cues.fields:
            return False
        if len(words) == 1:
            return last in self.cues.task_heads or last.endswith(("ing", "tion", "sion", "ment"))
        # "for Web-Scale ML Systems", "for Algorithmic Unit Tests": an artefact, not a task.
        head_type = self.cues.head_type(last) or self.cues.head_type(last.removesuffix("s"))
        if head_type == "Benchmark" or head_type in ("Model", "Method") and \
                last not in self.cues.task_heads and not last.endswith(("ing", "tion", "sion")):
            return first.endswith("ing") or "of" in words
        return True

    def _title_head_type(self, rest: str) -> str | None:
        """What the subtitle says the name is: the head of its first noun phrase ("A Unified
        Framework for ..." -> Method). A subtitle led by a verb ("Enabling ...") says nothing,
        unless what it acts on is a model ("Supercharging Multimodal LLMs ...")."""
        words = SUBTITLE_WORD.findall(rest)
        if not words:
            return None
        if EVALUATION_FRAMEWORK.search(rest):
            return "Benchmark"  # "X: A Framework for Benchmarking ..." is what tests models
        first = words[0].lower()
        if first == "benchmarking":
            return "Benchmark"  # "X: Benchmarking ..." names a benchmark
        if first.endswith("ing") or first.endswith("ly"):
            return None
        phrase = []
        method_heads = self.cues.heads["Method"]
        for k, word in enumerate(words):
            lowered = word.lower()
            # (A participle ends the phrase, "A Model Leveraging ..."; a task's gerund does not,
            # "Complex Open-Ended Reasoning Evaluation", nor one before a head, "Red Teaming
            # Framework".)
            if lowered in PHRASE_ENDS or k > 0 and lowered.endswith("ing") and \
                    lowered not in method_heads and lowered not in self.cues.task_heads and \
                    not (k + 1 < len(words) and self._names_a_kind(words[k + 1])):
                break
            phrase.append(lowered)
        return self._kind_named_by(phrase[-1]) if phrase else None

    def _kind_named_by(self, word: str) -> str | None:
        """The type a subtitle's head word gives its name ("framework" -> Method)."""
        word = word.lower()
        stem = word.rstrip("s")
        for type_, heads in self.cues.title_heads:
            if word in heads or stem in heads:
                return type_
        return self.cues.head_type(word)

    def _names_a_kind(self, word: str) -> bool:
        return self._kind_named_by(word) is not None


def _last_path_parts(doc: Doc):
    """The last part of each URL's path: a repository's name ("github.com/x/UVC" -> "UVC")."""
    for _, _, url in urls_of(doc):
        yield url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")


def _defined_opening(text: str, title: str, body_at: int, length: int) -> str | None:
    """"Semantic-Driven Scale and Spatial Selection for Efficient Cross-Modal Alignment in
    ...": where the abstract repeats a title's lead (of `length` characters, at `body_at`) as
    the start of a phrase it defines an acronym for, "... Selection for Efficient Cross-modal
    Alignment (S4ECA)", and the title opens with all of that phrase, the phrase is the name."""
    match = DEFINED_AFTER.match(text, body_at + length)
    if match is None:
        return None
    phrase = text[body_at:match.start("acronym") - 1].rstrip()
    # (the acronym is the whole phrase's, not "fast machine learning (ML)")
    acronym = match.group("acronym")
    if acronym[0].lower() != phrase[0].lower() or not acronym_matches(acronym, phrase) or \
            not title.lower().startswith(phrase.lower()) or not word_edge(title, len(phrase)):
        return None
    return title[:len(phrase)]
