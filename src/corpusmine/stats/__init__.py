"""Stage 5, statistics: keyness, resampling, phrases, rhetoric, topics and the Dask path; every
function returns a tidy DataFrame with documented columns."""
