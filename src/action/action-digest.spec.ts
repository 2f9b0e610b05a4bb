import { groupOverdueActions } from './action-digest';

describe('groupOverdueActions', () => {
  const names = {
    organizations: new Map([
      ['umea', 'Umeå'],
      ['asele', 'Åsele'],
      ['skelleftea', 'Skellefteå'],
      ['region', 'Region Västerbotten'],
    ]),
    people: new Map([
      ['anna', 'Anna'],
      ['bo', 'Bo'],
    ]),
  };

  it('groups by municipality in Swedish order, oldest due date first, with counts and days overdue', () => {
    const groups = groupOverdueActions(
      [
        { title: 'B-uppgift', ownerPersonId: 'anna', ownerOrganizationId: 'umea', dueDate: '2026-03-05' },
        { title: 'Äldst', ownerPersonId: 'bo', ownerOrganizationId: 'asele', dueDate: '2026-01-10' },
        { title: 'A-uppgift', ownerPersonId: 'anna', ownerOrganizationId: 'umea', dueDate: '2026-03-05' },
        { title: 'Först', ownerPersonId: 'bo', ownerOrganizationId: 'umea', dueDate: '2026-02-01' },
        { title: 'Regional', ownerPersonId: 'bo', ownerOrganizationId: 'region', dueDate: '2026-03-09' },
        { title: 'Sk', ownerPersonId: 'anna', ownerOrganizationId: 'skelleftea', dueDate: '2026-03-01' },
      ],
      names,
      '2026-03-10',
    );
    expect(groups.map((group) => [group.organizationName, group.count])).toEqual([
      ['Region Västerbotten', '1'],
      ['Skellefteå', '1'],
      ['Umeå', '3'],
      ['Åsele', '1'],
    ]);
    expect(groups[2].actions).toEqual([
      { title: 'Först', ownerName: 'Bo', dueDate: '2026-02-01', daysOverdue: '37' },
      { title: 'A-uppgift', ownerName: 'Anna', dueDate: '2026-03-05', daysOverdue: '5' },
      { title: 'B-uppgift', ownerName: 'Anna', dueDate: '2026-03-05', daysOverdue: '5' },
    ]);
  });

  it('gives no groups for no actions', () => {
    expect(groupOverdueActions([], names, '2026-03-10')).toEqual([]);
  });
});
