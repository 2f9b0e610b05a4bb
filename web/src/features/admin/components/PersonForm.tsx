import {
  Alert,
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Switch,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { useMe } from '../../auth/hooks/useMe';
import { offeredRoles } from '../admin-access';
import type { Organization } from '../hooks/useOrganizations';
import { OrganizationOptions } from './OrganizationOptions';
import type { PersonRole } from '../hooks/usePeople';

export interface PersonFormValues {
  name: string;
  email: string;
  title: string;
  phone: string;
  organizationId: string;
  roles: PersonRole[];
  locale: 'sv' | 'en';
  loginEnabled: boolean;
}

interface PersonFormProps {
  initial: PersonFormValues;
  organizations: Organization[];
  /** A new person: the login switch and the welcome-email note. */
  creating: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: PersonFormValues) => void;
  /** Roles the person holds already (an admin's role stays offered to a coordinator who cannot grant it). */
  currentRoles?: PersonRole[];
}

/** Name, email, organization, roles, language (and login for a new person), checked before it is sent. */
export function PersonForm({
  initial,
  organizations,
  creating,
  submitLabel,
  pending,
  error,
  onSubmit,
  currentRoles = [],
}: PersonFormProps) {
  const { t } = useTranslation('admin');
  const me = useMe().data!;
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const organization = organizations.find((candidate) => candidate.id === values.organizationId);
  const roles = offeredRoles(me, organization?.kind, currentRoles);
  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));
  const missing = {
    name: !values.name.trim(),
    email: !values.email.trim(),
    organizationId: !values.organizationId,
    roles: values.roles.filter((role) => roles.includes(role)).length === 0,
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (Object.values(missing).some(Boolean)) return;
    onSubmit({ ...values, roles: values.roles.filter((role) => roles.includes(role)) });
  }

  const required = (field: keyof typeof missing, label: string) =>
    checked && missing[field] ? t('required', { field: label.toLowerCase() }) : undefined;

  return (
    <form onSubmit={submit} noValidate className="form admin-form">
      {checked && Object.values(missing).some(Boolean) && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('fixErrors')}</Paragraph>
        </Alert>
      )}
      <Textfield
        label={t('people.name')}
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        autoComplete="off"
        error={required('name', t('people.name'))}
        required
      />
      <Textfield
        label={t('people.email')}
        type="email"
        value={values.email}
        onChange={(e) => set('email', e.target.value)}
        autoComplete="off"
        error={required('email', t('people.email'))}
        required
      />
      <Textfield
        label={t('people.optional', { field: t('people.titleField') })}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <Textfield
        label={t('people.optional', { field: t('people.phone') })}
        type="tel"
        value={values.phone}
        onChange={(e) => set('phone', e.target.value)}
      />
      <Field>
        <Label>{t('people.organization')}</Label>
        <Select
          value={values.organizationId}
          onChange={(e) => set('organizationId', e.target.value)}
          aria-invalid={required('organizationId', t('people.organization')) ? true : undefined}
        >
          <Select.Option value="">{t('people.chooseOrganization')}</Select.Option>
          <OrganizationOptions organizations={organizations} />
        </Select>
        {required('organizationId', t('people.organization')) && (
          <ValidationMessage>{required('organizationId', t('people.organization'))}</ValidationMessage>
        )}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('people.roles')}</Fieldset.Legend>
        <Fieldset.Description>{t('people.rolesHelp')}</Fieldset.Description>
        {roles.map((role) => (
          <Checkbox
            key={role}
            label={t(`roles.${role}`)}
            value={role}
            checked={values.roles.includes(role)}
            onChange={(e) =>
              set(
                'roles',
                e.target.checked ? [...values.roles, role] : values.roles.filter((held) => held !== role),
              )
            }
          />
        ))}
        {checked && missing.roles && <ValidationMessage>{t('people.rolesMissing')}</ValidationMessage>}
      </Fieldset>
      <Field>
        <Label>{t('people.locale')}</Label>
        <Select value={values.locale} onChange={(e) => set('locale', e.target.value as 'sv' | 'en')}>
          <Select.Option value="sv">{t('people.locales.sv')}</Select.Option>
          <Select.Option value="en">{t('people.locales.en')}</Select.Option>
        </Select>
      </Field>
      {creating && (
        <Switch
          label={t('people.loginSwitch')}
          description={values.loginEnabled ? t('people.loginHelpNew') : t('people.loginHelpOff')}
          checked={values.loginEnabled}
          onChange={(e) => set('loginEnabled', e.target.checked)}
        />
      )}
      {!creating && <Paragraph data-size="sm">{t('people.credentialsNote')}</Paragraph>}
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
