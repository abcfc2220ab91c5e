"""kg.resolution.resolve: one node per real-world thing across papers.

Most tests hand-build each paper's extraction so that the rule under test is the only thing
deciding; the last ones go through the extractor end to end.
"""
from __future__ import annotations

import pytest

from kg.extraction import extract
from kg.model import ExtractedEntity, Extraction, Paper
from kg.resolution import is_distinctive, resolve


def entity(type_, name, aliases=(), catalogue_key=None, family=None, proposed=False):
    return ExtractedEntity(type_, name, list(aliases), proposed, catalogue_key, family)


def papers(*rows):
    """rows: (paper id, [entities]) -> resolve's input."""
    return [(Paper(id=pid, title=pid, abstract=""), Extraction(pid, list(ents)))
            for pid, ents in rows]


def nodes(resolution, label=None):
    return {k: v for k, v in resolution.entities.items() if label is None or v.label == label}


# ------------------------------------------------------------------ spelling variants

@pytest.mark.parametrize("variants", [
    ["Flux-Mixer", "FluxMixer", "flux mixer", "FLUX MIXER"],
    ["Oriel-10K", "Oriel 10K", "oriel-10k"],
    ["TabuLens", "Tabu-Lens", "Tabu Lens"],
])
def test_case_hyphen_and_spacing_variants_are_one_node(variants):
    r = resolve(papers(*[(f"p{i}", [entity("Model", v)]) for i, v in enumerate(variants)]))
    assert len(r.entities) == 1
    (node,) = r.entities.values()
    assert node.papers == [f"p{i}" for i in range(len(variants))]
    assert node.name in variants
    for i, v in enumerate(variants):
        assert r.key_for(f"p{i}", v) == node.key


def test_node_name_is_the_most_common_form_and_key_is_label_and_normalised_name():
    r = resolve(papers(("a", [entity("Method", "Flux-Mixer")]),
                       ("b", [entity("Method", "FluxMixer")]),
                       ("c", [entity("Method", "FluxMixer")])))
    (node,) = r.entities.values()
    assert (node.key, node.label, node.name) == ("method:fluxmixer", "Method", "FluxMixer")


def test_proposed_by_lists_only_the_proposing_papers():
    r = resolve(papers(("a", [entity("Method", "Halyard", proposed=True)]),
                       ("b", [entity("Method", "Halyard")])))
    (node,) = r.entities.values()
    assert (node.papers, node.proposed_by) == (["a", "b"], ["a"])


def test_different_names_stay_apart():
    r = resolve(papers(("a", [entity("Model", "Halyard"), entity("Model", "Brindle")]),
                       ("b", [entity("Model", "Halyard-Net")])))
    assert len(r.entities) == 3


# ------------------------------------------------------------------ acronyms and long forms

def test_acronym_in_one_paper_and_long_form_with_it_in_another_is_one_node():
    long_form = "Contrastive Hierarchical Image-Text Alignment Module"
    r = resolve(papers(
        ("a", [entity("Method", "CHITAM")]),
        ("b", [entity("Method", long_form, ["CHITAM"])]),
        ("c", [entity("Method", long_form)]),
    ))
    assert len(r.entities) == 1
    (node,) = r.entities.values()
    assert node.papers == ["a", "b", "c"]
    assert {node.name, *node.aliases} == {"CHITAM", long_form}
    assert r.key_for("a", "CHITAM") == r.key_for("c", long_form) == node.key


def test_acronym_used_as_the_name_in_both_papers_is_one_node():
    r = resolve(papers(
        ("a", [entity("Method", "MCMI")]),
        ("b", [entity("Method", "MCMI", ["Multi-Channel Mutual Information"])]),
        ("c", [entity("Method", "Multi-Channel Mutual Information")]),
    ))
    assert len(r.entities) == 1
    assert r.key_for("a", "MCMI") == r.key_for("c", "Multi-Channel Mutual Information")


def test_four_letter_acronym_alone_does_not_bridge_to_a_long_form():
    # Four letters collide across papers too often to join a bare acronym to a long form
    # that another paper abbreviates the same way; the same *name* still joins (above).
    r = resolve(papers(
        ("a", [entity("Method", "MCMI")]),
        ("b", [entity("Method", "Multi-Channel Mutual Information", ["MCMI"])]),
    ))
    assert len(r.entities) == 2


def test_long_form_named_entity_joins_its_acronym_elsewhere():
    r = resolve(papers(
        ("a", [entity("Method", "Weighted Path Kernel", ["WPK"])]),
        ("b", [entity("Method", "Weighted Path Kernel")]),
    ))
    assert len(r.entities) == 1
    assert r.key_for("a", "WPK") == r.key_for("b", "weighted path kernel")


def test_short_acronym_alias_does_not_bridge_two_long_forms():
    # "SR" is self-retrieval in one paper and super-resolution in another.
    r = resolve(papers(
        ("a", [entity("Method", "self-retrieval", ["SR"])]),
        ("b", [entity("Method", "super-resolution", ["SR"])]),
    ))
    assert len(r.entities) == 2
    assert r.key_for("a", "SR") != r.key_for("b", "SR")
    assert r.key_for("a", "SR") == r.key_for("a", "self-retrieval")


