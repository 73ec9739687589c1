// Why a query could not be read, in plain words. The server's parser message names token kinds and
// columns ("Encountered <EOF> at line 1, column 3"); a reader needs to know what to change.
// embed.js carries the same rules (it is one file with no imports): keep them alike.

const count = (s, re) => (s.match(re) || []).length;
const times = n => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** One sentence saying what is wrong with q, and how to write it instead. */
export function explainQuery(q) {
  const s = String(q || '');
  const opens = count(s, /\(/g), closes = count(s, /\)/g);
  if (opens > closes) {
    return `A bracket “(” is opened ${times(opens)} but ${closes ? `closed only ${times(closes)}` : 'never closed'}: close each one with “)”.`;
  }
  if (closes > opens) return 'A bracket “)” closes something that was never opened: remove it or add “(” before.';
  if (count(s, /"/g) % 2) return 'A quotation mark is not closed: phrases need one before and one after ("aid trucks").';
  if (/(^|[\s(])[*?]/.test(s)) return 'A word cannot start with * or ?: put at least one letter first (fire*, not *fire).';
  if (/^\s*(AND|OR)\b|\b(AND|OR|NOT)\s*\)?\s*$/.test(s)) return 'AND, OR and NOT need a word on each side (hostages AND release).';
  if (/\b[a-z_]+:(\s|$)/i.test(s)) return 'A colon needs a value right after it (title:ceasefire, killed:>100).';
  if (/\/.*\//.test(s)) return 'A part between slashes is read as a pattern, and this one cannot be used: write the words instead.';
  if (/\b(killed|wounded|hostages|prisoners|displaced|missing|aid_trucks|truce_days):[^\s]*[a-z]/i.test(s)) {
    return 'A figure needs a number: killed:>1000, wounded:[100 TO 500].';
  }
  return 'Part of it is not in the search syntax: check that brackets and quotes are closed, and that a colon has a field name before it (title:, actor:, killed:>100).';
}
