/** "Did you mean": the known name closest to a misspelled one. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped early. */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
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
  const sameCase = known.filter((k) => k.toLowerCase() === lower);
  if (sameCase.length === 1) return sameCase[0]!;
  const budget = typoBudget(name);
  if (budget === 0) return null;
  let best: string | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase(), budget);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best !== null && !tie && bestDistance <= budget ? best : null;
}
