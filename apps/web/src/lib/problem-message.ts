import { fieldErrorMap, type Problem } from '../api/errors';
import { fieldLabel } from './labels';

/** The message an in-place editor shows when the API refused a product or goal change. */
export function productProblemMessage(problem: Problem | null, field: string): string {
  if (!problem) return 'Could not save. Try again.';
  if (problem.kind === 'conflict') {
    const who = [...new Set(problem.changes.map((c) => c.actor))].join(', ') || 'someone else';
    const what = [...new Set(problem.changes.map((c) => fieldLabel(c.field)))].join(', ');
    return `${who} changed this meanwhile${what ? ` (${what})` : ''}. The page now shows their version; save again to apply yours over it, or cancel.`;
  }
  if (problem.kind === 'fields') return fieldErrorMap(problem)[field] ?? problem.fields.map((f) => f.message).join('; ');
  return problem.message;
}
