import { z } from 'zod/mini';
import { describeZodError, EnvelopeSchema, type Protocol, type Reply } from './envelope';

export type Handlers<P extends Protocol, Ctx> = {
  [K in keyof P & string]: (request: z.output<P[K]['request']>, context: Ctx) => Promise<z.input<P[K]['response']>>;
};

/**
 * One dispatcher per receiving context. Whatever arrives is parsed before a
 * handler sees it: an unknown type or a malformed payload gets an error reply
 * and runs nothing.
 */
export function createDispatcher<P extends Protocol, Ctx>(protocol: P, handlers: Handlers<P, Ctx>) {
  return async (raw: unknown, context: Ctx): Promise<Reply> => {
    const envelope = EnvelopeSchema.safeParse(raw);
    if (!envelope.success) return { ok: false, error: 'Not a LeadClip message' };
    const { type, payload } = envelope.data;
    if (!Object.hasOwn(protocol, type)) return { ok: false, error: `Unknown message type: ${type}` };
    const contract = protocol[type];
    const handler = handlers[type as keyof P & string];
    if (!contract || !handler) return { ok: false, error: `Unknown message type: ${type}` };
    const request = z.safeParse(contract.request, payload);
    if (!request.success) return { ok: false, error: `Invalid ${type} message: ${describeZodError(request.error)}` };
    try {
      // The contract for `type` just parsed the payload, so it has the handler's request type.
      const data = await handler(request.data as z.output<P[keyof P & string]['request']>, context);
      return { ok: true, data: z.parse(contract.response, data) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
