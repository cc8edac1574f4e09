import { z } from 'zod/mini';

// zod/mini, not classic zod: the content script parses messages with these too, and it must stay small.

/** Every message is `{type, payload}`; every reply says ok with data, or not ok with a message a person can read. */
export const EnvelopeSchema = z.object({
  type: z.string().check(z.maxLength(60)),
  payload: z.unknown(),
});

export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

/** A contract's schemas may be zod/mini or classic zod: both are zod core schemas, parsed with `z.parse`/`z.safeParse`. */
export interface MessageContract<
  Req extends z.core.$ZodType = z.core.$ZodType,
  Res extends z.core.$ZodType = z.core.$ZodType,
> {
  request: Req;
  response: Res;
}
export type Protocol = Record<string, MessageContract>;

export type RequestOf<P extends Protocol, K extends keyof P> = z.input<P[K]['request']>;
export type ResponseOf<P extends Protocol, K extends keyof P> = z.output<P[K]['response']>;

export function describeZodError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
