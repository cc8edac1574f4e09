import { LEAD_SOURCE_LABEL, LeadSourceSchema } from '../lib/model/lead-source';

/** Every lead source as the options of a select, in the schema's order and with its label. */
export function LeadSourceOptions() {
  return (
    <>
      {LeadSourceSchema.options.map((s) => (
        <option key={s} value={s}>
          {LEAD_SOURCE_LABEL[s]}
        </option>
      ))}
    </>
  );
}
