// The most-used benchmarks: how many papers use or evaluate on each.
// param: limit = 20  most rows returned
MATCH (b:Benchmark)
OPTIONAL MATCH (p:Paper)-[:USES|PROPOSES]->(b)
WITH b, count(DISTINCT p) AS papers
OPTIONAL MATCH (s)-[r:EVALUATED_ON]->(b)
WITH b, papers, count(DISTINCT s) AS evaluated, count(r) AS results
WHERE papers > 0 OR results > 0
RETURN b.name AS benchmark, papers, evaluated, results
ORDER BY papers DESC, results DESC, benchmark
LIMIT $limit
