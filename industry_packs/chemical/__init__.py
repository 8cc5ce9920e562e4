"""The chemical industry pack: data only (pack.toml, rules/, clauses/, scenarios/); no hookimpls."""
