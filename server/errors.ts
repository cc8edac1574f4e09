import type { ErrorResponse } from '../lib/model/sync';

/** A failure with the HTTP status and body the client is told. */
export class HttpError extends Error {
  constructor(
    readonly status: 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500,
    readonly body: ErrorResponse,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export const unauthorized = (message = 'A valid API token is required.') =>
  new HttpError(401, { error: 'unauthorized', message });
export const forbidden = (message: string) => new HttpError(403, { error: 'forbidden', message });
export const invalid = (message: string) => new HttpError(422, { error: 'invalid', message });
export const tooLarge = (message: string) => new HttpError(413, { error: 'too_large', message });
export const gap = (lastMutationId: number) =>
  new HttpError(409, {
    error: 'mutation_gap',
    message: `Mutation ids must continue from ${lastMutationId + 1}.`,
    lastMutationId,
  });
