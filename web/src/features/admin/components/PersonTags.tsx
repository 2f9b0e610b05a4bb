import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../hooks/usePeople';

/** A person's roles in words. */
export function RoleTags({ roles }: { roles: readonly PersonRole[] }) {
  const { t } = useTranslation('admin');
  return (
    <ul className="tag-list">
      {roles.map((role) => (
        <li key={role}>
          <Tag data-color={role === 'admin' ? 'warning' : 'neutral'} data-size="sm">
            {t(`roles.${role}`)}
          </Tag>
        </li>
      ))}
    </ul>
  );
}

/** Whether a person can log in, in colour and words. */
export function LoginTag({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('admin');
  return (
    <Tag data-color={enabled ? 'success' : 'neutral'} data-size="sm" className="status-tag">
      <span aria-hidden="true" className="status-symbol">
        {enabled ? '✓' : '–'}
      </span>
      {enabled ? t('people.loginEnabled') : t('people.loginDisabled')}
    </Tag>
  );
}
