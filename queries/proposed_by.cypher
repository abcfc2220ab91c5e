// Entities proposed by a paper: what the paper introduces (models, methods, benchmarks, ...),
// with the sentence that says so.
// param: paper  the paper's arXiv id (e.g. "2401.00001"), kg id, or exact title (any case)
MATCH (p:Paper)-[r:PROPOSES]->(e)
WHERE p.key = 'paper:' + $paper OR p.arxiv_id = $paper OR toLower(p.title) = toLower($paper)
RETURN p.title AS title, labels(e)[0] AS kind, e.name AS name, r.evidence AS evidence
ORDER BY kind, name
