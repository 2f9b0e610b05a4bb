import { grantedAccess, jitRuleFor, subjectOf, verifiedAddressOf, displayNameOf } from './provider-claims';
import { SignInError } from './sign-in-error';

describe('provider claims', () => {
  it('takes the subject from sub, or from Entra ID’s tenant and object id', () => {
    expect(subjectOf({ subjectClaim: 'sub' }, { sub: 'abc' })).toBe('abc');
    expect(subjectOf({ subjectClaim: 'oid+tid' }, { sub: 'pairwise', oid: 'o-1', tid: 't-1' })).toBe(
      't-1:o-1',
    );
    expect(() => subjectOf({ subjectClaim: 'oid+tid' }, { sub: 'pairwise', oid: 'o-1' })).toThrow(
      SignInError,
    );
    expect(() => subjectOf({ subjectClaim: 'sub' }, {})).toThrow(SignInError);
  });

  it('links only by an address that is verified where the provider must say so', () => {
    const email = { emailClaim: 'email' as const, requireVerifiedEmail: true };
    expect(verifiedAddressOf(email, { email: ' Anna@Umea.SE ', email_verified: true })).toBe('anna@umea.se');
    expect(verifiedAddressOf(email, { email: 'anna@umea.se' })).toBeNull();
    expect(verifiedAddressOf(email, { email: 'anna@umea.se', email_verified: 'true' })).toBeNull();
    const upn = { emailClaim: 'upn' as const, requireVerifiedEmail: false };
    expect(verifiedAddressOf(upn, { upn: 'anna@umea.se' })).toBe('anna@umea.se');
    expect(verifiedAddressOf(upn, { upn: 'not an address' })).toBeNull();
    expect(verifiedAddressOf(upn, { email: 'anna@umea.se' })).toBeNull();
  });

  it('grants the union of the matching rules’ roles, and nothing when no rule matches', () => {
    const mapping = {
      claim: 'groups',
      rules: [
        { value: 'g-coord', roles: ['coordinator' as const], organization: '24' },
        { value: 'g-sec', roles: ['secretary' as const, 'participant' as const] },
        { value: 'g-admin', roles: ['admin' as const], organization: '24' },
      ],
    };
    expect(grantedAccess(mapping, { groups: ['x', 'g-sec', 'g-coord'] })).toEqual({
      roles: ['coordinator', 'secretary', 'participant'],
      organizationCode: '24',
    });
    expect(grantedAccess(mapping, { groups: 'g-sec' })).toEqual({ roles: ['secretary', 'participant'] });
    expect(grantedAccess(mapping, { groups: ['x'] })).toBeNull();
    expect(grantedAccess(mapping, {})).toBeNull();
    expect(grantedAccess({ ...mapping, claim: 'roles' }, { roles: ['g-admin'], groups: ['g-sec'] })).toEqual({
      roles: ['admin'],
      organizationCode: '24',
    });
    const conflicting = {
      claim: 'groups',
      rules: [...mapping.rules, { value: 'g-kommun', roles: ['participant' as const], organization: '2482' }],
    };
    expect(() => grantedAccess(conflicting, { groups: ['g-coord', 'g-kommun'] })).toThrow(SignInError);
  });

  it('finds the JIT rule by the address’s domain, exactly', () => {
    const provider = {
      jit: [{ domain: 'skelleftea.se', organization: '2482', roles: ['participant' as const] }],
    };
    expect(jitRuleFor(provider, 'nils@skelleftea.se')?.organization).toBe('2482');
    expect(jitRuleFor(provider, 'nils@evil-skelleftea.se')).toBeUndefined();
    expect(jitRuleFor(provider, 'nils@skelleftea.se.example.com')).toBeUndefined();
  });

  it('names a person created just in time by the name claims, else the address', () => {
    expect(displayNameOf({ name: 'Nils Berg' }, 'n@x.se')).toBe('Nils Berg');
    expect(displayNameOf({ given_name: 'Nils', family_name: 'Berg' }, 'n@x.se')).toBe('Nils Berg');
    expect(displayNameOf({}, 'n@x.se')).toBe('n@x.se');
  });
});
