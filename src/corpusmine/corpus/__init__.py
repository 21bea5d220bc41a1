"""Stage 2, corpus: readers turn every source into records; one assembler turns records into the
:class:`~corpusmine.corpus.build.Corpus` tables (speeches, sections, paragraphs, audit, sources)."""
