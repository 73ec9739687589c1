// Calls to the Dispatches JSON API. URLs are relative to the page, so the site also
// works when it is served under a path prefix. URLSearchParams percent-encodes every
// value: Undertow rejects a raw '<' or '>' in a URL before any handler runs.

/** An error the user should read: message is already in plain words. */
export class ApiError extends Error {
  constructor(message, { code = 'error', status = 0 } = {}) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

async function getJson(path, params, signal) {
  const url = params ? `${path}?${params}` : path;
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The Dispatches server could not be reached. Check that it is running, then try again.',
      { code: 'unreachable' });
  }
  let body = null;
  try { body = await res.json(); } catch { /* not JSON: handled below */ }
  if (!res.ok) {
    const err = body && body.error;
    throw new ApiError(err && err.message ? err.message : `The server answered ${res.status}.`,
      { code: (err && err.code) || 'http_' + res.status, status: res.status });
  }
  if (body === null) throw new ApiError('The server sent an answer that is not JSON.', { code: 'bad_response' });
  return body;
}

/** GET /api/search with the given URLSearchParams. */
export const search = (params, signal) => getJson('api/search', params, signal);

/** GET /api/articles/{id}. */
export const article = (id, signal) => getJson('api/articles/' + encodeURIComponent(id), null, signal);

/** GET /api/suggest?q=prefix. */
export const suggest = (prefix, signal) => getJson('api/suggest', new URLSearchParams({ q: prefix }), signal);

/** GET /api/health. */
export const health = signal => getJson('api/health', null, signal);

/** The link that downloads every matching report in the given format. */
export function exportUrl(params, format) {
  const p = new URLSearchParams(params);
  for (const k of ['page', 'size', 'facets', 'facetSize', 'facetFilter', 'dateInterval']) p.delete(k);
  p.set('format', format);
  return 'api/export?' + p;
}
