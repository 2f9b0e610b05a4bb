import { Injectable } from '@nestjs/common';
import type { Locale } from './person.entity.js';
import { OrganizationService } from '../organization/organization.service.js';
import { PersonService } from './person.service.js';

/** Someone who speaks for a municipality in an email: one of its people, or its contact address. */
export interface MunicipalityContact {
  organizationId: string;
  organizationName: string;
  address: string;
  name: string;
  /** Null for the organization's contact address. */
  personId: string | null;
  locale: Locale;
}

/** A contact as an email's recipient (the person when there is one). */
export function contactRecipient(contact: MunicipalityContact): {
  address: string;
  name: string;
  personId?: string;
  locale: Locale;
} {
  return {
    address: contact.address,
    name: contact.name,
    ...(contact.personId ? { personId: contact.personId } : {}),
    locale: contact.locale,
  };
}

/**
 * A municipality's contacts for a meeting or a round: its own people among those taking part (the agreement's
 * default participants); when none of them is, the municipality's contact address (in Swedish).
 */
@Injectable()
export class MunicipalityContacts {
  constructor(
    private readonly people: PersonService,
    private readonly organizations: OrganizationService,
  ) {}

  async of(
    organizationIds: readonly string[],
    participantIds: readonly string[],
  ): Promise<Map<string, MunicipalityContact[]>> {
    const organizations = await this.organizations.findByIds(organizationIds);
    const people = await this.people.findByIds([...new Set(participantIds)]);
    const contacts = new Map<string, MunicipalityContact[]>();
    for (const organization of organizations) {
      const own = people
        .filter((person) => person.organizationId === organization.id && person.email)
        .map((person) => ({
          organizationId: organization.id,
          organizationName: organization.name,
          address: person.email,
          name: person.name,
          personId: person.id,
          locale: person.locale,
        }));
      const fallback: MunicipalityContact[] = organization.contactEmail
        ? [
            {
              organizationId: organization.id,
              organizationName: organization.name,
              address: organization.contactEmail,
              name: organization.name,
              personId: null,
              locale: 'sv',
            },
          ]
        : [];
      contacts.set(organization.id, own.length > 0 ? own : fallback);
    }
    return contacts;
  }
}
