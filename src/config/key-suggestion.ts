import leven from 'leven';

/** The internals of a zod schema this module reads: the shape of objects, through optionals, arrays, unions. */
interface SchemaDef {
  type: string;
  shape?: Record<string, { _zod: { def: SchemaDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
  element?: { _zod: { def: SchemaDef } };
  options?: Array<{ _zod: { def: SchemaDef } }>;
}

/** The keys the schema allows in the object at `path` (array indexes included), read from the schema itself. */
export function allowedKeys(schema: { _zod: { def: unknown } }, path: readonly PropertyKey[]): string[] {
  const objects = (def: SchemaDef): SchemaDef[] => {
    if (def.type === 'optional' || def.type === 'nullable') return objects(def.innerType!._zod.def);
    if (def.type === 'union') return def.options!.flatMap((option) => objects(option._zod.def));
    return [def];
  };
  let defs = objects(schema._zod.def as SchemaDef);
  for (const part of path) {
    defs = defs.flatMap((def) => {
      if (def.type === 'array' && typeof part === 'number') return objects(def.element!._zod.def);
      const child = def.type === 'object' ? def.shape?.[String(part)] : undefined;
      return child ? objects(child._zod.def) : [];
    });
  }
  return defs.flatMap((def) => (def.type === 'object' ? Object.keys(def.shape ?? {}) : []));
}

/**
 * The allowed key nearest to a mistyped one (`mx-papers` → `max-papers`), when it is close: within
 * one edit per three characters. null when nothing is that close.
 */
export function nearestKey(key: string, allowed: readonly string[]): string | null {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const distance = leven(key.toLowerCase(), candidate.toLowerCase(), { maxDistance: limit + 1 });
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
