import { Field, Heading, Label, Select } from '@digdir/designsystemet-react';
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
