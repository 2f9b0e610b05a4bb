import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../format';

/** A date or an instant in Europe/Stockholm, machine-readable in `datetime`; never broken at its hyphens. */
export function DateTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  const { i18n } = useTranslation();
  const text = dateOnly ? formatDate(value, i18n.language) : formatDateTime(value, i18n.language);
  return (
    <time dateTime={value} className="nowrap">
      {text}
    </time>
  );
}
