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

/**
 * The chips to show: the lead figure of as many kinds as fit in cap, then the other values of
 * those kinds, first kinds first, while room is left; each kind's chips stay together. hidden is
 * what "+N more" stands for.
 */
export function chipFigures(figures, cap = 5) {
  const groups = groupFigures(figures);
  const shownGroups = groups.slice(0, cap);
  let room = cap - shownGroups.length;
  const shown = [];
  for (const g of shownGroups) {
    const extra = Math.min(room, g.figures.length - 1);
    room -= extra;
    shown.push(...g.figures.slice(0, 1 + extra));
  }
  const hidden = groups.flatMap(g => g.figures).filter(f => !shown.includes(f));
  return { shown, hidden };
}
