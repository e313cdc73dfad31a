// Stands in for iconv-lite in the bundle (tsconfig `paths`): minipass-fetch loads it, if installed, only for
// `textConverted()` (a body in a legacy charset), which Octokit never calls; the real one is 0.3 MB of
// charset tables. Loading this fails, as a missing optional dependency does, and minipass-fetch carries on
// without it. Only the bundle uses this file; Node never loads it.
throw new Error('iconv-lite is left out of the bundle: nothing here decodes legacy charsets');
