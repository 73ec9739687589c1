// The report view: the whole text with the searched words, actors and figures marked,
// and what was extracted listed beside it.
import { h, formatDate, formatNumber, figureLabel } from './dom.js';
import { toQuery, toggleValue, withChange } from './state.js';
import { safeUrl } from './render.js';

const FIELD_PREFIX = /^(title|body|actor|outlet):/i;

/** The words and phrases of a query worth marking in the text (not excluded ones, not ranges). */
export function queryTerms(q) {
  const terms = [];
  const re = /(-?)(?:([a-z]+):)?(?:"([^"]+)"|(\[[^\]]*\]|[^\s()"]+))/giu;
  let m;
  while ((m = re.exec(q || ''))) {
    const [, neg, field, phrase, word] = m;
    if (neg) continue;
    if (field && !FIELD_PREFIX.test(field + ':')) continue; // date:, killed:>n and other ranges
    if (phrase) { terms.push({ text: phrase.trim(), prefix: false }); continue; }
    if (!word || /^(AND|OR|NOT|TO)$/.test(word) || word.startsWith('[') || /^[<>=]/.test(word)) continue;
    const clean = word.replace(/\^[\d.]+$/, '').replace(/~\d*$/, '');
    const prefix = clean.endsWith('*');
    const text = clean.replace(/[*?]+$/, '');
    if (text.length >= 2) terms.push({ text, prefix });
  }
  return terms;
}

const escapeRe = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

function termRegex(t) {
  const body = t.text.split(/\s+/).map(escapeRe).join('[\\s\\p{P}]+');
  // The index stems English words, so "ceasefire" also finds "ceasefires": allow a short ending.
  const tail = t.prefix ? '[\\p{L}\\p{N}]*' : (t.text.length >= 4 ? "(?:'s|s|es|ed|ing|d)?" : '');
  return new RegExp(B + body + tail + E, 'giu');
}

function numberPatterns(value) {
  if (typeof value !== 'number') return [];
  const plain = String(value);
  const grouped = value.toLocaleString('en-US');
  return [...new Set([grouped, plain, grouped.replace(/,/g, ' '), grouped.replace(/,/g, '.')])];
}

/** Ranges [start, end, class, figureIndex?] to mark in one paragraph. */
export function markRanges(text, { terms, actors, figures }) {
  const ranges = [];
  const addAll = (re, cls, extra) => { for (const m of text.matchAll(re)) if (m[0]) ranges.push([m.index, m.index + m[0].length, cls, extra]); };
  for (const t of terms) addAll(termRegex(t), 'term');
  for (const a of actors) if (a && a.length >= 2) addAll(new RegExp(B + escapeRe(a) + E, 'giu'), 'actor');
  figures.forEach((f, i) => {
    const sentence = (f.sentence || '').trim();
    let start = sentence ? text.indexOf(sentence) : -1;
    if (start >= 0) ranges.push([start, start + sentence.length, 'fig-sentence', i]);
    const scope = start >= 0 ? { s: start, e: start + sentence.length } : null;
    if (!scope) return; // mark numbers only inside their own sentence, never a stray "5"
    for (const p of numberPatterns(f.value)) {
      const re = new RegExp('(?<![\\d,.])' + escapeRe(p) + '(?![\\d]|[,.]\\d)', 'g');
      re.lastIndex = scope.s;
      let m;
      while ((m = re.exec(text)) && m.index < scope.e) ranges.push([m.index, m.index + p.length, 'figure', i]);
    }
  });
  return ranges;
}

/** Splits text at every range edge and returns nodes: plain text, or <mark> with the classes covering it. */
export function highlightNodes(text, ranges) {
  const edges = new Set([0, text.length]);
  for (const [s, e] of ranges) { edges.add(s); edges.add(e); }
  const cuts = [...edges].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const s = cuts[i], e = cuts[i + 1];
    const piece = text.slice(s, e);
    const over = ranges.filter(r => r[0] <= s && r[1] >= e);
    if (over.length === 0) { out.push(piece); continue; }
    const classes = [...new Set(over.map(r => r[2]))];
    const fig = over.find(r => r[3] !== undefined);
    const onlySentence = classes.length === 1 && classes[0] === 'fig-sentence';
    out.push(h(onlySentence ? 'span' : 'mark', { class: classes.join(' '), 'data-fig': fig ? fig[3] : null }, piece));
  }
  return out;
}

function paragraphs(body) {
  return String(body || '').split(/\n\s*\n|\n/).map(p => p.trim()).filter(Boolean);
}

