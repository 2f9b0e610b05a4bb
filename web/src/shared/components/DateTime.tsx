import { formatDate, formatDateTime } from '../format';
import { useLanguage } from '../useLanguage';

/** A date or an instant in Europe/Stockholm, machine-readable in `datetime`; never broken at its hyphens. */
export function DateTime({ value, dateOnly = false }: { value: string; dateOnly?: boolean }) {
  const language = useLanguage();
  const text = dateOnly ? formatDate(value, language) : formatDateTime(value, language);
  return (
    <time dateTime={value} className="nowrap">
      {text}
    </time>
  );
}
