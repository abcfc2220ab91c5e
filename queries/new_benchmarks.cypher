// Newly proposed benchmarks with their code repositories: benchmarks a paper introduces, the
// paper, and the repositories it links (an empty list when none).
// Example: which new benchmarks have code?  (--param with_code=true)
// param: with_code = false  true: only benchmarks whose paper links a repository
// param: limit = 100  most rows returned
MATCH (p:Paper)-[:PROPOSES]->(b:Benchmark)
OPTIONAL MATCH (p)-[:HAS_CODE]->(repo:Repository)
WITH b, p, collect(repo.url) AS repositories
WHERE NOT $with_code OR size(repositories) > 0
RETURN b.name AS benchmark, substring(p.key, 6) AS paper, p.title AS title, repositories
ORDER BY size(repositories) DESC, benchmark
LIMIT $limit