function listOrNone(items, render) {
  return items && items.length ? h('ul', { class: 'plain-list' }, items.map(render)) : h('p', { class: 'muted' }, 'None found.');
}

const textOf = v => (v == null ? '' : typeof v === 'string' ? v
  : v.name || v.value || v.text || v.date || Object.values(v).filter(x => typeof x === 'string').join(', '));

/** The whole report view for an article and the search it was opened from. */
export function reportNodes(state, a) {
  const url = safeUrl(a.url);
  const marks = { terms: queryTerms(state.q), actors: a.actors || [], figures: a.figures || [] };
  const backHref = toQuery({ ...state, id: '' }) || './';
  const body = paragraphs(a.body);
  return h('article', { class: 'report', 'data-id': a.id },
    h('nav', { class: 'report-nav' }, h('a', { href: backHref, class: 'back', 'data-nav': 'back' }, '← Back to results')),
    h('header', { class: 'report-head' },
      h('h1', { tabindex: '-1', dir: 'auto' }, a.title || '(untitled report)'),
      h('p', { class: 'hit-meta' },
        h('span', { class: 'outlet', dir: 'auto' }, a.outlet || 'Unknown outlet'), ' · ',
        a.date ? h('time', { datetime: a.date }, formatDate(a.date)) : h('span', { class: 'undated' }, 'date unknown'),
        a.language ? [' · ', h('span', { class: 'lang' }, a.language)] : null,
        url ? [' · ', h('a', { class: 'original', href: url, target: '_blank', rel: 'noopener noreferrer' }, 'Read the original', h('span', { class: 'visually-hidden' }, ' (opens in a new tab)'), ' ↗')] : null)),
    h('div', { class: 'report-grid' },
      h('div', { class: 'report-body', dir: 'auto', lang: a.language || null },
        body.length ? body.map(p => h('p', { dir: 'auto' }, highlightNodes(p, markRanges(p, marks)))) : h('p', { class: 'muted' }, 'This report has no text.')),
      h('aside', { class: 'extracted', 'aria-label': 'What was extracted' },
        h('p', { class: 'legend' }, h('mark', { class: 'term' }, 'searched words'), ' ', h('mark', { class: 'actor' }, 'actors'), ' ', h('mark', { class: 'figure' }, 'figures')),
        h('h2', {}, 'Actors'),
        marks.actors.length ? h('ul', { class: 'actor-list' }, marks.actors.map(x => {
          const d = (a.actorDetails || []).find(ad => ad.name === x);
          // a name the text presents as an actor but the gazetteer lacks: marked, and found by actor: (it is no facet value)
          const unverified = d && d.verified === false;
          return h('li', { class: unverified ? 'unverified' : null },
            h('a', { class: unverified ? 'chip actor unverified' : 'chip actor', dir: 'auto',
              href: unverified ? toQuery(withChange(state, { q: `actor:"${x.replace(/"/g, '')}"` }))
                : toQuery(toggleValue(withChange(state, { q: '' }), 'actor', x, true)), 'data-nav': unverified ? 'search' : 'filter',
              title: unverified ? `Not in the gazetteer: a name as the report writes it. All reports naming ${x}` : `All reports naming ${x}` }, x),
            d ? h('span', { class: 'muted actor-detail' }, [unverified ? 'unverified' : '', d.type, d.mentions ? `${d.mentions}×` : ''].filter(Boolean).join(' · ')) : null);
        })) : h('p', { class: 'muted' }, 'None found.'),
        h('h2', {}, 'Figures'),
        listOrNone(marks.figures, (f, i) => h('li', { class: 'figure-item' },
          h('button', { type: 'button', class: 'figure-head', 'data-show-fig': i, title: 'Show it in the text' },
            h('strong', {}, figureLabel(f)), f.subject ? h('span', { dir: 'auto' }, ' · ' + f.subject) : null),
          f.qualifier || f.attribution ? h('p', { class: 'muted', dir: 'auto' }, [f.qualifier, f.attribution ? 'according to ' + f.attribution : ''].filter(Boolean).join(', ')) : null,
          f.sentence ? h('blockquote', { dir: 'auto' }, f.sentence) : null)),
        h('h2', {}, 'Sources cited'),
        listOrNone(a.sources, s => h('li', { dir: 'auto' }, textOf(s))),
        h('h2', {}, 'Dates mentioned'),
        listOrNone(a.mentionedDates, d => h('li', {}, typeof d === 'string' ? formatDate(d) : textOf(d))))));
}

export { formatNumber };