def test_short_acronym_name_does_not_bridge_two_long_forms():
    # Each paper's most used form is "CRS", spelled out two ways: two things, both named CRS.
    r = resolve(papers(
        ("a", [entity("Method", "CRS", ["Contrastive Rank Sampling"])]),
        ("b", [entity("Method", "CRS", ["Causal Risk Scoring"])]),
        ("c", [entity("Method", "Causal Risk Scoring")]),
    ))
    assert r.key_for("a", "Contrastive Rank Sampling") != r.key_for("b", "Causal Risk Scoring")
    assert r.key_for("b", "CRS") == r.key_for("c", "Causal Risk Scoring")
    assert len(r.entities) == 2


def test_a_bare_short_acronym_joins_its_one_long_form_but_not_one_of_two():
    one = resolve(papers(
        ("a", [entity("Method", "CRS", ["Contrastive Rank Sampling"])]),
        ("b", [entity("Method", "CRS")]),
    ))
    assert len(one.entities) == 1
    two = resolve(papers(
        ("a", [entity("Method", "CRS", ["Contrastive Rank Sampling"])]),
        ("b", [entity("Method", "CRS", ["Causal Risk Scoring"])]),
        ("c", [entity("Method", "CRS")]),
    ))
    assert len(two.entities) == 3
    assert two.key_for("c", "CRS") not in (two.key_for("a", "CRS"), two.key_for("b", "CRS"))


def test_two_catalogue_entries_are_never_joined_through_an_alias():
    # One paper's extraction ties a task to a benchmark ("mathematical reasoning (GSM8K)");
    # across a corpus such links chained GSM8K, MATH and RLVR into one task.
    r = resolve(papers(
        ("a", [entity("Task", "mathematical reasoning", ["GSM8K", "MATH500"],
                      catalogue_key="mathematical reasoning")]),
        ("b", [entity("Benchmark", "GSM8K", catalogue_key="GSM8K")]),
        ("c", [entity("Benchmark", "MATH500", catalogue_key="MATH-500")]),
    ))
    assert set(r.entities) == {"task:mathematicalreasoning", "benchmark:gsm8k",
                               "benchmark:math500"}
    assert r.key_for("b", "GSM8K") == "benchmark:gsm8k"
    # (nor does the task's node list the benchmarks' names)
    assert r.entities["task:mathematicalreasoning"].aliases == []


def test_spellings_of_one_long_form_for_a_short_acronym_are_one_thing():
    r = resolve(papers(
        ("a", [entity("Model", "s-MLLM", ["Small-scale MLLM"])]),
        ("b", [entity("Model", "s-MLLM", ["small-scale Multimodal Language Models"])]),
        ("c", [entity("Method", "LoRA", ["Low-Rank Adaption"])]),
        ("d", [entity("Method", "LoRA", ["Low-Rank Adaptation"], catalogue_key="LoRA")]),
        ("e", [entity("Task", "VPR", ["Place Recognition"])]),
        ("f", [entity("Task", "VPR", ["Pattern Recognition"])]),
    ))
    assert r.key_for("a", "s-MLLM") == r.key_for("b", "s-MLLM")
    assert r.key_for("c", "LoRA") == r.key_for("d", "LoRA") == "method:lora"
    assert r.key_for("e", "VPR") != r.key_for("f", "VPR")


def test_an_entity_of_another_type_does_not_join_a_catalogue_entry_through_an_alias():
    r = resolve(papers(
        ("a", [entity("Task", "grade-school math word problems", ["GSM8K"])]),
        ("b", [entity("Benchmark", "GSM8K", catalogue_key="GSM8K")]),
    ))
    assert r.entities["benchmark:gsm8k"].papers == ["b"]
    assert "task:gradeschoolmathwordproblems" in r.entities


@pytest.mark.parametrize("form, distinctive", [
    ("SR", False), ("CRS", False), ("MCMI", False), ("GPT4", True), ("Oriel-10K", True),
    ("self-retrieval", True), ("X1", False),
])
def test_is_distinctive(form, distinctive):
    assert is_distinctive(form) is distinctive


# ------------------------------------------------------------------ families and versions

def test_family_and_version_are_distinct_and_version_points_at_family():
    r = resolve(papers(
        ("a", [entity("Model", "LLaVA", catalogue_key="LLaVA"),
               entity("Model", "LLaVA-1.5", catalogue_key="LLaVA-1.5", family="LLaVA")]),
        ("b", [entity("Model", "LLaVA 1.5", catalogue_key="LLaVA-1.5", family="LLaVA")]),
    ))
    assert set(r.entities) == {"model:llava", "model:llava15"}
    version, family = r.entities["model:llava15"], r.entities["model:llava"]
    assert version.family == family.key == "model:llava"
    assert family.family is None
    assert version.papers == ["a", "b"] and family.papers == ["a"]
    assert version.name == "LLaVA-1.5"  # the catalogue's canonical name


