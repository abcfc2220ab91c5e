// Papers that address a task, with what each proposes.
// param: task  name or alias of the task, any case, e.g. "question answering"
// param: limit = 100  most rows returned
MATCH (p:Paper)-[:ADDRESSES]->(t:Task)
WHERE toLower(t.name) = toLower($task)
   OR any(alias IN t.aliases WHERE toLower(alias) = toLower($task))
OPTIONAL MATCH (p)-[:PROPOSES]->(e)
RETURN t.name AS task, substring(p.key, 6) AS paper, p.title AS title, collect(e.name) AS proposes
ORDER BY title
LIMIT $limit
