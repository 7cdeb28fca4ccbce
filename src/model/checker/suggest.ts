/** "Did you mean": the known name closest to a misspelled one. */

// Three rows reused by every call: a wide free-form map asks for thousands of distances, and
// fresh arrays per call were most of the check's time on such input.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped early. */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2 + 1));
  let prevPrev = rows[0]!;
  let prev = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const free = prevPrev;
    prevPrev = prev;
    prev = row;
    row = free;
  }
  return prev[b.length]!;
}

/** How far a name may be from a known one and still count as a typo of it. */
export function typoBudget(name: string): number {
  if (name.length <= 3) return 0;
  if (name.length <= 5) return 1;
  return 2;
}

/**
 * The known name a misspelled one most likely means: a case-insensitive match, else the single
 * closest name within the typo budget. Null when nothing is close or two names tie.
 */
export function closestName(name: string, known: readonly string[]): string | null {
  if (name.length > 100) return null;
  const lower = name.toLowerCase();
  const sameCase = known.filter((k) => k.length === name.length && k.toLowerCase() === lower);
  if (sameCase.length === 1) return sameCase[0]!;
  const budget = typoBudget(name);
  if (budget === 0) return null;
  let best: string | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const candidate of known) {
    if (Math.abs(candidate.length - name.length) > budget) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), budget);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best !== null && !tie && bestDistance <= budget ? best : null;
}
