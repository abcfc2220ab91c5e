"""The context-word lists of cues.toml, loaded once into sets."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Cues:
    heads: dict[str, frozenset[str]]          # type -> head words ("benchmark" -> Benchmark)
    head_types: dict[str, str]                # head word -> type, the first list naming it
    title_heads: tuple[tuple[str, frozenset[str]], ...]
    proposal_verbs: frozenset[str]
    proposal_modifiers: frozenset[str]
    naming_words: frozenset[str]
    naming_after_proposal: frozenset[str]
    evaluation: frozenset[str]
    on_own_benchmark: frozenset[str]
    self_reference: frozenset[str]
    comparison: tuple[str, ...]               # longest first, so "better than" wins over "than"
    comparison_result_nouns: frozenset[str]
    improving_verbs: frozenset[str]
    vague_class_modifiers: frozenset[str]
    generic: frozenset[str]
    capitalised_words: frozenset[str]
    class_heads: frozenset[str]
    attached_suffixes: frozenset[str]
    variant_suffixes: frozenset[str]
    method_modifiers: frozenset[str]
    heads_before_names: frozenset[str]
    benchmark_heads_after_names: frozenset[str]
    component_heads: frozenset[str]
    part_heads: frozenset[str]
    title_with_inputs: frozenset[str]
    data_languages: frozenset[str]
    task_heads: frozenset[str]
    task_stop_modifiers: frozenset[str]
    metric_heads: frozenset[str]
    named_metric_heads: frozenset[str]
    measure_praise: frozenset[str]
    measure_word_modifies: frozenset[str]
    task_word_modifies: frozenset[str]
    measured_by: dict[str, frozenset[str]]
    comparatives: frozenset[str]
    attaining_verbs: frozenset[str]
    eponym_heads: frozenset[str]
    method_heads: frozenset[str]
    fields: frozenset[str]

    def head_type(self, word: str) -> str | None:
        return self.head_types.get(word.lower())


@cache
def load_cues() -> Cues:
    data = tomllib.loads(resources.files("kg.extraction").joinpath("cues.toml").read_text("utf-8"))
    head_types: dict[str, str] = {}
    for type_, words in data["heads"].items():
        for word in words:
            head_types.setdefault(word, type_)
    return Cues(
        heads={t: frozenset(w) for t, w in data["heads"].items()},
        head_types=head_types,
        title_heads=tuple((t, frozenset(w)) for t, w in data["title_heads"].items()),
        proposal_verbs=frozenset(data["proposal"]["verbs"]),
        proposal_modifiers=frozenset(data["proposal"]["modifiers"]),
        naming_words=frozenset(data["proposal"]["naming"]),
        naming_after_proposal=frozenset(data["proposal"]["naming_after_proposal"]),
        evaluation=frozenset(data["evaluation"]["cues"]),
        on_own_benchmark=frozenset(data["evaluation"]["on_own_benchmark"]),
        self_reference=frozenset(data["evaluation"]["self_reference"]),
        comparison=tuple(sorted(data["comparison"]["cues"] + data["comparison"]["result_nouns"],
                                key=len, reverse=True)),
        comparison_result_nouns=frozenset(data["comparison"]["result_nouns"]),
        improving_verbs=frozenset(data["comparison"]["improving_verbs"]),
        vague_class_modifiers=frozenset(data["comparison"]["vague_class_modifiers"]),
        generic=frozenset(data["generic"]["words"]),
        capitalised_words=frozenset(data["generic"]["capitalised_words"]),
        class_heads=frozenset(data["generic"]["class_heads"]),
        attached_suffixes=frozenset(data["generic"]["attached_suffixes"]),
        variant_suffixes=frozenset(data["variants"]["suffixes"]),
        method_modifiers=frozenset(data["variants"]["method_modifiers"]),
        heads_before_names=frozenset(data["names"]["after_heads"]),
        benchmark_heads_after_names=frozenset(data["names"]["before_benchmark_heads"]),
        component_heads=frozenset(data["names"]["component_heads"]),
        part_heads=frozenset(data["names"]["part_heads"]),
        title_with_inputs=frozenset(data["names"]["title_with_inputs"]),
        data_languages=frozenset(data["names"]["data_languages"]),
        task_heads=frozenset(data["tasks"]["heads"]),
        task_stop_modifiers=frozenset(data["tasks"]["stop_modifiers"]),
        metric_heads=frozenset(data["metrics"]["heads"]),
        named_metric_heads=frozenset(data["metrics"]["named_heads"]),
        measure_praise=frozenset(data["metrics"]["measure_praise"]),
        measure_word_modifies=frozenset(data["metrics"]["measure_word_modifies"]),
        task_word_modifies=frozenset(data["tasks"]["task_word_modifies"]),
        measured_by={measure: frozenset(words)
                     for measure, words in data["metrics"]["measured_by"].items()},
        comparatives=frozenset(data["metrics"]["comparatives"]),
        attaining_verbs=frozenset(data["metrics"]["attaining_verbs"]),
        eponym_heads=frozenset(data["eponyms"]["heads"]),
        method_heads=frozenset(data["heads"]["Method"]),
        fields=frozenset(data["tasks"]["fields"]),
    )
