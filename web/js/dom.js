// Small DOM helpers. Everything a report contains goes into the page as text nodes,
// never as markup: that is the whole of the XSS defence, so keep it in one place.

/** Creates an element; attrs are set as attributes (on* and innerHTML are refused), children are appended as text or nodes. */
export function h(tag, attrs = {}, ...children) {
  const svg = tag.startsWith('svg:');
  const el = svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') || k === 'innerHTML') throw new Error('h(): refusing ' + k);
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces all children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the few HTML entities a server-escaped snippet can contain (named and numeric). */
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Turns a snippet ("text with <mark>hits</mark>, everything else escaped") into nodes.
 * Only <mark> survives; any other tag the server let through is shown as text.
 */
export function snippetNodes(snippet) {
  const out = [];
  let inMark = false;
  for (const part of String(snippet ?? '').split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) { inMark = true; continue; }
    if (/^<\/mark>$/i.test(part)) { inMark = false; continue; }
    if (!part) continue;
    const text = decodeEntities(part);
    out.push(inMark ? h('mark', {}, text) : document.createTextNode(text));
  }
  return out;
}

/** Formats a number the way a reader expects ("33,207"). */
export function formatNumber(n) {
  return typeof n === 'number' ? n.toLocaleString('en-US') : String(n ?? '');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

/** "2024-04-08" -> "8 April 2024"; "2024-04" -> "April 2024"; anything else is returned as is. */
export function formatDate(iso) {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

const SINGULAR = { hostages: 'hostage', prisoners: 'prisoner', aid_trucks: 'aid truck', truce_days: 'truce day' };

/** Chip label of a figure: "33,207 killed", "1 hostage"; a claim that is not stated says so ("85,000 killed, projected"). */
export function figureLabel(f) {
  const kind = f.value === 1 && SINGULAR[f.kind] ? SINGULAR[f.kind] : kindLabel(f.kind);
  const claim = f.claim && f.claim !== 'stated' ? `, ${f.claim}` : '';
  return `${formatNumber(f.value)} ${kind}`.trim() + claim;
}

/** A figure kind as words: "truce_days" -> "truce days". */
export function kindLabel(kind) {
  return String(kind ?? '').replace(/_/g, ' ');
}

/** Longer description of a figure for a tooltip: "33,207 killed: Palestinians (according to the health ministry)". */
export function figureDetail(f) {
  let s = figureLabel(f);
  if (f.qualifier) s = `${f.qualifier} ${s}`;
  if (f.subject) s += `: ${f.subject}`;
  if (f.attribution) s += ` (according to ${f.attribution})`;
  return s;
}
