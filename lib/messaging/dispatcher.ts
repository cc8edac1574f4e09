import { z } from 'zod/mini';
import { describeZodError, EnvelopeSchema, type Protocol, type Reply } from './envelope';

export type Handlers<P extends Protocol, Ctx> = {
  [K in keyof P & string]: (request: z.output<P[K]['request']>, context: Ctx) => Promise<z.input<P[K]['response']>>;
};

/** The request schema of each message a receiver answers. */
export type RequestSchemas<P extends Protocol> = { [K in keyof P]: P[K]['request'] };

/**
 * One dispatcher per receiving context. Whatever arrives is parsed before a
 * handler sees it: an unknown type or a malformed payload gets an error reply
 * and runs nothing. The reply is parsed too, before it leaves.
 */
export function createDispatcher<P extends Protocol, Ctx>(protocol: P, handlers: Handlers<P, Ctx>) {
  return dispatcher(handlers, (type) => (Object.hasOwn(protocol, type) ? protocol[type] : undefined));
}

/**
 * A dispatcher that parses requests only, for a receiver whose replies its askers parse (`request`
 * in client.ts): the content script, which must not carry every reply's schema into each page.
 */
export function createRequestDispatcher<P extends Protocol, Ctx>(
  requests: RequestSchemas<P>,
  handlers: Handlers<P, Ctx>,
) {
  return dispatcher(handlers, (type) => {
    const request = Object.hasOwn(requests, type) ? requests[type] : undefined;
    return request ? { request } : undefined;
  });
}

interface Checks {
  request: z.core.$ZodType;
  response?: z.core.$ZodType;
}

function dispatcher<P extends Protocol, Ctx>(
  handlers: Handlers<P, Ctx>,
  checksFor: (type: string) => Checks | undefined,
) {
  return async (raw: unknown, context: Ctx): Promise<Reply> => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: 'Not a LeadClip message' };
    const { type, payload } = envelope.data;
    const checks = checksFor(type);
    const handler = handlers[type as keyof P & string];
    if (!checks || !handler) return { ok: false, error: `Unknown message type: ${type}` };
    const request = z.safeParse(checks.request, payload);
    if (!request.success) return { ok: false, error: `Invalid ${type} message: ${describeZodError(request.error)}` };
    try {
      // The contract for `type` just parsed the payload, so it has the handler's request type.
      const data = await handler(request.data as z.output<P[keyof P & string]['request']>, context);
      return { ok: true, data: checks.response ? z.parse(checks.response, data) : data };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
