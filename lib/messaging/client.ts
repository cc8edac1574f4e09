import { z } from 'zod/mini';
import { type Protocol, ReplySchema, type RequestOf, type ResponseOf } from './envelope';

/** Sends one message through a transport and parses the reply against the contract. */
export async function request<P extends Protocol, K extends keyof P & string>(
  protocol: P,
  transport: (message: { type: K; payload: RequestOf<P, K> }) => Promise<unknown>,
  type: K,
  payload: RequestOf<P, K>,
): Promise<ResponseOf<P, K>> {
  const contract = Object.hasOwn(protocol, type) ? protocol[type] : undefined;
  if (!contract) throw new Error(`Unknown message type: ${type}`);
  return z.parse(contract.response, await replyData(transport({ type, payload }), type)) as ResponseOf<P, K>;
}

/**
 * Like {@link request}, for a sender that carries only the reply schemas of the messages it sends
 * (the content script): the receiver parses the request against its own contract.
 */
export async function requestWithReplies<
  P extends Protocol,
  R extends { [K in keyof P]?: P[K]['response'] },
  K extends keyof R & keyof P & string,
>(
  replies: R,
  transport: (message: { type: K; payload: RequestOf<P, K> }) => Promise<unknown>,
  type: K,
  payload: RequestOf<P, K>,
): Promise<ResponseOf<P, K>> {
  const schema = Object.hasOwn(replies, type) ? replies[type] : undefined;
  if (!schema) throw new Error(`Unknown message type: ${type}`);
  return z.parse(schema, await replyData(transport({ type, payload }), type)) as ResponseOf<P, K>;
}

/** The data of a reply that says ok; an error with the receiver's message otherwise. */
async function replyData(sent: Promise<unknown>, type: string): Promise<unknown> {
  const raw = await sent;
  if (raw === undefined) throw new Error(`No answer to ${type}: is the receiver loaded?`);
  const reply = ReplySchema.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
