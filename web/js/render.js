// Renders a search response: hits, facet panels, active filters, pager.
// Pure functions of (state, response) -> nodes; app.js wires the events.
import { h, fill, snippetNodes, formatDate, formatNumber, figureLabel, figureDetail, kindLabel } from './dom.js';
import { toQuery, withChange, toggleValue, MULTI } from './state.js';
import { chipFigures } from './figures.js';
import { explainQuery } from './queryhelp.js';

/** Only http(s) links leave the page: a report's url could be "javascript:...". */
export function safeUrl(u) {
  if (!u) return null; // a report without a url has no original to link (new URL("null") would make one)
  try {
    const url = new URL(String(u), location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch { return null; }
}

const FACETS = [
  { dim: 'outlet', title: 'Outlet' },
  { dim: 'actor', title: 'Who is named' },
  { dim: 'figure', title: 'Figures reported' },
  { dim: 'source', title: 'Sources cited' },
];
const SHOWN = 8;

/** Link to the report view that keeps the search, so the report highlights its words. */
export const reportHref = (state, id) => toQuery({ ...state, id }) || '?id=' + encodeURIComponent(id);

/** One result. */
export function hitNode(state, hit) {
  const url = safeUrl(hit.url);
  const actors = (hit.actors || []).map(a => h('li', {},
    h('a', { class: 'chip actor', href: toQuery(toggleValue(state, 'actor', a, true)), 'data-nav': 'filter',
      'aria-label': `Filter by ${a}`, title: `Show only reports naming ${a}`, dir: 'auto' }, a)));
  const { shown, hidden } = chipFigures(hit.figures);
  const figures = shown.map(f => h('li', {},
    h('span', { class: 'chip figure' + (f.claim && f.claim !== 'stated' ? ' claim' : ''), 'data-kind': f.kind, 'data-claim': f.claim || 'stated',
      title: figureDetail(f) + (f.sentence ? `\n“${f.sentence}”` : ''), dir: 'auto' }, figureLabel(f))));
  if (hidden.length) {
    figures.push(h('li', {}, h('span', { class: 'chip figure more-figures', title: hidden.map(figureLabel).join('\n') }, `+${hidden.length} more`)));
  }
  return h('li', { class: 'hit', 'data-id': hit.id },
    h('h3', { class: 'hit-title' },
      h('a', { href: reportHref(state, hit.id), 'data-nav': 'report', dir: 'auto' }, hit.title || '(untitled report)')),
    h('p', { class: 'hit-meta' },
      h('span', { class: 'outlet', dir: 'auto' }, hit.outlet || 'Unknown outlet'),
      h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
      hit.date ? h('time', { datetime: hit.date }, formatDate(hit.date)) : h('span', { class: 'undated' }, 'undated'),
      url && h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
      url && h('a', { class: 'original', href: url, target: '_blank', rel: 'noopener noreferrer' },
        'Original', h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'), ' ↗')),
    hit.snippet ? h('p', { class: 'snippet', dir: 'auto' }, snippetNodes(hit.snippet)) : null,
    copiesNode(state, hit.copyGroup),
    (actors.length || figures.length) ? h('div', { class: 'hit-chips' },
      actors.length ? h('ul', { class: 'chips', 'aria-label': 'Actors' }, actors) : null,
      figures.length ? h('ul', { class: 'chips', 'aria-label': 'Figures' }, figures) : null) : null);
}

/** "3 copies: The National, Arab News, Yahoo · list them": the other reports of this hit's story. */
function copiesNode(state, copies) {
  if (!copies || !copies.copies) return null;
  const n = copies.copies;
  const more = n > copies.outlets.length ? `, +${formatNumber(n - copies.outlets.length)}` : '';
  return h('p', { class: 'hit-copies' },
    `${formatNumber(n)} cop${n === 1 ? 'y' : 'ies'}: `,
    h('span', { dir: 'auto' }, copies.outlets.join(', ') + more),
    h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '),
    h('a', { href: toQuery({ ...withChange(state, { q: '' }), group: copies.group }), 'data-nav': 'filter',
      title: 'Every report of this story' }, 'list them'));
}

/** The panels whose values can be many (1,100 outlets): they get a filter box served by the API. */
export const FILTERABLE = new Set(['outlet', 'actor', 'source']);
const NOUN = { outlet: 'outlets', actor: 'names', source: 'sources', figure: 'figures' };

/** The list items of one panel; selected values always show, even when they fell out of the top list. */
export function facetItems(state, dim, facetValues, { showAll = false } = {}) {
  const values = [...(facetValues || [])];
  for (const v of state[dim]) if (!values.some(x => x.value === v)) values.push({ value: v, count: null });
  return values.map((v, i) => {
    const checked = state[dim].includes(v.value);
    return h('li', { class: i >= SHOWN && !checked && !showAll ? 'more' : null },
      h('label', { class: 'facet-item' + (checked ? ' checked' : '') },
        h('input', { type: 'checkbox', 'data-dim': dim, value: v.value, checked }),
        h('span', { class: 'facet-value' + (v.value === 'unknown' && dim === 'outlet' ? ' unknown' : ''), dir: 'auto' }, dim === 'figure' ? kindLabel(v.value) : v.value),
        h('span', { class: 'facet-count', title: v.stories == null ? null : `${v.count} reports, ${v.stories} stories` },
          v.count == null ? '' : formatNumber(v.count) + (v.stories != null && v.stories !== v.count ? ` (${formatNumber(v.stories)})` : ''))));
  });
}

/** The facet panels, each with a filter box when its values can be many. */
export function facetNodes(state, facets) {
  return FACETS.map(({ dim, title }) => {
    const values = (facets && facets[dim]) || [];
    if (values.length === 0 && state[dim].length === 0) return null;
    const id = `facet-${dim}`;
    const items = facetItems(state, dim, values);
    const hiddenCount = items.filter(li => li.classList.contains('more')).length;
    const filter = FILTERABLE.has(dim) && values.length > SHOWN
      ? h('input', { type: 'search', class: 'facet-filter', 'data-dim': dim, 'aria-controls': id, autocomplete: 'off', spellcheck: 'false',
        dir: 'auto', placeholder: `Find ${NOUN[dim]}…`, 'aria-label': `Find ${NOUN[dim]} in ${title}` })
      : null;
    return h('section', { class: 'facet', 'data-facet': dim, 'aria-labelledby': id + '-h' },
      h('h2', { id: id + '-h' }, title),
      filter,
      h('ul', { class: 'facet-list', id }, items),
      h('p', { class: 'facet-none muted', hidden: true, 'aria-live': 'polite' }),
      hiddenCount ? h('button', { type: 'button', class: 'link more-toggle', 'aria-controls': id, 'aria-expanded': 'false' },
        `Show ${hiddenCount} more`) : null);
  }).filter(Boolean);
}

/** Removable chips for every active filter, plus "Clear all". */
export function activeFilterNodes(state) {
  const chips = [];
  const names = { outlet: 'Outlet', actor: 'Actor', figure: 'Figure', source: 'Source' };
  for (const dim of MULTI) for (const v of state[dim]) {
    chips.push(h('a', { class: 'chip removable', href: toQuery(toggleValue(state, dim, v, false)), 'data-nav': 'filter',
      'aria-label': `Remove filter ${names[dim]}: ${v}` },
      h('span', { class: 'chip-dim' }, names[dim] + ': '), h('span', { dir: 'auto' }, dim === 'figure' ? kindLabel(v) : v), h('span', { 'aria-hidden': 'true', class: 'x' }, ' ×')));
  }
  if (state.from || state.to) {
    const label = state.from && state.to ? dateRangeLabel(state.from, state.to)
      : state.from ? `from ${formatDate(state.from)}` : `until ${formatDate(state.to)}`;
    chips.push(h('a', { class: 'chip removable', href: toQuery(withChange(state, { from: '', to: '' })), 'data-nav': 'filter',
      'aria-label': `Remove date filter ${label}` }, h('span', { class: 'chip-dim' }, 'Date: '), label, h('span', { 'aria-hidden': 'true', class: 'x' }, ' ×')));
  }
  if (chips.length > 1) {
    chips.push(h('a', { class: 'clear-all', href: toQuery(withChange(state, { from: '', to: '', ...Object.fromEntries(MULTI.map(k => [k, []])) })),
      'data-nav': 'filter' }, 'Clear all filters'));
  }
  return chips;
}

/** "January 2024", "January – March 2024" for whole months, else "8 April 2024 – 30 April 2024". */
export function dateRangeLabel(from, to) {
  const first = /^(\d{4}-\d{2})-01$/.exec(from);
  const last = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  const wholeMonths = first && last && new Date(Date.UTC(+last[1], +last[2], 0)).getUTCDate() === +last[3];
  if (!wholeMonths) return `${formatDate(from)} – ${formatDate(to)}`;
  const a = formatDate(first[1]), b = formatDate(to.slice(0, 7));
  if (a === b) return a;
  return from.slice(0, 4) === to.slice(0, 4) ? `${a.split(' ')[0]} – ${b}` : `${a} – ${b}`;
}

/** Previous / page n of m / next. */
export function pagerNodes(state, res) {
  const pages = Math.max(1, Math.ceil(res.total / res.size));
  if (pages <= 1) return [];
  const page = res.page;
  const link = (p, label, rel) => p >= 1 && p <= pages
    ? h('a', { class: 'btn', href: toQuery({ ...state, page: p }), 'data-nav': 'page', rel }, label)
    : h('span', { class: 'btn disabled', 'aria-disabled': 'true' }, label);
  return [link(page - 1, '← Previous', 'prev'), h('span', { class: 'page-of' }, `Page ${formatNumber(page)} of ${formatNumber(pages)}`), link(page + 1, 'Next →', 'next')];
}

/** "24 reports for “ceasefire”" (the live region's text). */
export function countText(state, res, blank) {
  const n = res.total;
  const stories = res.stories != null && res.stories !== n ? ` (${formatNumber(res.stories)} stor${res.stories === 1 ? 'y' : 'ies'})` : '';
  const reports = `${formatNumber(n)} report${n === 1 ? '' : 's'}${stories}`;
  if (blank) return `${reports} in the archive`;
  const parts = [n === 0 ? 'No reports' : reports];
  if (state.q) parts.push(`for “${state.q}”`);
  if (state.group) parts.push('of one story');
  const filters = MULTI.reduce((a, k) => a + state[k].length, 0) + (state.from || state.to ? 1 : 0);
  if (filters) parts.push(`with ${filters} filter${filters === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** Shown when nothing matches: what to try next. */
export function noResultNodes(state) {
  const hasFilters = MULTI.some(k => state[k].length) || state.from || state.to;
  return h('div', { class: 'notice empty' },
    h('h2', {}, 'No reports match'),
    h('ul', {},
      state.q ? h('li', {}, 'Check the spelling, or try fewer or other words.') : null,
      hasFilters ? h('li', {}, 'Remove a filter above: each one narrows the results.') : null,
      h('li', {}, 'Use ', h('code', {}, 'word*'), ' for any ending, ', h('code', {}, 'OR'), ' for either word, ', h('code', {}, 'word~'), ' for near spellings.')));
}

/**
 * What the server understood beside the words as typed: a spelling it corrected ("Showing results
 * for X; search instead for Y") or suggests ("Did you mean X?"), or an actor whose reports it added.
 */
export function correctionNodes(state, res) {
  const c = res.correction;
  const link = (q, extra = {}) => h('a', { href: toQuery({ ...withChange(state, { q }), ...extra }), 'data-nav': 'correction' }, q);
  if (c && c.applied) {
    return h('p', { class: 'notice correction' }, 'Showing results for ', h('strong', {}, link(c.query)),
      '; search instead for ', link(c.original, { correct: 'false' }), '.');
  }
  if (c) return h('p', { class: 'notice correction' }, 'Did you mean ', h('strong', {}, link(c.query)), '?');
  if (res.actor) return h('p', { class: 'notice correction' }, 'Also showing reports naming ', h('strong', {}, res.actor), '.');
  return null;
}

/** First-visit panel: what this is and a few searches to start from. */
export function welcomeNodes(examples) {
  return h('div', { class: 'notice welcome' },
    h('h2', {}, 'Search what was reported, when, and by whom'),
    h('p', {}, 'Every report in the archive is below, newest first. Type words above, or narrow by outlet, actor, figure or month.'),
    h('p', { class: 'examples' }, 'Try: ', examples.map((ex, i) => [i ? ', ' : '', h('a', { href: toQuery({ ...ex.state, page: 1, id: '' }), 'data-nav': 'example' }, ex.label)])),
    h('details', { class: 'syntax' },
      h('summary', {}, 'How to write a query'),
      h('dl', {},
        h('dt', {}, h('code', {}, '"aid trucks"')), h('dd', {}, 'the exact phrase'),
        h('dt', {}, h('code', {}, 'hostages AND release')), h('dd', {}, 'both words; also OR, NOT, -word, (groups)'),
        h('dt', {}, h('code', {}, 'negotiat*')), h('dd', {}, 'any ending'),
        h('dt', {}, h('code', {}, 'actor:Hamas')), h('dd', {}, 'fields: title:, body:, actor:, outlet:'),
        h('dt', {}, h('code', {}, 'killed:>1000')), h('dd', {}, 'figures by kind: killed, wounded, hostages:[100 TO 200]'),
        h('dt', {}, h('code', {}, 'date:[2024-04-01 TO 2024-04-30]')), h('dd', {}, 'a date range'))));
}

/**
 * A notice for an error, with a retry button when trying again can help. A query the parser could
 * not read is explained in plain words (explainQuery); the parser's own text is not shown.
 */
export function errorNodes(err, q) {
  const bad = err.status === 400;
  const message = bad && err.code === 'bad_query' ? explainQuery(q) : err.message;
  return h('div', { class: 'notice error', role: 'alert' },
    h('h2', {}, bad ? 'The query could not be read' : 'Something went wrong'),
    h('p', { dir: 'auto' }, message),
    bad ? null : h('p', {}, h('button', { type: 'button', class: 'btn', 'data-action': 'retry' }, 'Try again')));
}

export { fill };
