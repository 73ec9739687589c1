// The whole state of the page lives in the URL query string, so a search is a link
// and the back button works. This module is the only one that reads or writes it.

/** Filters that may repeat; values of one are ORed, different ones ANDed (DESIGN.md). */
export const MULTI = ['outlet', 'actor', 'figure', 'source'];
const SINGLE = ['q', 'from', 'to', 'sort', 'page', 'id', 'correct', 'group'];

/** Reads a state object from a query string (default: the current URL). */
export function readState(search = location.search) {
  const p = new URLSearchParams(search);
  const s = { q: '', from: '', to: '', sort: '', page: 1, id: '', correct: '', group: '' };
  for (const k of SINGLE) if (p.has(k)) s[k] = p.get(k);
  s.page = Math.max(1, parseInt(s.page, 10) || 1);
  for (const k of MULTI) s[k] = [...new Set(p.getAll(k).filter(Boolean))];
  return s;
}

/** Serialises a state to a query string ("?q=..."), leaving out empty and default values. */
export function toQuery(s, { withView = true, withPage = true } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of MULTI) for (const v of s[k] || []) p.append(k, v);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.group) p.set('group', s.group); // one story's copies (a hit's "N copies" link)
  if (withPage && s.page > 1) p.set('page', String(s.page));
  if (withView && s.id) p.set('id', s.id);
  if (s.correct === 'false') p.set('correct', 'false');
  const str = p.toString();
  return str ? '?' + str : '';
}

/** The search parameters the API takes for this state (no view, page included). */
export function apiParams(s, extra = {}) {
  const p = new URLSearchParams(toQuery({ ...s, id: '' }, { withView: false }));
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}

/** True when the state asks for nothing: no words, no filters. */
export function isBlank(s) {
  return !s.q && !s.from && !s.to && !s.group && MULTI.every(k => s[k].length === 0);
}

/** Returns a copy of s with changes applied; any change of the search goes back to page 1. */
export function withChange(s, changes) {
  const next = { ...s, ...Object.fromEntries(MULTI.map(k => [k, [...s[k]]])), page: 1, id: '', correct: '', group: '' };
  return Object.assign(next, changes);
}

/** Adds or removes one value of a repeatable filter. */
export function toggleValue(s, dim, value, on) {
  const values = s[dim].filter(v => v !== value);
  if (on) values.push(value);
  return withChange(s, { [dim]: values });
}
