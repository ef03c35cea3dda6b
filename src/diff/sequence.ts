/**
 * The shortest edit between two sequences (Myers, "An O(ND) difference
 * algorithm"): lines for `kvs fmt --diff`, words for `kvs diff`. The common
 * start and end are cut off first. Time and memory grow with the number of
 * edits, so past `maxEdits` the changed middle is given as one replacement:
 * still a correct diff, only not the shortest.
 */

export interface Edit {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export function diffSequences(a: readonly string[], b: readonly string[], maxEdits = 1000): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map(equal);
  const tail = a.slice(endA).map(equal);
  const middle = myers(a.slice(start, endA), b.slice(start, endB), maxEdits) ?? [
    ...a.slice(start, endA).map((text): Edit => ({ op: 'delete', text })),
    ...b.slice(start, endB).map((text): Edit => ({ op: 'insert', text })),
  ];
  return [...head, ...middle, ...tail];
}

function equal(text: string): Edit {
  return { op: 'equal', text };
}

function myers(a: readonly string[], b: readonly string[], maxEdits: number): Edit[] | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  // trace[d] is v before round d, for diagonals -d … d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return undefined;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], edits: number): Edit[] {
  const out: Edit[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = edits; d > 0; d--) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousX = at(down ? k + 1 : k - 1);
    const previousY = previousX - (down ? k + 1 : k - 1);
    while (x > previousX && y > previousY) {
      out.push(equal(a[--x]!));
      y--;
    }
    if (down) out.push({ op: 'insert', text: b[--y]! });
    else out.push({ op: 'delete', text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    out.push(equal(a[--x]!));
    y--;
  }
  return out.reverse();
}
