import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';

describe('the app texts', () => {
  it('has the shared and the sign-in texts at once, in both languages', () => {
    const i18n = createI18n('sv');
    expect(i18n.t('auth:login.title')).toBe('Logga in');
    expect(i18n.hasResourceBundle('en', 'common')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'auth')).toBe(true);
  });

  it("loads a feature's texts when they are first asked for, not with the app", async () => {
    const i18n = createI18n('sv');
    expect(i18n.hasResourceBundle('sv', 'overview')).toBe(false);
    await i18n.loadNamespaces('overview');
    expect(i18n.t('overview:title')).toBe('Länsöversikt');
    expect(i18n.hasResourceBundle('sv', 'rounds')).toBe(false);
  });

  it("loads the other language's texts of the features in use when the language changes", async () => {
    const i18n = createI18n('sv');
    await i18n.loadNamespaces('overview');
    await i18n.changeLanguage('en');
    expect(i18n.t('overview:title')).toBe('County overview');
  });
});
