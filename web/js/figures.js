// Figure chips of one result: one group per kind, the largest stated value first, the same
// figure once, and at most a few chips with "+N more" (a report can state 15 or more).

/** Figures grouped by kind (kinds in the order their largest stated value ranks), each group without repeats. */
export function groupFigures(figures) {
  const byKind = new Map();
  for (const f of figures || []) {
    if (!f || typeof f.value !== 'number') continue;
    const claim = f.claim || 'stated';
    const list = byKind.get(f.kind) || [];
    if (!list.some(g => g.value === f.value && (g.claim || 'stated') === claim)) list.push(f);
    byKind.set(f.kind, list);
  }
  const stated = f => !f.claim || f.claim === 'stated';
  const order = (a, b) => (stated(b) - stated(a)) || (b.value - a.value);
  const groups = [...byKind.entries()].map(([kind, list]) => ({ kind, figures: list.sort(order) }));
  const lead = g => g.figures[0];
  return groups.sort((a, b) => order(lead(a), lead(b)));
}

/** The chips to show: every kind's lead figure first, then the rest, cut at cap; hidden is what "+N more" stands for. */
export function chipFigures(figures, cap = 5) {
  const groups = groupFigures(figures);
  const leads = groups.map(g => g.figures[0]);
  const rest = groups.flatMap(g => g.figures.slice(1));
  const ordered = [];
  for (const g of groups) ordered.push(...g.figures);
  // show whole kinds together: leads decide which kinds fit, then each kind's other values while room is left
  const shownKinds = leads.slice(0, cap).map(f => f.kind);
  const room = Math.max(0, cap - shownKinds.length);
  const extra = new Set(rest.filter(f => shownKinds.includes(f.kind)).slice(0, room));
  const shown = ordered.filter(f => (shownKinds.includes(f.kind) && (f === groups.find(g => g.kind === f.kind).figures[0] || extra.has(f))));
  const hidden = ordered.filter(f => !shown.includes(f));
  return { shown, hidden };
}
