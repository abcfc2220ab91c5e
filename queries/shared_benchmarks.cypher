// Models and methods that share benchmarks: pairs evaluated on the same benchmark(s), most
// shared first; optionally only the pairs that include one given entity.
// param: entity = null  name or alias of a model or method to focus on, e.g. "GPT-4"; null: all
// param: min_shared = 1  least number of shared benchmarks
// param: limit = 50  most rows returned
MATCH (a)-[:EVALUATED_ON]->(b:Benchmark)<-[:EVALUATED_ON]-(c)
WHERE (a:Model OR a:Method) AND (c:Model OR c:Method) AND a.key <> c.key
  AND ($entity IS NULL AND a.key < c.key
       OR toLower(a.name) = toLower($entity)
       OR any(alias IN a.aliases WHERE toLower(alias) = toLower($entity)))
WITH a, c, collect(DISTINCT b.name) AS benchmarks
WHERE size(benchmarks) >= $min_shared
RETURN a.name AS entity, c.name AS other, size(benchmarks) AS shared, benchmarks
ORDER BY shared DESC, entity, other
LIMIT $limit
