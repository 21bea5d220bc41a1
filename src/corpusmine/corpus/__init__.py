"""Stage 3, corpus: readers turn every source into records; one assembler turns records into the
:class:`~corpusmine.corpus.model.Corpus` tables (speeches, sections, paragraphs, audit, sources).

=============  ==============================================================================
records        the one record type every reader yields (:class:`Record`, :class:`BadRecord`)
readers        seed raw pages, folders, JSON Lines, CSV/TSV, Parquet → records
lines          re-joining hard-wrapped lines, cutting boilerplate (audit layers)
cleaning       cleaning many records with a JSON cache
assemble       THE assembler: cleaned speeches → segmented, classified, counted, de-duplicated tables
dedup          the near-duplicate similarity join
model          :class:`Corpus`, :func:`write_corpus` (one generation), :func:`read_tables`
manifest       ``data/manifest.csv`` and ``data/section_overrides.csv``
build          ``build_corpus`` / ``load_corpus``: the seed corpus
read           ``read_corpus``: a user's own corpus
external       the shipped Government Work Reports, and the former names
=============  ==============================================================================

Examples
--------
>>> from corpusmine.corpus import Corpus, write_corpus
>>> Corpus.__module__, write_corpus.__name__        # 语料模型
('corpusmine.corpus.model', 'write_corpus')
"""

from corpusmine.corpus.model import Corpus, read_tables, write_corpus

# no __all__: the API reference (pdoc) then documents every module of the subpackage, not only these names
