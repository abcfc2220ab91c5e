// Papers with code for a method or model: the papers that propose or use it and link a
// code repository (papers that propose it first).
// param: entity  name or alias of the method or model, any case, e.g. "LoRA"
MATCH (p:Paper)-[u:PROPOSES|USES]->(e)
WHERE toLower(e.name) = toLower($entity)
   OR any(alias IN e.aliases WHERE toLower(alias) = toLower($entity))
MATCH (p)-[:HAS_CODE]->(repo:Repository)
WITH e, p, repo, max(CASE type(u) WHEN 'PROPOSES' THEN 1 ELSE 0 END) AS proposes
RETURN e.name AS entity, substring(p.key, 6) AS paper, p.title AS title, repo.url AS repository,
       proposes = 1 AS proposed_here
ORDER BY proposed_here DESC, title
