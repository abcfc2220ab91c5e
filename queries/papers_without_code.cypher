// Papers without code: papers that link no code repository, most upvoted first.
// param: limit = 100  most rows returned
MATCH (p:Paper)
OPTIONAL MATCH (p)-[c:HAS_CODE]->()
WITH p, count(c) AS repositories
WHERE repositories = 0
RETURN substring(p.key, 6) AS paper, p.title AS title, p.upvotes AS upvotes
ORDER BY coalesce(upvotes, -1) DESC, title
LIMIT $limit
