import { z } from 'zod';
import { LeadSourceSchema } from './lead-source';
import { PrivacySettingsSchema } from './privacy';
import { SyncServerUrlSchema } from './sync';
import { TagSchema } from './tag';

/** The ideal customer profile and weights: scoring rules are data the rep edits, not code. */
export const ScoringRulesSchema = z.object({
  industries: z.array(z.string().max(100)).default([]),
  titleKeywords: z.array(z.string().max(100)).default([]),
  targetDomains: z.array(z.string().max(253)).default([]),
  countries: z.array(z.string().max(100)).default([]),
  weights: z
    .object({
      seniority: z.number().min(0).max(100).default(25),
      businessEmail: z.number().min(0).max(100).default(10),
      emailPresent: z.number().min(0).max(100).default(10),
      phonePresent: z.number().min(0).max(100).default(5),
      companyPresent: z.number().min(0).max(100).default(5),
      icpMatch: z.number().min(0).max(100).default(15),
      engagement: z.number().min(0).max(100).default(30),
    })
    .default({
      seniority: 25,
      businessEmail: 10,
      emailPresent: 10,
      phonePresent: 5,
      companyPresent: 5,
      icpMatch: 15,
      engagement: 30,
    }),
  salesReadyThreshold: z.number().min(0).max(100).default(60),
});
export type ScoringRules = z.infer<typeof ScoringRulesSchema>;

export const SyncSettingsSchema = z.object({
  enabled: z.boolean().default(false),
  // https only, except a server on this computer (lib/model/sync.ts).
  serverUrl: SyncServerUrlSchema.default(''),
  token: z.string().max(500).default(''),
  /**
   * An address an older version saved that this one refuses (plain http to another computer).
   * Kept only to show the rep why sync is off and what they had entered; never used to connect.
   */
  refusedServerUrl: z.string().max(2048).default(''),
});

export const SettingsSchema = z.object({
  /** The lead source and tags the rep chose at the last capture; offered again at the next. */
  lastSource: z._default(LeadSourceSchema, 'web'),
  lastTags: z.array(TagSchema).max(50).default([]),
  scoring: ScoringRulesSchema.default(ScoringRulesSchema.parse({})),
  sync: SyncSettingsSchema.default(SyncSettingsSchema.parse({})),
  privacy: PrivacySettingsSchema.default(PrivacySettingsSchema.parse({})),
});
export type Settings = z.infer<typeof SettingsSchema>;
/** Settings as a caller writes them: fields with a default may be left out. */
export type SettingsInput = z.input<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
