// The histogram of results per month, drawn as SVG. Click a bar or drag across bars to
// choose months; the page turns the choice into from/to dates. Keyboard: arrows move,
// Shift+arrows extend, Enter chooses, Escape clears.
import { h, fill, shortMonth, formatDate, formatNumber } from './dom.js';

const HEIGHT = 120;
const AXIS = 22;
const TOP = 16;

/** Every month from the first to the last one given, so gaps show as empty months. */
export function continuousMonths(values) {
  const counts = new Map(values.filter(v => /^\d{4}-\d{2}$/.test(v.value)).map(v => [v.value, v.count]));
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  const out = [];
  let [y, m] = keys[0].split('-').map(Number);
  const [ly, lm] = keys[keys.length - 1].split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ value: key, count: counts.get(key) || 0 });
    if (++m > 12) { m = 1; y++; }
    if (out.length > 1200) break; // a century of months is enough for one chart
  }
  return out;
}

/** Month of an ISO date ("2024-04-08" -> "2024-04"), or ''. */
export const monthOf = d => (d && /^\d{4}-\d{2}/.test(d) ? d.slice(0, 7) : '');

/** First and last day of a month range as ISO dates. */
export function monthRangeToDates(fromYm, toYm) {
  const [y, m] = toYm.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${fromYm}-01`, to: `${toYm}-${String(last).padStart(2, '0')}` };
}

/** Draws the chart into container. selection: {from, to} as ISO dates; onSelect(fromYm, toYm) or onSelect(null). */
export function renderTimeline(container, facetValues, selection, onSelect) {
  const months = continuousMonths(facetValues || []);
  const prev = container._timeline;
  // Keep keyboard focus on the chart across a redraw; a mouse user does not need it.
  const hadFocus = container.contains(document.activeElement) && !(prev && prev.pointer);
  const chart = { months, selection, onSelect, container, anchor: -1, drag: null,
    cursor: prev && prev.months.length === months.length ? prev.cursor : -1 };
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
  return months.length;
}

function selectedRange(chart) {
  const { months, selection } = chart;
  const from = monthOf(selection.from), to = monthOf(selection.to);
  if (!from && !to) return null;
  let a = 0, b = months.length - 1;
  if (from) a = months.findIndex(m => m.value >= from);
  if (to) { const i = months.findLastIndex(m => m.value <= to); b = i; }
  if (a < 0 || b < 0 || a > b) return { a: -1, b: -1 };
  return { a, b };
}

function draw(chart) {
  const { months, container } = chart;
  if (months.length === 0) { fill(container); return; }
  const width = Math.max(container.clientWidth || 600, 240);
  const n = months.length;
  const step = Math.min(width / n, 64); // a few months should not become slabs
  const gap = step > 6 ? Math.min(3, step * 0.2) : 0;
  const max = Math.max(1, ...months.map(m => m.count));
  const plot = HEIGHT - AXIS - TOP;
  const sel = chart.drag ? { a: Math.min(chart.drag.a, chart.drag.b), b: Math.max(chart.drag.a, chart.drag.b) } : selectedRange(chart);

  const svg = h('svg:svg', {
    class: 'timeline-svg', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`,
    tabindex: 0, role: 'group',
    'aria-label': `Reports per month, ${formatDate(months[0].value)} to ${formatDate(months[n - 1].value)}. ` +
      'Use the arrow keys to move between months, Enter to filter by the month, Shift and arrows to choose several.',
  });
  svg.append(h('svg:line', { class: 'grid', x1: 0, x2: width, y1: TOP, y2: TOP }));
  svg.append(h('svg:text', { class: 'max-label', x: 2, y: TOP - 4 }, formatNumber(max)));

  const labelEvery = Math.max(1, Math.ceil(44 / step));
  months.forEach((m, i) => {
    const x = i * step;
    const bh = m.count ? Math.max(2, (m.count / max) * plot) : 0;
    const inSel = sel && i >= sel.a && i <= sel.b;
    const cls = ['bar', inSel ? 'selected' : '', sel && sel.a >= 0 && !inSel ? 'dimmed' : '', i === chart.cursor ? 'cursor' : '']
      .filter(Boolean).join(' ');
    const g = h('svg:g', { class: cls, 'data-month': m.value, 'data-index': i, 'data-count': m.count },
      h('svg:title', {}, `${formatDate(m.value)}: ${formatNumber(m.count)} report${m.count === 1 ? '' : 's'}`),
      h('svg:rect', { class: 'hit', x, y: 0, width: step, height: HEIGHT - AXIS }),
      h('svg:rect', { class: 'fill', x: x + gap / 2, y: HEIGHT - AXIS - bh, width: Math.max(1, step - gap), height: bh, rx: step > 8 ? 2 : 0 }));
    svg.append(g);
    const [y, mo] = m.value.split('-');
    const isJan = mo === '01';
    if (i % labelEvery === 0) {
      svg.append(h('svg:text', { class: 'tick' + (isJan ? ' year' : ''), x: x + step / 2, y: HEIGHT - 6, 'text-anchor': 'middle' },
        labelEvery >= 12 ? y : shortMonth(m.value)));
    }
  });
  svg.append(h('svg:line', { class: 'axis', x1: 0, x2: width, y1: HEIGHT - AXIS + 0.5, y2: HEIGHT - AXIS + 0.5 }));
  wire(chart, svg, step);
  fill(container, svg);
}

function indexAt(svg, step, clientX, n) {
  const r = svg.getBoundingClientRect();
  return Math.max(0, Math.min(n - 1, Math.floor((clientX - r.left) / step)));
}

function wire(chart, svg, step) {
  const n = chart.months.length;
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
  const finish = e => {
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
  const { months } = chart;
  const current = selectedRange(chart);
  // Clicking the only chosen month again clears the choice.
  if (current && current.a === a && current.b === b) chart.onSelect(null);
  else chart.onSelect(months[a].value, months[b].value);
}

function onKey(chart, e) {
  const n = chart.months.length;
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
