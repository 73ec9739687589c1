// "Figures over time": every figure the current search's reports state, as points (date x
// value) coloured by canonical source, a reference series as a line, and a table of the
// claims furthest from it. Hover or focus a point for its sentence and outlet; click or press
// Enter to open its report. Drawn as SVG with presentation attributes (no stylesheet needed),
// so the embedded box can draw it in its shadow root too.
import { h, fill, formatDate, formatNumber, kindLabel } from './dom.js';

const KINDS = ['killed', 'wounded', 'hostages', 'prisoners', 'displaced', 'missing', 'aid_trucks', 'truce_days'];
/** Colour-blind-safe palette (Okabe-Ito), then grey for every other source. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7a5c00', '#000000'];
const OTHER = '#9a9a9a';
const HEIGHT = 280;
const M = { top: 12, right: 12, bottom: 26, left: 62 };
const FURTHEST = 10;

/** The /api/claims URL for the search params (URLSearchParams), a kind and an optional series. */
export function claimsUrl(base, params, kind, series) {
  const p = new URLSearchParams(params);
  for (const k of ['page', 'size', 'facets', 'facetSize', 'sort', 'cursor']) p.delete(k);
  p.set('kind', kind);
  if (series) p.set('series', series);
  return `${base}api/claims?${p}`;
}

async function getJson(url, signal) {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error((body && body.error && body.error.message) || `The server answered ${res.status}.`);
  return body;
}

/** The points of a series (GET /api/series/{name}) as [{date, value}]. */
async function seriesPoints(base, name, signal) {
  const s = await getJson(`${base}api/series/${encodeURIComponent(name)}`, signal);
  return s.points.map(([date, value]) => ({ date, value }));
}

/**
 * Sets up the view in container. options: base (the server's URL, '' for the page itself),
 * open(id) (opens a report), reportHref(id) (a link to it, for the table), kind, series.
 * Returns { update(params) }: loads and draws the claims of the search params.
 */