def test_version_family_is_none_when_the_family_is_not_a_node():
    r = resolve(papers(("a", [entity("Model", "LLaVA-1.5", catalogue_key="LLaVA-1.5",
                                     family="LLaVA")])))
    assert r.entities["model:llava15"].family is None


def test_a_discovered_variant_points_at_the_family_its_extraction_names():
    # ("Naive RAG", found beside the catalogue's RAG, names its family by the catalogue's name)
    r = resolve(papers(("a", [entity("Method", "Naive RAG",
                                     family="Retrieval-Augmented Generation")]),
                       ("b", [entity("Method", "RAG", aliases=["retrieval-augmented generation"],
                                     catalogue_key="Retrieval-Augmented Generation")])))
    assert r.entities["method:naiverag"].family == "method:retrievalaugmentedgeneration"


def test_uncatalogued_version_suffix_points_at_its_family():
    r = resolve(papers(("a", [entity("Model", "Pellucid")]),
                       ("b", [entity("Model", "Pellucid-2"), entity("Model", "Pellucid-7B")])))
    assert r.entities["model:pellucid2"].family == "model:pellucid"
    assert r.entities["model:pellucid7b"].family == "model:pellucid"
    assert r.entities["model:pellucid"].family is None


def test_family_link_stays_within_a_label():
    r = resolve(papers(("a", [entity("Benchmark", "Pellucid")]),
                       ("b", [entity("Model", "Pellucid-2")])))
    assert r.entities["model:pellucid2"].family is None


# ------------------------------------------------------------------ catalogue aliases

def test_catalogue_aliases_are_one_node():
    r = resolve(papers(
        ("a", [entity("Model", "GPT4", catalogue_key="GPT-4", family="GPT")]),
        ("b", [entity("Model", "GPT-4", catalogue_key="GPT-4", family="GPT")]),
        ("c", [entity("Method", "Proximal Policy Optimization", ["PPO"], catalogue_key="PPO")]),
        ("d", [entity("Method", "PPO", catalogue_key="PPO")]),
    ))
    assert set(r.entities) == {"model:gpt4", "method:ppo"}
    assert r.entities["model:gpt4"].name == "GPT-4"
    assert r.entities["model:gpt4"].papers == ["a", "b"]
    assert r.entities["method:ppo"].papers == ["c", "d"]
    assert r.key_for("a", "GPT4") == r.key_for("b", "GPT-4") == "model:gpt4"
    assert r.key_for("c", "Proximal Policy Optimization") == "method:ppo"


# ------------------------------------------------------------------ end to end

def _extract_all(rows):
    return [(p, extract(p)) for p in (Paper(id=i, title=t, abstract=a) for i, t, a in rows)]


def test_end_to_end_catalogue_alias_spellings_resolve_together():
    r = resolve(_extract_all([
        ("a", "Vision Answers", "We evaluate GPT-4 Vision on chart questions."),
        ("b", "Vision Answers", "We evaluate GPT-4V on chart questions."),
        ("c", "Vision Answers", "We evaluate GPT4 and GPT-4V on chart questions."),
    ]))
    assert r.entities["model:gpt4v"].papers == ["a", "b", "c"]
    assert r.entities["model:gpt4"].papers == ["c"]
    assert r.entities["model:gpt4v"].family == "model:gpt4"


def test_end_to_end_acronym_definition_bridges_papers():
    r = resolve(_extract_all([
        ("a", "Aligning Images and Captions",
         "We propose Contrastive Hierarchical Image-Text Alignment Module (CHITAM), a new "
         "alignment method."),
        ("b", "Retrieval Baselines", "We compare against the CHITAM method on retrieval."),
    ]))
    key = r.key_for("b", "CHITAM")
    assert key is not None
    assert key == r.key_for("a", "Contrastive Hierarchical Image-Text Alignment Module")
    assert r.entities[key].papers == ["a", "b"]
    assert r.entities[key].proposed_by == ["a"]


def test_a_catalogue_node_lists_its_own_forms_not_one_papers_other_long_form():
    cot = "chain-of-thought prompting"
    r = resolve(papers(
        ("a", [entity("Method", "CoT", ["Cloud Optical Thickness"], catalogue_key=cot)]),
        ("b", [entity("Method", "CoT", ["chain-of-thoughts"], catalogue_key=cot)]),
        ("c", [entity("Method", "chain-of-thoughts", catalogue_key=cot)]),
        ("d", [entity("Method", "Cloud Optical Thickness")]),
    ))
    node = r.entities["method:chainofthoughtprompting"]
    assert node.name == cot and set(node.aliases) == {"CoT", "chain-of-thoughts"}
    # The other paper's cloud optical thickness is not the prompting method.
    assert r.key_for("d", "Cloud Optical Thickness") != "method:chainofthoughtprompting"
    assert r.key_for("a", "CoT") == "method:chainofthoughtprompting"
