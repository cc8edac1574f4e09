import { z } from 'zod';

/** Every message is `{type, payload}`; every reply says ok with data, or not ok with a message a person can read. */
export const EnvelopeSchema = z.object({
  type: z.string().max(60),
  payload: z.unknown(),
});

export const ReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof ReplySchema>;

export interface MessageContract<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}
export type Protocol = Record<string, MessageContract>;

export type RequestOf<P extends Protocol, K extends keyof P> = z.input<P[K]['request']>;
export type ResponseOf<P extends Protocol, K extends keyof P> = z.output<P[K]['response']>;

export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
