import { MailRenderer } from './mail-renderer';
import { MAIL_TEMPLATES } from './templates';

const data = {
  personName: 'Åsa Öberg',
  organizationName: 'Skellefteå kommun',
  setPasswordUrl: 'https://samverkan.example.se/set-password/abc?from=mail&x=1',
  loginEmail: 'asa.oberg@skelleftea.se',
  validDays: '7',
};

describe('MailRenderer', () => {
  const renderer = new MailRenderer();

  it('renders the welcome email in Swedish', () => {
    const mail = renderer.render('welcome', 'sv', data);
    expect(mail.subject).toBe('Välkommen till Samverkan');
    expect(mail.text).toContain('Hej Åsa Öberg,');
    expect(mail.text).toContain('Ett konto i Samverkan har skapats åt dig hos Skellefteå kommun.');
    expect(mail.text).toContain(
      'Välj ditt lösenord: https://samverkan.example.se/set-password/abc?from=mail&x=1',
    );
    expect(mail.text).toContain('Logga sedan in med din e-postadress asa.oberg@skelleftea.se.');
    expect(mail.text).toContain('Det här meddelandet skickades automatiskt av Samverkan.');
    expect(mail.html).toContain('<html lang="sv">');
    expect(mail.html).toContain('<title>Välkommen till Samverkan</title>');
    expect(mail.html).toContain('<p>Hej Åsa Öberg,</p>');
    expect(mail.html).toContain(
      'href="https://samverkan.example.se/set-password/abc?from&#x3D;mail&amp;x&#x3D;1"',
    );
    expect(mail.html).toContain('<strong>asa.oberg@skelleftea.se</strong>');
  });

  it('renders the welcome email in English', () => {
    const mail = renderer.render('welcome', 'en', data);
    expect(mail.subject).toBe('Welcome to Samverkan');
    expect(mail.text).toContain('Hello Åsa Öberg,');
    expect(mail.text).toContain('An account in Samverkan has been created for you at Skellefteå kommun.');
    expect(mail.text).toContain('with your email address asa.oberg@skelleftea.se');
    expect(mail.text).toContain('This message was sent automatically by Samverkan.');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).not.toContain('Hej');
  });

  it('escapes data in HTML and leaves it as typed in the text and subject', () => {
    const mail = renderer.render('welcome', 'sv', { ...data, organizationName: 'Bröd & <Salt> "AB"' });
    expect(mail.html).toContain('Bröd &amp; &lt;Salt&gt; &quot;AB&quot;');
    expect(mail.html).not.toContain('<Salt>');
    expect(mail.text).toContain('hos Bröd & <Salt> "AB".');
  });

  it('refuses data that lacks a field the template uses', () => {
    const { loginEmail: _omitted, ...partial } = data;
    expect(() => renderer.render('welcome', 'sv', partial as typeof data)).toThrow(/loginEmail/);
  });

  it('has every template in Swedish and English with all three parts', () => {
    for (const [name, locales] of Object.entries(MAIL_TEMPLATES)) {
      expect(Object.keys(locales).sort()).toEqual(['en', 'sv']);
      for (const source of Object.values(locales)) {
        expect(source.subject.trim()).not.toBe('');
        expect(source.html.trim()).not.toBe('');
        expect(source.text.trim()).not.toBe('');
      }
      expect(locales.sv.subject).not.toBe(locales.en.subject);
      expect(name).toMatch(/^[a-z][a-z.-]*$/);
    }
  });
});
