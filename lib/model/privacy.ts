import { z } from 'zod';
import { TimestampSchema } from './common';

/** Why the rep may hold a person's data (GDPR art. 6): every lead and contact records one. */
export const LawfulBasisSchema = z.enum(['legitimate-interest', 'consent', 'contract', 'other']);
export type LawfulBasis = z.infer<typeof LawfulBasisSchema>;

export const LAWFUL_BASIS_LABEL: Record<LawfulBasis, string> = {
  'legitimate-interest': 'Legitimate interest',
  consent: 'Consent',
  contract: 'Contract',
  other: 'Other',
};

export const RetentionModeSchema = z.enum(['review', 'automatic']);
export type RetentionMode = z.infer<typeof RetentionModeSchema>;

export const PrivacySettingsSchema = z.object({
  /** The lawful basis new leads get; the rep changes it per lead. */
  defaultLawfulBasis: LawfulBasisSchema.default('legitimate-interest'),
  /** Leads untouched for longer than this are due for deletion; `null` turns the rule off. */
  retentionMonths: z.number().int().min(1).max(240).nullable().default(null),
  /** `review`: the side panel lists them and the rep confirms; `automatic`: the daily alarm deletes them. */
  retentionMode: RetentionModeSchema.default('review'),
});
export type PrivacySettings = z.infer<typeof PrivacySettingsSchema>;

/**
 * One identity key of a forgotten person: a normalised email, a canonical
 * profile key, or (only for a person who had neither) name + company. Only the
 * key is kept — no name, no other data — so capture and import can refuse to
 * bring the person back silently.
 */
export const SuppressionSchema = z.object({
  key: z.string().min(1).max(600),
  kind: z.enum(['email', 'profile', 'name']),
  forgottenAt: TimestampSchema,
  reason: z.string().max(500).default(''),
});
export type Suppression = z.infer<typeof SuppressionSchema>;
