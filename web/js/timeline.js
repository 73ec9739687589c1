// The histogram of results over time, drawn as SVG. It shows where the reports are: the span
// covers the bulk of the dated reports (a stray 2014 item is summarized at the edge, not allowed
// to stretch the axis over ten years), and bars are months, weeks or days as the span allows
// (a ceasefire round is days). Click a bar or drag across bars to choose dates; the page turns
// the choice into from/to. Keyboard: arrows move, Shift+arrows extend, Enter chooses, Escape clears.
import { h, fill, formatDate, formatNumber } from './dom.js';

const HEIGHT = 124;
const AXIS = 22;
const TOP = 16;
const DAY_MS = 86400000;
/** Share of the dated reports the default span must hold; the rest may be summarized at its edges. */
const BULK = 0.99;
/** Trim only when it shortens the axis by more than this share: an even archive keeps its whole span. */
const WORTH_TRIMMING = 0.2;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// ---- days as numbers (UTC epoch days) ----
export const toDay = iso => { const [y, m, d] = iso.split('-').map(Number); return Date.UTC(y, m - 1, d || 1) / DAY_MS; };
export const fromDay = n => new Date(n * DAY_MS).toISOString().slice(0, 10);
const parts = n => { const d = new Date(n * DAY_MS); return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay()]; };

function binStart(day, unit) {
  const [y, m, , wd] = parts(day);
  if (unit === 'day') return day;
  if (unit === 'week') return day - ((wd + 6) % 7);
  return Date.UTC(y, m, 1) / DAY_MS;
}
function binNext(start, unit) {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const [y, m] = parts(start);
  return Date.UTC(y, m + 1, 1) / DAY_MS;
}

/** Facet values ("2024-04" months or "2024-04-08" days) as dated items {start, end, count}, in time order. */
export function datedItems(values) {
  return (values || []).filter(v => /^\d{4}-\d{2}(-\d{2})?$/.test(v.value)).map(v => {
    const start = toDay(v.value);
    const end = v.value.length === 7 ? binNext(start, 'month') - 1 : start;
    return { start, end, count: v.count };
  }).sort((a, b) => a.start - b.start);
}

/** The shortest run of items holding BULK of the reports, unless it trims little: {start, end} days. */
export function bulkSpan(items) {
  if (items.length === 0) return null;
  const total = items.reduce((a, x) => a + x.count, 0);
  const full = { start: items[0].start, end: items[items.length - 1].end };
  const need = Math.ceil(total * BULK);
  let best = full, sum = 0, lo = 0;
  for (let hi = 0; hi < items.length; hi++) {
    sum += items[hi].count;
    while (sum - items[lo].count >= need) sum -= items[lo++].count;
    if (sum >= need && items[hi].end - items[lo].start < best.end - best.start) best = { start: items[lo].start, end: items[hi].end };
  }
  const fullLength = full.end - full.start;
  return fullLength > 0 && (best.end - best.start) < fullLength * (1 - WORTH_TRIMMING) ? best : full;
}

/**
 * What the chart shows: the span (the bulk, or the chosen dates with room around them when they are
 * a small part of it or outside it) and the bar unit that gives at most maxBars bars.
 */
export function chooseView(items, selection, maxBars) {
  const bulk = bulkSpan(items);
  if (!bulk) return null;
  let span = bulk;
  const from = selection.from ? toDay(selection.from) : null, to = selection.to ? toDay(selection.to) : null;
  if (from !== null && to !== null) {
    const len = to - from + 1;
    const outside = to < bulk.start || from > bulk.end;
    if (outside || len * 3 < bulk.end - bulk.start + 1) {
      const pad = Math.max(3, Math.ceil(len / 2));
      span = { start: from - pad, end: to + pad };
    }
  }
  const days = span.end - span.start + 1;
  const unit = days <= Math.min(maxBars, 120) ? 'day' : days / 7 <= Math.min(maxBars, 110) ? 'week' : 'month';
  return { span, unit };
}

