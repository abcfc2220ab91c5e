"""The packaged catalogue (kg/catalogue/*.tsv): its format, its content rules and its loader."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from importlib import resources

import pytest

from kg.catalogue import (
    CATALOGUE_FILES,
    HEADER,
    CatalogueEntry,
    CatalogueError,
    load_catalogue,
    normalise,
    parse_catalogue_lines,
)

MINIMUMS = {"Model": 350, "Method": 200, "Benchmark": 250, "Task": 150, "Metric": 60}

# Generic class words: not entities in the annotation guide, so never catalogue entries.
FORBIDDEN_GENERIC = [
    "transformer", "transformers", "LLM", "LLMs", "large language model",
    "large language models", "language model", "language models", "CNN", "CNNs",
    "convolutional neural network", "RNN", "recurrent neural network", "LSTM", "GRU", "MLP",
    "GAN", "GANs", "generative adversarial network", "VAE", "variational autoencoder",
    "autoencoder", "diffusion model", "diffusion models", "neural network", "neural networks",
    "deep neural network", "DNN", "graph neural network", "GNN", "VLM",
    "vision-language model", "MLLM", "multimodal large language model", "foundation model",
    "attention", "self-attention", "deep learning", "machine learning", "model", "dataset",
    "datasets", "benchmark", "encoder", "decoder", "embedding", "agent",
]

# A few well-known entities every reader would expect, with their type.
SPOT_CHECKS = {
    "GPT-4": "Model", "GPT-4V": "Model", "LLaVA-1.5": "Model", "Llama 2": "Model",
    "ResNet-50": "Model", "Segment Anything Model": "Model", "wav2vec 2.0": "Model",
    "LoRA": "Method", "PPO": "Method", "Adam": "Method", "K-means": "Method",
    "ImageNet": "Benchmark", "MMLU": "Benchmark", "SEED-Bench-2": "Benchmark",
    "HumanEval+": "Benchmark", "GSM8K": "Benchmark",
    "image classification": "Task", "object detection": "Task", "question answering": "Task",
    "accuracy": "Metric", "F1": "Metric", "FID": "Metric", "pass@1": "Metric",
    # software libraries and toolkits are Methods; environment suites are Benchmarks
    "PyTorch": "Method", "Hugging Face Transformers": "Method", "scikit-learn": "Method",
    "FAISS": "Method", "vLLM": "Method", "OpenAI Gym": "Benchmark",
}


@pytest.fixture(scope="module")
def catalogue() -> tuple[CatalogueEntry, ...]:
    return load_catalogue()


@pytest.fixture(scope="module")
def by_name(catalogue) -> dict[tuple[str, str], CatalogueEntry]:
    return {(e.type, e.name): e for e in catalogue}


def _raw_lines(filename: str) -> list[str]:
    path = resources.files("kg.catalogue").joinpath(filename)
    return path.read_text(encoding="utf-8").splitlines()


# --- the files themselves -------------------------------------------------------------------

@pytest.mark.parametrize("filename", sorted(CATALOGUE_FILES))
def test_file_layout(filename):
    lines = _raw_lines(filename)
    content = [line for line in lines if line.strip() and not line.startswith("#")]
    assert content[0] == "\t".join(HEADER), "first non-comment line must be the header"
    for lineno, line in enumerate(lines, start=1):
        where = f"{filename}:{lineno}"
        assert line == line.rstrip(" "), f"{where}: trailing spaces"
        assert unicodedata.is_normalized("NFC", line), f"{where}: not NFC"
        if line.startswith("#") or not line.strip():
            continue
        columns = line.split("\t")
        assert len(columns) == 4, f"{where}: {len(columns)} columns"
        assert all(c == c.strip() for c in columns), f"{where}: padded column"
        if columns[1]:
            assert all(a and a == a.strip() for a in columns[1].split(" | ")), \
                f"{where}: aliases must be separated by ' | '"


def test_load_is_cached_and_typed(catalogue):
    assert load_catalogue() is catalogue
    assert {e.type for e in catalogue} == set(CATALOGUE_FILES.values())
    for entry in catalogue:
        filename = entry.source.rsplit(":", 1)[0]
        assert CATALOGUE_FILES[filename] == entry.type
        assert isinstance(entry.aliases, tuple)


def test_counts(catalogue):
    counts = Counter(e.type for e in catalogue)
    assert len(catalogue) >= 1000
    for type_, minimum in MINIMUMS.items():
        assert counts[type_] >= minimum, f"{type_}: {counts[type_]} < {minimum}"


def test_spot_checks(by_name):
    for name, type_ in SPOT_CHECKS.items():
        assert (type_, name) in by_name, f"missing {type_} {name!r}"


# --- content rules --------------------------------------------------------------------------

def test_no_name_or_alias_collides_across_entries(catalogue):
    """A normalised name/alias belongs to one entry, except a version vs its own family
    when they differ only in punctuation (HumanEval vs HumanEval+, U-Net vs U-Net++)."""
    owners: dict[str, list[CatalogueEntry]] = defaultdict(list)
    for entry in catalogue:
        for key in {normalise(n) for n in entry.names}:
            assert key, f"{entry.source}: {entry.name!r} has a name with no letters or digits"
            owners[key].append(entry)

    def family_pair(a: CatalogueEntry, b: CatalogueEntry) -> bool:
        return a.type == b.type and (a.family == b.name or b.family == a.name)

    clashes = [
        f"{key!r}: " + ", ".join(f"{e.type} {e.name!r} ({e.source})" for e in entries)
        for key, entries in owners.items()
        if len(entries) > 1 and not (len(entries) == 2 and family_pair(*entries))
    ]
    assert not clashes, "\n".join(clashes)


def test_family_pairs_still_differ_exactly(catalogue):
    """Where a version normalises like its family, their exact spellings must differ."""
    by_key = {(e.type, e.name): e for e in catalogue}
    for entry in catalogue:
        if entry.family is None:
            continue
        family = by_key[(entry.type, entry.family)]
        assert not set(entry.names) & set(family.names), \
            f"{entry.source}: {entry.name!r} shares a spelling with its family {family.name!r}"


def test_every_family_resolves_to_an_entry_of_the_same_type(catalogue, by_name):
    for entry in catalogue:
        if entry.family is not None:
            assert (entry.type, entry.family) in by_name, f"{entry.source}: {entry.family!r}"


def test_families_used_only_for_models_and_benchmarks(catalogue):
    assert all(e.family is None for e in catalogue if e.type in ("Task", "Metric"))


def test_versions_are_not_aliases_of_their_family(by_name):
    # the rule the data must follow; these are the cases most likely to be got wrong
    for version, family in [("LLaVA-1.5", "LLaVA"), ("GPT-4V", "GPT-4"), ("Llama 2", "LLaMA"),
                            ("ResNet-50", "ResNet"), ("SEED-Bench-2", "SEED-Bench"),
                            ("MMLU-Pro", "MMLU"), ("DINOv2", "DINO"),
                            ("Gemini 1.5 Pro", "Gemini"), ("Claude Sonnet 4", "Claude"),
                            ("Llama-2-7B-Chat", "LLaMA")]:
        type_ = "Benchmark" if ("Benchmark", version) in by_name else "Model"
        entry = by_name[(type_, version)]
        assert entry.family is not None
        assert version not in by_name[(type_, family)].aliases
        # the chain of families reaches the expected family
        chain = []
        current = entry
        while current.family is not None:
            chain.append(current.family)
            current = by_name[(type_, current.family)]
        assert family in chain, f"{version}: family chain {chain}"


def test_no_generic_class_words(catalogue):
    forbidden = {normalise(w) for w in FORBIDDEN_GENERIC}
    offenders = [f"{e.source}: {n!r}" for e in catalogue for n in e.names
                 if normalise(n) in forbidden]
    assert not offenders, offenders


def test_tasks_are_lowercase_or_acronyms(catalogue):
    """Task names are generic, so they are written in lowercase (matched case-insensitively);
    only acronyms and their like ("SLAM", "3D", "text-to-SQL", "SfM") keep capitals."""
    for entry in catalogue:
        if entry.type != "Task":
            continue
        for part in re.split(r"[\s-]+", entry.name):
            assert (part.islower() or part.isupper() or any(c.isdigit() for c in part)
                    or part == "SfM"), f"{entry.source}: {entry.name!r} ({part!r})"


def test_ambiguous_flags(by_name):
    for type_, name in [("Method", "Adam"), ("Method", "Lion"), ("Model", "Falcon"),
                        ("Model", "Orca"), ("Model", "Gemini"), ("Model", "Claude"),
                        ("Model", "Mistral"), ("Model", "Phi"), ("Model", "Alpaca"),
                        ("Model", "Vicuna"), ("Method", "SNIP"), ("Method", "GraSP"),
                        ("Method", "Ray"), ("Method", "Accelerate"), ("Method", "Triton"),
                        ("Method", "Torch")]:
        assert by_name[(type_, name)].ambiguous, name
    for type_, name in [("Metric", "BLEU"), ("Model", "GPT-4"), ("Benchmark", "ImageNet")]:
        assert not by_name[(type_, name)].ambiguous, name


def test_acronyms_ambiguous_across_types_are_left_out(catalogue):
    names = {normalise(n) for e in catalogue for n in e.names}
    # RAFT: an optical-flow model and retrieval-augmented fine-tuning; TTA: test-time
    # adaptation (a task) and test-time augmentation (a method)
    for acronym in ("MAE", "EM", "GP", "LDA", "SSL", "CFG", "GAE", "RAFT", "TTA"):
        assert normalise(acronym) not in names, acronym


def test_normalise():
    assert normalise("GPT-4V(ision)") == "gpt4vision"
    assert normalise("Fréchet Inception Distance") == "fréchetinceptiondistance"
    assert normalise("ＧＰＴ－４") == "gpt4"          # NFKC folds full-width forms
    assert normalise("R²") == "r2"
    assert normalise("ImageNet_1K") == "imagenet1k"


# --- the parser on bad input ----------------------------------------------------------------

GOOD = [
    "# a comment",
    "name\taliases\tfamily\tflags",
    "",
    "# LLaVA family",
    "LLaVA\tLarge Language and Vision Assistant\t\t",
    "LLaVA-1.5\tLLaVA 1.5 | LLaVA-v1.5\tLLaVA\t",
    "Falcon\t\t\tambiguous",
]


def test_parse_good_lines():
    entries = parse_catalogue_lines(GOOD, "Model", "models.tsv")
    assert [e.name for e in entries] == ["LLaVA", "LLaVA-1.5", "Falcon"]
    llava15 = entries[1]
    assert llava15 == CatalogueEntry(type="Model", name="LLaVA-1.5",
                                     aliases=("LLaVA 1.5", "LLaVA-v1.5"), family="LLaVA",
                                     ambiguous=False, source="models.tsv:6")
    assert entries[0].family is None
    assert entries[0].aliases == ("Large Language and Vision Assistant",)
    assert entries[2].ambiguous
    assert llava15.names == ("LLaVA-1.5", "LLaVA 1.5", "LLaVA-v1.5")


def test_family_may_be_defined_later_in_the_file():
    lines = ["name\taliases\tfamily\tflags", "GPT-4\t\tGPT\t", "GPT\t\t\t"]
    assert [e.family for e in parse_catalogue_lines(lines, "Model", "models.tsv")] == ["GPT", None]


@pytest.mark.parametrize("bad_line, line_no, reason", [
    ("LLaVA-NeXT\tLLaVA-1.6\tLLaVA", 8, "columns"),                 # 3 columns
    ("LLaVA-NeXT\tLLaVA-1.6\tLLaVA\t\textra", 8, "columns"),        # 5 columns
    ("LLaVA-NeXT", 8, "columns"),                                    # no tabs
    ("\tLLaVA-1.6\tLLaVA\t", 8, "empty name"),
    ("LLaVA-NeXT\t\tLLaVA-2\t", 8, "family 'LLaVA-2'"),             # missing family
    ("LLaVA-NeXT\t\tLLaVA\tambigous", 8, "unknown flag 'ambigous'"),  # bad flag
    ("LLaVA-NeXT\t\tLLaVA\tambiguous,rare", 8, "unknown flag 'rare'"),
    ("LLaVA-NeXT\tLLaVA-1.6 | \tLLaVA\t", 8, "empty alias"),
    ("LLaVA\t\t\t", 8, "duplicate name"),
    ("LLaVA-NeXT\t\tLLaVA-NeXT\t", 8, "its own family"),
])
def test_malformed_line_names_file_and_line(bad_line, line_no, reason):
    with pytest.raises(CatalogueError) as excinfo:
        parse_catalogue_lines(GOOD + [bad_line], "Model", "models.tsv")
    message = str(excinfo.value)
    assert message.startswith(f"models.tsv:{line_no}: "), message
    assert reason in message


def test_bad_or_missing_header():
    with pytest.raises(CatalogueError, match=r"^tasks\.tsv:2: expected header"):
        parse_catalogue_lines(["# c", "name\taliases\tfamily", "x\t\t\t"], "Task", "tasks.tsv")
    with pytest.raises(CatalogueError, match=r"^tasks\.tsv:1: missing header"):
        parse_catalogue_lines(["# only a comment"], "Task", "tasks.tsv")


def test_family_cycle_is_rejected():
    lines = ["name\taliases\tfamily\tflags", "A\t\tB\t", "B\t\tA\t"]
    with pytest.raises(CatalogueError, match=r"^benchmarks\.tsv:2: family cycle"):
        parse_catalogue_lines(lines, "Benchmark", "benchmarks.tsv")


def test_unknown_type_is_a_programming_error():
    with pytest.raises(ValueError):
        parse_catalogue_lines(GOOD, "Dataset", "x.tsv")
