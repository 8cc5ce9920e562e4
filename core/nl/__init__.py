"""Natural language (zh, en) -> rule document: a deterministic, offline sentence compiler.

Pipeline: :mod:`.scan` (normalise and tokenise against the lexicon and the grammar words of
:mod:`.words`), :mod:`.grammar` with :mod:`.mods`, :mod:`.compare` and :mod:`.actions` (tokens
-> a small condition/action tree of :mod:`.ir`, or questions), :mod:`.build` (tree ->
``safeblocks.rule/1``), :mod:`.paraphrase` (rule document -> zh/en text, so the engineer confirms
what will run), :mod:`.boundary` (tests that straddle every threshold and duration).
No language model, no network, no eval: every word the compiler accepts is in a table, and a
word it cannot place is a question, never a guess. Entry point: :func:`core.nl.api.compile_sentence`;
the ``safeblocks nl`` verb lives in :mod:`.cli`.
"""
