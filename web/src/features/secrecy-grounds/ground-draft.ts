/** A secrecy ground as its forms hold it: text fields, the order as typed. */
export interface GroundDraft {
  reference: string;
  description: string;
  /** The place in the list (0–10 000, lower first); '' leaves it to the API (new) or as it is (change). */
  position: string;
}

export type GroundField = 'reference' | 'description' | 'position';
export type GroundProblem =
  'referenceMissing' | 'referenceTooLong' | 'descriptionMissing' | 'descriptionTooLong' | 'positionInvalid';

export const REFERENCE_MAX = 100;
export const DESCRIPTION_MAX = 500;
export const POSITION_MAX = 10_000;

/** What the form says before sending (the API checks the same; its refusals are shown at their field too). */
export function groundProblems(
  draft: GroundDraft,
  fields: readonly GroundField[] = ['reference', 'description', 'position'],
): Partial<Record<GroundField, GroundProblem>> {
  const problems: Partial<Record<GroundField, GroundProblem>> = {};
  const reference = draft.reference.trim();
  const description = draft.description.trim();
  if (fields.includes('reference')) {
    if (!reference) problems.reference = 'referenceMissing';
    else if (reference.length > REFERENCE_MAX) problems.reference = 'referenceTooLong';
  }
  if (fields.includes('description')) {
    if (!description) problems.description = 'descriptionMissing';
    else if (description.length > DESCRIPTION_MAX) problems.description = 'descriptionTooLong';
  }
  if (fields.includes('position') && draft.position.trim() !== '' && parsePosition(draft.position) === null) {
    problems.position = 'positionInvalid';
  }
  return problems;
}

/** "25" → 25; blank, a fraction or out of range → null. */
export function parsePosition(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= POSITION_MAX ? value : null;
}

/** The body of POST /api/secrecy-grounds from a checked draft. */
export function createBody(draft: GroundDraft): {
  reference: string;
  description: string;
  position?: number;
} {
  const position = parsePosition(draft.position);
  return {
    reference: draft.reference.trim(),
    description: draft.description.trim(),
    ...(position !== null && { position }),
  };
}

/** The fields of PATCH /api/secrecy-grounds/:id that differ from the ground as read (empty: nothing to send). */
export function changeBody(
  draft: GroundDraft,
  ground: { description: string; position: number },
): { description?: string; position?: number } {
  const description = draft.description.trim();
  const position = parsePosition(draft.position);
  return {
    ...(description !== ground.description && { description }),
    ...(position !== null && position !== ground.position && { position }),
  };
}
