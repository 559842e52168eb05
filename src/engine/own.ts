// Lookups keyed by what a user typed (a stage, a batch word, a profile id, an
// option name): only the map's own keys count, so `__proto__`, `constructor` or
// `toString` never reach Object.prototype (issue 15 §3.6).

/** `map[key]` when `key` is one of the map's own keys, else undefined. */
export function ownValue<V>(map: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** Whether `key` is one of the map's own keys (`key in map` also sees the prototype's). */
export const hasOwnKey = (map: object, key: string): boolean => Object.prototype.hasOwnProperty.call(map, key);
