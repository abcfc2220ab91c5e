// Leaderboard of a benchmark: the models, methods and papers evaluated on it, with the metric
// and value each paper states, best first (values read as numbers; lower is better for error,
// loss, perplexity, FID, WER and latency metrics; rows without a value come last).
// Example: which models were evaluated on MMMU, best first?
// param: benchmark  name or alias of the benchmark, any case, e.g. "MMLU"
// param: limit = 50  most rows returned
MATCH (b:Benchmark)
WHERE toLower(b.name) = toLower($benchmark)
   OR any(alias IN b.aliases WHERE toLower(alias) = toLower($benchmark))
MATCH (s)-[r:EVALUATED_ON]->(b)
OPTIONAL MATCH (p:Paper {key: 'paper:' + r.paper})
WITH b, s, r, p, toFloat(replace(replace(replace(r.value, '%', ''), '+', ''), ',', '')) AS number,
     any(word IN ['error', 'loss', 'perplexity', 'fid', 'wer', 'latency', 'mae', 'rmse']
         WHERE toLower(coalesce(r.metric, '')) CONTAINS word) AS lower_is_better
RETURN b.name AS benchmark, labels(s)[0] AS kind, s.name AS name, r.metric AS metric,
       r.value AS value, r.paper AS paper, p.title AS title
ORDER BY CASE WHEN number IS NULL THEN 1 ELSE 0 END,
         CASE WHEN lower_is_better THEN number ELSE -number END, name
LIMIT $limit
