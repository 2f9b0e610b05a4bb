import type { RsvpView } from './invitation.dto';
import { InvitationErrorCode } from './invitation.exception';
import { escapeHtml } from '../common/web/public-page';
import { renderRsvpError, renderRsvpPage, renderRsvpSaved, renderRsvpSubstituteSent } from './rsvp-page';

const view = (overrides: Partial<RsvpView> = {}): RsvpView => ({
  locale: 'sv',
  person: { name: 'Åsa <script>alert(1)</script>' },
  meeting: {
    title: 'Möte "A" & <b>B</b>',
    status: 'confirmed',
    startAt: '2026-02-10T09:00:00.000Z',
    endAt: '2026-02-10T10:00:00.000Z',
    timeZone: 'Europe/Stockholm',
    when: 'tisdag 10 februari 2026 kl. 10:00–11:00 (svensk tid)',
    location: "Stadshuset, Skolgatan 31A; rum 'Ume'",
    videoUrl: 'javascript:alert(1)',
    organizations: ['Umeå kommun'],
    url: 'https://samverkan.example.se/meetings/x',
    agendaUrl: 'https://samverkan.example.se/meetings/x/agenda',
  },
  partstat: 'NEEDS-ACTION',
  comment: '</textarea><script>x()</script>',
  respondedAt: null,
  delegatedTo: null,
  delegatedFrom: null,
  substitutes: [],
  ...overrides,
});

const TOKEN = 'tok-en_1';

describe('RSVP pages', () => {
  it('escapes every value and never links a non-http URL', () => {
    const html = renderRsvpPage(view(), { token: TOKEN });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>B</b>');
    expect(html).toContain('Möte &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt;</textarea>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Stadshuset, Skolgatan 31A; rum &#39;Ume&#39;');
    expect(escapeHtml('a=`b`')).toBe('a&#61;&#96;b&#96;');
  });

  it('offers three answers and a comment in Swedish, posting to the link', () => {
    const html = renderRsvpPage(view(), { token: TOKEN });
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<form method="post" action="/rsvp/tok-en_1">');
    expect(html).toContain('name="partstat" value="ACCEPTED">Jag kommer</button>');
    expect(html).toContain('name="partstat" value="TENTATIVE">Kanske</button>');
    expect(html).toContain('name="partstat" value="DECLINED">Jag kommer inte</button>');
    expect(html).toContain('<textarea id="comment" name="comment"');
    expect(html).toContain('<dd>Inte svarat</dd>');
    expect(html).toContain('<a href="https://samverkan.example.se/meetings/x">Öppna mötet i Samverkan</a>');
    expect(html).toContain('<a href="https://samverkan.example.se/meetings/x/agenda">Dagordning</a>');
  });

  it('speaks English to a person whose locale is en', () => {
    const html = renderRsvpPage(view({ locale: 'en', partstat: 'ACCEPTED' }), { token: TOKEN });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('I will attend');
    expect(html).toContain('<dd>Attending</dd>');
    expect(html).toContain('>Open the meeting in Samverkan</a>');
    expect(renderRsvpSaved(view({ locale: 'en' }), 'updated')).toContain(
      'Thank you! Your answer has been saved.',
    );
  });

  it('offers the standing substitutes first, then the other colleagues, posting to …/substitute', () => {
    const html = renderRsvpPage(
      view({
        substitutes: [
          { id: '00000000-0000-4000-8000-000000000002', name: 'Bo <Ersättare>', standing: true },
          { id: '00000000-0000-4000-8000-000000000001', name: 'Ann Kollega', standing: false },
        ],
      }),
      { token: TOKEN },
    );
    expect(html).toContain('<summary>Skicka ersättare</summary>');
    expect(html).toContain('<form method="post" action="/rsvp/tok-en_1/substitute">');
    const standing = html.indexOf('<optgroup label="Stående ersättare enligt överenskommelsen">');
    const colleagues = html.indexOf('<optgroup label="Kollegor">');
    expect(standing).toBeGreaterThan(0);
    expect(colleagues).toBeGreaterThan(standing);
    expect(html.indexOf('Bo &lt;Ersättare&gt;')).toBeGreaterThan(standing);
    expect(html.indexOf('Ann Kollega')).toBeGreaterThan(colleagues);
    expect(html).not.toContain('<details open>');
  });

  it('shows a refused substitute with the reason, the disclosure open', () => {
    const html = renderRsvpPage(
      view({ substitutes: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Ann', standing: false }] }),
      { token: TOKEN, substituteError: InvitationErrorCode.SubstituteTakingPart },
    );
    expect(html).toContain('<details open>');
    expect(html).toContain('role="alert">Personen deltar redan i mötet. Välj någon annan.</p>');
    expect(html).toContain('aria-describedby="substitute-error" aria-invalid="true"');
    expect(html).not.toContain('<optgroup');
  });

  it('says who was sent, and to a substitute whom they stand in for', () => {
    expect(
      renderRsvpSubstituteSent(view({ partstat: 'DELEGATED', delegatedTo: { name: 'Ann' } }), 'updated'),
    ).toContain('Tack! Ann har fått en kallelse i ditt ställe.');
    expect(renderRsvpPage(view({ delegatedFrom: { name: 'Cecilia' } }), { token: TOKEN })).toContain(
      'Du är ersättare för Cecilia.',
    );
  });

  it('explains expired, withdrawn and cancelled links', () => {
    expect(renderRsvpError(InvitationErrorCode.RsvpLinkExpired, 'sv')).toContain('Länken har gått ut');
    expect(renderRsvpError(InvitationErrorCode.RsvpLinkRevoked, 'en')).toContain('no longer invited');
    expect(renderRsvpError(InvitationErrorCode.RsvpMeetingCancelled, 'sv')).toContain('Mötet är inställt');
  });
});
