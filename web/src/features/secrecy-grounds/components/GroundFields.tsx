import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorField, errorText } from '../../../shared/errors';
import {
  DESCRIPTION_MAX,
  type GroundDraft,
  type GroundField,
  type GroundProblem,
  REFERENCE_MAX,
} from '../ground-draft';

/**
 * The fields of a secrecy ground (the reference only when creating: it never changes, since marked items
 * print it). A problem found before sending, or the API's refusal naming the field, shows at the field.
 */
export function GroundFields({
  draft,
  onChange,
  fields,
  problems,
  refusal,
}: {
  draft: GroundDraft;
  onChange: (change: Partial<GroundDraft>) => void;
  fields: readonly GroundField[];
  problems: Partial<Record<GroundField, GroundProblem>>;
  refusal: unknown;
}) {
  const { t } = useTranslation('secrecy-grounds');
  const refusedField = errorField(refusal);
  const errorAt = (field: GroundField) =>
    problems[field]
      ? t(`problems.${problems[field]}`)
      : refusedField === field
        ? errorText(refusal, t)
        : undefined;
  return (
    <>
      {fields.includes('reference') && (
        <Textfield
          label={t('reference')}
          description={t('referenceHint')}
          value={draft.reference}
          maxLength={REFERENCE_MAX}
          required
          onChange={(e) => onChange({ reference: e.target.value })}
          error={errorAt('reference')}
        />
      )}
      <Textfield
        label={t('description')}
        description={t('descriptionHint')}
        multiline
        rows={2}
        value={draft.description}
        maxLength={DESCRIPTION_MAX}
        required
        onChange={(e) => onChange({ description: e.target.value })}
        error={errorAt('description')}
      />
      <Textfield
        label={t('position')}
        description={t('positionHint')}
        inputMode="numeric"
        value={draft.position}
        onChange={(e) => onChange({ position: e.target.value })}
        error={errorAt('position')}
      />
    </>
  );
}

/** The API's refusal when it names none of the form's fields (then shown at the form's end). */
export function refusalElsewhere(refusal: unknown, fields: readonly GroundField[]): unknown {
  const field = errorField(refusal);
  return refusal && !(field && (fields as readonly string[]).includes(field)) ? refusal : null;
}
