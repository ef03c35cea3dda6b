/**
 * A fix for a quadratic cost in micromark, the parser under remark-parse.
 *
 * micromark applies an EditMap every time a block quote or list closes, and
 * EditMap#consume copies the whole event list of the document to apply edits
 * that are all near its end. A file with n quotes or lists between paragraphs
 * therefore costs O(n × size): measured, 20 KB of `- x` / paragraph pairs took
 * 5 s and 40 KB 22 s. This consume rebuilds the list only from the first edit
 * on, with the same result (tested against the original), so the same 40 KB
 * take 2 s and the cost grows linearly.
 *
 * It replaces the method on the shared class once per process. If a future
 * version changes the class's shape, the original is left alone: parsing is
 * then slower, never wrong, and the input limits (limits.ts) still bound it.
 */
import { EditMap } from 'micromark-util-edit-map';

type Events = Parameters<EditMap['consume']>[0];
type Change = [number, number, Events];

/** The method as the package ships it. */
export const upstreamConsume: EditMap['consume'] = EditMap.prototype.consume;

/** Applies the recorded edits to `events` in place; touches only the events from the first edit on. */
export function consumeFromFirstEdit(this: EditMap, events: Events): undefined {
  const map = this.map as Change[];
  if (map.length === 0) return undefined;
  map.sort((a, b) => a[0] - b[0]);
  const start = map[0]![0];
  const tail: Events = [];
  let from = start;
  for (const [at, remove, add] of map) {
    for (let index = from; index < at; index++) tail.push(events[index]!);
    // One by one: a spread of a long list would overflow the call stack.
    for (const event of add) tail.push(event);
    from = at + remove;
  }
  for (let index = from; index < events.length; index++) tail.push(events[index]!);
  events.length = start;
  for (const event of tail) events.push(event);
  map.length = 0;
  this.index.clear();
  return undefined;
}

let installed = false;

/** Installs the linear consume, once, if EditMap still looks the way it is written for. */
export function installLinearEditMap(): boolean {
  if (installed) return true;
  const probe = new EditMap() as unknown as { map?: unknown; index?: unknown };
  if (!Array.isArray(probe.map) || !(probe.index instanceof Map) || typeof upstreamConsume !== 'function') return false;
  EditMap.prototype.consume = consumeFromFirstEdit;
  installed = true;
  return true;
}
