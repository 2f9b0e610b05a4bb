import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * The filter block above a list: a section named by a (visually hidden) heading, `before` the row (e.g. a
 * view switch), then the fields in a row that wraps.
 */
export function FilterSection({
  title,
  before,
  children,
}: {
  title: string;
  before?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="filters-heading" className="section filters">
      <Heading level={2} data-size="xs" id="filters-heading" className="visually-hidden">
        {title}
      </Heading>
      {before}
      <div className="filters__row">{children}</div>
    </section>
  );
}

/** A select of the filter block: "all" (the empty value) first, then the options by id. */
export function OptionFilter({
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  allLabel: string;
  value: string;
  options: ReadonlyArray<{ id: string; name: string }>;
  onChange: (value: string) => void;
}) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select value={value} onChange={(e) => onChange(e.target.value)}>
        <Select.Option value="">{allLabel}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.id} value={option.id}>
            {option.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** The status filter's shortcut for what is still to do. */
const OPEN = 'open,in_progress';

/**
 * The status select of a follow-up list (actions, questions): all, "open or in progress", each status, and a
 * combination that came with a link (e.g. from the overview) shown as it is. `t` is the feature's, with its
 * `statusLabel`, `allStatuses`, `openOrInProgress` and `status.<status>` texts.
 */
export function StatusFilter({
  statuses,
  value,
  t,
  onChange,
}: {
  statuses: readonly string[];
  value: readonly string[] | undefined;
  t: TFunction;
  onChange: (value: string) => void;
}) {
  const selected = value?.join(',') ?? '';
  const options = [...statuses, OPEN];
  return (
    <Field>
      <Label>{t('statusLabel')}</Label>
      <Select value={selected} onChange={(e) => onChange(e.target.value)}>
        <Select.Option value="">{t('allStatuses')}</Select.Option>
        {!options.includes(selected) && selected && (
          <Select.Option value={selected}>{value!.map((s) => t(`status.${s}`)).join(', ')}</Select.Option>
        )}
        {options.map((s) => (
          <Select.Option key={s} value={s}>
            {s === OPEN ? t('openOrInProgress') : t(`status.${s}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
