// Suggestions of actors and outlets under the search box (WAI-ARIA combobox pattern).
// The word being typed is sent to /api/suggest; choosing a suggestion turns that word
// into a filter (actor or outlet) and leaves the rest of the query as it was.
import { h, fill, formatNumber } from './dom.js';
import * as api from './api.js';

const DIMENSION_LABEL = { actor: 'actor', outlet: 'outlet' };

/** Wires the combobox; onPick({value, dimension}, remainingQuery) is called when a suggestion is chosen. */
export function initSuggest(input, list, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const lastWord = () => {
    const m = /(?:^|\s)([^\s"():]+)$/.exec(input.value.slice(0, input.selectionStart ?? input.value.length));
    return m ? m[1] : '';
  };

  // Enter searches: nothing typed before it may open the list over the results afterwards
  const cancel = () => {
    clearTimeout(timer);
    controller?.abort();
    items = [];
    close();
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const show = () => {
    fill(list, items.map((s, i) => h('li', {
      id: `sugg-${i}`, role: 'option', class: 'suggestion', 'aria-selected': i === active ? 'true' : 'false',
      'data-value': s.value, 'data-dimension': s.dimension,
    }, h('span', { class: 'sugg-value', dir: 'auto' }, s.value),
    h('span', { class: 'sugg-meta' }, `${DIMENSION_LABEL[s.dimension] || s.dimension}${s.count != null ? ' · ' + formatNumber(s.count) : ''}`))));
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `sugg-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = i => {
    const s = items[i];
    if (!s) return;
    const word = lastWord();
    const before = input.value.slice(0, (input.selectionStart ?? input.value.length) - word.length);
    const after = input.value.slice(input.selectionStart ?? input.value.length);
    const rest = (before + after).replace(/\s+/g, ' ').trim();
    close();
    onPick(s, rest);
  };

  const fetchSuggestions = async () => {
    const word = lastWord();
    if (word.length < 2 || /[*~:]/.test(word) || /^(AND|OR|NOT)$/.test(word)) { items = []; close(); return; }
    controller?.abort();
    controller = new AbortController();
    try {
      const res = await api.suggest(word, controller.signal);
      if (lastWord() !== word) return; // the user typed on; a newer request is coming
      items = (res.suggestions || []).slice(0, 8);
      active = -1;
      if (document.activeElement === input) show();
    } catch (e) {
      if (e.name !== 'AbortError') { items = []; close(); } // suggestions are a help, not a must
    }
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(fetchSuggestions, 150); });
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (list.hidden || active < 0)) { cancel(); return; } // the form submits
    if (list.hidden) {
      if (e.key === 'ArrowDown' && items.length) { active = 0; show(); e.preventDefault(); }
      return;
    }
    if (e.key === 'ArrowDown') { active = (active + 1) % items.length; show(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { active = active <= 0 ? items.length - 1 : active - 1; show(); e.preventDefault(); }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); pick(active); }
    else if (e.key === 'Escape') { close(); e.preventDefault(); }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  // mousedown (not click) so the input does not lose focus before the choice is read
  list.addEventListener('mousedown', e => {
    const li = e.target.closest('li[role=option]');
    if (!li) return;
    e.preventDefault();
    pick(Number(li.id.slice('sugg-'.length)));
  });
  input.form?.addEventListener('submit', cancel);
  return { close: cancel };
}
