"""Stage 2, tokens: lexicons, segmentation backends, filters, the token cache, the process pool and the Tokenizer.

``lexicons`` reads the dictionary and word-list files; ``backends`` loads jieba
and jieba-rs with the same dictionary; ``segmenter`` is one loaded model;
``filters`` decides which tokens count; ``cache`` is the sqlite token cache;
``pool`` runs work in processes; ``tokenizer`` assembles them into
:class:`corpusmine.tokens.tokenizer.Tokenizer`.
"""
