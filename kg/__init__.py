"""kg: a typed knowledge graph of machine-learning research, built from paper abstracts.

    import kg
    graph = kg.build_graph(["seeds"])     # networkx.MultiDiGraph, schema in kg.graph
"""
__all__ = ["BuildResult", "build", "build_graph"]


def __getattr__(name: str):
    # Imported on first use, so `kg --help` does not pay for loading spaCy.
    if name in __all__:
        import kg.build
        return getattr(kg.build, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
