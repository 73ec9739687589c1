/*
 * Dispatches embeddable search box.
 *
 *   <script src="https://HOST/embed.js" async></script>
 *   <div data-dispatches data-placeholder="Search our reporting" data-results="5"></div>
 *   <dispatches-search outlet="Reuters" theme="dark"></dispatches-search>
 *
 * Renders into a shadow root, so the host page's styles do not reach the box and the box's
 * styles do not reach the page. Everything from the server is inserted as text. See docs/EMBED.md.
 */
(function () {
  'use strict';
  if (window.Dispatches && window.Dispatches.mount) { window.Dispatches.scan(); return; } // loaded twice

  // Where the API is: the folder embed.js was loaded from, unless the element says otherwise.
  var script = document.currentScript;
  var DEFAULT_SERVER = script && script.src ? new URL('./', script.src).href : new URL('./', location.href).href;
  var FILTERS = ['outlet', 'actor', 'figure', 'source'];

  var CSS = [
    ':host { all: initial; display: block; contain: content;',
    '  --_bg: var(--dispatches-bg, #fffefb); --_fg: var(--dispatches-fg, #1d1f21); --_muted: var(--dispatches-muted, #62666c);',
    '  --_accent: var(--dispatches-accent, #2b5b84); --_accent-fg: var(--dispatches-accent-fg, #fff);',
    '  --_border: var(--dispatches-border, #ddd8cd); --_mark: var(--dispatches-mark, #fbe7a1); --_error: var(--dispatches-error, #9b2c2c);',
    '  --_radius: var(--dispatches-radius, 8px);',
    '  --_font: var(--dispatches-font, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif);',
    '  --_serif: var(--dispatches-serif, "Iowan Old Style", Charter, Georgia, "Noto Serif", serif); }',
    ':host([hidden]) { display: none; }',
    ':host([theme=dark]), :host([data-theme=dark]) { --_bg: var(--dispatches-bg, #1d2024); --_fg: var(--dispatches-fg, #e7e4de);',
    '  --_muted: var(--dispatches-muted, #a09e97); --_accent: var(--dispatches-accent, #8cb8e0); --_accent-fg: var(--dispatches-accent-fg, #111);',
    '  --_border: var(--dispatches-border, #3a3e44); --_mark: var(--dispatches-mark, #6b5a1c); --_error: var(--dispatches-error, #f19a9a); }',
    '@media (prefers-color-scheme: dark) { :host([theme=auto]), :host([data-theme=auto]) { --_bg: var(--dispatches-bg, #1d2024);',
    '  --_fg: var(--dispatches-fg, #e7e4de); --_muted: var(--dispatches-muted, #a09e97); --_accent: var(--dispatches-accent, #8cb8e0);',
    '  --_accent-fg: var(--dispatches-accent-fg, #111); --_border: var(--dispatches-border, #3a3e44); --_mark: var(--dispatches-mark, #6b5a1c);',
    '  --_error: var(--dispatches-error, #f19a9a); } }',
    '* { box-sizing: border-box; }',
    '.box { overflow-wrap: anywhere; font: 15px/1.5 var(--_font); color: var(--_fg); background: var(--_bg); border: 1px solid var(--_border);',
    '  border-radius: var(--_radius); padding: 14px 16px 10px; text-align: start; }',
    'form { display: flex; gap: 8px; margin: 0; }',
    'input { flex: 1; min-width: 0; font: inherit; font-size: 1rem; color: var(--_fg); background: var(--_bg);',
    '  border: 1px solid var(--_border); border-radius: calc(var(--_radius) - 2px); padding: 8px 10px; }',
    'input:focus { outline: 2px solid var(--_accent); outline-offset: 0; border-color: var(--_accent); }',
    'button { font: inherit; font-weight: 600; color: var(--_accent-fg); background: var(--_accent); border: 1px solid var(--_accent);',
    '  border-radius: calc(var(--_radius) - 2px); padding: 8px 14px; cursor: pointer; }',
    'button.plain { background: none; color: var(--_accent); padding: 0; border: 0; text-decoration: underline; font-weight: inherit; }',
    'a { color: var(--_accent); }',
    ':focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }',
    '.status { margin: 10px 0 0; font-size: 0.85rem; color: var(--_muted); min-height: 1.3em; }',
    '.status:empty { display: none; }',
    '.status.error { color: var(--_error); }',
    'ol { list-style: none; margin: 4px 0 0; padding: 0; }',
    'li { padding: 10px 0; border-top: 1px solid var(--_border); }',
    'li:first-child { border-top: 0; }',
    '.title { font: 600 1.05rem/1.3 var(--_serif); margin: 0; }',
    '.title a { color: var(--_fg); text-decoration: none; }',
    '.title a:hover { color: var(--_accent); text-decoration: underline; }',
    '.meta { margin: 2px 0 0; font-size: 0.8rem; color: var(--_muted); }',
    '.meta .outlet { font-weight: 600; }',
    '.snippet { margin: 4px 0 0; font: 0.95rem/1.5 var(--_serif); color: var(--_fg); opacity: 0.9;',
    '  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }',
    'mark { background: var(--_mark); color: inherit; padding: 0 1px; border-radius: 2px; }',
    '.foot { display: flex; justify-content: space-between; gap: 8px; flex-wrap: wrap; margin: 6px 0 0; padding-top: 8px;',
    '  border-top: 1px solid var(--_border); font-size: 0.8rem; color: var(--_muted); }',
    '.foot:empty { display: none; }',
    '.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }'
  ].join('\n');

  // ---- building DOM from data: text nodes only ----

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] != null && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c == null || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x != null) node.append(x); });
      else node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  function decode(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (m, e) {
      if (e.charAt(0) === '#') {
        var n = e.charAt(1).toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] || m;
    });
  }

  // A snippet is escaped text with <mark> around matches: keep the marks, show anything else as text.
  function snippetNodes(snippet) {
    var out = [], inMark = false;
    String(snippet || '').split(/(<\/?mark>)/i).forEach(function (part) {
      if (/^<mark>$/i.test(part)) { inMark = true; return; }
      if (/^<\/mark>$/i.test(part)) { inMark = false; return; }
      if (part) out.push(inMark ? el('mark', null, decode(part)) : document.createTextNode(decode(part)));
    });
    return out;
  }

  function formatNumber(n) { return typeof n === 'number' ? n.toLocaleString('en-US') : String(n == null ? '' : n); }

  // Why a query could not be read, in plain words: the same rules as web/js/queryhelp.js (keep them alike).
  function count(s, re) { return (s.match(re) || []).length; }
  function explainQuery(q) {
    var s = String(q || ''), opens = count(s, /\(/g), closes = count(s, /\)/g);
    if (opens > closes) return 'a bracket “(” is not closed.';
    if (closes > opens) return 'a bracket “)” closes something that was never opened.';
    if (count(s, /"/g) % 2) return 'a quotation mark is not closed.';
    if (/(^|[\s(])[*?]/.test(s)) return 'a word cannot start with * or ? (write fire*, not *fire).';
    if (/^\s*(AND|OR)\b|\b(AND|OR|NOT)\s*\)?\s*$/.test(s)) return 'AND, OR and NOT need a word on each side.';
    if (/\b[a-z_]+:(\s|$)/i.test(s)) return 'a colon needs a value right after it (title:ceasefire).';
    return 'check that brackets and quotes are closed.';
  }

  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : '';
  }

  // ---- one box ----

  function option(host, name) {
    var v = host.getAttribute(name);
    if (v == null) v = host.getAttribute('data-' + name);
    return v == null ? null : v.trim();
  }

  function Box(host) {
    this.host = host;
    var server = option(host, 'server') || DEFAULT_SERVER;
    this.server = new URL(server.replace(/\/?$/, '/'), location.href).href;
    this.size = Math.max(1, Math.min(20, parseInt(option(host, 'results'), 10) || 5));
    this.filters = [];
    var self = this;
    FILTERS.forEach(function (dim) {
      var v = option(host, dim);
      if (v) v.split(',').forEach(function (x) { if (x.trim()) self.filters.push([dim, x.trim()]); });
    });
    this.seq = 0;
    this.render();
    var q = option(host, 'query');
    if (q) { this.input.value = q; this.search(q); }
  }

  Box.prototype.render = function () {
    var root = this.host.shadowRoot || this.host.attachShadow({ mode: 'open' });
    var id = 'dq' + Math.random().toString(36).slice(2, 8);
    var label = option(this.host, 'label') || 'Search the reports';
    this.input = el('input', { id: id, type: 'search', dir: 'auto', autocomplete: 'off', spellcheck: 'false',
      placeholder: option(this.host, 'placeholder') || 'Search reports…' });
    this.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.list = el('ol', { 'aria-label': 'Results' });
    this.foot = el('div', { class: 'foot' });
    var form = el('form', { role: 'search' }, el('label', { class: 'vh', for: id }, label), this.input, el('button', { type: 'submit' }, 'Search'));
    var box = el('div', { class: 'box', part: 'box' }, form, this.status, this.list, this.foot);
    var style = el('style', null, CSS);
    root.replaceChildren(style, box);
    var self = this, timer = 0;
    form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); self.search(self.input.value); });
    this.input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { if (self.input.value.trim().length >= 2 || !self.input.value.trim()) self.search(self.input.value); }, 350);
    });
  };

  Box.prototype.params = function (q) {
    var p = new URLSearchParams();
    if (q) p.set('q', q);
    this.filters.forEach(function (f) { p.append(f[0], f[1]); });
    return p;
  };

  Box.prototype.search = function (raw) {
    var q = String(raw || '').trim();
    var self = this, seq = ++this.seq;
    if (!q) { this.list.replaceChildren(); this.foot.replaceChildren(); this.setStatus(''); return; }
    var p = this.params(q);
    p.set('size', String(this.size));
    p.set('facets', 'none');
    this.setStatus('Searching…');
    this.host.setAttribute('aria-busy', 'true');
    fetch(this.server + 'api/search?' + p, { headers: { Accept: 'application/json' } })
      .then(function (res) {
        return res.json().catch(function () { return null; }).then(function (body) { return { res: res, body: body }; });
      }, function () { return { unreachable: true }; })
      .then(function (r) {
        if (seq !== self.seq) return;
        self.host.removeAttribute('aria-busy');
        if (r.unreachable) return self.fail('The search is not available right now: the archive at ' + new URL(self.server).host + ' could not be reached.', true);
        if (!r.res.ok || !r.body) {
          var msg = r.body && r.body.error && r.body.error.message;
          var code = r.body && r.body.error && r.body.error.code;
          var why = code === 'bad_query' || !msg ? explainQuery(q) : msg;
          return self.fail(r.res.status === 400 ? 'That search could not be read: ' + why : 'The search failed (' + r.res.status + ').', r.res.status !== 400);
        }
        self.show(q, r.body);
      });
  };

  Box.prototype.setStatus = function (text, error) {
    this.status.textContent = text;
    this.status.className = 'status' + (error ? ' error' : '');
  };

  Box.prototype.fail = function (message, retry) {
    var self = this;
    this.list.replaceChildren();
    this.foot.replaceChildren();
    this.setStatus(message, true);
    if (retry) {
      var b = el('button', { type: 'button', class: 'plain' }, 'Try again');
      b.addEventListener('click', function () { self.search(self.input.value); });
      this.status.append(' ', b);
    }
  };

  Box.prototype.pageUrl = function (q, id) {
    var p = this.params(q);
    if (id) p.set('id', id);
    return this.server + '?' + p;
  };

  Box.prototype.show = function (q, data) {
    var self = this;
    var total = data.total || 0;
    this.setStatus(total === 0 ? 'No reports match “' + q + '”.'
      : formatNumber(total) + (total === 1 ? ' report matches “' : ' reports match “') + q + '”' + (total > data.hits.length ? ', showing ' + formatNumber(data.hits.length) : '') + '.');
    this.list.replaceChildren.apply(this.list, (data.hits || []).map(function (hit) {
      return el('li', { class: 'hit' },
        el('p', { class: 'title' }, el('a', { href: self.pageUrl(q, hit.id), target: '_blank', rel: 'noopener', dir: 'auto' }, hit.title || '(untitled report)')),
        el('p', { class: 'meta' }, el('span', { class: 'outlet', dir: 'auto' }, hit.outlet || ''), hit.outlet && hit.date ? ' · ' : '', formatDate(hit.date)),
        hit.snippet ? el('p', { class: 'snippet', dir: 'auto' }, snippetNodes(hit.snippet)) : null);
    }));
    this.foot.replaceChildren(
      total > 0 ? el('a', { href: this.pageUrl(q), target: '_blank', rel: 'noopener' }, total > (data.hits || []).length ? 'See all ' + formatNumber(total) + ' results' : 'Open in Dispatches') : el('span'),
      el('span', null, 'Search by Dispatches'));
  };

  // ---- mounting ----

  function mount(host) {
    if (!host || host.__dispatches) return host && host.__dispatches;
    host.__dispatches = new Box(host);
    return host.__dispatches;
  }

  function scan(root) {
    (root || document).querySelectorAll('[data-dispatches]').forEach(mount);
  }

  if (window.customElements && !customElements.get('dispatches-search')) {
    customElements.define('dispatches-search', class extends HTMLElement {
      connectedCallback() { mount(this); }
    });
  }

  window.Dispatches = { mount: mount, scan: scan, server: DEFAULT_SERVER };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { scan(); });
  else scan();
  // Boxes added later (single-page sites) are mounted too.
  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      records.forEach(function (r) {
        r.addedNodes.forEach(function (n) {
          if (n.nodeType !== 1) return;
          if (n.hasAttribute('data-dispatches')) mount(n);
          scan(n);
        });
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
