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

/** The known names of one level, lower-cased once, with the set of characters each holds. */
interface KnownNames {
  lower: string[];
  masks: Int32Array;
}

// One entry per list of known names: a wide map asks about each of its thousands of keys against
// the same list, so the list is prepared once instead of lower-casing it on every call.
const prepared = new WeakMap<readonly string[], KnownNames>();

function prepare(known: readonly string[]): KnownNames {
  let names = prepared.get(known);
  if (!names) {
    const lower = known.map((k) => k.toLowerCase());
    names = { lower, masks: Int32Array.from(lower, charMask) };
    prepared.set(known, names);
  }
  return names;
}

/** The characters of a name folded into 32 bits (a character sets bit `code mod 32`). */
function charMask(name: string): number {
  let mask = 0;
  for (let i = 0; i < name.length; i++) mask |= 1 << (name.charCodeAt(i) & 31);
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * The known name a misspelled one most likely means: a case-insensitive match, else the single
 * closest name within the typo budget. Null when nothing is close or two names tie.
 */
export function closestName(name: string, known: readonly string[]): string | null {
  if (name.length > 100) return null;
  const lower = name.toLowerCase();
  const names = prepare(known);
  let sameCase: string | null = null;
  let sameCaseCount = 0;
  for (let i = 0; i < known.length; i++) {
    if (known[i]!.length === name.length && names.lower[i] === lower) {
      sameCase = known[i]!;
      sameCaseCount++;
    }
  }
  if (sameCaseCount === 1) return sameCase;
  const budget = typoBudget(name);
  if (budget === 0) return null;
  // Each edit changes at most two bits of the character mask (a substitution drops one character
  // and adds another; a transposition none), so a name whose mask differs in more than twice the
  // budget's bits is too far without computing the distance.
  const mask = charMask(lower);
  let best: string | null = null;
  let bestDistance = budget + 1;
  let tie = false;
  for (let i = 0; i < known.length; i++) {
    const candidate = known[i]!;
    if (Math.abs(candidate.length - name.length) > budget) continue;
    if (bitCount(mask ^ names.masks[i]!) > 2 * budget) continue;
    const distance = editDistance(lower, names.lower[i]!, budget);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best !== null && !tie && bestDistance <= budget ? best : null;
}
