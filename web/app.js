// Dispatches web page: wires the URL state to the API and the renderers.
// No framework and no build step: plain ES modules, served as they are.
import { fill, formatDate, formatNumber } from './js/dom.js';
import * as api from './js/api.js';
import { readState, toQuery, apiParams, isBlank, withChange, toggleValue, MULTI } from './js/state.js';
import { hitNode, facetNodes, facetItems, activeFilterNodes, pagerNodes, countText, noResultNodes, welcomeNodes, errorNodes } from './js/render.js';
import { reportNodes } from './js/report.js';
import { renderTimeline } from './js/timeline.js';
import { initSuggest } from './js/suggest.js';

const PAGE_SIZE = 20;
const $ = id => document.getElementById(id);
const el = {
  form: $('search-form'), q: $('q'), suggestions: $('suggestions'), searchView: $('search-view'), reportView: $('report-view'),
  main: $('main'), hits: $('hits'), count: $('result-count'), notice: $('notice'), facets: $('facets'), active: $('active-filters'),
  pager: $('pager'), timeline: $('timeline'), chart: $('timeline-chart'), from: $('from'), to: $('to'), sort: $('sort'),
  csv: $('export-csv'), json: $('export-json'), exportBox: $('export'), filtersToggle: $('filters-toggle'), filters: $('filters'),
};

let state = readState();
let inflight = null;
let lastResponse = null;

const EXAMPLES = [
  { label: 'ceasefire', state: { ...readState(''), q: 'ceasefire' } },
  { label: '"aid trucks"', state: { ...readState(''), q: '"aid trucks"' } },
  { label: 'hostages AND release', state: { ...readState(''), q: 'hostages AND release' } },
  { label: 'killed:>1000', state: { ...readState(''), q: 'killed:>1000' } },
];

/** Moves to a new state: a new history entry, then render. */
function go(next, { replace = false } = {}) {
  history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, '');
  const url = location.pathname + toQuery(next);
  if (replace) history.replaceState({}, '', url); else history.pushState({}, '', url);
  state = next;
  render({ scroll: 0 });
}

function render({ scroll } = {}) {
  el.q.value = state.q;
  el.from.value = state.from;
  el.to.value = state.to;
  el.sort.value = state.sort || (isBlank(state) ? '-date' : 'relevance');
  if (state.id) showReport(scroll); else showSearch(scroll);
}

// The search whose chart last needed day counts: asking for them at once saves a second request.
let dayCountsFor = null;
const datesKey = s => toQuery({ ...s, from: '', to: '', sort: '', page: 1, id: '' });

/** The date counts the chart needs: days when the chosen dates are a short span (it will zoom to them), else months. */
function dateInterval(s) {
  if (datesKey(s) === dayCountsFor) return 'day';
  if (!s.from || !s.to) return 'month';
  return (Date.parse(s.to) - Date.parse(s.from)) / 86400000 <= 400 ? 'day' : 'month';
}

async function showSearch(scroll) {
  el.reportView.hidden = true;
  el.searchView.hidden = false;
  document.title = state.q ? `${state.q} – Dispatches` : 'Dispatches: search conflict reporting';
  const blank = isBlank(state);
  const params = apiParams(blank && !state.sort ? { ...state, sort: '-date' } : state, { size: String(PAGE_SIZE) });
  el.csv.href = api.exportUrl(params, 'csv');
  el.json.href = api.exportUrl(params, 'json');
  fill(el.active, activeFilterNodes(state));
  inflight?.abort();
  const controller = inflight = new AbortController();
  document.body.classList.add('loading');
  el.main.setAttribute('aria-busy', 'true');
  if (!lastResponse) el.count.textContent = 'Searching…';
  const interval = dateInterval(state);
  params.set('dateInterval', interval);
  try {
    const res = await api.search(params, controller.signal);
    if (controller !== inflight) return;
    lastResponse = res;
    drawResults(res, blank, interval, params, controller);
    if (scroll !== undefined) window.scrollTo(0, scroll);
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e, params, controller);
  } finally {
    if (controller === inflight) { document.body.classList.remove('loading'); el.main.removeAttribute('aria-busy'); }
  }
}

