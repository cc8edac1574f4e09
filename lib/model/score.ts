import { z } from 'zod';
import { TimestampSchema } from './common';

export const GradeSchema = z.enum(['A', 'B', 'C', 'D']);
export type Grade = z.infer<typeof GradeSchema>;

/** One visible line of the score: which rule gave how many points, and why. */
export const ScoreLineSchema = z.object({
  rule: z.string().max(60),
  kind: z.enum(['fit', 'engagement']),
  label: z.string().max(200),
  points: z.number(),
});
export type ScoreLine = z.infer<typeof ScoreLineSchema>;

export const ScoreSchema = z.object({
  total: z.number().min(0).max(100),
  fit: z.number().min(0),
  engagement: z.number().min(0),
  grade: GradeSchema,
  salesReady: z.boolean(),
  breakdown: z.array(ScoreLineSchema),
  computedAt: TimestampSchema,
});
export type Score = z.infer<typeof ScoreSchema>;

export const UNSCORED: Score = {
  total: 0,
  fit: 0,
  engagement: 0,
  grade: 'D',
  salesReady: false,
  breakdown: [],
  computedAt: 0,
};