/** Bars over the span: every bin, empty ones too, with the counts of the items that fall in it. */
export function bins(items, span, unit) {
  const out = [];
  for (let s = binStart(span.start, unit); s <= span.end && out.length < 2000; s = binNext(s, unit)) {
    out.push({ start: s, end: binNext(s, unit) - 1, count: 0 });
  }
  let i = 0;
  for (const it of items) {
    if (it.end < out[0]?.start || it.start > out[out.length - 1]?.end) continue;
    while (i < out.length - 1 && it.start > out[i].end) i++;
    out[i].count += it.count;
  }
  return out;
}

/** Reports before and after the bars: {count, start, end} each, count 0 when none. */
function outside(items, first, last) {
  const edge = pick => {
    const xs = items.filter(pick);
    return { count: xs.reduce((a, x) => a + x.count, 0), start: xs[0]?.start, end: xs[xs.length - 1]?.end };
  };
  return { before: edge(x => x.end < first), after: edge(x => x.start > last) };
}

const year = n => parts(n)[0];
function binLabel(b, unit, withYear) {
  const [y, m, d] = parts(b.start);
  if (unit === 'month') return withYear || m === 0 ? `${MONTHS[m]} ${y}` : MONTHS[m];
  return `${d} ${MONTHS[m]}` + (withYear ? ` ${y}` : '');
}
function binTitle(b, unit) {
  if (unit === 'day') return formatDate(fromDay(b.start));
  if (unit === 'month') return formatDate(fromDay(b.start).slice(0, 7));
  return `week of ${formatDate(fromDay(b.start))}`;
}
const spanText = (a, b) => (year(a) === year(b) ? String(year(a)) : `${year(a)}–${year(b)}`);

/**
 * Draws the chart into container from date facet values (months or days). selection: {from, to} as
 * ISO dates; onSelect({from, to}) with ISO dates, or onSelect(null) to clear. Returns the view
 * ({unit, span} and whether it needs day counts) so the page can fetch them, or null when nothing is dated.
 */
export function renderTimeline(container, facetValues, valuesUnit, selection, onSelect) {
  const items = datedItems(facetValues);
  const width = Math.max(container.clientWidth || 600, 240);
  const view = chooseView(items, selection, Math.floor(width / 5));
  if (!view) { fill(container); container._timeline = null; return null; }
  const needsDays = view.unit !== 'month' && valuesUnit === 'month';
  const unit = needsDays ? 'month' : view.unit; // draw months until the day counts arrive
  const barsList = bins(items, view.span, unit);
  const prev = container._timeline;
  const hadFocus = container.contains(document.activeElement) && !(prev && prev.pointer);
  const chart = { bins: barsList, unit, selection, onSelect, container, anchor: -1, drag: null,
    edges: outside(items, barsList[0].start, barsList[barsList.length - 1].end),
    cursor: prev && prev.bins.length === barsList.length ? prev.cursor : -1 };
  container._timeline = chart;
  draw(chart);
  if (hadFocus) container.querySelector('svg')?.focus();
  if (!container._observed && 'ResizeObserver' in window) {
    container._observed = true;
    let lastWidth = container.clientWidth;
    new ResizeObserver(() => {
      if (container.clientWidth !== lastWidth && container._timeline) { lastWidth = container.clientWidth; draw(container._timeline); }
    }).observe(container);
  }
  return { unit, needsDays, bars: barsList.length };
}

function selectedRange(chart) {
  const { bins: bs, selection } = chart;
  if (!selection.from && !selection.to) return null;
  const from = selection.from ? toDay(selection.from) : -Infinity, to = selection.to ? toDay(selection.to) : Infinity;
  const a = bs.findIndex(b => b.end >= from), b = bs.findLastIndex(x => x.start <= to);
  if (a < 0 || b < 0 || a > b) return { a: -1, b: -1 };
  return { a, b };
}

function edgeButton(edge, side, chart) {
  if (!edge.count) return null;
  const label = `${formatNumber(edge.count)} ${side === 'before' ? 'earlier' : 'later'} (${spanText(edge.start, edge.end)})`;
  const b = h('button', { type: 'button', class: `link timeline-edge ${side}`, 'data-edge': side,
    title: `Show the ${formatNumber(edge.count)} report${edge.count === 1 ? '' : 's'} ${side === 'before' ? 'before' : 'after'} this span` },
  side === 'before' ? `← ${label}` : `${label} →`);
  b.addEventListener('click', () => chart.onSelect({ from: fromDay(edge.start), to: fromDay(edge.end) }));
  return b;
}

