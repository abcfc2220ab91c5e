// The shortest connection between two entities (up to 4 hops, either direction): the names
// along the path, the relationship types between them and the papers stating each one.
// Searched level by level (1, 2, 3 hops, then 4 by meeting in the middle), since FalkorDB has
// no undirected shortestPath and a plain (x)-[*1..4]-(y) explodes around well-used entities.
// (Neo4j 5.23+ warns that CALL { WITH x, y ... } is deprecated; FalkorDB rejects the newer
// CALL (x, y) { ... }, so the portable form stays.)
// Example: how is LoRA connected to GSM8K?
// param: from  name or alias of the first entity (or a paper title), any case
// param: to  name or alias of the second entity (or a paper title), any case
MATCH (x)
WHERE toLower(x.name) = toLower($from)
   OR any(alias IN x.aliases WHERE toLower(alias) = toLower($from))
MATCH (y)
WHERE (toLower(y.name) = toLower($to)
       OR any(alias IN y.aliases WHERE toLower(alias) = toLower($to))) AND x.key <> y.key
WITH x, y
ORDER BY CASE WHEN toLower(x.name) = toLower($from) THEN 0 ELSE 1 END
       + CASE WHEN toLower(y.name) = toLower($to) THEN 0 ELSE 1 END
LIMIT 1
CALL {
  WITH x, y
  MATCH p = (x)--(y)
  RETURN nodes(p) AS path_nodes, relationships(p) AS path_rels LIMIT 1
  UNION
  WITH x, y
  MATCH p = (x)--()--(y)
  RETURN nodes(p) AS path_nodes, relationships(p) AS path_rels LIMIT 1
  UNION
  WITH x, y
  MATCH p = (x)--()--()--(y)
  RETURN nodes(p) AS path_nodes, relationships(p) AS path_rels LIMIT 1
  UNION
  WITH x, y
  MATCH (x)--()--(m)
  WITH DISTINCT x, y, m
  MATCH second = (m)--()--(y)
  WITH x, m, second LIMIT 1
  MATCH first = (x)--()--(m)
  WITH first, second LIMIT 1
  RETURN nodes(first) + tail(nodes(second)) AS path_nodes,
         relationships(first) + relationships(second) AS path_rels
}
WITH path_nodes, path_rels
ORDER BY size(path_rels)
LIMIT 1
RETURN size(path_rels) AS hops, [n IN path_nodes | n.name] AS names,
       [r IN path_rels | type(r)] AS relationships, [r IN path_rels | r.paper] AS papers
