import {
  Alert,
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import type { Organization } from '../hooks/useOrganizations';

export interface OrganizationFormValues {
  kind: Organization['kind'];
  code: string;
  parentId: string;
  name: string;
  unit: string;
  town: string;
  lat: string;
  lon: string;
  contactEmail: string;
}

export function organizationFormValues(organization?: Organization): OrganizationFormValues {
  return {
    kind: organization?.kind ?? 'municipality',
    code: organization?.code ?? '',
    parentId: organization?.parentId ?? '',
    name: organization?.name ?? '',
    unit: organization?.unit ?? '',
    town: organization?.seat?.town ?? '',
    lat: organization?.seat?.lat?.toString() ?? '',
    lon: organization?.seat?.lon?.toString() ?? '',
    contactEmail: organization?.contactEmail ?? '',
  };
}

/** The office as the API takes it: all three parts, none (null), or incomplete (undefined: not sent). */
export function seatOf(
  values: OrganizationFormValues,
): { town: string; lat: number; lon: number } | null | undefined {
  const town = values.town.trim();
  const lat = values.lat.trim().replace(',', '.');
  const lon = values.lon.trim().replace(',', '.');
  if (!town && !lat && !lon) return null;
  if (!town || !lat || !lon || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon)))
    return undefined;
  return { town, lat: Number(lat), lon: Number(lon) };
}

interface OrganizationFormProps {
  initial: OrganizationFormValues;
  /** A new organization: kind, SCB code and region can be chosen (they cannot be changed later). */
  regions?: Organization[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: OrganizationFormValues) => void;
}

export function OrganizationForm({
  initial,
  regions,
  submitLabel,
  pending,
  error,
  onSubmit,
}: OrganizationFormProps) {
  const { t } = useTranslation('admin');
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const creating = regions !== undefined;
  const set = <K extends keyof OrganizationFormValues>(key: K, value: OrganizationFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const problems = {
    name: !values.name.trim(),
    code: creating && !values.code.trim(),
    parentId: creating && values.kind !== 'region' && !values.parentId,
    seat: seatOf(values) === undefined,
  };
  const show = (problem: keyof typeof problems, text: string) =>
    checked && problems[problem] ? text : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (Object.values(problems).some(Boolean)) return;
    onSubmit(values);
  }

  return (
    <form onSubmit={submit} noValidate className="form admin-form">
      {checked && Object.values(problems).some(Boolean) && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('fixErrors')}</Paragraph>
        </Alert>
      )}
      {creating && (
        <>
          <Fieldset>
            <Fieldset.Legend>{t('organizations.kind')}</Fieldset.Legend>
            {(['municipality', 'external', 'region'] as const).map((kind) => (
              <Radio
                key={kind}
                name="kind"
                value={kind}
                label={t(`kinds.${kind}`)}
                checked={values.kind === kind}
                onChange={() => set('kind', kind)}
              />
            ))}
          </Fieldset>
          {values.kind !== 'region' && (
            <Field>
              <Label>{t('organizations.region')}</Label>
              <Select value={values.parentId} onChange={(e) => set('parentId', e.target.value)}>
                <Select.Option value="">{t('organizations.chooseRegion')}</Select.Option>
                {regions.map((region) => (
                  <Select.Option key={region.id} value={region.id}>
                    {region.name} ({region.code})
                  </Select.Option>
                ))}
              </Select>
              {show('parentId', t('organizations.chooseRegion')) && (
                <ValidationMessage>{t('organizations.chooseRegion')}</ValidationMessage>
              )}
            </Field>
          )}
          <Textfield
            label={t(values.kind === 'external' ? 'organizations.externalCode' : 'organizations.code')}
            description={t(
              values.kind === 'external' ? 'organizations.externalCodeHelp' : 'organizations.codeHelp',
            )}
            inputMode={values.kind === 'external' ? 'text' : 'numeric'}
            value={values.code}
            onChange={(e) => set('code', e.target.value)}
            error={show('code', t('required', { field: t('organizations.code') }))}
            required
          />
        </>
      )}
      <Textfield
        label={t('organizations.name')}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        error={show('name', t('required', { field: t('organizations.name').toLowerCase() }))}
        required
      />
      <Textfield
        label={t('organizations.unit')}
        value={values.unit}
        onChange={(e) => set('unit', e.target.value)}
      />
      <Fieldset>
        <Fieldset.Legend>{t('organizations.seat')}</Fieldset.Legend>
        <Fieldset.Description>{t('organizations.seatHelp')}</Fieldset.Description>
        <div className="filters__row">
          <Textfield
            label={t('organizations.town')}
            value={values.town}
            onChange={(e) => set('town', e.target.value)}
          />
          <Textfield
            label={t('organizations.lat')}
            inputMode="decimal"
            value={values.lat}
            onChange={(e) => set('lat', e.target.value)}
          />
          <Textfield
            label={t('organizations.lon')}
            inputMode="decimal"
            value={values.lon}
            onChange={(e) => set('lon', e.target.value)}
          />
        </div>
        {show('seat', t('organizations.seatIncomplete')) && (
          <ValidationMessage>{t('organizations.seatIncomplete')}</ValidationMessage>
        )}
      </Fieldset>
      <Textfield
        label={t('organizations.contactEmail')}
        type="email"
        value={values.contactEmail}
        onChange={(e) => set('contactEmail', e.target.value)}
      />
      {error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(error, t)}</Paragraph>
        </Alert>
      ) : null}
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
