import { Button, Field, Heading, Label, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { usePageTitle } from '../../../shared/usePageTitle';
import { useUrlFilters, useUrlPaging } from '../../../shared/useUrlFilters';
import { FilterSection, OptionFilter } from '../../../shared/components/ListFilters';
import { PagedTable } from '../../../shared/components/PagedTable';
import { links } from '../../../app/links';
import { ROLES } from '../admin-access';
import { OrganizationName } from '../components/OrganizationName';
import { OrganizationOptions } from '../components/OrganizationOptions';
import { LoginTag, RoleTags } from '../components/PersonTags';
import { useAllOrganizations } from '../hooks/useOrganizations';
import { usePeople } from '../hooks/usePeople';
import { peopleQueryFrom } from '../people-filters';

const SEARCH_DELAY_MS = 300;

/** /admin/people: the people of the region and its municipalities, filtered in the URL. */
export function PeoplePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('people.title'));
  const [params, update] = useUrlFilters();
  const paging = useUrlPaging();
  const query = peopleQueryFrom(params, paging);
  const people = usePeople(query);
  const organizations = useAllOrganizations();
  const [search, setSearch] = useState(query.q ?? '');

  // The search goes into the URL (and to the API) once typing pauses.
  const searched = query.q ?? '';
  useEffect(() => {
    if (search.trim() === searched) return;
    const timer = window.setTimeout(() => update({ q: search.trim() }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, searched, update]);

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('people.title')}
      </Heading>
      <div className="page-tools">
        <Button asChild>
          <RouterLink to="/admin/people/new">{t('people.new')}</RouterLink>
        </Button>
      </div>
      <FilterSection title={t('people.filters')}>
        <Field>
          <Label>{t('people.organization')}</Label>
          <Select
            value={query.organizationId ?? ''}
            onChange={(e) => update({ organizationId: e.target.value })}
          >
            <Select.Option value="">{t('people.allOrganizations')}</Select.Option>
            <OrganizationOptions organizations={organizations.data ?? []} />
          </Select>
        </Field>
        <OptionFilter
          label={t('people.role')}
          allLabel={t('people.allRoles')}
          value={query.role ?? ''}
          options={ROLES.map((role) => ({ id: role, name: t(`roles.${role}`) }))}
          onChange={(value) => update({ role: value })}
        />
        <Textfield
          label={t('people.search')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </FilterSection>
      <PagedTable
        result={people}
        paging={paging}
        caption={t('people.title')}
        empty={t('people.empty')}
        columns={[t('people.name'), t('people.organization'), t('people.roles'), t('people.login')]}
        row={(person) => (
          <Table.Row key={person.id}>
            <Table.Cell>
              <RouterLink to={links.adminPerson(person.id)}>{person.name}</RouterLink>
              <span className="cell-note cell-break">{person.email}</span>
            </Table.Cell>
            <Table.Cell>
              <OrganizationName id={person.organizationId} organizations={organizations.data} />
            </Table.Cell>
            <Table.Cell>
              <RoleTags roles={person.roles} />
            </Table.Cell>
            <Table.Cell>
              <LoginTag enabled={person.loginEnabled} />
            </Table.Cell>
          </Table.Row>
        )}
      />
    </>
  );
}
