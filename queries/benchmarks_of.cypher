// The benchmarks a model or method was evaluated on, with the metric and value when stated.
// Example: which benchmarks was GPT-4 evaluated on?
// param: entity  name or alias of the model or method, any case, e.g. "GPT-4"
MATCH (s)-[r:EVALUATED_ON]->(b:Benchmark)
WHERE (s:Model OR s:Method)
  AND (toLower(s.name) = toLower($entity)
       OR any(alias IN s.aliases WHERE toLower(alias) = toLower($entity)))
RETURN s.name AS entity, b.name AS benchmark, r.metric AS metric, r.value AS value,
       r.paper AS paper
ORDER BY benchmark, paper
