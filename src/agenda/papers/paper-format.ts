import type { Locale } from '../../common/i18n/locale.js';

/** A file's size for people: "820 byte", "14 kB", "1,2 MB" (Swedish decimal comma), "1.2 MB". Pure. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024) return `${number(bytes, 0)} ${locale === 'sv' ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${number(Math.round(bytes / 1024), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
