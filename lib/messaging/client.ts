import { z } from 'zod/mini';
import { type Protocol, ReplySchema, type RequestOf, type ResponseOf } from './envelope';

/** Sends one message through a transport and parses the reply against the contract. */
export async function request<P extends Protocol, K extends keyof P & string>(
  protocol: P,
  transport: (message: { type: K; payload: RequestOf<P, K> }) => Promise<unknown>,
  type: K,
  payload: RequestOf<P, K>,
): Promise<ResponseOf<P, K>> {
  const raw = await transport({ type, payload });
  if (raw === undefined) throw new Error(`No answer to ${type}: is the receiver loaded?`);
  const reply = ReplySchema.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  const contract = protocol[type];
  if (!contract) throw new Error(`Unknown message type: ${type}`);
  return z.parse(contract.response, reply.data) as ResponseOf<P, K>;
}
