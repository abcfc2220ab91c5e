// Lookup by name or alias: every entity whose name or one of whose aliases is the given text
// (any case), with its label, key, aliases and the number of papers mentioning it.
// Example: what is "Massive Multitask Language Understanding" called here?
// param: name  the name or alias to look up, e.g. "GPT4"
MATCH (n)
WHERE toLower(n.name) = toLower($name)
   OR any(alias IN n.aliases WHERE toLower(alias) = toLower($name))
RETURN labels(n)[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases,
       size(coalesce(n.papers, [])) AS papers
ORDER BY papers DESC, key
