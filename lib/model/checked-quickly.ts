import { z } from 'zod';

/**
 * `exact`, checked first by `quick`: one tight loop for the common valid input, with `exact` run only
 * to explain what `quick` refused, so errors read the same. The generic record walk of zod cost more
 * than the database on a 10,000-lead sync. `quick` must accept nothing `exact` rejects, and `exact`
 * must leave what `quick` accepts as it is (tests/unit/model/checked-quickly.test.ts holds each use to both).
 */
export function checkedQuickly<S extends z.ZodType>(exact: S, quick: (x: unknown) => boolean) {
  return z.custom<z.output<S>>().transform((x, ctx): z.output<S> => {
    if (quick(x)) return x;
    // What `exact` makes of it, not the input: it may leave keys out (zod drops an own `__proto__`).
    const result = exact.safeParse(x);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

export function isPlainRecord(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
