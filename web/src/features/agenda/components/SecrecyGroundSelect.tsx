import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useSecrecyGrounds } from '../hooks/useAgenda';

/**
 * The choice of a restricted item's secrecy ground from the region's active list (GET /api/secrecy-grounds),
 * each with its description; a ground the region has since deactivated stays choosable where it is chosen.
 * Used by the agenda's item fields and the minutes' entries. `error`: a problem to show at the field.
 */
export function SecrecyGroundSelect({
  value,
  onChange,
  error,
  hint,
}: {
  value: string;
  onChange: (ground: string) => void;
  error?: string;
  hint?: string;
}) {
  const { t } = useTranslation('agenda');
  const grounds = useSecrecyGrounds(true);
  const options = [
    ...(grounds.data ?? []),
    ...(value && grounds.data && !grounds.data.some((g) => g.reference === value)
      ? [{ id: value, reference: value, description: '' }]
      : []),
  ];
  const shown = error ?? (grounds.isError ? errorText(grounds.error, t) : undefined);
  return (
    <Field>
      <Label>{t('secrecyGroundLabel')}</Label>
      <Field.Description>{hint ?? t('secrecyGroundHint')}</Field.Description>
      <Select
        value={value}
        required
        aria-invalid={shown ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <Select.Option value="">{t('secrecyGroundChoose')}</Select.Option>
        {options.map((ground) => (
          <Select.Option key={ground.id} value={ground.reference}>
            {ground.description ? `${ground.reference} – ${ground.description}` : ground.reference}
          </Select.Option>
        ))}
      </Select>
      {shown && <ValidationMessage>{shown}</ValidationMessage>}
    </Field>
  );
}