export function initClaims(container, options) {
  const o = { base: '', kind: 'killed', series: null, ...options };
  const kindSelect = h('select', { class: 'claims-kind', 'aria-label': 'Figure kind' },
    KINDS.map(k => h('option', { value: k, selected: k === o.kind }, kindLabel(k))));
  const seriesSelect = h('select', { class: 'claims-series', 'aria-label': 'Reference series' }, h('option', { value: '' }, 'no series'));
  const sourceSelect = h('select', { class: 'claims-source', 'aria-label': 'Source' }, h('option', { value: '' }, 'every source'));
  const status = h('p', { class: 'claims-status', role: 'status', 'aria-live': 'polite' });
  const chart = h('div', { class: 'claims-chart' });
  const legend = h('ul', { class: 'claims-legend', 'aria-label': 'Sources' });
  const table = h('div', { class: 'claims-furthest' });
  fill(container, h('div', { class: 'claims-controls' },
    h('label', {}, 'Figure ', kindSelect), h('label', {}, 'Source ', sourceSelect), h('label', {}, 'Reference ', seriesSelect)),
    status, chart, legend, table);
  let params = new URLSearchParams();
  let inflight = null;
  let seriesLoaded = null;
  let last = null;

  async function loadSeriesList() {
    if (seriesLoaded) return seriesLoaded;
    seriesLoaded = getJson(`${o.base}api/series`).then(r => {
      for (const s of r.series) seriesSelect.append(h('option', { value: s.name, 'data-kind': s.kind }, `${s.name} (${kindLabel(s.kind)})`));
      const wanted = o.series ?? (r.series.find(s => s.kind === kindSelect.value) || {}).name;
      if (wanted) seriesSelect.value = wanted;
    }).catch(() => {});
    return seriesLoaded;
  }

  async function update(next) {
    if (next) params = next;
    await loadSeriesList();
    inflight?.abort();
    const controller = inflight = new AbortController();
    status.textContent = 'Loading figures…';
    container.setAttribute('aria-busy', 'true');
    try {
      const series = seriesSelect.value || null;
      const [res, points] = await Promise.all([
        getJson(claimsUrl(o.base, params, kindSelect.value, series), controller.signal),
        series ? seriesPoints(o.base, series, controller.signal) : Promise.resolve([]),
      ]);
      if (controller !== inflight) return;
      last = { res, points, series };
      fillSources(res.claims);
      draw();
    } catch (e) {
      if (e.name === 'AbortError') return;
      status.textContent = e.message || 'The figures could not be loaded.';
      fill(chart); fill(legend); fill(table);
    } finally {
      if (controller === inflight) container.removeAttribute('aria-busy');
    }
  }

  /** The sources of the claims, most frequent first; the choice is kept when it is still there. */
  function fillSources(claims) {
    const counts = new Map();
    for (const c of claims) counts.set(sourceOf(c), (counts.get(sourceOf(c)) || 0) + 1);
    const keep = sourceSelect.value;
    fill(sourceSelect, h('option', { value: '' }, 'every source'),
      [...counts.entries()].sort((a, b) => b[1] - a[1])
        .map(([s, n]) => h('option', { value: s, selected: s === keep }, `${s} (${formatNumber(n)})`)));
  }

  function draw() {
    const { res, points, series } = last;
    const source = sourceSelect.value;
    const claims = source ? res.claims.filter(c => sourceOf(c) === source) : res.claims;
    const dated = claims.filter(c => c.date);
    const undated = claims.length - dated.length;
    const compared = claims.filter(c => c.reference);
    const tolerance = res.comparison ? res.comparison.tolerance : 0.03;
    const within = compared.filter(c => Math.abs(c.reference.gap) <= tolerance).length;
    const holding = compared.filter(c => c.reference.holds).length;
    status.textContent = `${formatNumber(claims.length)} ${kindLabel(res.kind)} figure${claims.length === 1 ? '' : 's'}` +
      (source ? ` from ${source}` : ` in ${formatNumber(res.reports)} report${res.reports === 1 ? '' : 's'}`) +
      (undated ? `; ${formatNumber(undated)} undated, not shown` : '') +
      (compared.length ? `; ${formatNumber(within)} of ${formatNumber(compared.length)} running tolls ` +
        `within ${Math.round(tolerance * 100)}% of ${series}, ${formatNumber(holding)} consistent with it read with their qualifier` : '');
    const colours = sourceColours(dated);
    renderChart(chart, dated, points, colours, o.open);
    fill(legend, [...colours.entries()].map(([name, colour]) =>
      h('li', {}, h('span', { class: 'swatch', 'aria-hidden': 'true' }, svgDot(colour)), name)));
    fill(table, furthestTable(claims, series, o.reportHref));
  }

  kindSelect.addEventListener('change', () => { sourceSelect.value = ''; update(); });
  sourceSelect.addEventListener('change', () => { if (last) draw(); });
  seriesSelect.addEventListener('change', () => update());
  return { update };
}

function svgDot(colour) {
  return h('svg:svg', { width: 10, height: 10, viewBox: '0 0 10 10' }, h('svg:circle', { cx: 5, cy: 5, r: 4, fill: colour }));
}

/** The most frequent sources get a colour each; the rest share grey. */
function sourceColours(claims) {
  const counts = new Map();
  for (const c of claims) counts.set(sourceOf(c), (counts.get(sourceOf(c)) || 0) + 1);
  const named = [...counts.entries()].filter(([s]) => s !== 'unattributed').sort((a, b) => b[1] - a[1]);
  const colours = new Map();
  named.slice(0, PALETTE.length - 1).forEach(([s], i) => colours.set(s, PALETTE[i]));
  if (named.length >= PALETTE.length || counts.has('unattributed')) colours.set('other or unattributed', OTHER);
  return colours;
}

