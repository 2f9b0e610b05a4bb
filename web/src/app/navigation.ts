import type { Me } from '../features/auth/hooks/useMe';
import { mayAdminister } from '../features/admin/admin-access';
import { mayReleasePublicRecords } from '../features/public-records/public-records-access';
import { isRegionStaff } from './roles';

export interface NavigationItem {
  /** A key in common.<lang>.json's `nav`. */
  labelKey: string;
  path: string;
  /** `end`: active only on exactly this path (for "/"). */
  end?: boolean;
}

/**
 * The main menu for a person. A feature adds its entry here with the same audience the API gives it
 * (e.g. rounds for the region's staff only).
 */
export function navigationFor(me: Me): NavigationItem[] {
  return [...featuresFor(me), ...(mayAdminister(me) ? [{ labelKey: 'nav.admin', path: '/admin' }] : [])];
}

function featuresFor(me: Me): NavigationItem[] {
  if (isRegionStaff(me)) {
    return [
      { labelKey: 'nav.overview', path: '/', end: true },
      { labelKey: 'nav.rounds', path: '/rounds' },
      { labelKey: 'nav.meetings', path: '/meetings' },
      { labelKey: 'nav.actions', path: '/actions' },
      { labelKey: 'nav.questions', path: '/questions' },
      { labelKey: 'nav.strategyAreas', path: '/admin/strategy-areas' },
      ...(mayReleasePublicRecords(me)
        ? [{ labelKey: 'nav.publicRecords', path: '/admin/public-records' }]
        : []),
    ];
  }
  return [
    { labelKey: 'nav.myMunicipality', path: `/municipalities/${me.organizationId}` },
    { labelKey: 'nav.meetings', path: '/meetings' },
    { labelKey: 'nav.actions', path: '/actions' },
    { labelKey: 'nav.questions', path: '/questions' },
  ];
}
