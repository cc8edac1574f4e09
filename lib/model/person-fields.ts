import { z } from 'zod/mini';

/** The fields an extractor can find about a person; provenance keeps a confidence for each. In zod/mini: capture replies reach content scripts. */
export const PersonFieldSchema = z.enum([
  'fullName',
  'firstName',
  'lastName',
  'title',
  'company',
  'email',
  'phone',
  'location',
  'url',
  'profileUrl',
]);
export type PersonField = z.infer<typeof PersonFieldSchema>;
