import { z } from 'zod/mini';

/** 0 = a guess, 1 = read from structured data the page published about this person. In zod/mini: the content script reports it. */
export const ConfidenceSchema = z.number().check(z.minimum(0), z.maximum(1));