/** One notice says what went wrong (its heading is the only one); the filters stay usable. */
async function showError(e, params, controller) {
  fill(el.notice, errorNodes(e, state.q));
  fill(el.hits); fill(el.pager);
  el.count.textContent = '';
  el.exportBox.hidden = true;
  el.timeline.hidden = true;
  if (e.status !== 400 || el.facets.childElementCount) return;
  // arriving at a link with a broken query: the panels come from the same filters without the words
  const p = new URLSearchParams(params);
  p.delete('q'); p.set('size', '1');
  try {
    const res = await api.search(p, controller.signal);
    if (controller === inflight) fill(el.facets, facetNodes(state, res.facets));
  } catch { /* the notice already says what is wrong */ }
}

function drawResults(res, blank, interval, params, controller) {
  el.count.textContent = countText(state, res, blank) + (blank ? ', newest first' : '');
  fill(el.notice, blank ? welcomeNodes(EXAMPLES) : res.total === 0 ? noResultNodes(state) : null);
  fill(el.hits, (res.hits || []).map(hit => hitNode(state, hit)));
  fill(el.pager, pagerNodes(state, res));
  fill(el.facets, facetNodes(state, res.facets));
  el.exportBox.hidden = res.total === 0;
  drawTimeline((res.facets && res.facets.date) || [], interval, params, controller);
  updateFilterToggle();
}

/** Draws the chart; when its span is short enough for weeks or days and only months came, fetches the days. */
async function drawTimeline(values, interval, params, controller) {
  const view = renderTimeline(el.chart, values, interval, state, onDates);
  el.timeline.hidden = !view || (view.bars < 2 && !(state.from || state.to));
  const unit = view ? view.unit : 'month';
  $('timeline-h').textContent = `Reports per ${unit}`;
  const undated = values.find(m => m.value === 'unknown');
  $('timeline-help').textContent = `Click a ${unit}, or drag across several, to filter.` +
    (undated && undated.count ? ` ${formatNumber(undated.count)} undated report${undated.count === 1 ? '' : 's'} not shown.` : '');
  if (view && interval === 'day') dayCountsFor = view.unit === 'month' ? null : datesKey(state);
  if (!view || !view.needsDays) return;
  const p = new URLSearchParams(params);
  p.set('facets', 'date'); p.set('dateInterval', 'day'); p.set('size', '1'); p.delete('page');
  try {
    const res = await api.search(p, controller.signal);
    if (controller === inflight) drawTimeline(res.facets.date || [], 'day', params, controller);
  } catch { /* the month chart stays */ }
}

function onDates(range) {
  go(withChange(state, range ? { from: range.from, to: range.to } : { from: '', to: '' }));
}

async function showReport(scroll) {
  el.searchView.hidden = true;
  el.reportView.hidden = false;
  fill(el.reportView, Object.assign(document.createElement('p'), { className: 'notice loading-note', textContent: 'Loading the report…' }));
  inflight?.abort();
  const controller = inflight = new AbortController();
  try {
    const a = await api.article(state.id, controller.signal);
    if (controller !== inflight) return;
    document.title = `${a.title || 'Report'} – Dispatches`;
    fill(el.reportView, reportNodes(state, a));
    window.scrollTo(0, scroll || 0);
    el.reportView.querySelector('h1')?.focus({ preventScroll: true });
  } catch (e) {
    if (e.name === 'AbortError') return;
    const back = toQuery({ ...state, id: '' }) || './';
    fill(el.reportView, errorNodes(e.status === 404 ? Object.assign(e, { message: 'This report is not in the archive (it may have been removed or re-indexed).' }) : e));
    const a = Object.assign(document.createElement('a'), { href: back, className: 'back', textContent: '← Back to results' });
    a.dataset.nav = 'back';
    el.reportView.prepend(a);
  }
}

function updateFilterToggle() {
  const n = MULTI.reduce((a, k) => a + state[k].length, 0) + (state.from || state.to ? 1 : 0);
  el.filtersToggle.textContent = n ? `Filters (${n})` : 'Filters';
}

// ---- events ----

el.form.addEventListener('submit', e => {
  e.preventDefault();
  const q = el.q.value.trim();
  go(withChange(state, { q, sort: state.sort && q ? state.sort : '' }));
});

initSuggest(el.q, el.suggestions, (s, rest) => {
  const dim = s.dimension === 'outlet' ? 'outlet' : 'actor';
  el.q.value = rest;
  go(toggleValue(withChange(state, { q: rest }), dim, s.value, true));
});