const sourceOf = c => c.source || 'unattributed';
const colourOf = (colours, c) => colours.get(sourceOf(c)) || OTHER;
const day = iso => Date.parse(iso + 'T00:00:00Z') / 86400000;
const isoOf = d => new Date(d * 86400000).toISOString().slice(0, 10);

/** Draws points and the series line into container. */
export function renderChart(container, claims, series, colours, open) {
  if (claims.length === 0) { fill(container, h('p', { class: 'claims-empty' }, 'No dated figures of this kind in these reports.')); return; }
  const width = Math.max(container.clientWidth || 640, 280);
  const days = claims.map(c => day(c.date));
  let x0 = Math.min(...days), x1 = Math.max(...days);
  if (x1 - x0 < 2) { x0 -= 3; x1 += 3; }
  const line = series.filter(p => { const d = day(p.date); return d >= x0 && d <= x1; });
  const yMax = Math.max(1, ...claims.map(c => c.value), ...line.map(p => p.value)) * 1.06;
  const sx = d => M.left + (d - x0) / (x1 - x0) * (width - M.left - M.right);
  const sy = v => HEIGHT - M.bottom - v / yMax * (HEIGHT - M.top - M.bottom);
  const svg = h('svg:svg', { class: 'claims-svg', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: 'group',
    'aria-label': `Figures stated from ${formatDate(isoOf(x0))} to ${formatDate(isoOf(x1))}; each point is one figure, ` +
      'Tab to move between them, Enter to open the report.' });
  for (const t of ticks(0, yMax, 4)) {
    svg.append(h('svg:line', { x1: M.left, x2: width - M.right, y1: sy(t), y2: sy(t), stroke: '#8884', 'stroke-width': 1 }));
    svg.append(h('svg:text', { x: M.left - 6, y: sy(t) + 4, 'text-anchor': 'end', 'font-size': 11, fill: 'currentColor' }, formatNumber(t)));
  }
  for (const d of dateTicks(x0, x1, width)) {
    svg.append(h('svg:text', { x: sx(d), y: HEIGHT - 8, 'text-anchor': 'middle', 'font-size': 11, fill: 'currentColor' }, shortMonth(isoOf(d))));
  }
  svg.append(h('svg:line', { x1: M.left, x2: width - M.right, y1: HEIGHT - M.bottom + 0.5, y2: HEIGHT - M.bottom + 0.5, stroke: 'currentColor', 'stroke-opacity': 0.4 }));
  if (line.length > 1) {
    const path = line.map((p, i) => `${i ? 'L' : 'M'}${sx(day(p.date)).toFixed(1)},${sy(p.value).toFixed(1)}`).join('');
    svg.append(h('svg:path', { class: 'series-line', d: path, fill: 'none', stroke: '#555', 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
  }
  const tip = h('div', { class: 'claims-tip', role: 'tooltip', hidden: true });
  claims.forEach((c, i) => {
    const point = h('svg:circle', { class: 'claim-point', cx: sx(day(c.date)).toFixed(1), cy: sy(c.value).toFixed(1), r: 4.5,
      // a running toll is a filled point; one event's or one period's count a pale one
      fill: colourOf(colours, c), 'fill-opacity': c.cumulative ? 0.85 : 0.3, stroke: c.cumulative ? '#fff' : colourOf(colours, c),
      'stroke-width': 1, tabindex: 0, role: 'link', 'data-cumulative': String(c.cumulative),
      'data-index': i, 'data-report': c.report, 'aria-label': `${formatNumber(c.value)} ${kindLabel(c.kind)}, ${formatDate(c.date)}, ${c.outlet || 'unknown outlet'}` },
    h('svg:title', {}, `${formatNumber(c.value)} ${kindLabel(c.kind)} · ${c.outlet || 'unknown outlet'} · ${formatDate(c.date)}`));
    const show = () => showTip(container, tip, point, c);
    point.addEventListener('pointerenter', show);
    point.addEventListener('focus', show);
    point.addEventListener('pointerleave', () => { tip.hidden = true; });
    point.addEventListener('blur', () => { tip.hidden = true; });
    point.addEventListener('click', () => open && open(c.report));
    point.addEventListener('keydown', e => { if (e.key === 'Enter') { e.preventDefault(); open && open(c.report); } });
    svg.append(point);
  });
  fill(container, svg, tip);
  container.style.position = 'relative';
}

function showTip(container, tip, point, c) {
  const ref = c.reference;
  fill(tip,
    h('strong', {}, `${c.qualifier ? c.qualifier + ' ' : ''}${formatNumber(c.value)} ${kindLabel(c.kind)}`),
    h('span', { class: 'tip-meta' }, ` · ${c.outlet || 'unknown outlet'} · ${formatDate(c.date)}`),
    c.source ? h('span', { class: 'tip-source' }, ` · ${c.source}`) : null,
    h('q', { class: 'tip-sentence' }, c.sentence),
    ref ? h('span', { class: 'tip-ref' }, `${ref.series} on ${formatDate(ref.date)}: ${formatNumber(ref.value)} (${gapText(ref.gap)}` +
      `${ref.holds ? ', consistent' : ''})`) : null);
  tip.hidden = false;
  const box = container.getBoundingClientRect();
  const p = point.getBoundingClientRect();
  const left = Math.min(Math.max(0, p.left - box.left - 140), Math.max(0, box.width - 300));
  tip.style.left = `${left}px`;
  tip.style.top = `${p.bottom - box.top + 6}px`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** An axis label: "Oct 23". */
const shortMonth = iso => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(2, 4)}`;

const gapText = g => (Math.abs(g) < 0.0005 ? '0.0%' : `${g > 0 ? '+' : ''}${(g * 100).toFixed(1)}%`);

/** The claims furthest from the reference, with their sentences. */
function furthestTable(claims, series, reportHref) {
  if (!series) return null;
  const far = claims.filter(c => c.reference).sort((a, b) => Math.abs(b.reference.gap) - Math.abs(a.reference.gap)).slice(0, FURTHEST);
  if (far.length === 0) return h('p', { class: 'claims-empty' }, `No running toll in these reports to hold against ${series}.`);
  return h('table', { class: 'claims-table' },
    h('caption', {}, `Furthest from ${series}`),
    h('thead', {}, h('tr', {}, ['Date', 'Outlet', 'Stated', series, 'Gap', 'Sentence'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, far.map(c => h('tr', { 'data-report': c.report },
      h('td', {}, c.date || 'undated'), h('td', {}, c.outlet || ''),
      h('td', { class: 'num' }, `${c.qualifier ? c.qualifier + ' ' : ''}${formatNumber(c.value)}`),
      h('td', { class: 'num' }, `${formatNumber(c.reference.value)} (${c.reference.date})`),
      h('td', { class: 'num', title: c.reference.holds ? 'consistent with the series, read with its qualifier' : null },
        gapText(c.reference.gap) + (c.reference.holds ? ' ✓' : '')),
      h('td', {}, reportHref ? h('a', { href: reportHref(c.report), 'data-nav': 'report' }, c.sentence) : c.sentence)))));
}

function ticks(lo, hi, n) {
  const step = niceStep((hi - lo) / n);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) out.push(t);
  return out;
}

function niceStep(raw) {
  const p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
  const f = raw / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

/** First days of months (or years, over a long span) across the range, spaced to fit. */
function dateTicks(x0, x1, width) {
  const out = [];
  const start = new Date(x0 * 86400000);
  let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1;
  const months = [];
  while (true) {
    const d = Date.UTC(y, m, 1) / 86400000;
    if (d > x1) break;
    months.push(d);
    if (++m > 11) { m = 0; y++; }
  }
  const every = Math.max(1, Math.ceil(months.length / Math.max(1, Math.floor(width / 90))));
  months.forEach((d, i) => { if (i % every === 0) out.push(d); });
  return out;
}
