/** How sure the extractor was, in words a rep reads at a glance. */
export function confidenceLabel(confidence: number): string {
  if (confidence >= 0.9) return 'sure';
  if (confidence >= 0.6) return 'likely';
  return 'guess';
}

export function ConfidenceChip({ confidence }: { confidence: number }) {
  return (
    <span class="chip" title={`Confidence ${Math.round(confidence * 100)}%`} data-testid="confidence">
      {confidenceLabel(confidence)}
    </span>
  );
}
