// What beat (or was compared against) a given baseline: the models, methods and papers that
// report a comparison with it, with the paper and its sentence.
// Example: what beat LLaVA-1.5?
// param: baseline  name or alias of the baseline model or method, any case, e.g. "GPT-4"
MATCH (s)-[r:COMPARED_WITH]->(b)
WHERE toLower(b.name) = toLower($baseline)
   OR any(alias IN b.aliases WHERE toLower(alias) = toLower($baseline))
RETURN b.name AS baseline, labels(s)[0] AS kind, s.name AS name, r.paper AS paper,
       r.evidence AS evidence
ORDER BY name, paper