function draw(chart) {
  const { bins: bs, container, unit } = chart;
  const width = Math.max(container.clientWidth || 600, 240);
  const n = bs.length;
  const step = width / n;
  const gap = step > 6 ? Math.min(3, step * 0.2) : 0;
  const max = Math.max(1, ...bs.map(b => b.count));
  const plot = HEIGHT - AXIS - TOP;
  const sel = chart.drag ? { a: Math.min(chart.drag.a, chart.drag.b), b: Math.max(chart.drag.a, chart.drag.b) } : selectedRange(chart);

  const svg = h('svg:svg', {
    class: 'timeline-svg', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`,
    tabindex: 0, role: 'group', 'data-unit': unit,
    'aria-label': `Reports per ${unit}, ${binTitle(bs[0], unit)} to ${binTitle(bs[n - 1], unit)}. ` +
      `Use the arrow keys to move between ${unit}s, Enter to filter by the ${unit}, Shift and arrows to choose several.`,
  });
  svg.append(h('svg:line', { class: 'grid', x1: 0, x2: width, y1: TOP, y2: TOP }));
  svg.append(h('svg:text', { class: 'max-label', x: 2, y: TOP - 4 }, formatNumber(max)));
  bs.forEach((b, i) => {
    const x = i * step;
    const bh = b.count ? Math.max(2, (b.count / max) * plot) : 0;
    const inSel = sel && i >= sel.a && i <= sel.b;
    const cls = ['bar', inSel ? 'selected' : '', sel && sel.a >= 0 && !inSel ? 'dimmed' : '', i === chart.cursor ? 'cursor' : '']
      .filter(Boolean).join(' ');
    svg.append(h('svg:g', { class: cls, 'data-start': fromDay(b.start), 'data-end': fromDay(b.end), 'data-index': i, 'data-count': b.count },
      h('svg:title', {}, `${binTitle(b, unit)}: ${formatNumber(b.count)} report${b.count === 1 ? '' : 's'}`),
      h('svg:rect', { class: 'hit', x, y: 0, width: step, height: HEIGHT - AXIS }),
      h('svg:rect', { class: 'fill', x: x + gap / 2, y: HEIGHT - AXIS - bh, width: Math.max(1, step - gap), height: bh, rx: step > 8 ? 2 : 0 })));
  });
  ticks(svg, bs, unit, step, width);
  svg.append(h('svg:line', { class: 'axis', x1: 0, x2: width, y1: HEIGHT - AXIS + 0.5, y2: HEIGHT - AXIS + 0.5 }));
  wire(chart, svg, step);
  const edges = [edgeButton(chart.edges.before, 'before', chart), edgeButton(chart.edges.after, 'after', chart)];
  fill(container, svg, edges.some(Boolean) ? h('div', { class: 'timeline-edges' }, edges[0] || h('span'), edges[1] || h('span')) : null);
}

/**
 * Axis labels: the first and last bars always get one (with the year), anchored inward so they are
 * never cut at the edge; between them, every k-th bar where a label fits.
 */
function ticks(svg, bs, unit, step, width) {
  const n = bs.length;
  const labelWidth = unit === 'month' ? 52 : 48;
  const every = Math.max(1, Math.ceil(labelWidth / step));
  const y = HEIGHT - 6;
  const put = (i, text, anchor, x) => svg.append(h('svg:text', { class: 'tick', x, y, 'text-anchor': anchor, 'data-index': i }, text));
  put(0, binLabel(bs[0], unit, true), 'start', 1);
  const lastText = binLabel(bs[n - 1], unit, n > 1 && year(bs[n - 1].start) !== year(bs[0].start) || unit !== 'month');
  const firstRight = 1 + labelWidth + 8, lastLeft = width - 1 - lastText.length * 6.5 - 8;
  for (let i = every; i < n - 1; i += every) {
    const x = i * step + step / 2;
    if (x - labelWidth / 2 < firstRight || x + labelWidth / 2 > lastLeft) continue;
    const [, m, d] = parts(bs[i].start);
    put(i, binLabel(bs[i], unit, unit === 'month' ? m === 0 : m === 0 && d <= 7), 'middle', x);
  }
  if (n > 1) put(n - 1, lastText, 'end', width - 1);
}

function indexAt(svg, step, clientX, n) {
  const r = svg.getBoundingClientRect();
  return Math.max(0, Math.min(n - 1, Math.floor((clientX - r.left) / step)));
}

function wire(chart, svg, step) {
  const n = chart.bins.length;
  svg.addEventListener('pointerdown', e => {
    if (e.button !== 0) return;
    const i = indexAt(svg, step, e.clientX, n);
    chart.drag = { a: i, b: i, moved: false };
    chart.pointer = true;
    svg.setPointerCapture?.(e.pointerId);
    e.preventDefault();
    redrawDuringDrag(chart);
  });
  svg.addEventListener('pointermove', e => {
    if (!chart.drag) return;
    const i = indexAt(svg, step, e.clientX, n);
    if (i !== chart.drag.b) { chart.drag.b = i; chart.drag.moved = true; redrawDuringDrag(chart); }
  });
  const finish = () => {
    if (!chart.drag) return;
    const { a, b } = chart.drag;
    chart.drag = null;
    choose(chart, Math.min(a, b), Math.max(a, b));
  };
  svg.addEventListener('pointerup', finish);
  svg.addEventListener('pointercancel', () => { chart.drag = null; draw(chart); });
  svg.addEventListener('keydown', e => { chart.pointer = false; onKey(chart, e); });
  svg.addEventListener('focus', () => {
    if (chart.cursor < 0) { const s = selectedRange(chart); chart.cursor = s && s.a >= 0 ? s.a : n - 1; redrawDuringDrag(chart); }
  });
}

// Redraw without losing the pointer capture or focus: update classes in place.
function redrawDuringDrag(chart) {
  const sel = chart.drag ? { a: Math.min(chart.drag.a, chart.drag.b), b: Math.max(chart.drag.a, chart.drag.b) }
    : chart.keySel || selectedRange(chart);
  for (const g of chart.container.querySelectorAll('g.bar')) {
    const i = Number(g.dataset.index);
    const inSel = sel && i >= sel.a && i <= sel.b;
    g.classList.toggle('selected', !!inSel);
    g.classList.toggle('dimmed', !!(sel && sel.a >= 0 && !inSel));
    g.classList.toggle('cursor', i === chart.cursor);
  }
}

function choose(chart, a, b) {
  const from = fromDay(chart.bins[a].start), to = fromDay(chart.bins[b].end);
  // Choosing exactly what is chosen again clears the choice.
  if (chart.selection.from === from && chart.selection.to === to) chart.onSelect(null);
  else chart.onSelect({ from, to });
}

function onKey(chart, e) {
  const n = chart.bins.length;
  const move = { ArrowLeft: -1, ArrowRight: 1, Home: -n, End: n }[e.key];
  if (move !== undefined) {
    e.preventDefault();
    const prev = chart.cursor < 0 ? n - 1 : chart.cursor;
    chart.cursor = Math.max(0, Math.min(n - 1, prev + move));
    if (e.shiftKey) {
      if (chart.anchor < 0) chart.anchor = prev;
      chart.keySel = { a: Math.min(chart.anchor, chart.cursor), b: Math.max(chart.anchor, chart.cursor) };
    } else { chart.anchor = -1; chart.keySel = null; }
    redrawDuringDrag(chart);
    return;
  }
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    if (chart.cursor < 0) return;
    const s = chart.keySel || { a: chart.cursor, b: chart.cursor };
    chart.keySel = null; chart.anchor = -1;
    choose(chart, s.a, s.b);
  } else if (e.key === 'Escape' && selectedRange(chart)) {
    e.preventDefault();
    chart.onSelect(null);
  }
}
