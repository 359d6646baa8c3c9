/**
 * A table that remembers what a pure function made of a text: team areas and opening titles come
 * back with every note to the same referrer. Bounded, the oldest entry leaving first, so a stream
 * of distinct texts cannot grow it.
 */
export function boundedCache<T>(max: number): (key: string, build: () => T) => T {
  const table = new Map<string, T>();
  return (key, build) => {
    // One lookup for a hit: has() then get() would hash a long key twice.
    const known = table.get(key);
    if (known !== undefined || table.has(key)) return known as T;
    const value = build();
    if (table.size >= max) table.delete(table.keys().next().value as string);
    table.set(key, value);
    return value;
  };
}