el.sort.addEventListener('change', () => go(withChange(state, { sort: el.sort.value })));

for (const input of [el.from, el.to]) {
  input.addEventListener('change', () => {
    const from = el.from.value, to = el.to.value;
    if (from && to && from > to) { input.setCustomValidity('The start date is after the end date.'); input.reportValidity(); return; }
    input.setCustomValidity('');
    go(withChange(state, { from, to }));
  });
}

el.facets.addEventListener('change', e => {
  const box = e.target.closest('input[type=checkbox][data-dim]');
  if (box) go(toggleValue(state, box.dataset.dim, box.value, box.checked));
});

el.facets.addEventListener('click', e => {
  const btn = e.target.closest('.more-toggle');
  if (!btn) return;
  const list = document.getElementById(btn.getAttribute('aria-controls'));
  const open = list.classList.toggle('show-all');
  btn.setAttribute('aria-expanded', String(open));
  btn.textContent = open ? 'Show fewer' : `Show ${list.querySelectorAll('li.more').length} more`;
});

// The filter box over a facet panel asks the API for the values containing the text (all of them,
// not only the top ones the panel shows), under the current search and filters.
let facetFilterTimer = 0;
let facetFilterController = null;
el.facets.addEventListener('input', e => {
  const box = e.target.closest('input.facet-filter');
  if (!box) return;
  clearTimeout(facetFilterTimer);
  facetFilterTimer = setTimeout(() => filterFacet(box), 200);
});

async function filterFacet(box) {
  const dim = box.dataset.dim;
  const panel = box.closest('section.facet');
  const list = panel.querySelector('ul.facet-list');
  const none = panel.querySelector('.facet-none');
  const more = panel.querySelector('.more-toggle');
  const text = box.value.trim();
  facetFilterController?.abort();
  if (!text) {
    fill(list, facetItems(state, dim, lastResponse?.facets?.[dim]));
    list.classList.remove('show-all');
    none.hidden = true;
    if (more) more.hidden = false;
    return;
  }
  const controller = facetFilterController = new AbortController();
  const p = apiParams(state, { size: '1', facets: dim, facetFilter: text, facetSize: '50' });
  try {
    const res = await api.search(p, controller.signal);
    if (controller !== facetFilterController) return;
    const values = res.facets[dim] || [];
    fill(list, facetItems({ ...state, [dim]: state[dim].filter(v => values.some(x => x.value === v)) }, dim, values, { showAll: true }));
    none.hidden = values.length > 0;
    none.textContent = values.length ? '' : `Nothing here contains “${text}”.`;
    if (more) more.hidden = true;
  } catch (err) {
    if (err.name !== 'AbortError') { none.hidden = false; none.textContent = 'The values could not be filtered: ' + err.message; }
  }
}

el.filtersToggle.addEventListener('click', () => {
  const open = el.filters.classList.toggle('open');
  el.filtersToggle.setAttribute('aria-expanded', String(open));
});

// In-page links: same URL semantics as a page load, without reloading.
document.addEventListener('click', e => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const retry = e.target.closest('[data-action=retry]');
  if (retry) { render(); return; }
  const fig = e.target.closest('[data-show-fig]');
  if (fig) {
    const target = el.reportView.querySelector(`.report-body [data-fig="${fig.dataset.showFig}"]`);
    if (target) { target.scrollIntoView({ behavior: 'smooth', block: 'center' }); target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash'); }
    return;
  }
  const a = e.target.closest('a[data-nav]');
  if (!a) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname !== location.pathname) return;
  e.preventDefault();
  // "Back to results" after arriving from the results is the browser's back: it keeps the scroll position.
  if (a.dataset.nav === 'back' && history.state && history.state.fromResults) { history.back(); return; }
  const next = readState(url.search);
  go(next);
  if (next.id) history.replaceState({ fromResults: true }, '');
});

window.addEventListener('popstate', e => {
  state = readState();
  render({ scroll: (e.state && e.state.scrollY) || 0 });
});

document.addEventListener('keydown', e => {
  if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName || '')) {
    e.preventDefault();
    el.q.focus();
    el.q.select();
  }
});

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
render();

export { formatDate };
