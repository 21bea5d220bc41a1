"""Stage 3, tokens: lexicons, segmentation backends, the token cache and the Tokenizer."""
