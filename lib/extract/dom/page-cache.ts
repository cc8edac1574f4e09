/**
 * What several extractors read off the same page (its visible text, its declared
 * address, the structured sources' findings), worked out once per extraction.
 *
 * The cache only lives while `withPageCache` runs, i.e. for one `extractLeads`
 * call: a single-page app changes its document in place between extractions, so
 * nothing may outlive the call that computed it. Outside a call (an extractor run
 * on its own, as tests do) every lookup computes afresh.
 */

const open = new WeakMap<Document, Map<object, unknown>>();

/** Runs `run` with a fresh cache for `document`, dropped when it returns or throws. */
export function withPageCache<T>(document: Document, run: () => T): T {
  // A nested extraction of the same page (an extractor calling extractLeads) shares the outer call's cache.
  if (open.has(document)) return run();
  open.set(document, new Map());
  try {
    return run();
  } finally {
    open.delete(document);
  }
}

/**
 * `compute` memoised per page for the current extraction. The returned function is
 * the cache key, so each `perPage` result is its own entry.
 */
export function perPage<T>(compute: (document: Document) => T): (document: Document) => T {
  const lookup = (document: Document): T => {
    const cache = open.get(document);
    if (!cache) return compute(document);
    if (cache.has(lookup)) return cache.get(lookup) as T;
    const value = compute(document);
    cache.set(lookup, value);
    return value;
  };
  return lookup;
}

/** Like `perPage`, for a computation that also depends on the page's URL. */
export function perPageAt<T>(compute: (document: Document, url: URL) => T): (document: Document, url: URL) => T {
  const byUrl = perPage(() => new Map<string, T>());
  return (document, url) => {
    const cache = byUrl(document);
    const key = url.href;
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(document, url);
    cache.set(key, value);
    return value;
  };
}
