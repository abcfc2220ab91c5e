// The baselines a model or method was compared against (what it claims to beat).
// param: entity  name or alias of the model or method, any case, e.g. "CoR-Math-7B"
MATCH (s)-[r:COMPARED_WITH]->(b)
WHERE toLower(s.name) = toLower($entity)
   OR any(alias IN s.aliases WHERE toLower(alias) = toLower($entity))
RETURN s.name AS entity, labels(b)[0] AS kind, b.name AS baseline, r.paper AS paper,
       r.evidence AS evidence
ORDER BY baseline, paper
